"""The entitlement engine: who may receive how much of an item, and when. Pure Python.

``decide(rules, person, item_code, on, history, quantity, proxy)`` returns a ``Decision``.

Semantics (resources/docs/rules-reference.md describes the file that states them):
- A rule *covers* a person on a day when its item matches, the person's group is in its
  ``groups`` (default: every group), their age is within ``min_age``..``max_age``, their birth
  year within ``born_from``..``born_until``, and the day is within the rule's
  ``valid_from``..``valid_until`` and its campaign's ``starts``..``ends`` (all inclusive). No
  covering rule: refused, "no rule covers this person".
- Several covering rules must all hold; the tightest one (smallest quantity left, the first in the
  file on a tie) decides.
- Age is in full years on the handout day. When only the birth year is known, the birthday is taken
  as 1 January of that year. An unknown birth year matches no rule that sets an age or birth-year
  bound.
- Days are counted in the campaign's time zone (``periods``): ``on`` and the history may be
  instants with any UTC offset. A plain ``date`` is taken as a day of that zone already.
- Periods (``periods.Period``): ``once`` (ever), ``day``, ``week`` (ISO, Monday to Sunday),
  ``month``, ``year`` (calendar), ``campaign`` (its starts..ends) and rolling windows of N days.
  Nothing carries over from one period to the next.
- ``limit`` bounds the quantity in a period; ``visits`` the number of handouts (recorded rows),
  so a split purchase is two visits.
- ``weekday_by_birth_year``: a birth year ending in 1 or 6 collects on Monday, 2/7 Tuesday, 3/8
  Wednesday, 4/9 Thursday, 5/0 Friday; Saturday and Sunday are open to anyone who has received
  nothing of the item this ISO week. An unknown birth year may collect only at the weekend.
  A weekend handout is the only one of its ISO week, whichever day is entered first: tally
  sheets are entered late and in any order, so a weekday request in a week that already holds a
  weekend handout (even one dated after it) is refused too. Otherwise a back-dated weekday
  entered after the weekend would stand beside it, while the same two in date order would not.
- ``household_limit`` counts every household member's handouts of the item in the period.
- Proxy pickup: the collector must be another member of the recipient's household, and the
  recipient must be younger than ``proxy_under``, older than ``proxy_over``, born in
  ``proxy_born_from`` or later, in ``proxy_born_until`` or earlier, or have a disability.
- Voided handouts don't count (``HistoryEntry.voided``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ttasum_desk.domain.messages import say
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, Period, local_day, rolling_used, zone_of
from ttasum_desk.domain.rule_model import (
    GROUPS,
    MAX_QUANTITY,
    WEEKDAY_OF_DIGIT,
    CampaignSpec,
    Decision,
    HistoryEntry,
    Person,
    Reason,
    RegisteredProxy,
    Rule,
)
from ttasum_desk.domain.rule_texts import (
    HOUSEHOLD_TEMPLATES,
    LIMIT_TEMPLATES,
    REASON_TEMPLATES,
    USED_TEMPLATES,
    VISIT_TEMPLATES,
    WEEKDAY_TEMPLATES,
)

# re-exported: callers import the data with the engine
__all__ = [
    "GROUPS",
    "MAX_QUANTITY",
    "CampaignSpec",
    "Decision",
    "HistoryEntry",
    "Period",
    "Person",
    "Reason",
    "RegisteredProxy",
    "Rule",
    "decide",
    "next_eligible",
    "room_on",
]

NEXT_ELIGIBLE_HORIZON = 400  # days searched for the next date of eligibility


def _reason(code: str, template: str | None = None, **params: Any) -> Reason:
    """The reason ``code`` with ``template`` (default: its entry in REASON_TEMPLATES)."""
    return Reason(code, say(template or REASON_TEMPLATES[code], **params))


def _matches(rule: Rule, person: Person, day: date) -> bool:
    """The rule's group and age bounds fit the person on ``day`` (its dates aside)."""
    if person.group not in rule.groups:
        return False
    if rule.born_from is not None or rule.born_until is not None:
        year = person.year_of_birth
        if year is None or not _within(year, rule.born_from, rule.born_until):
            return False
    if rule.min_age is None and rule.max_age is None:
        return True
    age = person.age_on(day)
    if age is None:
        return False
    return (rule.min_age is None or age >= rule.min_age) and (
        rule.max_age is None or age <= rule.max_age
    )


