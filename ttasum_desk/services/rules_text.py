"""Rules in plain words, and a rules file checked without storing it.

The coordinator reads what a rules file will do before loading it: for each rule the item,
who, how much, how often and on which days. Every piece is a ``Message``, so the window shows
it in the user's language and the command line in English (``show`` turns a piece into text).
``preview_text`` parses a file against the items the database knows and never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.rules import GROUPS, Period, Rule
from ttasum_desk.domain.rules_file import ItemSpec, Problem, RuleBook, RulesFileError, parse_rules
from ttasum_desk.services.catalogue import item_list
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import rulesets

Show = Callable[[Message], str]

GROUP_WORDS = {
    "student": QT_TRANSLATE_NOOP("Messages", "students"),
    "public": QT_TRANSLATE_NOOP("Messages", "the public"),
    "vulnerable": QT_TRANSLATE_NOOP("Messages", "vulnerable residents"),
}
PERIOD_TEMPLATES = {
    Period.ONCE: QT_TRANSLATE_NOOP("Messages", "{limit} {unit} once only"),
    Period.DAY: QT_TRANSLATE_NOOP("Messages", "up to {limit} {unit} a day"),
    Period.WEEK: QT_TRANSLATE_NOOP("Messages", "up to {limit} {unit} a week (Monday to Sunday)"),
    Period.MONTH: QT_TRANSLATE_NOOP("Messages", "up to {limit} {unit} a calendar month"),
    Period.CAMPAIGN: QT_TRANSLATE_NOOP("Messages", "up to {limit} {unit} for the whole campaign"),
}


@dataclass(frozen=True)
class RulesPreview:
    """A parsed file (``book``) or its problems, each with its line."""

    book: RuleBook | None
    problems: tuple[Problem, ...] = ()


def english(message: Message) -> str:
    return message.english


def preview_text(text: str) -> RulesPreview:
    """Check a rules text as loading would, writing nothing."""
    try:
        book = parse_rules(text, rulesets.item_codes())
    except RulesFileError as error:
        return RulesPreview(None, tuple(error.problems))
    return RulesPreview(book)


def current_books() -> tuple[RuleBook, ...]:
    return current_rules().books


def known_items(books: tuple[RuleBook, ...]) -> dict[str, ItemSpec]:
    """Item code -> item, from the database and then the files (a file's own names win)."""
    known = {item.code: ItemSpec(item.code, item.name, item.unit) for item in item_list()}
    for book in books:
        known.update({item.code: item for item in book.items})
    return known


def describe_book(
    book: RuleBook, show: Show = english, items: dict[str, ItemSpec] | None = None
) -> list[str]:
    """The campaign, then one line per rule, in plain words; ``items`` names the items the
    file uses but does not list (by default only the file's own)."""
    items = items or {item.code: item for item in book.items}
    campaign = book.campaign
    if campaign.ends is not None:
        head = say(
            "Campaign {name} ({code}), {starts} to {ends}",
            name=campaign.name, code=campaign.code, starts=campaign.starts.isoformat(),
            ends=campaign.ends.isoformat(),
        )  # fmt: skip
    else:
        head = say(
            "Campaign {name} ({code}), from {starts} until further notice",
            name=campaign.name, code=campaign.code, starts=campaign.starts.isoformat(),
        )  # fmt: skip
    return [show(head), *(describe_rule(rule, items, show) for rule in book.rules)]


def describe_rule(rule: Rule, items: dict[str, ItemSpec], show: Show = english) -> str:
    """One rule as "Rule 1, KF94 마스크: everyone; up to 2 매 a week; …", every condition said."""
    item = items.get(rule.item, ItemSpec(rule.item, rule.item))
    parts = [_who(rule, show), show(_how_much(rule, item.unit)), show(_days(rule))]
    if rule.household_limit is not None:
        household = say(
            "at most {count} {unit} per household", count=rule.household_limit, unit=item.unit
        )
        parts.append(show(household))
    parts.extend(show(part) for part in _proxy(rule))
    dates = _dates(rule)
    if dates is not None:
        parts.append(show(dates))
    head = show(say("Rule {number}, {item}", number=rule.number, item=item.name))
    return head + ": " + "; ".join(parts)


def _who(rule: Rule, show: Show) -> str:
    if sorted(rule.groups) == sorted(GROUPS):
        who = show(say("everyone"))
    else:
        who = ", ".join(show(say(str(GROUP_WORDS.get(group, group)))) for group in rule.groups)
    if rule.min_age is not None and rule.max_age is not None:
        return show(say("{who} aged {low} to {high}", who=who, low=rule.min_age, high=rule.max_age))
    if rule.min_age is not None:
        return show(say("{who} aged {low} or over", who=who, low=rule.min_age))
    if rule.max_age is not None:
        return show(say("{who} aged {high} or under", who=who, high=rule.max_age))
    return who


def _how_much(rule: Rule, unit: str) -> Message:
    return say(str(PERIOD_TEMPLATES[rule.period]), limit=rule.limit, unit=unit)


def _days(rule: Rule) -> Message:
    if rule.weekday_by_birth_year:
        return say(
            "on the weekday of the birth year's last digit (1/6 Monday, 2/7 Tuesday, "
            "3/8 Wednesday, 4/9 Thursday, 5/0 Friday); the weekend is open to anyone who has "
            "received none that week"
        )
    return say("any day")


def _proxy(rule: Rule) -> list[Message]:
    parts = []
    if rule.proxy_under is not None:
        parts.append(
            say("a household member may collect for a child under {age}", age=rule.proxy_under)
        )
    if rule.proxy_over is not None:
        parts.append(
            say("a household member may collect for a person over {age}", age=rule.proxy_over)
        )
    return parts


def _dates(rule: Rule) -> Message | None:
    if rule.valid_from is not None and rule.valid_until is not None:
        return say(
            "from {start} to {end}",
            start=rule.valid_from.isoformat(), end=rule.valid_until.isoformat(),
        )  # fmt: skip
    if rule.valid_from is not None:
        return say("from {start}", start=rule.valid_from.isoformat())
    if rule.valid_until is not None:
        return say("until {end}", end=rule.valid_until.isoformat())
    return None
