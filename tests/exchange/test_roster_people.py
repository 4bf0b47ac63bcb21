"""Households and statuses from a roster: real xlsx files written, imported and read back, at
two stations; hostile cells reject their rows only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ttasum_desk.exchange.roster_mapping import field_for
from ttasum_desk.services import people, roster_import, stations
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Household, Recipient

HEADERS = ["성명", "생년월일", "주소", "세대번호", "특이사항"]
PEOPLE = [
    ["김할머니", date(1938, 2, 3), "중앙동", "H-0412", "장애, Consent"],
    ["김아들", date(1968, 5, 6), "중앙동", "h-0412 ", "consent,CONSENT"],
    ["김손녀", date(2014, 7, 8), "중앙동", "H-0412", None],
    ["이이웃", date(1970, 1, 2), "대원동", "H-0413", "임산부"],
    ["박혼자", date(1980, 3, 4), "대원동", None, None],
]


def roster(path: Path, rows: list[list[object]] = PEOPLE) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "명단"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def by_name(name: str) -> Recipient:
    return Recipient.get(Recipient.name == name)


def household(name: str) -> str | None:
    value = by_name(name).__data__["household"]
    return str(value) if value else None


def test_the_preview_maps_household_and_statuses(station_db: Path, tmp_path: Path) -> None:
    shown = roster_import.preview(roster(tmp_path / "roster.xlsx"))
    assert shown.mapping == {0: "name", 1: "birth_date", 2: "district", 3: "household", 4: "tags"}
    assert shown.sample[0][3:] == ["H-0412", "장애, Consent"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("세대", "household"), ("가구번호", "household"), ("Household", "household"),
        ("세대번호(필수)", "household"), ("세대주와의관계", None), ("가구원수", None),
        ("특이사항", "tags"), ("상태", "tags"), ("Tags", "tags"), ("구분", "group"),
    ],
)  # fmt: skip
def test_household_and_statuses_headers(header: str, field: str | None) -> None:
    assert field_for(header) == field


def test_households_and_statuses_are_imported(station_db: Path, tmp_path: Path) -> None:
    result = roster_import.import_roster(roster(tmp_path / "roster.xlsx"))
    assert (result.inserted, result.rejected) == (5, [])
    key = people.household_of_key("H-0412")
    assert key is not None
    assert household("김할머니") == household("김아들") == household("김손녀") == key.uid
    assert household("이이웃") not in (None, key.uid)
    assert household("박혼자") is None
    assert Household.get_by_id(key.uid).label == "H-0412"
    grandma, son, girl = by_name("김할머니"), by_name("김아들"), by_name("김손녀")
    assert (grandma.tags, grandma.disability) == ("consent", 1)
    assert (son.tags, son.disability) == ("consent", 0)
    assert (girl.tags, by_name("이이웃").tags) == ("", "임산부")
    again = roster_import.import_roster(tmp_path / "roster.xlsx")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    changed = [list(row) for row in PEOPLE]
    changed[0][4] = "consent"  # no longer disabled
    changed[2][3] = "H-0413"  # moved
    updated = roster_import.import_roster(roster(tmp_path / "changed.xlsx", changed))
    assert (updated.updated, updated.unchanged) == (2, 3)
    assert by_name("김할머니").disability == 0
    assert household("김손녀") == household("이이웃")


def test_two_stations_agree_on_the_households(tmp_path: Path) -> None:
    path = roster(tmp_path / "roster.xlsx")
    found = []
    for code in ("OS-JA01", "OS-DW01"):
        init_db(tmp_path / f"{code}.db")
        stations.set_station(code, code, "centre")
        roster_import.import_roster(path)
        found.append({row.name: row.__data__["household"] for row in Recipient.select()})
        close_db()
    assert found[0] == found[1]
    assert len(set(found[0].values()) - {None}) == 2


def test_hostile_cells_reject_their_rows_only(station_db: Path, tmp_path: Path) -> None:
    rows = [list(row) for row in PEOPLE]
    rows[1][4] = "consent," + "가" * 10_000
    rows[3][4] = ",".join(f"tag{n}" for n in range(500))
    path = roster(tmp_path / "hostile.xlsx", rows)
    book = openpyxl.load_workbook(path)
    book.active["D4"] = '=CONCATENATE("H-", "0412")'  # 김손녀's household
    book.save(path)
    result = roster_import.import_roster(path)
    rejected = {r.row: r.reason for r in result.rejected}
    assert sorted(rejected) == [3, 4, 5]
    assert "too long" in rejected[3]
    assert "500 statuses are too many" in rejected[5]
    assert rejected[4] == "The cell D4 holds a formula: paste its value instead."
    imported = Recipient.select().where(Recipient.source == "roster:hostile.xlsx")
    assert sorted(row.name for row in imported) == ["김할머니", "박혼자"]
    assert max(len(row.tags) for row in Recipient.select()) < 100
