"""Far cells: refused from their own references before calamine lays out its grid.

Each hostile file is opened in a child process: if the check ever failed, calamine would
abort that process (512 GiB asked for), not the test run."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.exchange import corpus
from ttasum_desk.exchange import reader, sheet_area

OPEN_IN_CHILD = (
    corpus.PEAK_KIB
    + """
import json, sys
from ttasum_desk.exchange import reader
try:
    reader.open_workbook(sys.argv[1]).rows()
    outcome = {"error": "", "message": ""}
except reader.WorkbookError as error:
    outcome = {"error": type(error).__name__, "message": error.english, **error.params}
outcome["peak_kib"] = peak_kib()
print(json.dumps(outcome))
"""
)
ROOT = Path(__file__).resolve().parents[2]
SMALL = reader.Limits(max_rows=1_000, max_columns=8, max_cells=4_000, max_empty_rows=100)


def open_in_child(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_IN_CHILD, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, object] = json.loads(done.stdout)
    return outcome


@pytest.mark.parametrize(
    ("case", "cell"),
    [
        ("far_cell", "XFD1048576"),
        ("far_column", "AZ1048576"),
        ("far_row_without_dimension", "A1048576"),
    ],
)
def test_far_cell_is_refused_in_bounded_memory(tmp_path: Path, case: str, cell: str) -> None:
    build, _ = corpus.HOSTILE[case]
    path = build(tmp_path / f"{case}.xlsx")
    assert path.stat().st_size < 3_000
    outcome = open_in_child(path)
    assert outcome["error"] == "CellOutOfRangeError"
    assert (outcome["sheet"], outcome["cell"]) == ("Roster", cell)
    message = str(outcome["message"])
    assert f"{case}.xlsx" in message
    assert "delete it" in message
    assert int(str(outcome["peak_kib"])) < 150_000  # calamine's grid would be gigabytes


def test_ladder_trades_columns_for_rows() -> None:
    steps = sheet_area.ladder(1_048_576, 256, 1 << 24)
    assert [(s.columns, s.rows) for s in steps] == [
        (16, 1_048_576), (32, 524_288), (64, 262_144), (128, 131_072), (256, 65_536),
    ]  # fmt: skip
    assert all(s.columns * s.rows <= 1 << 24 for s in steps)


def dense(path: Path, columns: int, rows: int, *, gap: int = 0) -> Path:
    """``rows`` rows of ``columns`` cells each, ``gap`` empty rows before the last one."""
    body = [b"<sheetData>"]
    numbers = [*range(1, rows), rows + gap]
    body += [corpus.row_xml(n, *(f"v{n}" for _ in range(columns))) for n in numbers]
    return corpus.hand_made(path, [*body, b"</sheetData>"])


@pytest.mark.parametrize(
    ("columns", "rows", "refused"),
    [(4, 1_000, False), (8, 500, False), (5, 500, False), (5, 501, True), (9, 2, True)],
)
def test_columns_times_rows_stays_within_the_limits(
    tmp_path: Path, columns: int, rows: int, refused: bool
) -> None:
    path = dense(tmp_path / "d.xlsx", columns, rows)
    if not refused:
        assert len(reader.open_workbook(path, SMALL).rows()) == rows
        return
    with pytest.raises(reader.CellOutOfRangeError) as raised:
        reader.open_workbook(path, SMALL)
    assert raised.value.params["cell"] in ("A501", "I1")


def test_empty_rows_before_the_last_cell_are_bounded(tmp_path: Path) -> None:
    assert len(reader.open_workbook(dense(tmp_path / "ok.xlsx", 2, 10, gap=100), SMALL).rows())
    with pytest.raises(reader.CellOutOfRangeError) as raised:
        reader.open_workbook(dense(tmp_path / "far.xlsx", 2, 10, gap=101), SMALL)
    assert raised.value.params["cell"] == "A111"


def sheet(path: Path, rows: bytes) -> Path:
    return corpus.hand_made(path, [b"<sheetData>", rows, b"</sheetData>"])


@pytest.mark.parametrize(
    ("rows", "cell"),
    [
        (b"<row><c><v>1</v></c>" + b"<c/>" * 300 + b"</row>", "IW1"),  # counted, not referenced
        (b'<row r="70000"><c><v>1</v></c></row>', "A70000"),
        (b"<row r='1'><c r='XFD1'><v>1</v></c></row>", "XFD1"),  # single quotes
        (b'<row r="1"><c t="n" r = "xfd1"><v>1</v></c></row>', "XFD1"),  # blanks, lower case
        (b'<row r="1"><c s=">" r="XFD1"><v>1</v></c></row>', "XFD1"),  # a '>' in a value
        (b'<row r="1"><c r="A1"><v>1</v></c><c r="AZ65537"><v>1</v></c></row>', "AZ65537"),
        (b'<row r="1"><c r="A1"/></row><row r="1048577"><c><v>1</v></c></row>', "A1048577"),
    ],
)
def test_cells_written_any_way_are_placed_as_calamine_places_them(
    tmp_path: Path, rows: bytes, cell: str
) -> None:
    with pytest.raises(reader.CellOutOfRangeError) as raised:
        reader.open_workbook(sheet(tmp_path / "odd.xlsx", rows))
    assert raised.value.params["cell"] == cell


def test_namespaced_sheet_is_walked(tmp_path: Path) -> None:
    body = b'<x:sheetData><x:row r="1"><x:c r="XFD1"><x:v>1</x:v></x:c></x:row></x:sheetData>'
    path = corpus.hand_made(
        tmp_path / "ns.xlsx",
        [body.replace(b"<x:sheetData>", b'<x:sheetData xmlns:x="urn:x">')],
    )
    with pytest.raises(reader.CellOutOfRangeError):
        reader.open_workbook(path)


def test_cells_without_references_read_normally(tmp_path: Path) -> None:
    rows = b"".join(
        b'<row><c t="inlineStr"><is><t>' + name.encode() + b'</t></is></c><c t="n"><v>7</v></c>'
        b"</row>"
        for name in ("성명", "홍길동", "김철수")
    )
    assert reader.open_workbook(sheet(tmp_path / "plain.xlsx", rows)).rows() == [
        ["성명", 7],
        ["홍길동", 7],
        ["김철수", 7],
    ]


@pytest.mark.parametrize(
    ("target", "part"),
    [
        ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"),  # read as is by calamine
        ("/xl/worksheets/cells.bin", "xl/worksheets/cells.bin"),  # any name in the folder
    ],
)
def test_far_cell_in_a_sheet_however_it_is_named(tmp_path: Path, target: str, part: str) -> None:
    """The workbook's relationships name the sheet's part: it is checked wherever calamine
    would look for it."""
    source = corpus.far_cell(tmp_path / "far.xlsx")
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(moved, "w") as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'"worksheets/sheet1.xml"', f'"{target}"'.encode())
            name = part if entry.filename == "xl/worksheets/sheet1.xml" else entry.filename
            new.writestr(name, data)
    outcome = open_in_child(moved)
    assert (outcome["error"], outcome["sheet"]) == ("CellOutOfRangeError", "Roster")
    assert outcome["cell"] == "XFD1048576"
