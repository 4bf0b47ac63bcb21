"""Rules that cover the same people on the same days but say different things.

The engine decides them deterministically (every covering rule must hold; the tightest
decides), so such a file loads; but a coordinator who wrote two different limits for the same
people most likely meant one of them, so the loader warns, naming both lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import combinations

from ttasum_desk.domain.rules import Rule


def _days(rule: Rule) -> tuple[date, date]:
    first = max(rule.campaign.starts, rule.valid_from or rule.campaign.starts)
    ends = [d for d in (rule.campaign.ends, rule.valid_until) if d is not None]
    return first, min(ends, default=date.max)


def _meet(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    """Two inclusive ranges, open where None, share a value."""
    low = max((v for v in (a[0], b[0]) if v is not None), default=None)
    high = min((v for v in (a[1], b[1]) if v is not None), default=None)
    return low is None or high is None or low <= high


def _same_people_and_days(a: Rule, b: Rule) -> bool:
    (a_first, a_last), (b_first, b_last) = _days(a), _days(b)
    return (
        a.number != b.number  # segments of one rule, dated by its changes, never meet
        and bool(set(a.items) & set(b.items))
        and bool(set(a.groups) & set(b.groups))
        and max(a_first, b_first) <= min(a_last, b_last)
        and _meet((a.min_age, a.max_age), (b.min_age, b.max_age))
        and _meet((a.born_from, a.born_until), (b.born_from, b.born_until))
        and all(
            not x or not y or bool(set(x) & set(y))
            for x, y in (
                (a.tags, b.tags),
                (a.schools, b.schools),
                (a.grades, b.grades),
                (a.classes, b.classes),
                (a.districts, b.districts),
            )
        )
    )


def _what_it_says(rule: Rule) -> tuple[object, ...]:
    return (
        rule.limit,
        rule.period,
        rule.window_days,
        rule.visits,
        rule.household_limit,
        rule.weekday_by_birth_year,
        rule.items,
        rule.per_household,
        rule.limit_by_household_size,
        rule.limit_per_member,
        rule.weekdays,
        rule.month_days,
        rule.closed,
    )


def overlaps(rules: Sequence[Rule]) -> list[tuple[Rule, Rule]]:
    """Pairs (earlier, later in the file) that overlap and differ. Ages and birth years are
    compared each with their own kind; an age range and a birth-year range may always meet."""
    return [
        (a, b)
        for a, b in combinations(rules, 2)
        if _same_people_and_days(a, b) and _what_it_says(a) != _what_it_says(b)
    ]