def _within(value: int, least: int | None, most: int | None) -> bool:
    return (least is None or value >= least) and (most is None or value <= most)


@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    room: int
    used: int
    reasons: tuple[Reason, ...]


def _used(rule: Rule, entries: Sequence[HistoryEntry], day: date, visits: bool = False) -> int:
    """What ``entries`` hold in the rule's period around ``day``: the quantity, or the number
    of handouts when counting ``visits``."""

    def weight(entry: HistoryEntry) -> int:
        return 1 if visits else entry.quantity

    if rule.period == Period.ROLLING and rule.window_days is not None:
        return rolling_used(entries, day, rule.window_days, lambda e: e.day, weight)
    first, last = rule.period_window(day)
    return sum(weight(e) for e in entries if first <= e.day <= last)


def _weekday_refusal(
    rule: Rule, person: Person, day: date, own: Sequence[HistoryEntry]
) -> Reason | None:
    """The rotation by birth year; the whole ISO week counts, days after ``day`` included."""
    if not rule.weekday_by_birth_year:
        return None
    monday = day - timedelta(days=day.weekday())
    week = [e for e in own if monday <= e.day <= monday + timedelta(days=6)]
    if day.weekday() >= 5:
        return _reason("weekend_received") if week else None
    weekend = sorted(e.day for e in week if e.day.weekday() >= 5)
    if weekend:
        return _reason("received_at_weekend", day=weekend[0].isoformat())
    year = person.year_of_birth
    if year is None:
        return _reason("birth_year_unknown")
    own_day = WEEKDAY_OF_DIGIT[year % 10]
    if own_day != day.weekday():
        return _reason("wrong_weekday", WEEKDAY_TEMPLATES[own_day], birth_year=year)
    return None


def _evaluate(
    rule: Rule,
    person: Person,
    day: date,
    own: Sequence[HistoryEntry],
    household: Sequence[HistoryEntry],
) -> _Outcome:
    used = _used(rule, own, day)
    room = rule.limit - used
    reasons: list[Reason] = []
    if room <= 0:
        reasons.append(
            _reason("limit_reached", LIMIT_TEMPLATES[rule.period], **_counts(used, rule))
        )
    if rule.visits is not None:
        came = _used(rule, own, day, visits=True)
        if came >= rule.visits:
            room = 0
            reasons.append(
                _reason(
                    "visit_limit_reached",
                    VISIT_TEMPLATES[rule.period],
                    **_counts(came, rule, rule.visits),
                )
            )
    if rule.household_limit is not None:
        together = _used(rule, household, day)
        room = min(room, rule.household_limit - together)
        if rule.household_limit - together <= 0:
            template = HOUSEHOLD_TEMPLATES[rule.period]
            reasons.append(
                _reason(
                    "household_limit_reached",
                    template,
                    **_counts(together, rule, rule.household_limit),
                )
            )
    weekday = _weekday_refusal(rule, person, day, own)
    if weekday is not None:
        room, reasons = 0, [weekday, *reasons]
    return _Outcome(rule, max(0, room), used, tuple(reasons))


def _proxy_refusal(
    rules: Sequence[Rule], person: Person, proxy: Person, day: date
) -> Reason | None:
    if person.household_uid is None or proxy.household_uid != person.household_uid:
        return _reason("proxy_not_household")
    if person.disability:
        return None
    for rule in rules:
        refusal = _proxy_refusal_of(rule, person, day)
        if refusal is not None:
            return refusal
    return None


def _proxy_refusal_of(rule: Rule, person: Person, day: date) -> Reason | None:
    """Whether ``rule`` lets someone else collect for ``person``: by age or by birth year."""
    age, year = person.age_on(day), person.year_of_birth
    young = rule.proxy_under is not None and age is not None and age < rule.proxy_under
    old = rule.proxy_over is not None and age is not None and age > rule.proxy_over
    late = rule.proxy_born_from is not None and year is not None and year >= rule.proxy_born_from
    early = rule.proxy_born_until is not None and year is not None and year <= rule.proxy_born_until
    if young or old or late or early:
        return None
    if rule.proxy_born_from is not None or rule.proxy_born_until is not None:
        return _reason(
            "proxy_not_in_cohort",
            REASON_TEMPLATES["proxy_not_in_cohort"],
            born_from="-" if rule.proxy_born_from is None else rule.proxy_born_from,
            born_until="-" if rule.proxy_born_until is None else rule.proxy_born_until,
            birth_year="?" if year is None else year,
        )
    return _reason(
        "proxy_not_allowed",
        under="-" if rule.proxy_under is None else rule.proxy_under,
        over="-" if rule.proxy_over is None else rule.proxy_over,
        age="?" if age is None else age,
    )


