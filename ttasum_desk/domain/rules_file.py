"""The rules file (TOML; resources/docs/rules-reference.md): parsing, validation, line-level
messages.

``parse_rules(text, known_items)`` returns a ``RuleBook`` or raises ``RulesFileError`` listing
every problem found, each with the line it is on. Items used by rules must be listed under
``[[items]]`` or be among ``known_items`` (the items the database already has). ``ends`` of the
campaign may be left out for a campaign that runs until further notice. Version 1 files have no
``format_version``; version 2 adds the campaign's ``timezone``, rolling and yearly periods,
``visits`` and birth-year cohorts. Every number is bounded, so a typing error is refused here
rather than overflowing the database later. ``RuleBook.warnings`` lists what loads but deserves
a look: rules that overlap and say different things.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, MAX_WINDOW_DAYS, parse_period, zone_of
from ttasum_desk.domain.rule_overlaps import overlaps
from ttasum_desk.domain.rules import GROUPS, MAX_QUANTITY, CampaignSpec, Rule
from ttasum_desk.errors import UserError

CAMPAIGN_KEYS = ("code", "name", "starts", "ends", "timezone", "format_version")
FORMAT_VERSIONS = (1, 2)  # a file without format_version is version 1
ITEM_KEYS = ("code", "name", "unit")
RULE_KEYS = (
    "item", "groups", "min_age", "max_age", "limit", "period", "weekday_by_birth_year",
    "household_limit", "proxy_under", "proxy_over", "valid_from", "valid_until",
    "visits", "born_from", "born_until", "proxy_born_from", "proxy_born_until",
)  # fmt: skip
COUNT_KEYS = (
    "min_age", "max_age", "limit", "household_limit", "proxy_under", "proxy_over", "visits",
)  # fmt: skip
AT_LEAST_ONE = ("limit", "household_limit", "visits")
YEAR_KEYS = ("born_from", "born_until", "proxy_born_from", "proxy_born_until")
YEARS = (1800, 2200)  # birth years outside these are typing errors
_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_-]+)\s*\]\]?\s*(#.*)?$")
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    unit: str = ""


@dataclass(frozen=True)
class Problem:
    """What is wrong on one line of the file."""

    line: int
    message: Message

    @property
    def english(self) -> str:
        return f"line {self.line}: {self.message.english}"


@dataclass(frozen=True)
class RuleBook:
    campaign: CampaignSpec
    items: tuple[ItemSpec, ...]
    rules: tuple[Rule, ...]
    text: str
    sha256: str
    warnings: tuple[Problem, ...] = ()  # loaded anyway, but worth a look (rule_overlaps)


class RulesFileError(UserError):
    """The rules file has problems; ``problems`` lists them with their lines."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            "The rules file has {count} problem(s): {details}. Correct the file and load it again.",
            count=len(problems),
            details="; ".join(p.english for p in problems),
        )


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Lines:
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


class _Checker:
    def __init__(self, text: str, known_items: frozenset[str]) -> None:
        self.where = _Lines(text)
        self.known_items = known_items
        self.problems: list[Problem] = []

    def problem(self, line: int, template: str, **params: Any) -> None:
        self.problems.append(Problem(line, say(template, **params)))

    def keys(self, table: dict[str, Any], allowed: tuple[str, ...], name: str, index: int) -> None:
        label = _label(name, index)
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
                table=_label(name, index),
            )
        return not missing

    def text(self, table: dict[str, Any], key: str, name: str, index: int) -> str:
        value = table.get(key, "")
        if not isinstance(value, str) or (key in ("code", "name", "item") and not value.strip()):
            self.problem(self.where.of(name, index, key), '"{key}" must be text', key=key)
            return ""
        return value.strip()

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


def _label(name: str, index: int) -> str:
    if not name:
        return "the file"
    return "[campaign]" if name == "campaign" else f"[[{name}]] #{index + 1}"


def parse_rules(text: str, known_items: frozenset[str] = frozenset()) -> RuleBook:
    """Validate and parse a rules file; raises RulesFileError with every problem found."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else 1
        raise RulesFileError(
            [Problem(line, say("not valid TOML ({detail})", detail=str(error)))]
        ) from None
    check = _Checker(text, known_items)
    check.keys(data, ("campaign", "items", "rules"), "", 0)
    campaign = _campaign(check, data)
    items = _items(check, data)
    declared = {item.code for item in items}
    rules = []
    for index, table in enumerate(check.tables(data, "rules")):
        rule = _rule(check, table, index, campaign, declared)
        if rule is not None:
            rules.append(rule)
    if check.problems or campaign is None:
        raise RulesFileError(sorted(check.problems, key=lambda p: p.line))
    warnings = tuple(
        Problem(
            later.line,
            say(
                "this rule overlaps the rule on line {line} for {item} but sets a different "
                "limit or period; both apply, and the tighter one decides",
                line=earlier.line,
                item=later.item,
            ),
        )
        for earlier, later in overlaps(rules)
    )
    return RuleBook(campaign, tuple(items), tuple(rules), text, text_sha256(text), warnings)


def _campaign(check: _Checker, data: dict[str, Any]) -> CampaignSpec | None:
    table = data.get("campaign")
    if not isinstance(table, dict):
        check.problem(1, "the file needs a [campaign] table with code, name and starts")
        return None
    check.keys(table, CAMPAIGN_KEYS, "campaign", 0)
    if not check.required(table, ("code", "name", "starts"), "campaign", 0):
        return None
    code, name = check.text(table, "code", "campaign", 0), check.text(table, "name", "campaign", 0)
    starts, ends = (
        check.day(table, "starts", "campaign", 0),
        check.day(table, "ends", "campaign", 0),
    )
    check.order(("starts", starts), ("ends", ends), "campaign", 0)
    check.whole(table, "format_version", "campaign", 0, *FORMAT_VERSIONS)
    timezone = _timezone(check, table)
    if not code or not name or starts is None or timezone is None:
        return None
    return CampaignSpec(code, name, starts, ends, timezone)


def _timezone(check: _Checker, table: dict[str, Any]) -> str | None:
    """The campaign's IANA time zone name, Asia/Seoul when left out."""
    value = table.get("timezone", DEFAULT_TIMEZONE)
    try:
        zone_of(value if isinstance(value, str) else "")
    except ValueError:
        check.problem(
            check.where.of("campaign", 0, "timezone"),
            '"timezone" must be a time zone name such as Asia/Seoul or Europe/Berlin, not {value}',
            value=str(value),
        )
        return None
    return str(value)


