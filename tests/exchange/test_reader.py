"""Safe reading: every hostile workbook gets its own clear error; honest ones read fully."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest

from tests.exchange import corpus
from ttasum_desk.exchange import reader, sheet_area
from ttasum_desk.i18n import message


@pytest.mark.parametrize("case", sorted(corpus.HOSTILE))
def test_hostile_workbook_gets_its_specific_error(tmp_path: Path, case: str) -> None:
    build, expected = corpus.HOSTILE[case]
    path = build(tmp_path / f"{case}.xlsx")
    with pytest.raises(reader.WorkbookError) as raised:
        reader.open_workbook(path).rows()
    assert type(raised.value) is expected
    assert path.name in message(raised.value)


def test_formula_cells_are_named_by_address(tmp_path: Path) -> None:
    with pytest.raises(reader.FormulaCellsError) as raised:
        reader.open_workbook(corpus.formula_cells(tmp_path / "f.xlsx"))
    assert raised.value.cells == ["B3", "C7"]
    assert "B3, C7" in message(raised.value)


def test_entity_bomb_is_refused_without_expanding(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(reader.EntityBombError):
        reader.open_workbook(corpus.entity_bomb(tmp_path / "bomb.xlsx"))
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 50_000  # a billion laughs expanded would be gigabytes


def test_lying_dimension_small_is_read_to_the_real_end(tmp_path: Path) -> None:
    rows = reader.open_workbook(corpus.lying_dimension(tmp_path / "d.xlsx", rows=50)).rows()
    assert len(rows) == 50
    assert rows[-1] == ["이름50"]


def test_lying_dimension_huge_reads_only_the_real_cells(tmp_path: Path) -> None:
    rows = reader.open_workbook(corpus.huge_dimension(tmp_path / "d.xlsx")).rows()
    assert rows == [["성명"], ["홍길동"]]


def test_missing_sheet_names_the_sheets_found(tmp_path: Path) -> None:
    book = reader.open_workbook(corpus.plain_roster(tmp_path / "r.xlsx"))
    with pytest.raises(reader.MissingSheetError) as raised:
        book.rows("Meta")
    assert "Roster" in message(raised.value)


def test_row_limit_is_configurable(tmp_path: Path) -> None:
    path = corpus.lying_dimension(tmp_path / "d.xlsx", rows=50)
    with pytest.raises(reader.TooManyRowsError):
        reader.open_workbook(path, reader.Limits(max_rows=49))
    assert len(reader.open_workbook(path, reader.Limits(max_rows=50)).rows()) == 50


def test_unpacked_byte_cap_holds_while_reading(tmp_path: Path) -> None:
    path = corpus.lying_dimension(tmp_path / "d.xlsx", rows=2000)
    with pytest.raises(reader.ZipBombError):
        reader.open_workbook(path, reader.Limits(max_unpacked_bytes=20_000))


def test_plain_roster_reads(tmp_path: Path) -> None:
    book = reader.open_workbook(corpus.plain_roster(tmp_path / "r.xlsx"))
    assert book.sheet_names == ["Roster"]
    assert book.rows() == [["성명", "생년월일"], ["홍길동", "2013-03-05"]]


def test_column_letters() -> None:
    assert [sheet_area.column_letters(i) for i in (0, 25, 26, 701, 702)] == [
        "A", "Z", "AA", "ZZ", "AAA",
    ]  # fmt: skip


@pytest.mark.parametrize(("case", "cell"), [("long_cell", "B2"), ("long_shared_cell", "C1")])
def test_long_cell_is_named_by_address(tmp_path: Path, case: str, cell: str) -> None:
    build, _ = corpus.HOSTILE[case]
    with pytest.raises(reader.CellTooLongError) as raised:
        reader.open_workbook(build(tmp_path / "long.xlsx"))
    assert raised.value.params["cell"] == cell


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(reader.MissingFileError):
        reader.open_workbook(tmp_path / "nowhere.xlsx")
    with pytest.raises(reader.MissingFileError):
        reader.open_workbook(tmp_path)
