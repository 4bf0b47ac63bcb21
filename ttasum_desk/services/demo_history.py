"""Osan's TTASUM campaign of 2020 as it happened, for the demo city: planned from the seed,
then written in bulk (``demo_ledger``) in the shape the services write.

The real programme's figures, scaled to the city's size: about 100,000 cotton masks (two at a
time, with a filter pack) to its 46,000 students, handed out class by class at the schools on
the school days of March to June; 25,000 mask-making kits to the public at the six community
centres (at most two per household); about 12,000 finished masks made from the kits and
donated back at the centres, handed on five at a time to vulnerable residents until the end
of the year; and workshops for those who found the mask hard to make. Deliveries arrive at a
station when its shelf runs short, so stock is what came in less what went out, and the demo
station keeps some of every item on its shelf for the desk.
"""

from __future__ import annotations

import dataclasses
import math
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from ttasum_desk.storage.donations import DONATION_SOURCE

KST = timezone(timedelta(hours=9))
OSAN_PEOPLE = 250_000
OSAN_STUDENTS = 46_000
COTTON_MASKS = 100_000
KITS = 25_000
FINISHED_MASKS = 12_000
WORKSHOPS = 48
MARGIN = 1.004  # the campaign ended just past its figures
HOLIDAYS = {  # 2020's public holidays on weekdays: stations closed
    date(2020, 4, 15), date(2020, 4, 30), date(2020, 5, 5), date(2020, 8, 17),
    date(2020, 9, 30), date(2020, 10, 1), date(2020, 10, 2), date(2020, 10, 9),
    date(2020, 12, 25),
}  # fmt: skip
WEEKDAY = (1.15, 1.05, 1.0, 0.95, 0.8)  # Monday busiest, Friday quietest
SCHOOL_REOPENS = date(2020, 5, 20)  # pupils back in class, year by year until 8 June
LOTS = {"COTTON-MASK": ("CM", 1000), "FILTER-PACK": ("FP", 500), "MASK-KIT": ("KT", 1000)}
DONATIONS = (5, 10, 10, 10, 15, 20, 20, 25, 30, 50, 100)  # bags of finished masks
FINISHED_AT_ONCE = 5  # the weekly limit of the rules
SUPPLIER = "오산시"
DONATION = DONATION_SOURCE
RESERVE = 60  # what the demo station keeps on its shelf for the desk
NURSE = "보건교사"
CENTRE_OPERATORS = ("담당자", "자원봉사자")


@dataclass(frozen=True)
class Resident:
    uid: str
    card: str
    group: str
    school: str | None
    grade: int | None
    klass: int | None
    district: str
    household: str | None


@dataclass
class Lot:
    uid: str
    station: str
    item: str
    lot_no: str
    quantity: int
    received_at: datetime
    source: str
    operator: str
    left: int = 0

    def __post_init__(self) -> None:
        self.left = self.quantity


@dataclass(frozen=True)
class Handed:
    at: datetime
    station: str
    resident: Resident
    item: str
    quantity: int
    operator: str
    lot: Lot | None = None


@dataclass(frozen=True)
class Donated:
    uid: str
    lot: Lot
    donor: Resident | None


@dataclass(frozen=True)
class Workshop:
    uid: str
    number: int
    held_at: datetime
    place: str
    capacity: int
    operator: str
    # (person, signed up at, attended at or None, over capacity)
    seats: tuple[tuple[Resident, datetime, datetime | None, bool], ...]


@dataclass
class Campaign:
    """Everything the campaign wrote; ``Planner.plan`` fills it."""

    handed: list[Handed] = field(default_factory=list)
    lots: list[Lot] = field(default_factory=list)
    donated: list[Donated] = field(default_factory=list)
    workshops: list[Workshop] = field(default_factory=list)


def open_days(first: date, last: date) -> list[date]:
    """Weekdays from ``first`` to ``last`` that are not public holidays."""
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5 and day not in HOLIDAYS]