def _items(check: _Checker, data: dict[str, Any]) -> list[ItemSpec]:
    items: list[ItemSpec] = []
    for index, table in enumerate(check.tables(data, "items")):
        check.keys(table, ITEM_KEYS, "items", index)
        if not check.required(table, ("code", "name"), "items", index):
            continue
        code = check.text(table, "code", "items", index)
        name = check.text(table, "name", "items", index)
        unit = check.text(table, "unit", "items", index) if "unit" in table else ""
        if code in {item.code for item in items}:
            check.problem(
                check.where.of("items", index, "code"), "the item {code} is listed twice", code=code
            )
        elif code and name:
            items.append(ItemSpec(code, name, unit))
    return items


def _rule(
    check: _Checker,
    table: dict[str, Any],
    index: int,
    campaign: CampaignSpec | None,
    declared: set[str],
) -> Rule | None:
    at = check.where
    check.keys(table, RULE_KEYS, "rules", index)
    if not check.required(table, ("item", "limit", "period"), "rules", index):
        return None
    item = check.text(table, "item", "rules", index)
    if item and item not in declared and item not in check.known_items:
        check.problem(
            at.of("rules", index, "item"),
            "unknown item {item}: list it under [[items]] first",
            item=item,
        )
    counts = {key: check.count(table, key, "rules", index) for key in COUNT_KEYS + YEAR_KEYS}
    period = parse_period(table["period"])
    if period is None:
        check.problem(
            at.of("rules", index, "period"),
            '"period" must be one of {periods}, not {value}',
            periods=f'once, day, week, month, year, campaign, "1 days" to "{MAX_WINDOW_DAYS} days"',
            value=str(table["period"]),
        )
    groups = table.get("groups", list(GROUPS))
    if not isinstance(groups, list) or not groups or any(g not in GROUPS for g in groups):
        check.problem(
            at.of("rules", index, "groups"),
            '"groups" must list some of {groups}, not {value}',
            groups=", ".join(GROUPS),
            value=str(groups),
        )
    weekday = table.get("weekday_by_birth_year", False)
    if not isinstance(weekday, bool):
        check.problem(
            at.of("rules", index, "weekday_by_birth_year"),
            '"weekday_by_birth_year" must be true or false',
        )
    valid_from = check.day(table, "valid_from", "rules", index)
    valid_until = check.day(table, "valid_until", "rules", index)
    check.order(("min_age", counts["min_age"]), ("max_age", counts["max_age"]), "rules", index)
    check.order(("valid_from", valid_from), ("valid_until", valid_until), "rules", index)
    check.order(
        ("born_from", counts["born_from"]), ("born_until", counts["born_until"]), "rules", index
    )
    if campaign is not None and (campaign.ends is None or campaign.starts <= campaign.ends):
        _within_campaign(check, campaign, index, valid_from, valid_until)
    if campaign is None or counts["limit"] is None or period is None or check.problems:
        return None
    return Rule(
        item=item,
        limit=counts["limit"],
        period=period[0],
        window_days=period[1],
        visits=counts["visits"],
        born_from=counts["born_from"],
        born_until=counts["born_until"],
        proxy_born_from=counts["proxy_born_from"],
        proxy_born_until=counts["proxy_born_until"],
        campaign=campaign,
        groups=tuple(groups),
        min_age=counts["min_age"],
        max_age=counts["max_age"],
        weekday_by_birth_year=weekday,
        household_limit=counts["household_limit"],
        proxy_under=counts["proxy_under"],
        proxy_over=counts["proxy_over"],
        valid_from=valid_from,
        valid_until=valid_until,
        number=index + 1,
        line=at.of("rules", index),
    )


def _within_campaign(
    check: _Checker, campaign: CampaignSpec, index: int, *days: date | None
) -> None:
    """A rule's valid_from and valid_until fall within the campaign's starts..ends: a date
    outside is a typing error (the year, most often) that would silently shorten the rule."""
    for key, day in zip(("valid_from", "valid_until"), days, strict=True):
        if day is None:
            continue
        if day < campaign.starts or (campaign.ends is not None and day > campaign.ends):
            check.problem(
                check.where.of("rules", index, key),
                '"{key}" ({day}) is outside the campaign, which runs from {starts} to {ends}',
                key=key,
                day=day.isoformat(),
                starts=campaign.starts.isoformat(),
                ends=campaign.ends.isoformat() if campaign.ends else "-",
            )
