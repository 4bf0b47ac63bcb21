"""Seeded demo data: the same seed always gives the same city.

``osan`` is Osan City at full scale: 250,000 recipients, 46,000 of them students across
60 schools, the rest the public across six districts; ``small`` is a few hundred people for
trying the app.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.domain.korean_names import NameMaker
from ttasum_desk.services import demo_handouts, demo_history, demo_ledger
from ttasum_desk.storage import recipients, settings
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Item, Operator, Station

CREATED_AT = "2020-03-01T09:00:00+09:00"
DISTRICTS = {"중앙동": 14, "대원동": 22, "남촌동": 15, "신장동": 18, "세마동": 18, "초평동": 13}
CENTRES = [
    ("OS-JA01", "중앙동 행정복지센터"), ("OS-DW01", "대원동 행정복지센터"),
    ("OS-NC01", "남촌동 행정복지센터"), ("OS-SJ01", "신장동 행정복지센터"),
    ("OS-SM01", "세마동 행정복지센터"), ("OS-CP01", "초평동 행정복지센터"),
]  # fmt: skip
HUB = ("OS-HUB", "오산시청 평생교육과")
SCHOOL_PLACES = [
    "오산", "성호", "대호", "원동", "수청", "운천", "세마", "필봉", "고현", "은계", "매홀",
    "양산", "가수", "궐동", "금암", "내삼미", "외삼미", "부산", "서동", "청학", "누읍", "벌음",
    "세교", "지곶", "탑동", "두곡", "서랑", "청호", "갈곶", "오매", "화성", "광성", "대원",
    "신장", "초평", "남촌",
]  # fmt: skip
# (level, how many schools, grades, birth year of grade 1 in the 2020 school year)
SCHOOL_LEVELS = [("초등학교", 36, 6, 2013), ("중학교", 14, 3, 2007), ("고등학교", 10, 3, 2004)]
ITEMS = [
    ("COTTON-MASK", "면마스크(필터교체형)", "매", True, 200),
    ("FILTER-PACK", "교체용 필터 팩", "팩", True, 100),
    ("MASK-KIT", "마스크 만들기 키트", "세트", True, 50),
    ("FINISHED-MASK", "완제품 마스크", "매", True, 200),
]
DEMO_STATION = CENTRES[0]
DEMO_OPERATORS = ["김담당", "이봉사"]
BUILT_AS = "demo_city"  # setting: the scale and seed the demo was built from, e.g. "small-7"


@dataclass(frozen=True)
class Scale:
    recipients: int
    students: int
    schools: int
    vulnerable: int


SCALES = {
    "small": Scale(recipients=400, students=120, schools=4, vulnerable=12),
    "osan": Scale(recipients=250_000, students=46_000, schools=60, vulnerable=3_500),
}


@dataclass(frozen=True)
class School:
    code: str
    name: str
    grades: int
    first_grade_born: int


def schools() -> list[School]:
    found: list[School] = []
    for level, count, grades, born in SCHOOL_LEVELS:
        for place in SCHOOL_PLACES[:count]:
            code = f"OS-SC{len(found) + 1:02d}"
            found.append(School(code, place + level, grades, born))
    return found


def share(total: int, parts: int, index: int) -> int:
    """Part ``index`` of ``total`` split into ``parts`` as evenly as whole numbers go."""
    return total // parts + (index < total % parts)


class DemoCity:
    """Builds the rows; ``write`` stores them in one transaction."""

    def __init__(self, scale: Scale, seed: int) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.names = NameMaker(self.rng)
        self.rows: list[tuple[object, ...]] = []
        self.households: list[tuple[str, str, str]] = []
        self._keys: dict[str, dict[str, str]] = {}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def district(self) -> str:
        return self.rng.choices(list(DISTRICTS), list(DISTRICTS.values()))[0]

    def birth_date(self, year: int) -> str:
        return date.fromordinal(date(year, 1, 1).toordinal() + self.rng.randrange(365)).isoformat()

    def household(self, label: str) -> str:
        uid = self.uid()
        self.households.append((uid, label, CREATED_AT))
        return uid

    def person(
        self,
        name: str,
        year: int,
        group: str,
        household: str | None,
        district: str,
        school: tuple[str, int, int, int] | None = None,
        disability: bool = False,
    ) -> None:
        keys = self._keys.get(name) or self._keys.setdefault(name, search_keys(name))
        phone = (
            None if year > 2008 or self.rng.random() < 0.15 else f"{self.rng.randrange(10_000):04d}"
        )
        school_name, grade, klass, number = school or (None, None, None, None)
        self.rows.append((
            self.uid(), f"OS{len(self.rows) + 1:08d}", name, keys["name_key"], keys["name_rev"],
            keys["initials"], self.birth_date(year), year, group, school_name, grade, klass,
            number, district, phone, household, int(disability), "", "demo", "", CREATED_AT,
            CREATED_AT,
        ))  # fmt: skip

    def build(self) -> None:
        scale = self.scale
        seats = self._school_seats()
        self.rng.shuffle(seats)
        while seats:
            self._family(seats)
        elders_left = scale.vulnerable
        while len(self.rows) < scale.recipients:
            elders_left -= self._public_household(elders_left)

    def _school_seats(self) -> list[tuple[str, int, int, int, int]]:
        """(school, grade, class, number, birth year) for every student: the scale's number
        exactly, what does not divide evenly going to the first schools and grades."""
        used = schools()[: self.scale.schools]
        seats = []
        for index, school in enumerate(used):
            per_school = share(self.scale.students, len(used), index)
            classes = max(1, round(per_school / school.grades / 27))
            for grade in range(1, school.grades + 1):
                for seat in range(share(per_school, school.grades, grade - 1)):
                    klass, number = seat % classes + 1, seat // classes + 1
                    born = school.first_grade_born - grade + 1
                    seats.append((school.name, grade, klass, number, born))
        return seats

    def _family(self, seats: list[tuple[str, int, int, int, int]]) -> None:
        children = min(len(seats), self.rng.choices([1, 2, 3], [55, 35, 10])[0])
        surname = self.names.surname()
        district = self.district()
        household = self.household(surname + "씨 가구")
        parent_year = self.rng.randrange(1970, 1989)
        self.person(
            self.names.name(parent_year, surname), parent_year, "public", household, district
        )
        if self.rng.random() < 0.8:
            year = parent_year + self.rng.randrange(-3, 4)
            self.person(self.names.name(year), year, "public", household, district)
        for _ in range(children):
            school, grade, klass, number, born = seats.pop()
            name = self.names.name(born, surname)
            self.person(name, born, "student", household, district, (school, grade, klass, number))
        if self.rng.random() < 0.15:
            year = self.rng.randrange(2014, 2020)
            self.person(self.names.name(year, surname), year, "public", household, district)

    def _public_household(self, elders_left: int) -> int:
        """One household of the public; returns how many vulnerable people it added."""
        size = min(
            self.scale.recipients - len(self.rows),
            self.rng.choices([1, 2, 3, 4], [35, 35, 18, 12])[0],
        )
        surname = self.names.surname()
        district = self.district()
        household = self.household(surname + "씨 가구") if size > 1 else None
        added = 0
        for _ in range(size):
            elder = elders_left - added > 0 and self.rng.random() < 0.12
            year = self.rng.randrange(1928, 1945) if elder else self.rng.randrange(1946, 2002)
            disability = elders_left - added > 0 and not elder and self.rng.random() < 0.01
            vulnerable = elder or disability
            added += vulnerable
            group = "vulnerable" if vulnerable else "public"
            self.person(self.names.name(year), year, group, household, district, None, disability)
        return added


def generate(
    scale_name: str,
    seed: int,
    progress: Callable[[str], None] = lambda _: None,
    history: bool = True,
    campaign: bool | None = None,
) -> int:
    """Fill an empty database with the demo city; returns the number of recipients.

    With ``history``, the campaign of 2020 as it happened when ``campaign`` (by default at
    the osan scale: ``demo_history``, written in bulk), then Osan's TTASUM rules are loaded
    and a few dozen handouts recorded today (``demo_handouts``), so the desk shows people
    partly served. All of it is one transaction (the services' own nest inside it), so a
    demo killed half-way leaves the database empty, and ``demo`` can simply run again."""
    campaign = scale_name == "osan" if campaign is None else campaign
    city = DemoCity(SCALES[scale_name], seed)
    progress("building")
    city.build()
    city.rows.sort(key=lambda row: str(row[0]))
    city.households.sort()
    progress("writing")
    with writing():  # one transaction: a kill or a failure leaves no half-built city behind
        _write_city(city)
        settings.put(BUILT_AS, f"{scale_name}-{seed}")
        served: set[str] = set()
        if history and campaign:
            progress("campaign")
            served = _write_campaign(city, seed)
        if history:
            progress("handouts")
            people = [(str(row[1]), str(row[8])) for row in city.rows if row[1] not in served]
            demo_handouts.record_history(people, seed, DEMO_OPERATORS)
    return len(city.rows)


def built_as() -> str | None:
    """The scale and seed this database's demo city was built from (None: not a demo)."""
    return settings.get(BUILT_AS)


def _write_campaign(city: DemoCity, seed: int) -> set[str]:
    """The 2020 campaign; returns the cards the rules give no more kits."""
    residents = [
        demo_history.Resident(
            str(row[0]),
            str(row[1]),
            str(row[8]),
            _text(row[9]),
            _number(row[10]),
            _number(row[11]),
            str(row[13]),
            _text(row[15]),
        )
        for row in city.rows
    ]
    planner = demo_history.Planner(
        residents,
        seed,
        {school.name: school.code for school in schools()},
        {name.split()[0]: code for code, name in CENTRES},
        DEMO_STATION[0],
        DEMO_OPERATORS,
    )
    planned = planner.plan()
    demo_ledger.write(planned, DEMO_STATION[0], planner.uid)
    return demo_ledger.kit_households(planned, ((r.card, r.household) for r in residents))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _number(value: object) -> int | None:
    return None if value is None else int(str(value))


def _write_city(city: DemoCity) -> None:
    """The stations, operators, items, households and people."""
    code = DEMO_STATION[0]
    for station_code, station_name in [*CENTRES, HUB]:
        kind = "hub" if station_code == HUB[0] else "centre"
        Station.create(
            uid=city.uid(),
            code=station_code,
            name=station_name,
            kind=kind,
            created_at=CREATED_AT,
        )
    for school in schools():
        Station.create(
            uid=city.uid(),
            code=school.code,
            name=school.name,
            kind="school",
            created_at=CREATED_AT,
        )
    settings.put("station_code", code)
    for operator in DEMO_OPERATORS:
        Operator.create(uid=city.uid(), station_code=code, name=operator, created_at=CREATED_AT)
    for item_code, item_name, unit, tracked, low in ITEMS:
        Item.create(
            uid=city.uid(),
            code=item_code,
            name=item_name,
            unit=unit,
            track_stock=tracked,
            low_stock=low,
            created_at=CREATED_AT,
        )
    recipients.insert_households(city.households)
    recipients.insert_many(city.rows)
