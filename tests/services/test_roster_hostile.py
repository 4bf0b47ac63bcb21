"""Rosters that try to get in what must not: resident registration numbers anywhere in the
file, a cell far out that would make calamine ask for gigabytes, formulas in the headers that
would come back alive in the error workbook."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.exchange import corpus
from ttasum_desk.exchange import writer
from ttasum_desk.exchange.roster_mapping import ResidentNumberCellError
from ttasum_desk.services import roster_import
from ttasum_desk.storage import audit
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import ImportLog, Recipient

ROOT = Path(__file__).resolve().parents[2]
HEADERS = ["성명", "생년월일", "연락처", "카드번호", "비고"]
ROWS = 300  # data rows; the first is row 2


def person(n: int) -> list[Any]:
    return [f"학생{n:03d}", date(2013, 3, 5), "010-1234-5678", f"OS-JA01-{n:06d}", None]


def roster(path: Path, row: int = 0, column: int = 4, value: object = None) -> Path:
    """ROWS people; the cell at Excel ``row`` (0: none) and ``column`` (0-based) set."""
    rows = [person(n) for n in range(ROWS)]
    if row:
        rows[row - 2][column] = value
    return writer.write_workbook(path, [writer.SheetSpec("명단", HEADERS, rows)])


def state() -> tuple[int, int, str]:
    return Recipient.select().count(), ImportLog.select().count(), audit.head()


@pytest.mark.parametrize(
    ("value", "column"),
    [
        ("정이백 8001011234567", 4),  # inside a longer text, past the rows read ahead
        ("800101-1234567", 4),
        ("800101 - 2234567", 2),
        (8001011234567, 4),  # typed as a number
        (8001011234567.0, 3),
        (503154123456, 4),  # 050315-4123456 typed as a number: the leading 0 is gone
        ("홍길동0503154123456", 4),
    ],
)
def test_resident_number_anywhere_refuses_the_whole_file(
    station_db: Path, tmp_path: Path, value: object, column: int
) -> None:
    path = roster(tmp_path / "r.xlsx", 282, column, value)
    before = state()
    with pytest.raises(ResidentNumberCellError) as raised:
        roster_import.import_roster(path)
    assert raised.value.params["row"] == 282
    assert raised.value.params["column"] == f"{'ABCDE'[column]} ({HEADERS[column]})"
    assert "Row 282 of sheet 명단" in raised.value.english
    assert state() == before
    with pytest.raises(ResidentNumberCellError):
        roster_import.import_roster(path, dry_run=True)
    with pytest.raises(ResidentNumberCellError):
        roster_import.preview(path)
    with pytest.raises(ResidentNumberCellError):  # hiding the column does not hide the number
        roster_import.import_roster(path, {"비고": "ignore", "연락처": "ignore"})
    assert state() == before


@pytest.mark.parametrize(
    "value",
    [
        "010-1234-5678",
        "01012345678",
        1012345678,  # a phone typed as a number
        821012345678,  # with the country code
        "OS-JA01-0001234567",
        "8801234567890",  # a product barcode: 2088-01-23 has not come yet
        "8013011234567",  # no 13th month
        "8001019234567",  # 9 is no 7th digit of a resident number
        "80010112345678",  # 14 digits
    ],
)
def test_phone_numbers_and_codes_are_not_taken_for_resident_numbers(
    station_db: Path, tmp_path: Path, value: object
) -> None:
    result = roster_import.import_roster(roster(tmp_path / "r.xlsx", 282, 4, value))
    assert (result.rows, result.inserted, result.rejected) == (ROWS, ROWS, [])


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a child process: a far cell that got through would abort it."""
    return subprocess.run(
        [sys.executable, "-m", "ttasum_desk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("case", "cell"),
    [
        ("far_cell", "XFD1048576"),
        ("far_column", "AZ1048576"),
        ("far_row_without_dimension", "A1048576"),
    ],
)
def test_far_cell_is_refused_and_nothing_is_stored(
    station_db: Path, tmp_path: Path, case: str, cell: str
) -> None:
    build, _ = corpus.HOSTILE[case]
    path = build(tmp_path / f"{case}.xlsx")
    before = state()
    close_db()
    done = run_cli(station_db, "import", "roster", str(path))
    init_db(station_db)
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"The sheet Roster of {case}.xlsx has a cell at {cell}" in done.stderr
    assert "delete it" in done.stderr
    assert state() == before


def test_error_workbook_keeps_a_formula_header_as_text(station_db: Path, tmp_path: Path) -> None:
    """The input holds the header as text (what a formula pasted as values leaves)."""
    link = '=HYPERLINK("http://example.invalid","click")'
    book = openpyxl.Workbook()
    for row in ([*HEADERS, link], person(1), ["", date(2013, 3, 5), None, None, "@SUM(1)"]):
        book.active.append(row)
    book.active["F1"].data_type = "s"
    path = tmp_path / "r.xlsx"
    book.save(path)
    errors = tmp_path / "errors.xlsx"
    close_db()
    done = run_cli(station_db, "import", "roster", str(path), "--errors", str(errors), "--json")
    init_db(station_db)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["rejected"][0]["row"] == 3
    sheet = openpyxl.load_workbook(errors)["Rejected"]
    header = {cell.value: cell for cell in sheet[1]}
    assert header[link].data_type == "s"
    assert sheet["H2"].value == "@SUM(1)"
    assert sheet["H2"].data_type == "s"


def test_a_date_outside_any_calendar_is_refused_and_nothing_is_stored(
    station_db: Path, tmp_path: Path
) -> None:
    """calamine panics in Rust on a date-time cell a trillion days before 1900, a
    BaseException that would end the program: the import refuses the file as damaged."""
    path = roster(tmp_path / "far-date.xlsx")
    book = openpyxl.load_workbook(path)
    cell = book.active["B3"]
    cell.value, cell.number_format = -1e12, "yyyy-mm-dd hh:mm"
    book.save(path)
    before = state()
    close_db()
    done = run_cli(station_db, "import", "roster", str(path))
    init_db(station_db)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "far-date.xlsx" in done.stderr
    assert "Traceback" not in done.stderr
    assert state() == before
