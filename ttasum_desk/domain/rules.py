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
- ``household_limit`` counts every household member's handouts of the item in the period.
- Proxy pickup: the collector must be another member of the recipient's household, and the
  recipient must be younger than ``proxy_under``, older than ``proxy_over`` or have a disability.
- Voided handouts don't count (``HistoryEntry.voided``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

PERIODS = ("once", "day", "week", "month", "campaign")
GROUPS = ("student", "public", "vulnerable")
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
    period: str
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
        if self.period == "day":
            return day, day
        if self.period == "week":
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        if self.period == "month":
            first = day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return first, following - timedelta(days=1)
        if self.period == "campaign":
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
    """A message key with an English template and its parameters, so it translates."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return self.template.format(**self.params)


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

    @property
    def remaining_after(self) -> int:
        """What remains of the entitlement this period once ``quantity`` is handed out."""
        return max(0, self.max_quantity - self.quantity)


USED_TEMPLATES = {
    "once": "Up to {max_quantity} now; {used} of {limit} received in total.",
    "day": "Up to {max_quantity} now; {used} of {limit} received today.",
    "week": "Up to {max_quantity} now; {used} of {limit} received this week.",
    "month": "Up to {max_quantity} now; {used} of {limit} received this month.",
    "campaign": "Up to {max_quantity} now; {used} of {limit} received in this campaign.",
}
LIMIT_TEMPLATES = {
    "once": "Already received {used} of {limit}; this item is handed out only once.",
    "day": "Already received {used} of {limit} today.",
    "week": "Already received {used} of {limit} this week.",
    "month": "Already received {used} of {limit} this month.",
    "campaign": "Already received {used} of {limit} in this campaign.",
}
HOUSEHOLD_TEMPLATES = {
    "once": "The household has already received {used} of its {limit}.",
    "day": "The household has already received {used} of its {limit} today.",
    "week": "The household has already received {used} of its {limit} this week.",
    "month": "The household has already received {used} of its {limit} this month.",
    "campaign": "The household has already received {used} of its {limit} in this campaign.",
}
WEEKDAY_TEMPLATES = (
    "Born in {birth_year}, this person collects on Mondays or at the weekend.",
    "Born in {birth_year}, this person collects on Tuesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Wednesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Thursdays or at the weekend.",
    "Born in {birth_year}, this person collects on Fridays or at the weekend.",
)


def no_rule(item_code: str) -> Reason:
    return Reason("no_rule", "No rule covers this person for {item}.", {"item": item_code})


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
    if not rule.weekday_by_birth_year:
        return None
    if day.weekday() >= 5:
        monday = day - timedelta(days=day.weekday())
        if _received(own, monday, monday + timedelta(days=6)) > 0:
            return Reason(
                "weekend_received",
                "Saturdays and Sundays are for people who have received nothing this week.",
            )
        return None
    year = person.year_of_birth
    if year is None:
        return Reason(
            "birth_year_unknown",
            "The birth year is unknown, so this person may collect only at the weekend.",
        )
    own_day = WEEKDAY_OF_DIGIT[year % 10]
    if own_day != day.weekday():
        return Reason("wrong_weekday", WEEKDAY_TEMPLATES[own_day], {"birth_year": year})
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
        reasons.append(Reason("limit_reached", LIMIT_TEMPLATES[rule.period], _counts(used, rule)))
    if rule.household_limit is not None:
        together = _received(household, first, last)
        room = min(room, rule.household_limit - together)
        if rule.household_limit - together <= 0:
            params = {"used": together, "limit": rule.household_limit}
            reasons.append(
                Reason("household_limit_reached", HOUSEHOLD_TEMPLATES[rule.period], params)
            )
    weekday = _weekday_refusal(rule, person, day, own)
    if weekday is not None:
        room, reasons = 0, [weekday, *reasons]
    return _Outcome(rule, max(0, room), used, tuple(reasons))


def _proxy_refusal(
    rules: Sequence[Rule], person: Person, proxy: Person, day: date
) -> Reason | None:
    if person.household_uid is None or proxy.household_uid != person.household_uid:
        return Reason(
            "proxy_not_household",
            "The collector is not a member of this person's household.",
        )
    if person.disability:
        return None
    age = person.age_on(day)
    for rule in rules:
        young = rule.proxy_under is not None and age is not None and age < rule.proxy_under
        old = rule.proxy_over is not None and age is not None and age > rule.proxy_over
        if not (young or old):
            params = {
                "under": "-" if rule.proxy_under is None else rule.proxy_under,
                "over": "-" if rule.proxy_over is None else rule.proxy_over,
                "age": "?" if age is None else age,
            }
            return Reason(
                "proxy_not_allowed",
                "Someone else may collect only for a person younger than {under}, older than "
                "{over} or with a disability; this person is {age}.",
                params,
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
        reason = no_rule(item_code)
        if any(r.item == item_code and _matches(r, person, on) for r in rules):
            reason = Reason(
                "not_in_force",
                "No rule for {item} is in force on {day}.",
                {"item": item_code, "day": on.isoformat()},
            )
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
        reason = Reason(
            "over_maximum",
            "At most {max_quantity} may be handed out now; {quantity} were asked for.",
            {"max_quantity": room, "quantity": asked},
        )
        return verdict(False, room, (reason,))
    params = {"max_quantity": room, **_counts(decider.used, rule)}
    return verdict(True, room, (Reason("allowed", USED_TEMPLATES[rule.period], params),))
