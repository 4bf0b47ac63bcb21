"""The keys of a ``[[rules]]`` table (and of ``[[changes]]`` and ``[[proxies]]``, which share
them), each checked and turned into the ``Rule`` field it sets.

``rule_fields`` returns only the fields of the keys present, so that a dated change can set
exactly what it names on a copy of its rule; problems go to the ``Checker`` with their lines.
"""

from __future__ import annotations

import re
from typing import Any

from ttasum_desk.domain.periods import MAX_WINDOW_DAYS, parse_period
from ttasum_desk.domain.rule_model import GROUPS, MAX_QUANTITY, WEEKDAY_NAMES
from ttasum_desk.domain.rules_checks import YEAR_KEYS, Checker

WHO_KEYS = (
    "groups", "min_age", "max_age", "born_from", "born_until",
    "tags", "schools", "grades", "classes", "districts",
)  # fmt: skip
RULE_KEYS = (
    "item", "groups", "min_age", "max_age", "limit", "period", "weekday_by_birth_year",
    "household_limit", "proxy_under", "proxy_over", "valid_from", "valid_until",
    "visits", "born_from", "born_until", "proxy_born_from", "proxy_born_until",
    "name", "items", "per", "limit_by_household_size", "limit_per_member",
    "tags", "schools", "grades", "classes", "districts",
    "weekdays", "month_days", "closed", "proxy_on_own_weekday",
)  # fmt: skip
COUNT_KEYS = ("min_age", "max_age", "household_limit", "proxy_under", "proxy_over")
UNLIMITED = "none"  # limit = "none", visits = "none"
MAX_CLASS = 99  # grades and class numbers above this are typing errors
PERIOD_NAMES = f'once, day, week, month, year, campaign, "1 days" to "{MAX_WINDOW_DAYS} days"'
_MONTH_DAYS = re.compile(r"^\s*(\d{1,2})\s*(?:-\s*(\d{1,2}))?\s*$")


def rule_fields(check: Checker, table: dict[str, Any], section: str, index: int) -> dict[str, Any]:
    """The ``Rule`` fields the keys present in ``table`` set (items and dates aside: the
    caller checks those against the file)."""
    fields: dict[str, Any] = who_fields(check, table, section, index)
    for key in ("limit", "visits"):
        if table.get(key) == UNLIMITED:
            fields[key] = MAX_QUANTITY if key == "limit" else None
        elif key in table:
            fields[key] = check.count(table, key, section, index)
    for key in (*COUNT_KEYS, "proxy_born_from", "proxy_born_until", "limit_per_member"):
        if key in table and key not in WHO_KEYS:
            fields[key] = check.count(table, key, section, index)
    for key in ("weekday_by_birth_year", "closed", "proxy_on_own_weekday"):
        if key in table:
            fields[key] = _flag(check, table, key, section, index)
    if "period" in table:
        period = parse_period(table["period"])
        if period is None:
            check.problem(
                check.where.of(section, index, "period"),
                '"period" must be one of {periods}, not {value}',
                periods=PERIOD_NAMES,
                value=str(table["period"]),
            )
        else:
            fields["period"], fields["window_days"] = period
    if "per" in table:
        per = table["per"]
        if per not in ("person", "household"):
            check.problem(
                check.where.of(section, index, "per"),
                '"per" must be "person" or "household", not {value}',
                value=str(per),
            )
        fields["per_household"] = per == "household"
    if "limit_by_household_size" in table:
        fields["limit_by_household_size"] = _bands(check, table, section, index)
    if "weekdays" in table:
        names = _texts(check, table, "weekdays", section, index, WEEKDAY_NAMES)
        fields["weekdays"] = tuple(sorted({WEEKDAY_NAMES.index(name) for name in names}))
    if "month_days" in table:
        fields["month_days"] = _month_days(check, table, section, index)
    return fields


