"""The entitlement engine: who may receive how much of an item, and when. Pure Python.

``decide(rules, person, item_code, on, history, quantity, proxy)`` returns a ``Decision``.

Semantics (the rules of resources/docs/concepts.md, in full):
- A rule *covers* a person on a day when its item matches, the person's group is in its
  ``groups`` (default: every group), their age is within ``min_age``..``max_age`` and the day is
  within the rule's ``valid_from``..``valid_until`` and its campaign's ``starts``..``ends`` (all
  inclusive). No covering rule: refused, "no rule covers this person".
- Several covering rules must all hold; the tightest one (smallest quantity left, the first in the
  file on a tie) decides.
- Age is in full years on the handout day. When only the birth year is known, the birthday is taken
  as 1 January of that year. An unknown birth year matches no rule that sets an age bound.
- Periods: ``once`` (ever), ``day``, ``week`` (ISO, Monday to Sunday), ``month`` (calendar) and
  ``campaign`` (its starts..ends). Nothing carries over from one period to the next.
- ``weekday_by_birth_year``: a birth year ending in 1 or 6 collects on Monday, 2/7 Tuesday, 3/8
  Wednesday, 4/9 Thursday, 5/0 Friday; Saturday and Sunday are open to anyone who has received
  nothing of the item this ISO week. An unknown birth year may collect only at the weekend.
  A weekend handout is the only one of its ISO week, whichever day is entered first: tally
  sheets are entered late and in any order, so a weekday request in a week that already holds a
  weekend handout (even one dated after it) is refused too. Otherwise a back-dated weekday
  entered after the weekend would stand beside it, while the same two in date order would not.
- ``household_limit`` counts every household member's handouts of the item in the period.
- Proxy pickup: the collector must be another member of the recipient's household, and the
  recipient must be younger than ``proxy_under``, older than ``proxy_over`` or have a disability.
- Voided handouts don't count (``HistoryEntry.voided``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.records import Group


class Period(StrEnum):
    """How often a rule's limit renews; the values are those of the rules file."""

    ONCE = "once"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    CAMPAIGN = "campaign"


GROUPS: tuple[str, ...] = tuple(Group)
# birth-year last digit -> weekday (Monday = 0)
WEEKDAY_OF_DIGIT = {1: 0, 6: 0, 2: 1, 7: 1, 3: 2, 8: 2, 4: 3, 9: 3, 5: 4, 0: 4}
NEXT_ELIGIBLE_HORIZON = 400  # days searched for the next date of eligibility


@dataclass(frozen=True)
class CampaignSpec:
    code: str
    name: str
    starts: date
    ends: date | None = None  # None: open-ended


@dataclass(frozen=True)
class Rule:
    """One ``[[rules]]`` table; ``number`` is its position in the file (1-based)."""

    item: str
    limit: int
    period: Period
    campaign: CampaignSpec
    groups: tuple[str, ...] = GROUPS
    min_age: int | None = None
    max_age: int | None = None
    weekday_by_birth_year: bool = False
    household_limit: int | None = None
    proxy_under: int | None = None
    proxy_over: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    number: int = 1
    line: int = 0

    def in_force(self, day: date) -> bool:
        first = max(self.campaign.starts, self.valid_from or self.campaign.starts)
        ends = [d for d in (self.campaign.ends, self.valid_until) if d is not None]
        return first <= day and (not ends or day <= min(ends))

    def period_window(self, day: date) -> tuple[date, date]:
        """The first and last day of the period that contains ``day``."""
        if self.period == Period.DAY:
            return day, day
        if self.period == Period.WEEK:
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        if self.period == Period.MONTH:
            first = day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return first, following - timedelta(days=1)
        if self.period == Period.CAMPAIGN:
            return self.campaign.starts, self.campaign.ends or date.max
        return date.min, date.max  # once


@dataclass(frozen=True)
class Person:
    uid: str
    group: str
    birth_date: date | None = None
    birth_year: int | None = None
    household_uid: str | None = None
    disability: bool = False

    def age_on(self, day: date) -> int | None:
        if self.birth_date is not None:
            born = self.birth_date
            return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        return None if self.birth_year is None else day.year - self.birth_year

    @property
    def year_of_birth(self) -> int | None:
        return self.birth_date.year if self.birth_date else self.birth_year


@dataclass(frozen=True)
class HistoryEntry:
    """One handout of the person or of a member of their household."""

    recipient_uid: str
    item_code: str
    quantity: int
    day: date
    voided: bool = False


@dataclass(frozen=True)
class Reason:
    """Why a decision went as it did: a stable ``code`` for programs, a message for people."""

    code: str
    message: Message

    @property
    def english(self) -> str:
        return self.message.english


