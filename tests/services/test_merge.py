"""Merging day-files at the hub: any order, same result; re-merge adds nothing; the planted
double-dips and nothing else; a person registered twice flagged; an edited file caught."""

from __future__ import annotations

import itertools
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import peewee
import pytest

from tests.exchange import corpus
from tests.pg import HubDatabase
from tests.services import exchange_stations as city
from tests.tampering import edit_behind_the_app
from ttasum_desk.services import merge, verify
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage import review
from ttasum_desk.storage.db import close_db, init_db, writing
from ttasum_desk.storage.models import ImportLog


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def cast_of(folder: Path) -> city.Cast:
    init_db(folder / "cast.db")
    try:
        from ttasum_desk.services import demo

        demo.generate("small", 7, history=False)
        return city.cast()
    finally:
        close_db()


def test_all_six_orders_give_the_same_hub(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    dumps = []
    for index, order in enumerate(itertools.permutations(day_files)):
        with city.Hub(hub_db(f"hub{index}")):
            result = merge.merge(list(order))
            for outcome in result.files:
                assert not outcome.altered, outcome.problems
                assert outcome.error == ""
                assert outcome.rows == (
                    outcome.inserted + outcome.duplicates + outcome.conflicts + outcome.rejected
                )
                assert outcome.conflicts == 0
                assert outcome.rejected == 0, outcome.rejections
            dumps.append(city.canonical_dump())
    assert all(dump == dumps[0] for dump in dumps[1:])


def test_remerge_adds_nothing_and_dips_are_the_planted_ones(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    people = cast_of(tmp_path)
    with city.Hub(hub_db("hub")):
        first = merge.merge(day_files)
        by_station = {f.station_code: f for f in first.files}
        assert by_station["OS-JA01"].inserted > 0
        dumped = city.canonical_dump()
        again = merge.merge(day_files)
        assert city.canonical_dump() == dumped
        for outcome in again.files:
            assert (outcome.inserted, outcome.conflicts, outcome.rejected) == (0, 0, 0)
            assert outcome.duplicates == outcome.rows
        dips = {(d["card_code"], d["item_code"], d["period"], tuple(d["stations"]), d["quantity"],
                 d["limit"]) for d in again.as_json()["double_dips"]}  # fmt: skip
        assert dips == {
            (people.adult, "MASK-KIT", "once", ("OS-DW01", "OS-JA01"), 2, 1),
            (people.pupil, "COTTON-MASK", "2020-03-01..2020-03-31", ("OS-JA01", "OS-NC01"), 4, 2),
        }
        assert len(review.items("double_dip")) == 2
        assert [row[2:5] for row in dumped["class_count"]] == [("오산초등학교", 1, 1)]
        twice = review.items("same_person")
        assert len(twice) == 1
        assert twice[0].detail["stations"] == ["OS-DW01", "OS-NC01"]
        assert twice[0].detail["name"] == "도레미"


def test_dry_run_writes_nothing(day_files: list[Path], tmp_path: Path, hub_db: HubDatabase) -> None:
    with city.Hub(hub_db("hub")):
        before = city.canonical_dump()
        logs = ImportLog.select().count()
        result = merge.merge(day_files, dry_run=True)
        assert sum(f.inserted for f in result.files) > 0
        assert len(result.double_dips) == 2
        assert city.canonical_dump() == before
        assert ImportLog.select().count() == logs


def test_cancel_between_files_never_leaves_half_a_file(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    seen: list[str] = []
    with city.Hub(hub_db("hub")):
        result = merge.merge(
            day_files,
            progress=lambda done, total, name: seen.append(name),
            cancelled=lambda: len(seen) >= 1,
        )
        assert result.cancelled
        assert [f.file for f in result.files] == [day_files[0].name]
        again = merge.merge(day_files[:1])
        assert again.files[0].duplicates == again.files[0].rows


def add_one(source: Path, target: Path, sheet: str, column: str, row: int) -> tuple[str, int]:
    """Open the file in openpyxl, add 1 to one cell, save: what a person with Excel might do."""
    book = openpyxl.load_workbook(source)
    headers = [cell.value for cell in book[sheet][1]]
    cell = book[sheet].cell(row=row, column=headers.index(column) + 1)
    was = int(cell.value)
    cell.value = was + 1
    key = str(book[sheet].cell(row=row, column=1).value)
    book.save(target)
    return key, was


def test_edited_cell_is_reported_altered_and_a_conflict(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    original = day_files[0]
    edited = tmp_path / "edited.xlsx"
    key, was = add_one(original, edited, "Handouts", "quantity", 2)
    with city.Hub(hub_db("hub")):
        merge.merge([original])
        dumped = city.canonical_dump()
        outcome = merge.merge([edited]).files[0]
        assert outcome.altered
        assert any("Handouts" in problem.english for problem in outcome.problems)
        assert any("chain breaks" in problem.english for problem in outcome.problems)
        assert outcome.conflicts == 1
        assert outcome.conflict_rows[0].key == key
        assert outcome.conflict_rows[0].ours["quantity"] == was
        assert outcome.conflict_rows[0].theirs["quantity"] == was + 1
        after = city.canonical_dump()
        assert after["handout"] == dumped["handout"]  # never overwritten
        conflicts = review.items("conflict")
        assert [c.entity_key for c in conflicts] == [key]
        assert conflicts[0].ours["quantity"] == was
    with city.Hub(hub_db("fresh")):
        outcome = merge.merge([edited]).files[0]  # the edited file alone: still caught
        assert outcome.altered
        assert outcome.conflicts == 1
        assert outcome.conflict_rows[0].why == "its chain hash does not hold"


@pytest.mark.parametrize("case", sorted(corpus.HOSTILE))
def test_hostile_file_is_reported_and_changes_nothing(
    day_files: list[Path], tmp_path: Path, case: str, hub_db: HubDatabase
) -> None:
    build, _ = corpus.HOSTILE[case]
    hostile = build(tmp_path / f"{case}.xlsx")
    with city.Hub(hub_db("hub")):
        before = city.canonical_dump()
        outcome = merge.merge([hostile]).files[0]
        assert outcome.error
        assert outcome.rows == 0
        assert city.canonical_dump() == before


def test_a_missing_earlier_day_file_is_noted(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    station = tmp_path / "OS-JA01.db"
    shutil.copy(day_files[0].parent / "OS-JA01.db", station)
    init_db(station)
    try:  # the first two handouts were written the day before
        edit_behind_the_app(
            station,
            "UPDATE handout SET created_at = '2020-03-17T18:00:00+09:00'"
            " WHERE receipt_no IN ('OS-JA01-000001', 'OS-JA01-000002')",
        )
        earlier = export_day(tmp_path / "day1.xlsx", date(2020, 3, 17)).path
        later = export_day(tmp_path / "day2.xlsx").path
    finally:
        close_db()
    with city.Hub(hub_db("hub")):
        first = merge.merge([later]).files[0]
        assert not first.altered
        assert first.notes
        assert "OS-JA01" in first.notes_text()
        assert _chain_notes(merge.merge([earlier]).files[0]) == []
        again = merge.merge([later]).files[0]
        assert _chain_notes(again) == []
        assert again.duplicates == again.rows


def _chain_notes(outcome: merge.FileOutcome) -> list[str]:
    """The notes besides the one about the station's key, which no hub here enrolled."""
    return [note.english for note in outcome.notes if "not enrolled" not in note.english]


def test_edited_class_count_is_caught(
    day_files: list[Path], tmp_path: Path, hub_db: HubDatabase
) -> None:
    edited = tmp_path / "edited-nc.xlsx"
    key, _ = add_one(day_files[2], edited, "ClassCounts", "quantity", 2)
    with city.Hub(hub_db("hub")):
        outcome = merge.merge([edited]).files[0]
        assert outcome.altered
        assert "class-count chain breaks at 오산초등학교 1-1" in outcome.problems_text()
        assert [(c.sheet, c.key) for c in outcome.conflict_rows] == [("ClassCounts", key)]
        assert city.canonical_dump()["class_count"] == []


def test_the_merged_hub_verifies_and_refuses_an_edit(
    day_files: list[Path], hub_db: HubDatabase
) -> None:
    with city.Hub(hub_db("hub")):
        merge.merge(day_files)
        assert verify.verify().ok
        with pytest.raises(peewee.DatabaseError, match="append-only"), writing():
            city.db.execute_sql("UPDATE handout SET quantity = quantity + 1")
        assert verify.verify().ok
