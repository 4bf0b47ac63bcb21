"""Recipients made to measure for handout tests: exact birth dates, groups and households."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.services import stations
from ttasum_desk.storage import recipients
from ttasum_desk.storage.db import writing

CREATED_AT = "2020-03-01T09:00:00+09:00"
STATION = "OS-JA01"
OPERATOR = "김담당"


@dataclass(frozen=True)
class Someone:
    card: str
    name: str
    birth_date: str | None
    group: str
    household: str | None = None
    disability: bool = False
    birth_year: int | None = None


def open_station() -> None:
    stations.set_station(STATION, "중앙동 행정복지센터", "centre")
    stations.add_operator(STATION, OPERATOR)


def add_people(people: list[Someone]) -> dict[str, str]:
    """Insert the people (and their households); returns card code -> recipient uid."""
    uids = {p.card: f"00000000-0000-4000-8000-{index:012d}" for index, p in enumerate(people, 1)}
    households = sorted({p.household for p in people if p.household})
    rows = []
    for p in people:
        keys = search_keys(p.name)
        year = p.birth_year or (int(p.birth_date[:4]) if p.birth_date else None)
        rows.append((
            uids[p.card], p.card, p.name, keys["name_key"], keys["name_rev"], keys["initials"],
            p.birth_date, year, p.group, None, None, None, None, "중앙동", None, p.household,
            int(p.disability), "", "test", STATION, CREATED_AT, CREATED_AT,
        ))  # fmt: skip
    with writing():
        recipients.insert_households([(h, h, CREATED_AT) for h in households])
        recipients.insert_many(rows)
    return uids