@dataclass(frozen=True)
class Decision:
    allowed: bool
    max_quantity: int  # the most that may be handed out now
    quantity: int  # the quantity asked for, or the default (max_quantity)
    reasons: tuple[Reason, ...]
    next_eligible: date | None = None  # when nothing may be handed out now
    rule: Rule | None = None  # the rule that decided
    used: int = 0  # of the deciding rule's limit, this period
    limit: int | None = None

    @property
    def partly_used(self) -> bool:
        return self.allowed and self.used > 0


USED_TEMPLATES = {
    Period.ONCE: "Up to {max_quantity} now; {used} of {limit} received in total.",
    Period.DAY: "Up to {max_quantity} now; {used} of {limit} received today.",
    Period.WEEK: "Up to {max_quantity} now; {used} of {limit} received this week.",
    Period.MONTH: "Up to {max_quantity} now; {used} of {limit} received this month.",
    Period.CAMPAIGN: "Up to {max_quantity} now; {used} of {limit} received in this campaign.",
}
LIMIT_TEMPLATES = {
    Period.ONCE: "Already received {used} of {limit}; this item is handed out only once.",
    Period.DAY: "Already received {used} of {limit} today.",
    Period.WEEK: "Already received {used} of {limit} this week.",
    Period.MONTH: "Already received {used} of {limit} this month.",
    Period.CAMPAIGN: "Already received {used} of {limit} in this campaign.",
}
HOUSEHOLD_TEMPLATES = {
    Period.ONCE: "The household has already received {used} of its {limit}.",
    Period.DAY: "The household has already received {used} of its {limit} today.",
    Period.WEEK: "The household has already received {used} of its {limit} this week.",
    Period.MONTH: "The household has already received {used} of its {limit} this month.",
    Period.CAMPAIGN: "The household has already received {used} of its {limit} in this campaign.",
}
WEEKDAY_TEMPLATES = (
    "Born in {birth_year}, this person collects on Mondays or at the weekend.",
    "Born in {birth_year}, this person collects on Tuesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Wednesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Thursdays or at the weekend.",
    "Born in {birth_year}, this person collects on Fridays or at the weekend.",
)


# Reasons whose wording doesn't depend on the period or the weekday, by code.
REASON_TEMPLATES = {
    "no_rule": "No rule covers this person for {item}.",
    "not_in_force": "No rule for {item} is in force on {day}.",
    "weekend_received": (
        "Saturdays and Sundays are for people who have received nothing this week."
    ),
    "received_at_weekend": (
        "Already received at the weekend of this week ({day}); a weekend handout is the only "
        "one of its week."
    ),
    "birth_year_unknown": (
        "The birth year is unknown, so this person may collect only at the weekend."
    ),
    "proxy_not_household": "The collector is not a member of this person's household.",
    "proxy_not_allowed": (
        "Someone else may collect only for a person younger than {under}, older than {over} or "
        "with a disability; this person is {age}."
    ),
    "over_maximum": "At most {max_quantity} may be handed out now; {quantity} were asked for.",
}


def _reason(code: str, template: str | None = None, **params: Any) -> Reason:
    """The reason ``code`` with ``template`` (default: its entry in REASON_TEMPLATES)."""
    return Reason(code, say(template or REASON_TEMPLATES[code], **params))


def _matches(rule: Rule, person: Person, day: date) -> bool:
    """The rule's group and age bounds fit the person on ``day`` (its dates aside)."""
    if person.group not in rule.groups:
        return False
    if rule.min_age is None and rule.max_age is None:
        return True
    age = person.age_on(day)
    if age is None:
        return False
    return (rule.min_age is None or age >= rule.min_age) and (
        rule.max_age is None or age <= rule.max_age
    )


@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    room: int
    used: int
    reasons: tuple[Reason, ...]


def _received(entries: Sequence[HistoryEntry], first: date, last: date) -> int:
    return sum(e.quantity for e in entries if first <= e.day <= last)


def _weekday_refusal(
    rule: Rule, person: Person, day: date, own: Sequence[HistoryEntry]
) -> Reason | None:
    """The rotation by birth year; the whole ISO week counts, days after ``day`` included."""
    if not rule.weekday_by_birth_year:
        return None
    monday = day - timedelta(days=day.weekday())
    week = [e for e in own if monday <= e.day <= monday + timedelta(days=6)]
    if day.weekday() >= 5:
        return _reason("weekend_received") if week else None
    weekend = sorted(e.day for e in week if e.day.weekday() >= 5)
    if weekend:
        return _reason("received_at_weekend", day=weekend[0].isoformat())
    year = person.year_of_birth
    if year is None:
        return _reason("birth_year_unknown")
    own_day = WEEKDAY_OF_DIGIT[year % 10]
    if own_day != day.weekday():
        return _reason("wrong_weekday", WEEKDAY_TEMPLATES[own_day], birth_year=year)
    return None