def _counts(used: int, rule: Rule, limit: int | None = None) -> dict[str, Any]:
    """The parameters of a reason that names a period; ``days`` only for a rolling window."""
    counts = {"used": used, "limit": rule.limit if limit is None else limit}
    return counts if rule.window_days is None else {**counts, "days": rule.window_days}


def _covers(rule: Rule, person: Person, day: date) -> bool:
    return rule.in_force(day) and _matches(rule, person, day)


def _outcomes(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> tuple[list[Rule], list[_Outcome]]:
    covering = [r for r in rules if r.item == item_code and _covers(r, person, day)]
    counted = [e for e in history if e.item_code == item_code and not e.voided]
    own = [e for e in counted if e.recipient_uid == person.uid]
    return covering, [_evaluate(r, person, day, own, counted) for r in covering]


def room_on(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> int:
    """The most of ``item_code`` the person may receive on ``day`` (0 when not covered)."""
    _, outcomes = _outcomes(rules, person, item_code, day, history)
    return min((o.room for o in outcomes), default=0)


def next_eligible(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> date | None:
    """The first day after ``day`` on which the person may receive at least one, if any."""
    longest = max((r.window_days or 0 for r in rules if r.item == item_code), default=0)
    for offset in range(1, NEXT_ELIGIBLE_HORIZON + longest + 1):
        candidate = day + timedelta(days=offset)
        if room_on(rules, person, item_code, candidate, history) > 0:
            return candidate
    return None


def _zone(rules: Sequence[Rule], item_code: str) -> ZoneInfo:
    """The zone days are counted in: that of the item's first rule's campaign (an item's rules
    come from one campaign), else the default."""
    campaign = next((r.campaign for r in rules if r.item == item_code), None)
    return campaign.zone if campaign else zone_of(DEFAULT_TIMEZONE)


def decide(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    on: date | datetime,
    history: Sequence[HistoryEntry] = (),
    quantity: int | None = None,
    proxy: Person | None = None,
) -> Decision:
    """Decide a request for ``quantity`` (None: as many as allowed) of ``item_code`` on ``on``.

    ``on`` is an instant (counted in the campaign's time zone) or a day of that zone.
    ``history`` holds the handouts of the person and of their household's members (voided ones
    flagged or left out); ``proxy`` is the collector when it is someone else.
    """
    if quantity is not None and quantity < 1:
        raise ValueError("quantity must be at least 1")
    zone = _zone(rules, item_code)
    if isinstance(on, datetime):
        on = local_day(on, zone)
    history = [entry.in_zone(zone) for entry in history]
    covering, outcomes = _outcomes(rules, person, item_code, on, history)
    if not outcomes:
        reason = _reason("no_rule", item=item_code)
        if any(r.item == item_code and _matches(r, person, on) for r in rules):
            reason = _reason("not_in_force", item=item_code, day=on.isoformat())
        return Decision(
            False, 0, quantity or 0, (reason,), next_eligible(rules, person, item_code, on, history)
        )
    decider = min(outcomes, key=lambda o: o.room)  # min() keeps the first on a tie
    room, rule = decider.room, decider.rule
    asked = room if quantity is None else quantity

    def verdict(
        ok: bool, most: int, reasons: tuple[Reason, ...], later: date | None = None
    ) -> Decision:
        return Decision(ok, most, asked, reasons, later, rule, decider.used, rule.limit)

    if proxy is not None and proxy.uid != person.uid:
        refusal = _proxy_refusal(covering, person, proxy, on)
        if refusal is not None:
            return verdict(False, 0, (refusal,))
    if room == 0:
        return verdict(
            False, 0, decider.reasons, next_eligible(rules, person, item_code, on, history)
        )
    if asked > room:
        reason = _reason("over_maximum", max_quantity=room, quantity=asked)
        return verdict(False, room, (reason,))
    used = _counts(decider.used, rule)
    allowed = _reason("allowed", USED_TEMPLATES[rule.period], max_quantity=room, **used)
    return verdict(True, room, (allowed,))
