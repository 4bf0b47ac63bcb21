"""Rosters in the forms schools send: .xls, .ods and CSV in UTF-8 or CP949, and formulas."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ttasum_desk.exchange import reader, roster_files

FIXTURES = Path(__file__).parent / "fixtures"
ROWS = [
    ["성명", "생년월일", "학년", "반"],
    ["가나다", "2013-03-05", 3, 2],
    ["라마바", "2013-04-15", 3, 2],
]


@pytest.mark.parametrize("name", ["roster.xls", "roster.ods"])
def test_xls_and_ods_read_like_xlsx(name: str) -> None:
    book = roster_files.open_roster(FIXTURES / name)
    assert book.sheet_names == ["명단"]
    assert list(book.iter_rows("명단")) == ROWS
    assert book.rows() == ROWS


@pytest.mark.parametrize("name", ["roster.xls", "roster.ods"])
def test_xls_and_ods_are_bounded_by_their_dimensions(name: str) -> None:
    with pytest.raises(reader.TooManyRowsError):
        roster_files.open_roster(FIXTURES / name, reader.Limits(max_rows=2))
    with pytest.raises(reader.CellOutOfRangeError):
        roster_files.open_roster(FIXTURES / name, reader.Limits(max_columns=3))


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = shutil.copy(FIXTURES / "roster.xls", tmp_path / "big.xls")
    with pytest.raises(roster_files.FileTooLargeError):
        roster_files.open_roster(path, reader.Limits(max_file_bytes=1024))


def _csv_text() -> str:
    return "\r\n".join(",".join(str(cell) for cell in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        _csv_text().encode("utf-8"),
        b"\xef\xbb\xbf" + _csv_text().encode("utf-8"),
        _csv_text().encode("cp949"),
    ],
    ids=["utf-8", "utf-8-bom", "cp949"],
)
def test_csv_in_each_encoding(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "명단.csv"
    path.write_bytes(encoded)
    book = roster_files.open_roster(path)
    assert book.sheet_names == ["명단"]
    assert list(book.iter_rows("명단")) == [[str(cell) for cell in row] for row in ROWS]


def test_csv_in_another_encoding_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("성명\n가나다\n".encode("utf-16"))
    with pytest.raises(roster_files.UnknownEncodingError) as caught:
        roster_files.open_roster(path)
    assert "neither UTF-8 nor CP949" in caught.value.message.english


def test_csv_limits(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6\n", encoding="utf-8")
    with pytest.raises(reader.TooManyRowsError):
        roster_files.open_roster(path, reader.Limits(max_rows=2))
    with pytest.raises(reader.CellOutOfRangeError):
        roster_files.open_roster(path, reader.Limits(max_columns=2))
    with pytest.raises(reader.CellTooLongError):
        roster_files.open_roster(path, reader.Limits(max_cell_chars=0))


def test_other_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.txt"
    path.write_text("성명\n", encoding="utf-8")
    with pytest.raises(roster_files.UnsupportedRosterError):
        roster_files.open_roster(path)


def test_roster_formulas_are_listed_by_row_exchange_files_refuse_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "명단"
    sheet.append(["성명", "학년"])
    sheet.append(["가나다", 3])
    sheet.append(["라마바", "=1+2"])
    sheet.append(["=A2", "=B2"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    assert roster_files.open_roster(path).formula_cells == {"명단": {3: "B3", 4: "A4"}}
    with pytest.raises(reader.FormulaCellsError):
        reader.open_workbook(path)


def _ods_with(tmp_path: Path, extra_row: str) -> Path:
    """The .ods fixture with one more row at the end of its table, zipped again."""
    source = FIXTURES / "roster.ods"
    out = tmp_path / "repeated.ods"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "content.xml":
                end = data.index(b"</table:table>")
                data = data[:end] + extra_row.encode() + data[end:]
            new.writestr(entry, data)
    return out


def test_ods_repeat_counts_are_measured_before_calamine_expands_them(tmp_path: Path) -> None:
    huge = (
        '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell '
        'table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>"
    )
    with pytest.raises(reader.TooManyRowsError):
        roster_files.open_roster(_ods_with(tmp_path, huge))
    empty = (  # trailing rows with nothing in them, as LibreOffice writes: no grid, no refusal
        '<table:table-row table:number-rows-repeated="1000000000">'
        '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
    )
    book = roster_files.open_roster(_ods_with(tmp_path, empty))
    assert book.rows() == ROWS
