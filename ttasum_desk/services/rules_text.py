"""Rules in plain words, and a rules file checked without storing it.

The coordinator reads what a rules file will do before loading it: for each rule the item,
who, how much, how often and on which days; a rule with dated changes as one line per stretch
of days, naming the changes' lines; then the open days and who may collect for someone else.
Every piece is a ``Message``, so the window shows it in the user's language and the command
line in English (``show`` turns a piece into text).
``preview_text`` parses a file against the items the database knows and never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.rule_model import MAX_QUANTITY, WEEKDAY_NAMES, ProxyPermission
from ttasum_desk.domain.rules import GROUPS, Rule
from ttasum_desk.domain.rules_file import ItemSpec, Problem, RuleBook, RulesFileError, parse_rules
from ttasum_desk.domain.targets import Target
from ttasum_desk.domain.who import WhoConditions
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
    "no_limit": "no limit on the quantity",
    "band": "{limit} {unit} for a household of {low} to {high}",
    "band_up": "{limit} {unit} for a household of {low} or more",
    "per_member": "{count} {unit} per household member",
    "capped": "at most {limit} {unit}",
    "per_household": "counted for the whole household together",
    "tags": "with one of the statuses {values}",
    "schools": "at {values}",
    "grades": "in grade {values}",
    "classes": "in class {values}",
    "districts": "living in {values}",
    "by_birth_year_v2": "Monday to Friday on the weekday of the birth year's last digit (1/6 "
    "Monday, 2/7 Tuesday, 3/8 Wednesday, 4/9 Thursday, 5/0 Friday); Saturday, Sunday and the "
    "open days are open to every birth year",
    "weekdays": "only on {days} and the open days",
    "month_days": "only on days {first} to {last} of each month",
    "closed": "closed: nothing is handed out",
    "own_weekday": "someone collecting for another may also come on his own weekday",
    "changed": "as changed on line(s) {lines}",
    "open_days": "Open days, on which every weekday restriction lifts: {days}",
    "proxy": "{collector} may collect for {whom}",
    "proxy_items": "{collector} may collect {items} for {whom}",
    "household_member": "a household member",
    "family_member": "a family member (in the household or registered as proxy)",
    "registered_proxy": "a registered proxy whose registration has not expired",
    "anyone_at_all": "anyone",
    "target": "Target {label}: {parts}",
    "target_quantity": "{quantity} {unit} of {item}",
    "target_people": "to {people} people among {group}",
    "target_group": "for {group}",
    "target_by": "by {day}",
    "target_end": "by the end of the campaign",
}
# the period a limit renews over, said without the quantity (a limit by household size)
RENEWAL_TEMPLATES = {
    "once": "once only",
    "day": "a day",
    "week": "a week (Monday to Sunday)",
    "month": "a calendar month",
    "year": "a calendar year",
    "days": "within any {days} days",
    "campaign": "for the whole campaign",
}
WEEKDAY_TEMPLATES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
COLLECTORS = {
    "household": "household_member",
    "family": "family_member",
    "registered": "registered_proxy",
    "anyone": "anyone_at_all",
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
    """The campaign, then one line per rule (per stretch of days of a changed rule), the open
    days and one line per proxy permission, in plain words; ``items`` names the items the file
    uses but does not list (by default only the file's own)."""
    items = items or {item.code: item for item in book.items}
    campaign = book.campaign
    head = _say(
        "dated" if campaign.ends else "open",
        name=campaign.name,
        code=campaign.code,
        starts=campaign.starts.isoformat(),
        ends=campaign.ends.isoformat() if campaign.ends else "",
    )
    lines = [show(head), *(describe_rule(rule, items, show) for rule in book.rules)]
    if campaign.open_days:
        days = ", ".join(day.isoformat() for day in sorted(campaign.open_days))
        lines.append(show(_say("open_days", days=days)))
    lines.extend(describe_proxy(p, items, show) for p in campaign.proxies)
    lines.extend(describe_target(target, items, show) for target in book.targets)
    return lines


def describe_target(target: Target, items: dict[str, ItemSpec], show: Show = english) -> str:
    """What the campaign promised, said once with the rules it goes with (never a limit)."""
    item = _item(target.item, items)
    group = show(_say(target.group or "everyone"))
    parts = []
    if target.quantity is not None:
        quantity = f"{target.quantity:,}"
        parts.append(
            show(_say("target_quantity", quantity=quantity, unit=item.unit, item=item.name))
        )
    else:
        parts.append(item.name)
    if target.people is not None:
        parts.append(show(_say("target_people", people=f"{target.people:,}", group=group)))
    else:
        parts.append(show(_say("target_group", group=group)))
    by = _say("target_by", day=target.by.isoformat()) if target.by else _say("target_end")
    parts.append(show(by))
    return show(_say("target", label=target.label, parts=", ".join(parts)))


def describe_rule(rule: Rule, items: dict[str, ItemSpec], show: Show = english) -> str:
    """One rule as "Rule 1, KF94 마스크: everyone; up to 2 매 a week; …", every condition said."""
    unit = _item(rule.item, items).unit
    parts = [_who(rule, show), *_how_much(rule, unit, show), show(_days(rule, show))]
    if rule.visits is not None:
        parts.append(show(_say("visits", visits=rule.visits)))
    if rule.per_household:
        parts.append(show(_say("per_household")))
    if rule.month_days is not None:
        first, last = rule.month_days
        parts.append(show(_say("month_days", first=first, last=last)))
    if rule.closed:
        parts.append(show(_say("closed")))
    if rule.proxy_on_own_weekday:
        parts.append(show(_say("own_weekday")))
    if rule.household_limit is not None:
        parts.append(show(_say("household", count=rule.household_limit, unit=unit)))
    if rule.proxy_under is not None:
        parts.append(show(_say("proxy_under", age=rule.proxy_under)))
    if rule.proxy_over is not None:
        parts.append(show(_say("proxy_over", age=rule.proxy_over)))
    if rule.proxy_born_from is not None or rule.proxy_born_until is not None:
        low, high = rule.proxy_born_from or "-", rule.proxy_born_until or "-"
        parts.append(show(_say("proxy_born", low=low, high=high)))
    dates = _dates(rule.valid_from, rule.valid_until)
    if dates is not None:
        parts.append(show(dates))
    if rule.changed:
        lines = ", ".join(str(line) for line in sorted({line for _, line in rule.changed}))
        parts.append(show(_say("changed", lines=lines)))
    names = ", ".join(_item(code, items).name for code in rule.items)
    head = show(_say("rule", number=rule.number, item=names))
    return head + ": " + "; ".join(parts)


def describe_proxy(
    permission: ProxyPermission, items: dict[str, ItemSpec], show: Show = english
) -> str:
    """One ``[[proxies]]`` table as "a household member may collect for everyone born in
    2010 or later; from 2020-04-06"."""
    collector = show(_say(COLLECTORS[permission.who]))
    whom = _who(permission, show)
    if permission.items:
        names = ", ".join(_item(code, items).name for code in permission.items)
        said = show(_say("proxy_items", collector=collector, items=names, whom=whom))
    else:
        said = show(_say("proxy", collector=collector, whom=whom))
    dates = _dates(permission.valid_from, permission.valid_until)
    return said if dates is None else f"{said}; {show(dates)}"


def _item(code: str, items: dict[str, ItemSpec]) -> ItemSpec:
    return items.get(code, ItemSpec(code, code))


def _how_much(rule: Rule, unit: str, show: Show) -> list[str]:
    """The limit and its period: one piece, or the household-size bands or the amount per
    member, each with the period said once."""
    period = rule.period.value
    if not rule.limit_by_household_size and rule.limit_per_member is None:
        if rule.limit >= MAX_QUANTITY:
            return [show(_say("no_limit"))]
        return [show(_say(period, limit=rule.limit, unit=unit, days=rule.window_days))]
    pieces = []
    bands = rule.limit_by_household_size
    for position, (low, most) in enumerate(bands):
        if position + 1 < len(bands):
            high = bands[position + 1][0] - 1
            pieces.append(show(_say("band", limit=most, unit=unit, low=low, high=high)))
        else:
            pieces.append(show(_say("band_up", limit=most, unit=unit, low=low)))
    if rule.limit_per_member is not None:
        pieces.append(show(_say("per_member", count=rule.limit_per_member, unit=unit)))
    if rule.limit < MAX_QUANTITY:
        pieces.append(show(_say("capped", limit=rule.limit, unit=unit)))
    renewal = show(say(RENEWAL_TEMPLATES[period], days=rule.window_days))
    return [", ".join(pieces) + " " + renewal]


def _days(rule: Rule, show: Show) -> Message:
    if rule.weekday_by_birth_year:
        return _say("by_birth_year" if rule.campaign.format_version == 1 else "by_birth_year_v2")
    if rule.weekdays:
        names = [show(say(WEEKDAY_TEMPLATES[WEEKDAY_NAMES[day]])) for day in rule.weekdays]
        return _say("weekdays", days=", ".join(names))
    return _say("any_day")


def _who(who: WhoConditions, show: Show) -> str:
    if sorted(who.groups) == sorted(GROUPS):
        said = show(_say("everyone"))
    else:
        said = ", ".join(show(_say(group)) for group in who.groups)
    said = _ages(who, said, show)
    for key in ("tags", "schools", "grades", "classes", "districts"):
        values: tuple[object, ...] = getattr(who, key)
        if values:
            said += " " + show(_say(key, values=", ".join(str(v) for v in values)))
    return said


def _ages(who: WhoConditions, said: str, show: Show) -> str:
    if who.min_age is not None and who.max_age is not None:
        return show(_say("aged", who=said, low=who.min_age, high=who.max_age))
    if who.min_age is not None:
        return show(_say("aged_over", who=said, low=who.min_age))
    if who.max_age is not None:
        return show(_say("aged_under", who=said, high=who.max_age))
    if who.born_from is not None and who.born_until is not None:
        return show(_say("born", who=said, low=who.born_from, high=who.born_until))
    if who.born_from is not None:
        return show(_say("born_from", who=said, low=who.born_from))
    if who.born_until is not None:
        return show(_say("born_until", who=said, high=who.born_until))
    return said


def _dates(valid_from: date | None, valid_until: date | None) -> Message | None:
    start = valid_from.isoformat() if valid_from else None
    end = valid_until.isoformat() if valid_until else None
    if start and end:
        return _say("between", start=start, end=end)
    if start:
        return _say("from", start=start)
    return _say("until", end=end) if end else None
