"""The entitlement engine: who may receive how much of an item, and when. Pure Python.

``decide(rules, person, item_code, on, history, quantity, proxy)`` returns a ``Decision``.

Semantics (resources/docs/rules-reference.md describes the file that states them):
- A rule *covers* a person on a day when it names the item (``item`` or ``items``), its
  who-conditions fit the person (``who``: groups, ages, birth years, statuses, school, grade,
  class, district), and the day is within the rule's ``valid_from``..``valid_until`` and its
  campaign's ``starts``..``ends`` (all inclusive). No covering rule: refused, "no rule covers
  this person". A rule with ``[[changes]]`` arrives as dated segments, one ``Rule`` each.
- Several covering rules must all hold; the tightest one (smallest quantity left, the first in the
  file on a tie) decides. A back-dated request must also fit the rules of the later days of
  its periods that hold handouts (``_outcomes``), so that entry order never changes decisions.
- Age is in full years on the handout day. When only the birth year is known, the birthday is taken
  as 1 January of that year. An unknown birth year matches no rule that sets an age or birth-year
  bound.
- Days are counted in the campaign's time zone (``periods``): ``on`` and the history may be
  instants with any UTC offset. A plain ``date`` is taken as a day of that zone already.
- Periods (``periods.Period``): ``once`` (ever), ``day``, ``week`` (ISO, Monday to Sunday),
  ``month``, ``year`` (calendar), ``campaign`` (its starts..ends) and rolling windows of N days.
  Nothing carries over from one period to the next.
- ``limit`` bounds the quantity in a period (``Rule.limit_for``: by household size where the
  rule says so); ``visits`` the number of handouts (recorded rows), so a split purchase is two
  visits. Both count every item of ``rule.items``, and with ``per_household`` the handouts of
  every household member; ``household_limit`` caps the household besides.
- On which days: ``rule_days`` (closed spans, monthly windows, weekdays, the rotation by birth
  year, the campaign's open days). Who may collect for someone else: ``proxy_rules``.
- Every refusal ends with the deciding rule's line (and the line of the dated change that set
  the deciding key) and, where one exists, carries the next eligible day.
- Voided handouts don't count (``HistoryEntry.voided``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ttasum_desk.domain.ledger import Books, Ledger, Tally
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, Period, local_day, zone_of
from ttasum_desk.domain.proxy_rules import proxy_refusal
from ttasum_desk.domain.rule_days import day_refusal
from ttasum_desk.domain.rule_model import (
    GROUPS,
    MAX_QUANTITY,
    CampaignSpec,
    Decision,
    HistoryEntry,
    Person,
    ProxyPermission,
    Reason,
    RegisteredProxy,
    Rule,
)
from ttasum_desk.domain.rule_texts import (
    HOUSEHOLD_TEMPLATES,
    LIMIT_TEMPLATES,
    LINE_TEMPLATES,
    USED_TEMPLATES,
    VISIT_TEMPLATES,
    reason,
)
from ttasum_desk.domain.who import fits

# re-exported: callers import the data with the engine
__all__ = [
    "GROUPS",
    "MAX_QUANTITY",
    "CampaignSpec",
    "Decision",
    "HistoryEntry",
    "Period",
    "Person",
    "ProxyPermission",
    "Reason",
    "RegisteredProxy",
    "Rule",
    "decide",
    "next_eligible",
    "room_on",
]

NEXT_ELIGIBLE_HORIZON = 400  # days searched for the next date of eligibility
_LIMIT_KEYS = ("limit", "limit_by_household_size", "limit_per_member", "per", "period")
# the rule keys that decide a refusal of each code: a dated change that set one is named
DECIDING_KEYS = {
    "limit_reached": _LIMIT_KEYS,
    "household_limit_reached": (*_LIMIT_KEYS, "household_limit"),
    "visit_limit_reached": ("visits", "per", "period"),
    "over_maximum": (*_LIMIT_KEYS, "household_limit"),
    "closed": ("closed",),
    "outside_month_days": ("month_days",),
    "not_a_distribution_day": ("weekdays",),
    "wrong_weekday": ("weekday_by_birth_year", "proxy_on_own_weekday"),
    "birth_year_unknown": ("weekday_by_birth_year", "proxy_on_own_weekday"),
    "weekend_received": ("weekday_by_birth_year",),
    "received_at_weekend": ("weekday_by_birth_year",),
}


@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    room: int
    used: int
    limit: int
    reasons: tuple[Reason, ...]


def _used(rule: Rule, handouts: Tally, day: date, visits: bool = False) -> int:
    """What ``handouts`` hold in the rule's period up to ``day`` (a rolling window: the
    ``window_days`` ending on it): the quantity, or the number of handouts for ``visits``."""
    return handouts.between(_window_start(rule, day), day, visits)


def _window_start(rule: Rule, day: date) -> date:
    if rule.period == Period.ROLLING and rule.window_days is not None:
        return day - timedelta(days=rule.window_days - 1)
    return rule.period_window(day)[0]


def _counts(used: int, rule: Rule, limit: int, quantities: bool = True) -> dict[str, Any]:
    """The parameters of a reason that names a period: ``unit`` where they are quantities
    (the services layer fills it), ``days`` only for a rolling window."""
    counts: dict[str, Any] = {"used": used, "limit": limit}
    if quantities:
        counts["unit"] = ""
    return counts if rule.window_days is None else {**counts, "days": rule.window_days}


def _evaluate(
    rule: Rule,
    person: Person,
    day: date,
    ledger: Ledger,
    collector: Person | None = None,
    checkpoint: bool = False,
) -> _Outcome:
    """The room ``rule`` leaves on ``day``. At a ``checkpoint`` (a later day of the period
    that holds handouts) only what was checked when those handouts were made counts: the
    limits whose handouts fall on that day, not its weekday."""
    limit = rule.limit_for(person)
    counted = ledger.household if rule.per_household else ledger.own
    used = _used(rule, counted, day)
    room = MAX_QUANTITY
    reasons: list[Reason] = []
    if not checkpoint or counted.on(day):
        room = limit - used
        if room <= 0:
            code, templates = (
                ("household_limit_reached", HOUSEHOLD_TEMPLATES)
                if rule.per_household
                else ("limit_reached", LIMIT_TEMPLATES)
            )
            reasons.append(reason(code, templates[rule.period], **_counts(used, rule, limit)))
        came = _used(rule, counted, day, visits=True)
        if rule.visits is not None and came >= rule.visits:
            room = 0
            template = VISIT_TEMPLATES[rule.period]
            counts = _counts(came, rule, rule.visits, quantities=False)
            reasons.append(reason("visit_limit_reached", template, **counts))
    if rule.household_limit is not None and (not checkpoint or ledger.household.on(day)):
        together = _used(rule, ledger.household, day)
        room = min(room, rule.household_limit - together)
        if rule.household_limit - together <= 0:
            template = HOUSEHOLD_TEMPLATES[rule.period]
            counts = _counts(together, rule, rule.household_limit)
            reasons.append(reason("household_limit_reached", template, **counts))
    refusal = None if checkpoint else day_refusal(rule, person, day, ledger.own.entries, collector)
    if refusal is not None:
        room, reasons = 0, [refusal, *reasons]
    return _Outcome(rule, max(0, room), used, limit, tuple(reasons))


def _outcomes(
    rules: Sequence[Rule],
    covering: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    books: Books,
    collector: Person | None,
) -> list[_Outcome]:
    """What each ``covering`` rule leaves on ``day``, then what the rules in force on later
    days of the same periods leave (``checkpoint``).

    A handout is checked, when made, against the rules of its day and what was recorded up
    to it. Entered in date order, every handout of a period is thus checked against the
    rule of its own day; a back-dated handout entered later must fit those checks too, or a
    week whose limit changes on a Thursday would give more in one order of entry than in
    another.
    """
    outcomes = [_evaluate(r, person, day, books.of(r), collector) for r in covering]
    mine = [r for r in rules if r.covers_item(item_code)]
    counted = tuple(sorted({code for rule in mine for code in rule.items}))
    for later in books.of_items(counted).household.after(day):
        for rule in _covering(mine, person, item_code, later):
            if _window_start(rule, later) <= day:
                outcomes.append(_evaluate(rule, person, later, books.of(rule), checkpoint=True))
    return outcomes


def _covering(rules: Sequence[Rule], person: Person, item_code: str, day: date) -> list[Rule]:
    return [
        r for r in rules if r.covers_item(item_code) and r.in_force(day) and fits(r, person, day)
    ]


def _room(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    books: Books,
    collector: Person | None = None,
) -> int:
    """The most that may be handed out on ``day``; 0 when not covered or when ``collector``
    may not collect for the person."""
    covering = _covering(rules, person, item_code, day)
    if not covering:
        return 0
    if collector is not None and proxy_refusal(covering, person, collector, day, item_code):
        return 0
    outcomes = _outcomes(rules, covering, person, item_code, day, books, collector)
    return min(outcome.room for outcome in outcomes)


def room_on(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
) -> int:
    """The most of ``item_code`` the person may receive on ``day`` (0 when not covered)."""
    return _room(rules, person, item_code, day, Books(person, history))


def next_eligible(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    history: Sequence[HistoryEntry],
    collector: Person | None = None,
) -> date | None:
    """The first day after ``day`` on which the person (or ``collector`` for them) may
    receive at least one, if any."""
    return _next_eligible(rules, person, item_code, day, Books(person, history), collector)


def _next_eligible(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    day: date,
    books: Books,
    collector: Person | None = None,
) -> date | None:
    mine = [r for r in rules if r.covers_item(item_code)]
    longest = max((r.window_days or 0 for r in mine), default=0)
    for offset in range(1, NEXT_ELIGIBLE_HORIZON + longest + 1):
        candidate = day + timedelta(days=offset)
        if _room(mine, person, item_code, candidate, books, collector) > 0:
            return candidate
    return None


def _zone(rules: Sequence[Rule], item_code: str) -> ZoneInfo:
    """The zone days are counted in: that of the item's first rule's campaign (an item's rules
    come from one campaign), else the default."""
    campaign = next((r.campaign for r in rules if r.covers_item(item_code)), None)
    return campaign.zone if campaign else zone_of(DEFAULT_TIMEZONE)


def _line(rule: Rule, code: str) -> Reason:
    """The deciding rule's line, and that of the change which set the key deciding ``code``."""
    change = rule.change_line(DECIDING_KEYS.get(code, ()))
    if change is None:
        return reason("rule_line", LINE_TEMPLATES[False], line=rule.line)
    return reason("rule_line", LINE_TEMPLATES[True], line=rule.line, change=change)


