"""The rules file's line finder and value checks: each problem is recorded with the line it
is on, found in the text because TOML parsers don't keep lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.rule_model import MAX_QUANTITY, CampaignSpec

AT_LEAST_ONE = ("limit", "household_limit", "visits", "limit_per_member")
YEAR_KEYS = ("born_from", "born_until", "proxy_born_from", "proxy_born_until")
YEARS = (1800, 2200)  # birth years outside these are typing errors
_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_-]+)\s*\]\]?\s*(#.*)?$")


@dataclass(frozen=True)
class Problem:
    """What is wrong on one line of the file."""

    line: int
    message: Message

    @property
    def english(self) -> str:
        return f"line {self.line}: {self.message.english}"


class Lines:
    """Finds the line of a table or of a key inside the n-th table of that name."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [
            (number, match.group(1))
            for number, line in enumerate(self.lines, 1)
            if (match := _HEADER.match(line))
        ]

    def section(self, table: str | None, index: int = 0) -> tuple[int, int]:
        """(header line, last line) of the index-th table named ``table``; None: top level."""
        starts = [n for n, name in self.headers if name == table] if table else [0]
        if index >= len(starts):
            return 1, len(self.lines)
        start = starts[index]
        later = [n for n, _ in self.headers if n > start]
        return start, (later[0] - 1 if later else len(self.lines))

    def of(self, table: str | None, index: int = 0, key: str | None = None) -> int:
        start, end = self.section(table, index)
        if key is not None:
            pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
            for number in range(max(start, 1), end + 1):
                if pattern.match(self.lines[number - 1]):
                    return number
            for number, name in self.headers:  # a top-level key written as a table
                if not table and name == key:
                    return number
        return max(start, 1)


class Checker:
    def __init__(self, text: str, known_items: frozenset[str]) -> None:
        self.where = Lines(text)
        self.known_items = known_items
        self.problems: list[Problem] = []

    def problem(self, line: int, template: str, **params: Any) -> None:
        self.problems.append(Problem(line, say(template, **params)))

    def keys(self, table: dict[str, Any], allowed: tuple[str, ...], name: str, index: int) -> None:
        label = table_label(name, index)
        for key in table:
            if key not in allowed:
                self.problem(
                    self.where.of(name, index, key),
                    'unknown key "{key}" in {table}; the keys are: {allowed}',
                    key=key,
                    table=label,
                    allowed=", ".join(allowed),
                )

    def required(self, table: dict[str, Any], keys: tuple[str, ...], name: str, index: int) -> bool:
        missing = [k for k in keys if k not in table]
        for key in missing:
            self.problem(
                self.where.of(name, index),
                '"{key}" is missing in {table}',
                key=key,
                table=table_label(name, index),
            )
        return not missing

    def text(self, table: dict[str, Any], key: str, name: str, index: int) -> str:
        value = table.get(key, "")
        if not isinstance(value, str) or (key in ("code", "name", "item") and not value.strip()):
            self.problem(self.where.of(name, index, key), '"{key}" must be text', key=key)
            return ""
        return value.strip()

    def item_code(
        self, table: dict[str, Any], key: str, name: str, index: int, declared: set[str]
    ) -> str:
        """An item's code, listed under [[items]] or known to the database."""
        item = self.text(table, key, name, index)
        if item and item not in declared and item not in self.known_items:
            self.problem(
                self.where.of(name, index, key),
                "unknown item {item}: list it under [[items]] first",
                item=item,
            )
        return item

    def item_codes(
        self, table: dict[str, Any], name: str, index: int, declared: set[str]
    ) -> tuple[str, ...]:
        """``items = ["A", "B"]``: a non-empty list of distinct known item codes."""
        value = table.get("items")
        line = self.where.of(name, index, "items")
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            self.problem(
                line, '"items" must be a list of item codes, not {value}', value=str(value)
            )
            return ()
        codes = tuple(dict.fromkeys(v.strip() for v in value))
        for item in codes:
            if item not in declared and item not in self.known_items:
                self.problem(line, "unknown item {item}: list it under [[items]] first", item=item)
        return codes

    def day(self, table: dict[str, Any], key: str, name: str, index: int) -> date | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        elif isinstance(value, date) and not isinstance(value, datetime):
            return value
        self.problem(
            self.where.of(name, index, key),
            '"{key}" must be a date such as 2020-03-09, not {value}',
            key=key,
            value=str(value),
        )
        return None

    def count(self, table: dict[str, Any], key: str, name: str, index: int) -> int | None:
        """A whole number: a year of birth for YEAR_KEYS, else a quantity or an age, bounded
        so that a typing error can't overflow the database's integers later."""
        least, most = YEARS if key in YEAR_KEYS else (int(key in AT_LEAST_ONE), MAX_QUANTITY)
        return self.whole(table, key, name, index, least, most)

    def whole(
        self, table: dict[str, Any], key: str, name: str, index: int, least: int, most: int
    ) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        line = self.where.of(name, index, key)
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            self.problem(
                line,
                '"{key}" must be a whole number of {least} or more, not {value}',
                key=key,
                least=least,
                value=str(value),
            )
            return None
        if value > most:
            self.problem(
                line,
                '"{key}" must be at most {most}, not {value}',
                key=key,
                most=most,
                value=str(value),
            )
            return None
        return value

    def order(self, first: tuple[str, Any], second: tuple[str, Any], name: str, index: int) -> None:
        if first[1] is not None and second[1] is not None and first[1] > second[1]:
            self.problem(
                self.where.of(name, index, first[0]),
                "{first} ({a}) must not exceed {second} ({b})",
                first=first[0],
                a=str(first[1]),
                second=second[0],
                b=str(second[1]),
            )

    def tables(self, data: dict[str, Any], name: str) -> list[dict[str, Any]]:
        value = data.get(name, [])
        if isinstance(value, list) and all(isinstance(t, dict) for t in value):
            return value
        self.problem(
            self.where.of(None, 0, name),
            "{table} must be written as [[{table}]] tables",
            table=name,
        )
        return []


def table_label(name: str, index: int) -> str:
    if not name:
        return "the file"
    return "[campaign]" if name == "campaign" else f"[[{name}]] #{index + 1}"


def within_campaign(
    check: Checker,
    campaign: CampaignSpec,
    name: str,
    index: int,
    *days: date | None,
    keys: tuple[str, ...] = ("valid_from", "valid_until"),
) -> None:
    """Dates fall within the campaign's starts..ends: a date outside is a typing error (the
    year, most often) that would silently shorten what it bounds."""
    if campaign.ends is not None and campaign.starts > campaign.ends:
        return  # reported with the campaign
    for key, day in zip(keys, days, strict=True):
        if day is None:
            continue
        if day < campaign.starts or (campaign.ends is not None and day > campaign.ends):
            check.problem(
                check.where.of(name, index, key),
                '"{key}" ({day}) is outside the campaign, which runs from {starts} to {ends}',
                key=key,
                day=day.isoformat(),
                starts=campaign.starts.isoformat(),
                ends=campaign.ends.isoformat() if campaign.ends else "-",
            )
