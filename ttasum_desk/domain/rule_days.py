"""On which days a rule hands anything out: closed spans, monthly windows, fixed weekdays and
the weekday rotation by birth year, with the campaign's open days.

Version 2 rotation restricts the weekday only: Saturday, Sunday and the open days are open to
every birth year, and the week's ``limit`` and ``visits`` do the rest. Being a count over the
calendar week, it gives the same decisions whatever order handouts are entered in. Version 1
keeps its weekend rule: the weekend is for people who received nothing that week, and a
weekend handout is the only one of its ISO week (days after ``day`` included), so that a
back-dated weekday entered after the weekend is refused as it would be in date order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ttasum_desk.domain.rule_model import WEEKDAY_OF_DIGIT, HistoryEntry, Person, Reason, Rule
from ttasum_desk.domain.rule_texts import WEEKDAY_TEMPLATES, reason


def day_refusal(
    rule: Rule,
    person: Person,
    day: date,
    entries: Sequence[HistoryEntry],
    collector: Person | None = None,
) -> Reason | None:
    """Why ``rule`` hands nothing out to ``person`` on ``day``, or None. ``entries`` are the
    person's handouts the rule counts (version 1's weekend rule reads them); ``collector`` is
    someone else collecting, whose own weekday counts under ``proxy_on_own_weekday``."""
    if rule.closed:
        return reason("closed", day=day.isoformat())
    if rule.month_days is not None and not rule.month_days[0] <= day.day <= rule.month_days[1]:
        return reason("outside_month_days", first=rule.month_days[0], last=rule.month_days[1])
    open_day = day in rule.campaign.open_days
    if rule.weekdays and not open_day and day.weekday() not in rule.weekdays:
        return reason("not_a_distribution_day", day=day.isoformat())
    if not rule.weekday_by_birth_year:
        return None
    if rule.campaign.format_version == 1:
        return _weekend_rule(person, day, entries)
    if open_day or day.weekday() >= 5:
        return None
    years = [person.year_of_birth]
    if rule.proxy_on_own_weekday and collector is not None:
        years.append(collector.year_of_birth)
    known = [year for year in years if year is not None]
    if not known:
        return reason("birth_year_unknown")
    if any(WEEKDAY_OF_DIGIT[year % 10] == day.weekday() for year in known):
        return None
    return reason(
        "wrong_weekday", WEEKDAY_TEMPLATES[WEEKDAY_OF_DIGIT[known[0] % 10]], birth_year=known[0]
    )


def _weekend_rule(person: Person, day: date, entries: Sequence[HistoryEntry]) -> Reason | None:
    """Version 1: the whole ISO week counts, days after ``day`` included."""
    monday = day - timedelta(days=day.weekday())
    week = [e for e in entries if monday <= e.day <= monday + timedelta(days=6)]
    if day.weekday() >= 5:
        return reason("weekend_received") if week else None
    weekend = sorted(e.day for e in week if e.day.weekday() >= 5)
    if weekend:
        return reason("received_at_weekend", day=weekend[0].isoformat())
    year = person.year_of_birth
    if year is None:
        return reason("birth_year_unknown")
    own_day = WEEKDAY_OF_DIGIT[year % 10]
    if own_day != day.weekday():
        return reason("wrong_weekday", WEEKDAY_TEMPLATES[own_day], birth_year=year)
    return None
