"""The rules file (TOML; resources/docs/rules-reference.md): parsing, validation, line-level
messages.

``parse_rules(text, known_items)`` returns a ``RuleBook`` or raises ``RulesFileError`` listing
every problem found, each with the line it is on. Items used by rules must be listed under
``[[items]]`` or be among ``known_items`` (the items the database already has). ``ends`` of the
campaign may be left out for a campaign that runs until further notice. Version 1 files have no
``format_version``; version 2 adds the campaign's ``timezone`` and ``open_days``, rolling and
yearly periods, ``visits``, who-conditions, shared and household limits, distribution days,
``[[proxies]]`` (domain.proxies_file) and ``[[changes]]`` (domain.rule_changes); either may
list ``[[targets]]`` (domain.targets). A rule's keys are read by domain.rule_keys. Every
number is bounded and every date lies within the campaign, so a typing error is refused here
rather than overflowing the database or silently shortening a rule later.
``RuleBook.warnings`` lists what loads but deserves a look: rules that overlap and say different
things.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ttasum_desk.domain.messages import say
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, zone_of
from ttasum_desk.domain.proxies_file import PROXY_KEYS, parse_proxies
from ttasum_desk.domain.rule_changes import CHANGE_KEYS, apply_changes
from ttasum_desk.domain.rule_keys import RULE_KEYS, rule_fields
from ttasum_desk.domain.rule_model import MAX_QUANTITY, CampaignSpec, Rule
from ttasum_desk.domain.rule_overlaps import overlaps
from ttasum_desk.domain.rules_checks import Checker, Problem, within_campaign
from ttasum_desk.domain.targets import Target, parse_targets
from ttasum_desk.errors import UserError

CAMPAIGN_KEYS = (
    "code", "name", "starts", "ends", "timezone", "format_version", "open_days", "guide_url",
)  # fmt: skip
FORMAT_VERSIONS = (1, 2)  # a file without format_version is version 1
ITEM_KEYS = ("code", "name", "unit", "guide")
TABLES = ("campaign", "items", "rules", "proxies", "changes", "targets")
__all__ = [
    "CHANGE_KEYS", "PROXY_KEYS", "RULE_KEYS",
    "Problem", "RuleBook", "RulesFileError", "parse_rules",
]  # fmt: skip
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
            details=tuple(
                say("line {line}: {problem}", line=p.line, problem=p.message) for p in problems
            ),
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
    check.keys(data, TABLES, "", 0)
    campaign = _campaign(check, data)
    items = _items(check, data)
    declared = {item.code for item in items}
    if campaign is not None:
        campaign = replace(campaign, proxies=parse_proxies(check, data, campaign, declared))
    rules = []
    for index, table in enumerate(check.tables(data, "rules")):
        rule = _rule(check, table, index, campaign, declared)
        if rule is not None:
            rules.append(rule)
    _unique_names(check, rules)
    rules = apply_changes(check, data, rules)
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
                item=", ".join(later.items),
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
    version = check.whole(table, "format_version", "campaign", 0, *FORMAT_VERSIONS)
    timezone = _timezone(check, table)
    if not code or not name or starts is None or timezone is None:
        return None
    campaign = CampaignSpec(code, name, starts, ends, timezone, version or 1)
    return replace(campaign, open_days=_open_days(check, table, campaign))


def _open_days(check: Checker, table: dict[str, Any], campaign: CampaignSpec) -> frozenset[date]:
    """``open_days = [2020-04-15, ...]``: days within the campaign."""
    value = table.get("open_days", [])
    if not isinstance(value, list):
        value = [value]
    days = [check.day({"open_days": day}, "open_days", "campaign", 0) for day in value]
    within_campaign(check, campaign, "campaign", 0, *days, keys=("open_days",) * len(days))
    return frozenset(day for day in days if day is not None)


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
    check.keys(table, RULE_KEYS, "rules", index)
    if ("item" in table) == ("items" in table):
        check.problem(
            check.where.of("rules", index),
            'give either "item" or "items" in {table}',
            table=f"[[rules]] #{index + 1}",
        )
        return None
    sized = "limit_by_household_size" in table or "limit_per_member" in table
    if not check.required(table, ("period",) if sized else ("limit", "period"), "rules", index):
        return None
    if "items" in table:
        items = check.item_codes(table, "rules", index, declared)
    else:
        items = (check.item_code(table, "item", "rules", index, declared),)
    fields = rule_fields(check, table, "rules", index)
    name = check.text(table, "name", "rules", index) if "name" in table else ""
    valid_from = check.day(table, "valid_from", "rules", index)
    valid_until = check.day(table, "valid_until", "rules", index)
    check.order(("valid_from", valid_from), ("valid_until", valid_until), "rules", index)
    if campaign is not None:
        within_campaign(check, campaign, "rules", index, valid_from, valid_until)
    if campaign is None or not items or "period" not in fields or check.problems:
        return None
    return Rule(
        **{"limit": MAX_QUANTITY, **fields},
        item=items[0],
        items=items,
        name=name,
        campaign=campaign,
        valid_from=valid_from,
        valid_until=valid_until,
        number=index + 1,
        line=check.where.of("rules", index),
    )


def _unique_names(check: Checker, rules: list[Rule]) -> None:
    seen: dict[str, int] = {}
    for rule in rules:
        if rule.name in seen:
            check.problem(
                rule.line,
                "the rule name {name} is already used on line {other}",
                name=rule.name,
                other=seen[rule.name],
            )
        elif rule.name:
            seen[rule.name] = rule.line
