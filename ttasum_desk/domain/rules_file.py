"""The rules file (TOML; resources/docs/rules-reference.md): parsing, validation, line-level
messages.

``parse_rules(text, known_items)`` returns a ``RuleBook`` or raises ``RulesFileError`` listing
every problem found, each with the line it is on. Items used by rules must be listed under
``[[items]]`` or be among ``known_items`` (the items the database already has). ``ends`` of the
campaign may be left out for a campaign that runs until further notice. Version 1 files have no
``format_version``; version 2 adds the campaign's ``timezone``, rolling and yearly periods,
``visits`` and birth-year cohorts; either may list ``[[targets]]`` (domain.targets). Every
number is bounded, so a typing error is refused here rather than overflowing the database later.
``RuleBook.warnings`` lists what loads but deserves a look: rules that overlap and say different
things.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.messages import say
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, MAX_WINDOW_DAYS, parse_period, zone_of
from ttasum_desk.domain.rule_overlaps import overlaps
from ttasum_desk.domain.rules import GROUPS, CampaignSpec, Rule
from ttasum_desk.domain.rules_checks import YEAR_KEYS, Checker, Problem
from ttasum_desk.domain.targets import Target, parse_targets
from ttasum_desk.errors import UserError

CAMPAIGN_KEYS = ("code", "name", "starts", "ends", "timezone", "format_version", "guide_url")
FORMAT_VERSIONS = (1, 2)  # a file without format_version is version 1
ITEM_KEYS = ("code", "name", "unit", "guide")
RULE_KEYS = (
    "item", "groups", "min_age", "max_age", "limit", "period", "weekday_by_birth_year",
    "household_limit", "proxy_under", "proxy_over", "valid_from", "valid_until",
    "visits", "born_from", "born_until", "proxy_born_from", "proxy_born_until",
)  # fmt: skip
COUNT_KEYS = (
    "min_age", "max_age", "limit", "household_limit", "proxy_under", "proxy_over", "visits",
)  # fmt: skip
__all__ = ["Problem", "RuleBook", "RulesFileError", "parse_rules"]
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    unit: str = ""
    guide: bool = False  # its receipts carry the campaign's guide_url: a kit people make up


@dataclass(frozen=True)
class RuleBook:
    campaign: CampaignSpec
    items: tuple[ItemSpec, ...]
    rules: tuple[Rule, ...]
    text: str
    sha256: str
    warnings: tuple[Problem, ...] = ()  # loaded anyway, but worth a look (rule_overlaps)
    targets: tuple[Target, ...] = ()  # what the campaign promised (domain.targets)
    guide_url: str = ""  # how to make it: a QR on the receipts of items marked guide = true


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
    check = Checker(text, known_items)
    check.keys(data, ("campaign", "items", "rules", "targets"), "", 0)
    campaign = _campaign(check, data)
    items = _items(check, data)
    declared = {item.code for item in items}
    rules = []
    for index, table in enumerate(check.tables(data, "rules")):
        rule = _rule(check, table, index, campaign, declared)
        if rule is not None:
            rules.append(rule)
    targets = parse_targets(check, data, campaign, declared)
    guide_url = _guide_url(check, data)
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
    return RuleBook(
        campaign,
        tuple(items),
        tuple(rules),
        text,
        text_sha256(text),
        warnings,
        tuple(targets),
        guide_url,
    )


def _campaign(check: Checker, data: dict[str, Any]) -> CampaignSpec | None:
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


def _guide_url(check: Checker, data: dict[str, Any]) -> str:
    """The campaign's guide link, "" when left out; a web address, since a phone opens it."""
    table = data.get("campaign")
    if not isinstance(table, dict) or "guide_url" not in table:
        return ""
    url = check.text(table, "guide_url", "campaign", 0)
    if url and not url.startswith(("https://", "http://")):
        check.problem(
            check.where.of("campaign", 0, "guide_url"),
            '"guide_url" must be a web address starting with https://, not {value}',
            value=url,
        )
    return url


def _timezone(check: Checker, table: dict[str, Any]) -> str | None:
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


def _items(check: Checker, data: dict[str, Any]) -> list[ItemSpec]:
    items: list[ItemSpec] = []
    for index, table in enumerate(check.tables(data, "items")):
        check.keys(table, ITEM_KEYS, "items", index)
        if not check.required(table, ("code", "name"), "items", index):
            continue
        code = check.text(table, "code", "items", index)
        name = check.text(table, "name", "items", index)
        unit = check.text(table, "unit", "items", index) if "unit" in table else ""
        guide = table.get("guide", False)
        if not isinstance(guide, bool):
            check.problem(check.where.of("items", index, "guide"), '"guide" must be true or false')
        if code in {item.code for item in items}:
            check.problem(
                check.where.of("items", index, "code"), "the item {code} is listed twice", code=code
            )
        elif code and name:
            items.append(ItemSpec(code, name, unit, guide is True))
    return items


def _rule(
    check: Checker,
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
    check: Checker, campaign: CampaignSpec, index: int, *days: date | None
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