def who_fields(check: Checker, table: dict[str, Any], section: str, index: int) -> dict[str, Any]:
    """The who-conditions present in ``table``, checked."""
    fields: dict[str, Any] = {}
    if "groups" in table:
        fields["groups"] = _texts(check, table, "groups", section, index, tuple(GROUPS))
    for key in ("min_age", "max_age", "born_from", "born_until"):
        if key in table:
            fields[key] = check.count(table, key, section, index)
    for key in ("tags", "schools", "districts"):
        if key in table:
            fields[key] = _texts(check, table, key, section, index)
    for key in ("grades", "classes"):
        if key in table:
            fields[key] = _numbers(check, table, key, section, index)
    check.order(
        ("min_age", fields.get("min_age")), ("max_age", fields.get("max_age")), section, index
    )
    check.order(
        ("born_from", fields.get("born_from")),
        ("born_until", fields.get("born_until")),
        section,
        index,
    )
    return fields


def _flag(check: Checker, table: dict[str, Any], key: str, section: str, index: int) -> bool:
    value = table[key]
    if not isinstance(value, bool):
        check.problem(check.where.of(section, index, key), '"{key}" must be true or false', key=key)
        return False
    return value


def _texts(
    check: Checker,
    table: dict[str, Any],
    key: str,
    section: str,
    index: int,
    choices: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """A non-empty list of text, each among ``choices`` when given."""
    value = table[key]
    good = (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, str) and v.strip() for v in value)
        and (not choices or all(v in choices for v in value))
    )
    if good:
        return tuple(v.strip() for v in value)
    line = check.where.of(section, index, key)
    if choices:
        check.problem(
            line,
            '"{key}" must list some of {choices}, not {value}',
            key=key,
            choices=", ".join(choices),
            value=str(value),
        )
    else:
        check.problem(
            line, '"{key}" must be a list of text, not {value}', key=key, value=str(value)
        )
    return ()


def _numbers(
    check: Checker, table: dict[str, Any], key: str, section: str, index: int
) -> tuple[int, ...]:
    value = table[key]
    if (
        isinstance(value, list)
        and value
        and all(
            isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= MAX_CLASS for v in value
        )
    ):
        return tuple(value)
    check.problem(
        check.where.of(section, index, key),
        '"{key}" must list whole numbers from 1 to {most}, not {value}',
        key=key,
        most=MAX_CLASS,
        value=str(value),
    )
    return ()


def _bands(
    check: Checker, table: dict[str, Any], section: str, index: int
) -> tuple[tuple[int, int], ...]:
    """``{ 1 = 2, 2 = 3, 4 = 4 }``: the smallest household size of each band and its limit."""
    value = table["limit_by_household_size"]
    bands: list[tuple[int, int]] = []
    if isinstance(value, dict):
        for size, limit in value.items():
            if not (size.isdigit() and 1 <= int(size) <= MAX_QUANTITY):
                break
            if (
                isinstance(limit, bool)
                or not isinstance(limit, int)
                or not 1 <= limit <= MAX_QUANTITY
            ):
                break
            bands.append((int(size), limit))
        else:
            if bands and min(bands)[0] == 1:
                return tuple(sorted(bands))
    check.problem(
        check.where.of(section, index, "limit_by_household_size"),
        '"limit_by_household_size" must map household sizes, 1 first, to limits from 1 to '
        "{most}, such as {{ 1 = 2, 2 = 3, 4 = 4 }}, not {value}",
        most=MAX_QUANTITY,
        value=str(value),
    )
    return ()


def _month_days(
    check: Checker, table: dict[str, Any], section: str, index: int
) -> tuple[int, int] | None:
    value = table["month_days"]
    found = _MONTH_DAYS.match(value) if isinstance(value, str) else None
    if found:
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if 1 <= first <= last <= 31:
            return first, last
    check.problem(
        check.where.of(section, index, "month_days"),
        '"month_days" must be days of the month such as "1-10", not {value}',
        value=str(value),
    )
    return None


__all__ = ["RULE_KEYS", "WHO_KEYS", "YEAR_KEYS", "rule_fields", "who_fields"]
