"""Rules in plain words, and a rules file checked without storing it.

The coordinator reads what a rules file will do before loading it: for each rule the item,
who, how much, how often and on which days. Every piece is a ``Message``, so the window shows
it in the user's language and the command line in English (``show`` turns a piece into text).
``preview_text`` parses a file against the items the database knows and never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.rules import GROUPS, Rule
from ttasum_desk.domain.rules_file import ItemSpec, Problem, RuleBook, RulesFileError, parse_rules
from ttasum_desk.services.catalogue import item_list
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import rulesets

Show = Callable[[Message], str]

# Every piece of the plain words, by name: the templates are translated in "Messages".
RULE_TEMPLATES = {
    "dated": "Campaign {name} ({code}), {starts} to {ends}",
    "open": "Campaign {name} ({code}), from {starts} until further notice",
    "rule": "Rule {number}, {item}",
    "everyone": "everyone",
    "student": "students",
    "public": "the public",
    "vulnerable": "vulnerable residents",
    "aged": "{who} aged {low} to {high}",
    "aged_over": "{who} aged {low} or over",
    "aged_under": "{who} aged {high} or under",
    "once": "{limit} {unit} once only",
    "day": "up to {limit} {unit} a day",
    "week": "up to {limit} {unit} a week (Monday to Sunday)",
    "month": "up to {limit} {unit} a calendar month",
    "year": "up to {limit} {unit} a calendar year",
    "days": "up to {limit} {unit} within any {days} days",
    "campaign": "up to {limit} {unit} for the whole campaign",
    "visits": "at most {visits} visit(s) in that time",
    "born": "{who} born from {low} to {high}",
    "born_from": "{who} born in {low} or later",
    "born_until": "{who} born in {high} or earlier",
    "proxy_born": "someone else may collect for a person born in {low} or later, in {high} or "
    "earlier, or with a disability",
    "by_birth_year": "on the weekday of the birth year's last digit (1/6 Monday, 2/7 Tuesday, "
    "3/8 Wednesday, 4/9 Thursday, 5/0 Friday); the weekend is open to anyone who has received "
    "none that week",
    "any_day": "any day",
    "household": "at most {count} {unit} per household",
    "proxy_under": "a household member may collect for a child under {age}",
    "proxy_over": "a household member may collect for a person over {age}",
    "between": "from {start} to {end}",
    "from": "from {start}",
    "until": "until {end}",
}


def _say(piece: str, **params: object) -> Message:
    return say(RULE_TEMPLATES[piece], **params)


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
    head = _say(
        "dated" if campaign.ends else "open",
        name=campaign.name,
        code=campaign.code,
        starts=campaign.starts.isoformat(),
        ends=campaign.ends.isoformat() if campaign.ends else "",
    )
    return [show(head), *(describe_rule(rule, items, show) for rule in book.rules)]


def describe_rule(rule: Rule, items: dict[str, ItemSpec], show: Show = english) -> str:
    """One rule as "Rule 1, KF94 마스크: everyone; up to 2 매 a week; …", every condition said."""
    item = items.get(rule.item, ItemSpec(rule.item, rule.item))
    parts = [
        _who(rule, show),
        show(_say(rule.period.value, limit=rule.limit, unit=item.unit, days=rule.window_days)),
        show(_say("by_birth_year" if rule.weekday_by_birth_year else "any_day")),
    ]
    if rule.visits is not None:
        parts.append(show(_say("visits", visits=rule.visits)))
    if rule.household_limit is not None:
        parts.append(show(_say("household", count=rule.household_limit, unit=item.unit)))
    if rule.proxy_under is not None:
        parts.append(show(_say("proxy_under", age=rule.proxy_under)))
    if rule.proxy_over is not None:
        parts.append(show(_say("proxy_over", age=rule.proxy_over)))
    if rule.proxy_born_from is not None or rule.proxy_born_until is not None:
        low, high = rule.proxy_born_from or "-", rule.proxy_born_until or "-"
        parts.append(show(_say("proxy_born", low=low, high=high)))
    dates = _dates(rule)
    if dates is not None:
        parts.append(show(dates))
    head = show(_say("rule", number=rule.number, item=item.name))
    return head + ": " + "; ".join(parts)


def _who(rule: Rule, show: Show) -> str:
    if sorted(rule.groups) == sorted(GROUPS):
        who = show(_say("everyone"))
    else:
        who = ", ".join(show(_say(group)) for group in rule.groups)
    if rule.min_age is not None and rule.max_age is not None:
        return show(_say("aged", who=who, low=rule.min_age, high=rule.max_age))
    if rule.min_age is not None:
        return show(_say("aged_over", who=who, low=rule.min_age))
    if rule.max_age is not None:
        return show(_say("aged_under", who=who, high=rule.max_age))
    if rule.born_from is not None and rule.born_until is not None:
        return show(_say("born", who=who, low=rule.born_from, high=rule.born_until))
    if rule.born_from is not None:
        return show(_say("born_from", who=who, low=rule.born_from))
    if rule.born_until is not None:
        return show(_say("born_until", who=who, high=rule.born_until))
    return who


def _dates(rule: Rule) -> Message | None:
    start = rule.valid_from.isoformat() if rule.valid_from else None
    end = rule.valid_until.isoformat() if rule.valid_until else None
    if start and end:
        return _say("between", start=start, end=end)
    if start:
        return _say("from", start=start)
    return _say("until", end=end) if end else None
