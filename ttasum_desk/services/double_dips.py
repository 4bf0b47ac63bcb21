"""Double-dips: people whose handouts across stations exceed a rule of the campaign in one
period (each station alone allowed it; together they gave too much)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.records import ReviewKind
from ttasum_desk.domain.rules import Decision, HistoryEntry, Person, Rule, decide
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import merging, review


@dataclass(frozen=True)
class DoubleDip:
    recipient_uid: str
    card_code: str
    name: str
    item_code: str
    period: str  # "once", or the first and last day: 2020-03-01..2020-03-31
    stations: tuple[str, ...]
    quantity: int
    limit: int
    handouts: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.recipient_uid}|{self.item_code}|{self.period}|{self.limit}"

    def as_json(self) -> dict[str, Any]:
        return {
            "card_code": self.card_code, "item_code": self.item_code, "period": self.period,
            "stations": list(self.stations), "quantity": self.quantity, "limit": self.limit,
        }  # fmt: skip


@dataclass(frozen=True)
class _Served:
    """One live handout as the replay sees it."""

    person: Person
    card_code: str
    name: str
    station: str
    handout_uid: str
    entry: HistoryEntry


def _served(row: tuple[Any, ...]) -> _Served:
    uid, card, item_code, quantity, handed_at, station, handout = row[:7]
    name, group, born, year, household, disability = row[7:]
    person = Person(
        uid, group, date.fromisoformat(born) if born else None, year, household, bool(disability)
    )
    entry = HistoryEntry(uid, item_code, quantity, date.fromisoformat(handed_at[:10]))
    return _Served(person, card, name, station, handout, entry)


def _dip(now: _Served, before: list[_Served], decision: Decision) -> DoubleDip:
    """The window of the rule that refused, what the person (or for a household limit, the
    household) received in it, and from which stations."""
    rule = decision.rule
    assert rule is not None  # a covering rule refused
    first, last = rule.period_window(now.entry.day)
    household = any(r.code == "household_limit_reached" for r in decision.reasons)
    inside = [
        s
        for s in [*before, now]
        if first <= s.entry.day <= last and (household or s.person.uid == now.person.uid)
    ]
    return DoubleDip(
        now.person.uid, now.card_code, now.name, now.entry.item_code,
        "once" if rule.period == "once" else f"{first}..{last}",
        tuple(sorted({s.station for s in inside})), sum(s.entry.quantity for s in inside),
        rule.household_limit if household and rule.household_limit else rule.limit,
        tuple(sorted(s.handout_uid for s in inside)),
    )  # fmt: skip


def detect(people: Collection[str] | None = None) -> list[DoubleDip]:
    """Replay each household's (or lone person's) handouts of an item in order through the
    entitlement rules: a handout the rules refuse given every station's earlier handouts, but
    allow given its own station's alone, is a double-dip. The rules' own decision is used, so
    limits, household caps and weekday rules count exactly as at the desk.

    ``people`` (recipient uids) limits the search to their households, whole: a merge looks
    only at the people its files name, since nobody else's handouts changed (each earlier
    merge kept the double-dips of its own people). Without it, everyone is searched."""
    rules = current_rules().rules
    households = None if people is None else merging.served_keys(people)
    groups: dict[tuple[str, str], list[_Served]] = defaultdict(list)
    for row in merging.cross_station_handouts(households):
        served = _served(row)
        groups[(served.person.household_uid or served.person.uid, served.entry.item_code)].append(
            served
        )
    found: dict[str, DoubleDip] = {}
    for handouts in groups.values():
        for index, now in enumerate(handouts):
            before = handouts[:index]
            together = _verdict(rules, now, [s.entry for s in before])
            if together.allowed:
                continue
            alone = [s.entry for s in before if s.station == now.station]
            if _verdict(rules, now, alone).allowed:
                dip = _dip(now, before, together)
                found[dip.key] = dip  # a later handout in the same window sees more
    return sorted(found.values(), key=lambda d: (d.card_code, d.item_code, d.period))


def _verdict(rules: Sequence[Rule], now: _Served, before: list[HistoryEntry]) -> Decision:
    """The rules' decision on ``now`` given ``before``, without a refusal's next date (the
    search doesn't show it, and looking for it is most of a refusal's cost)."""
    entry = now.entry
    return decide(
        rules, now.person, entry.item_code, entry.day, before, entry.quantity,
        with_next_eligible=False,
    )  # fmt: skip


def record(dips: list[DoubleDip], at: str) -> None:
    """Keep each double-dip for review, inside the caller's write transaction."""
    for dip in dips:
        review.add(
            ReviewKind.DOUBLE_DIP, "Handouts", dip.key,
            finger=review.fingerprint(ReviewKind.DOUBLE_DIP, "Handouts", dip.key),
            detail={**dip.as_json(), "handouts": list(dip.handouts), "name": dip.name},
            at=at, replace_detail=True,
        )  # fmt: skip