def start_up(day: date, first: date) -> float:
    """A slow first week while stations learn the desk, then full speed from the third."""
    return (0.3, 0.7)[(day - first).days // 7] if (day - first).days < 14 else 1.0


def school_season(day: date) -> float:
    """Schools opened online in April and in class from 20 May: handouts follow the pupils."""
    if day >= date(2020, 6, 22):
        return 0.4
    if day >= SCHOOL_REOPENS:
        return 1.6
    return 0.5 if day < date(2020, 4, 9) else 0.7


def june_only(day: date) -> float:
    """A second pair of masks, in June: the monthly limit allows it after May's."""
    return school_season(day) if day.month == 6 else 0.0


def kit_season(day: date) -> float:
    """Kits went fast in April, once word spread, then slowly until June."""
    if day.month <= 4:
        return 1.5
    return 1.0 if day.month == 5 else 0.8 - 0.5 * (day.day / 30)


def donation_season(day: date) -> float:
    """Finished masks came back most in May and June, then ever fewer until December."""
    return {4: 0.6, 5: 1.3, 6: 1.3, 7: 1.0, 8: 1.0, 9: 0.6, 10: 0.6}.get(day.month, 0.35)


class Planner:
    """Plans the campaign from the seed; the same seed always plans the same campaign."""

    def __init__(
        self,
        residents: Sequence[Resident],
        seed: int,
        schools: dict[str, str],  # school name -> station code
        centres: dict[str, str],  # district -> centre's station code
        demo_station: str,
        demo_operators: Sequence[str],
    ) -> None:
        self.rng = random.Random(f"demo-campaign-{seed}")
        self.residents = residents
        self.schools = schools
        self.centres = centres
        self.demo_station = demo_station
        self.demo_operators = tuple(demo_operators)
        self.scale = len(residents) / OSAN_PEOPLE
        self.campaign = Campaign()
        self.shelves: dict[tuple[str, str], list[Lot]] = {}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plan(self) -> Campaign:
        self._students()
        kit_holders = self._kits()
        self._finished_masks(kit_holders)
        self._workshops(kit_holders)
        return self.campaign

    def moment(self, day: date, opens: int, closes: int) -> datetime:
        """A moment on ``day`` between the hours ``opens`` and ``closes``."""
        seconds = self.rng.randrange(opens * 3600, closes * 3600)
        return datetime.combine(day, time(seconds // 3600, seconds // 60 % 60, seconds % 60), KST)

    def operator(self, station: str) -> str:
        if station == self.demo_station:
            return self.rng.choice(self.demo_operators)
        return NURSE if station not in self.centres.values() else self.rng.choice(CENTRE_OPERATORS)

    # ---- stock ----

    def draw(self, station: str, item: str, quantity: int, at: datetime) -> Lot | None:
        """The oldest lot that holds ``quantity`` and leaves the station's reserve; a delivery
        arrives that morning when none does (None: a donated item, nothing to hand out)."""
        lots = self.shelves.setdefault((station, item), [])
        reserve = RESERVE if station == self.demo_station else 0
        if sum(lot.left for lot in lots) - quantity >= reserve:
            lot = next((lot for lot in lots if lot.left >= quantity), None)
        else:
            lot = None
        if lot is None and item in LOTS:
            prefix, size = LOTS[item]
            received = datetime.combine(at.date(), time(8, 30), KST)
            lot_no = f"{prefix}-{received:%y%m%d}-{len(lots) + 1:02d}"
            lot = self.receive(station, item, lot_no, size, received, SUPPLIER)
        if lot is not None:
            lot.left -= quantity
        return lot

    def receive(
        self, station: str, item: str, lot_no: str, quantity: int, at: datetime, source: str
    ) -> Lot:
        lot = Lot(self.uid(), station, item, lot_no, quantity, at, source, self.operator(station))
        self.shelves.setdefault((station, item), []).append(lot)
        self.campaign.lots.append(lot)
        return lot

    def hand_out(self, planned: Sequence[Handed]) -> None:
        """Draw each planned handout from its station's shelf, in the order they happened."""
        for one in sorted(planned, key=lambda handed: handed.at):
            lot = self.draw(one.station, one.item, one.quantity, one.at)
            self.campaign.handed.append(dataclasses.replace(one, lot=lot))

    def days_by(
        self, days: Sequence[date], weight: Callable[[date], float], count: int
    ) -> list[date]:
        """``count`` days drawn from ``days`` as often as ``weight`` (times the weekday's
        rhythm and the start-up) says."""
        weights = [weight(day) * WEEKDAY[day.weekday()] * start_up(day, days[0]) for day in days]
        return self.rng.choices(days, weights, k=count)

    # ---- the campaign ----

    def _students(self) -> None:
        """Class by class: a nurse ticks every pupil of a class on one day, two cotton masks
        and a filter pack each; some classes come back in June for a second pair."""
        classes: dict[tuple[str, int, int], list[Resident]] = {}
        for person in self.residents:
            if person.group == "student" and person.school in self.schools:
                key = (person.school, person.grade or 0, person.klass or 0)
                classes.setdefault(key, []).append(person)
        keys = sorted(classes)
        days = open_days(date(2020, 3, 16), date(2020, 6, 30))
        first = dict(zip(keys, self.days_by(days, school_season, len(keys)), strict=True))
        pupils = sum(len(classes[key]) for key in keys)
        wanted = math.ceil(COTTON_MASKS * pupils / OSAN_STUDENTS * MARGIN) - 2 * pupils
        again: dict[tuple[str, int, int], date] = {}
        for key in self.rng.sample(keys, len(keys)):
            if wanted <= 0:
                break
            if first[key].month < 6:
                again[key] = self.days_by(days, june_only, 1)[0]
                wanted -= 2 * len(classes[key])
        planned = []
        for key in keys:
            station = self.schools[key[0]]
            for day in filter(None, (first[key], again.get(key))):
                at = self.moment(day, 9, 15)
                operator = self.operator(station)
                for pupil in classes[key]:
                    at += timedelta(seconds=self.rng.randrange(20, 70))
                    for item, quantity in (("COTTON-MASK", 2), ("FILTER-PACK", 1)):
                        planned.append(Handed(at, station, pupil, item, quantity, operator))
        self.hand_out(planned)

    def _kits(self) -> list[Resident]:
        """One kit each to the public at their district's centre, at most two per household;
        returns who received one, in the order they came."""
        public = [p for p in self.residents if p.group == "public" and p.district in self.centres]
        wanted = math.ceil(KITS * self.scale * MARGIN)
        per_household: dict[str, int] = {}
        holders: list[Resident] = []
        for person in self.rng.sample(public, len(public)):
            if len(holders) >= wanted:
                break
            if person.household and per_household.get(person.household, 0) >= 2:
                continue
            if person.household:
                per_household[person.household] = per_household.get(person.household, 0) + 1
            holders.append(person)
        days = self.days_by(
            open_days(date(2020, 3, 23), date(2020, 6, 30)), kit_season, len(holders)
        )
        planned = []
        for person, day in zip(holders, days, strict=True):
            station = self.centres[person.district]
            at = self.moment(day, 9, 18)
            planned.append(Handed(at, station, person, "MASK-KIT", 1, self.operator(station)))
        self.hand_out(planned)
        return sorted(holders, key=lambda person: person.card)

    def _finished_masks(self, kit_holders: Sequence[Resident]) -> None:
        """Donations come in at the centres (a bag is a donated lot), a little more than the
        year's figure in all; each open day a centre hands a third of its shelf, five masks a
        person, to vulnerable residents not yet served that week, the longest waiting first."""
        days = open_days(date(2020, 4, 13), date(2020, 12, 31))
        goal = math.ceil(FINISHED_MASKS * self.scale * MARGIN)
        by_day: dict[date, list[tuple[Resident | None, str, int]]] = {}
        given = 0
        while given < goal * 1.02:
            donor = self.rng.choice(kit_holders) if self.rng.random() < 0.75 else None
            district = donor.district if donor else self.rng.choice(sorted(self.centres))
            quantity = self.rng.choice(DONATIONS)
            day = self.days_by(days[:-6], donation_season, 1)[0]
            by_day.setdefault(day, []).append((donor, self.centres[district], quantity))
            given += quantity
        waiting = {
            station: [p for p in self.residents if p.group == "vulnerable" and p.district == d]
            for d, station in self.centres.items()
        }
        served_in: dict[str, tuple[int, int]] = {}  # uid -> ISO (year, week) last served
        for day in days:
            for donor, station, quantity in by_day.get(day, []):
                at = self.moment(day, 10, 17)
                lot_no = f"D-{day:%Y%m%d}-{self._donations_on(station, day) + 1:03d}"
                bag = self.receive(station, "FINISHED-MASK", lot_no, quantity, at, DONATION)
                self.campaign.donated.append(Donated(self.uid(), bag, donor))
            week = day.isocalendar()[:2]
            for station, people in sorted(waiting.items()):
                shelf = sum(lot.left for lot in self.shelves.get((station, "FINISHED-MASK"), []))
                for person in people[: shelf // FINISHED_AT_ONCE // 3]:
                    if served_in.get(person.uid) == week:
                        continue
                    at = self.moment(day, 10, 17)
                    lot = self.draw(station, "FINISHED-MASK", FINISHED_AT_ONCE, at)
                    if lot is None:
                        break
                    operator = self.operator(station)
                    self.campaign.handed.append(
                        Handed(
                            at, station, person, "FINISHED-MASK", FINISHED_AT_ONCE, operator, lot
                        )
                    )
                    served_in[person.uid] = week
                    people.append(people.pop(people.index(person)))  # the next in line first

    def _donations_on(self, station: str, day: date) -> int:
        return sum(
            1
            for lot in self.shelves.get((station, "FINISHED-MASK"), [])
            if lot.received_at.date() == day
        )

    def _workshops(self, kit_holders: Sequence[Resident]) -> None:
        """Saturday afternoons from April to July, in turn at the centres: kit holders sign
        up, most come, and a few come without signing up."""
        saturdays = [date(2020, 4, 11) + timedelta(weeks=n) for n in range(16)]
        count = max(1, round(WORKSHOPS * self.scale))
        by_district: dict[str, list[Resident]] = {}
        for person in self.rng.sample(list(kit_holders), len(kit_holders)):
            by_district.setdefault(person.district, []).append(person)
        districts = sorted(self.centres)
        for number in range(1, count + 1):
            district = districts[(number - 1) % len(districts)]
            day = saturdays[(number - 1) * len(saturdays) // count]
            held_at = datetime.combine(day, time(14), KST)
            capacity = 25
            pool = by_district.get(district, [])
            taken = [
                pool.pop() for _ in range(min(len(pool), self.rng.randrange(18, capacity + 1)))
            ]
            seats = []
            for person in taken:
                signed = self.moment(day - timedelta(days=self.rng.randrange(2, 12)), 9, 18)
                came = held_at + timedelta(seconds=self.rng.randrange(-600, 900))
                seats.append((person, signed, came if self.rng.random() < 0.82 else None, False))
            for person in [pool.pop() for _ in range(min(len(pool), self.rng.randrange(0, 4)))]:
                came = held_at + timedelta(seconds=self.rng.randrange(0, 1200))
                seats.append((person, came, came, len(seats) >= capacity))
            place = f"{district} 행정복지센터 다목적실"
            self.campaign.workshops.append(
                Workshop(
                    self.uid(),
                    number,
                    held_at,
                    place,
                    capacity,
                    self.operator(self.demo_station),
                    tuple(seats),
                )
            )