def _evaluate(
    rule: Rule,
    person: Person,
    day: date,
    own: Sequence[HistoryEntry],
    household: Sequence[HistoryEntry],
) -> _Outcome:
    first, last = rule.period_window(day)
    used = _received(own, first, last)
    room = rule.limit - used
    reasons: list[Reason] = []
    if room <= 0:
        reasons.append(
            _reason("limit_reached", LIMIT_TEMPLATES[rule.period], **_counts(used, rule))
        )
    if rule.household_limit is not None:
        together = _received(household, first, last)
        room = min(room, rule.household_limit - together)
        if rule.household_limit - together <= 0:
            template = HOUSEHOLD_TEMPLATES[rule.period]
            reasons.append(
                _reason(
                    "household_limit_reached", template, used=together, limit=rule.household_limit
                )
            )
    weekday = _weekday_refusal(rule, person, day, own)
    if weekday is not None:
        room, reasons = 0, [weekday, *reasons]
    return _Outcome(rule, max(0, room), used, tuple(reasons))


def _proxy_refusal(
    rules: Sequence[Rule], person: Person, proxy: Person, day: date
) -> Reason | None:
    if person.household_uid is None or proxy.household_uid != person.household_uid:
        return _reason("proxy_not_household")
    if person.disability:
        return None
    age = person.age_on(day)
    for rule in rules:
        young = rule.proxy_under is not None and age is not None and age < rule.proxy_under
        old = rule.proxy_over is not None and age is not None and age > rule.proxy_over
        if not (young or old):
            return _reason(
                "proxy_not_allowed",
                under="-" if rule.proxy_under is None else rule.proxy_under,
                over="-" if rule.proxy_over is None else rule.proxy_over,
                age="?" if age is None else age,
            )
    return None


def _counts(used: int, rule: Rule) -> dict[str, Any]:
    return {"used": used, "limit": rule.limit}


def _covers(rule: Rule, person: Person, day: date) -> bool:
    return rule.in_force(day) and _matches(rule, person, day)


def _outcomes(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> tuple[list[Rule], list[_Outcome]]:
    covering = [r for r in rules if r.item == item_code and _covers(r, person, day)]
    counted = [e for e in history if e.item_code == item_code and not e.voided]
    own = [e for e in counted if e.recipient_uid == person.uid]
    return covering, [_evaluate(r, person, day, own, counted) for r in covering]


def room_on(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> int:
    """The most of ``item_code`` the person may receive on ``day`` (0 when not covered)."""
    _, outcomes = _outcomes(rules, person, item_code, day, history)
    return min((o.room for o in outcomes), default=0)


def next_eligible(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> date | None:
    """The first day after ``day`` on which the person may receive at least one, if any."""
    for offset in range(1, NEXT_ELIGIBLE_HORIZON + 1):
        candidate = day + timedelta(days=offset)
        if room_on(rules, person, item_code, candidate, history) > 0:
            return candidate
    return None


def decide(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    on: date,
    history: Sequence[HistoryEntry] = (),
    quantity: int | None = None,
    proxy: Person | None = None,
) -> Decision:
    """Decide a request for ``quantity`` (None: as many as allowed) of ``item_code`` on ``on``.

    ``history`` holds the handouts of the person and of their household's members (voided ones
    flagged or left out); ``proxy`` is the collector when it is someone else.
    """
    if quantity is not None and quantity < 1:
        raise ValueError("quantity must be at least 1")
    covering, outcomes = _outcomes(rules, person, item_code, on, history)
    if not outcomes:
        reason = _reason("no_rule", item=item_code)
        if any(r.item == item_code and _matches(r, person, on) for r in rules):
            reason = _reason("not_in_force", item=item_code, day=on.isoformat())
        return Decision(
            False, 0, quantity or 0, (reason,), next_eligible(rules, person, item_code, on, history)
        )
    decider = min(outcomes, key=lambda o: o.room)  # min() keeps the first on a tie
    room, rule = decider.room, decider.rule
    asked = room if quantity is None else quantity

    def verdict(
        ok: bool, most: int, reasons: tuple[Reason, ...], later: date | None = None
    ) -> Decision:
        return Decision(ok, most, asked, reasons, later, rule, decider.used, rule.limit)

    if proxy is not None and proxy.uid != person.uid:
        refusal = _proxy_refusal(covering, person, proxy, on)
        if refusal is not None:
            return verdict(False, 0, (refusal,))
    if room == 0:
        return verdict(
            False, 0, decider.reasons, next_eligible(rules, person, item_code, on, history)
        )
    if asked > room:
        reason = _reason("over_maximum", max_quantity=room, quantity=asked)
        return verdict(False, room, (reason,))
    used = _counts(decider.used, rule)
    allowed = _reason("allowed", USED_TEMPLATES[rule.period], max_quantity=room, **used)
    return verdict(True, room, (allowed,))
