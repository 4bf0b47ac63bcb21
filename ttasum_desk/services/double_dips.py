"""Double-dips: people whose handouts across stations exceed a rule of the campaign in one
period (each station alone allowed it; together they gave too much)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.rules import Person, Rule
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


def _applies(rule: Rule, person: Person, item_code: str, day: date) -> bool:
    if rule.item != item_code or person.group not in rule.groups or not rule.in_force(day):
        return False
    age = person.age_on(day)
    if rule.min_age is not None and (age is None or age < rule.min_age):
        return False
    return rule.max_age is None or (age is not None and age <= rule.max_age)


def detect() -> list[DoubleDip]:
    rules = current_rules().rules
    by_person: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    people: dict[str, tuple[str, str, Person]] = {}
    for row in merging.cross_station_handouts():
        uid, card, item_code, quantity, handed_at, station, handout = row[:7]
        by_person[(uid, item_code)].append(
            (date.fromisoformat(handed_at[:10]), quantity, station, handout)
        )
        if uid not in people:
            name, group, born, year, household, disability = row[7:]
            person = Person(
                uid, group, date.fromisoformat(born) if born else None, year, household,
                bool(disability),
            )  # fmt: skip
            people[uid] = (card, name, person)
    found: dict[str, DoubleDip] = {}
    for (uid, item_code), entries in by_person.items():
        card, name, person = people[uid]
        windows: dict[tuple[Rule, date, date], list[tuple[Any, ...]]] = defaultdict(list)
        for entry in entries:
            for rule in rules:
                if _applies(rule, person, item_code, entry[0]):
                    windows[(rule, *rule.period_window(entry[0]))].append(entry)
        for (rule, first, last), inside in windows.items():
            total = sum(entry[1] for entry in inside)
            stations = tuple(sorted({entry[2] for entry in inside}))
            if total <= rule.limit or len(stations) < 2:
                continue
            period = "once" if rule.period == "once" else f"{first}..{last}"
            dip = DoubleDip(
                uid, card, name, item_code, period, stations, total, rule.limit,
                tuple(sorted(entry[3] for entry in inside)),
            )  # fmt: skip
            found.setdefault(dip.key, dip)
    return sorted(found.values(), key=lambda d: (d.card_code, d.item_code, d.period))


def record(dips: list[DoubleDip], at: str) -> None:
    """Keep each double-dip for review, inside the caller's write transaction."""
    for dip in dips:
        review.add(
            "double_dip", "Handouts", dip.key,
            finger=review.fingerprint("double_dip", "Handouts", dip.key),
            detail={**dip.as_json(), "handouts": list(dip.handouts), "name": dip.name},
            at=at, replace_detail=True,
        )  # fmt: skip