def decide(
    rules: Sequence[Rule],
    person: Person,
    item_code: str,
    on: date | datetime,
    history: Sequence[HistoryEntry] = (),
    quantity: int | None = None,
    proxy: Person | None = None,
    *,
    with_next_eligible: bool = True,
) -> Decision:
    """Decide a request for ``quantity`` (None: as many as allowed) of ``item_code`` on ``on``.

    ``on`` is an instant (counted in the campaign's time zone) or a day of that zone.
    ``history`` holds the handouts of the person and of their household's members of every
    item that shares a rule with ``item_code`` (voided ones flagged or left out); ``proxy`` is
    the collector when it is someone else. ``with_next_eligible=False`` leaves a refusal's
    next date out (searching it is most of a refusal's cost; the double-dip search needs
    only the verdict).
    """
    if quantity is not None and quantity < 1:
        raise ValueError("quantity must be at least 1")
    zone = _zone(rules, item_code)
    day = local_day(on, zone) if isinstance(on, datetime) else on
    books = Books(person, [entry.in_zone(zone) for entry in history])
    collector = proxy if proxy is not None and proxy.uid != person.uid else None

    def later() -> date | None:
        if not with_next_eligible:
            return None
        return _next_eligible(rules, person, item_code, day, books, collector)

    covering = _covering(rules, person, item_code, day)
    if not covering:
        refusal = reason("no_rule", item=item_code)
        if any(r.covers_item(item_code) and fits(r, person, day) for r in rules):
            refusal = reason("not_in_force", item=item_code, day=day.isoformat())
        return Decision(False, 0, quantity or 0, (refusal,), later())
    outcomes = _outcomes(rules, covering, person, item_code, day, books, collector)
    decider = min(outcomes, key=lambda o: o.room)  # min() keeps the first on a tie
    room, rule = decider.room, decider.rule
    asked = room if quantity is None else quantity

    def verdict(ok: bool, most: int, reasons: tuple[Reason, ...], when: date | None) -> Decision:
        if not ok:
            reasons = (*reasons, _line(rule, reasons[0].code))
        return Decision(ok, most, asked, reasons, when, rule, decider.used, decider.limit)

    if collector is not None:
        barred = proxy_refusal(covering, person, collector, day, item_code)
        if barred is not None:
            return verdict(False, 0, (barred,), later())
    if room == 0:
        return verdict(False, 0, decider.reasons, later())
    if asked > room:
        over = reason("over_maximum", max_quantity=room, quantity=asked, unit="")
        return verdict(False, room, (over,), None)
    used = _counts(decider.used, rule, decider.limit)
    allowed = reason("allowed", USED_TEMPLATES[rule.period], max_quantity=room, **used)
    return verdict(True, room, (allowed,), None)
