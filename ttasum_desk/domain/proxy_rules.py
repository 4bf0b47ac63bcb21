"""Who may collect for someone else.

A collection by someone else is allowed when a ``[[proxies]]`` permission in force that day, for
that item, allows it: its ``who`` relates the collector to the person (household: the same
household; registered: a registration for the person, not expired; family: either; anyone) and
its who-conditions fit the person collected for. Failing that, a covering rule's own
``proxy_under``/``proxy_over``/``proxy_born_from``/``proxy_born_until`` let a household member
collect, as in version 1. Version 1 also lets a household member collect for a person with a
disability; version 2 states that as a permission (``tags = ["disability"]``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ttasum_desk.domain.rule_model import Person, ProxyPermission, Reason, Rule
from ttasum_desk.domain.rule_texts import REASON_TEMPLATES, reason
from ttasum_desk.domain.who import fits


def proxy_refusal(
    covering: Sequence[Rule], person: Person, collector: Person, day: date, item_code: str
) -> Reason | None:
    """Why ``collector`` may not collect ``item_code`` for ``person`` on ``day``, or None."""
    campaign = covering[0].campaign
    if any(allows(p, person, collector, day, item_code) for p in campaign.proxies):
        return None
    keyed = [rule for rule in covering if _names_proxies(rule)]
    if campaign.format_version == 1:
        return _by_rule_keys(covering, person, collector, day, disability_counts=True)
    if keyed:
        return _by_rule_keys(keyed, person, collector, day, disability_counts=False)
    return reason("proxy_not_permitted", day=day.isoformat())


def allows(
    permission: ProxyPermission, person: Person, collector: Person, day: date, item_code: str
) -> bool:
    return (
        permission.in_force(day, item_code)
        and related(permission.who, person, collector, day)
        and fits(permission, person, day)
    )


def related(who: str, person: Person, collector: Person, day: date) -> bool:
    """``collector`` stands in the relation ``who`` (PROXY_SCOPES) to ``person`` on ``day``."""
    household = person.household_uid is not None and collector.household_uid == person.household_uid
    registered = any(p.uid == collector.uid and p.valid_on(day) for p in person.proxies)
    return {
        "household": household,
        "family": household or registered,
        "registered": registered,
        "anyone": True,
    }[who]


def _names_proxies(rule: Rule) -> bool:
    keys = (rule.proxy_under, rule.proxy_over, rule.proxy_born_from, rule.proxy_born_until)
    return any(key is not None for key in keys)


def _by_rule_keys(
    rules: Sequence[Rule], person: Person, collector: Person, day: date, disability_counts: bool
) -> Reason | None:
    if person.household_uid is None or collector.household_uid != person.household_uid:
        return reason("proxy_not_household")
    if disability_counts and person.disability:
        return None
    for rule in rules:
        refusal = _refusal_of(rule, person, day)
        if refusal is not None:
            return refusal
    return None


def _refusal_of(rule: Rule, person: Person, day: date) -> Reason | None:
    """Whether ``rule`` lets a household member collect for ``person``: by age or birth year."""
    age, year = person.age_on(day), person.year_of_birth
    young = rule.proxy_under is not None and age is not None and age < rule.proxy_under
    old = rule.proxy_over is not None and age is not None and age > rule.proxy_over
    late = rule.proxy_born_from is not None and year is not None and year >= rule.proxy_born_from
    early = rule.proxy_born_until is not None and year is not None and year <= rule.proxy_born_until
    if young or old or late or early:
        return None
    if rule.proxy_born_from is not None or rule.proxy_born_until is not None:
        return reason(
            "proxy_not_in_cohort",
            REASON_TEMPLATES["proxy_not_in_cohort"],
            born_from="-" if rule.proxy_born_from is None else rule.proxy_born_from,
            born_until="-" if rule.proxy_born_until is None else rule.proxy_born_until,
            birth_year="?" if year is None else year,
        )
    return reason(
        "proxy_not_allowed",
        under="-" if rule.proxy_under is None else rule.proxy_under,
        over="-" if rule.proxy_over is None else rule.proxy_over,
        age="?" if age is None else age,
    )
