"""The exchange's row-by-row reader gives calamine's very rows: workbooks written every way the
app meets them (openpyxl, xlsxwriter with and without constant memory; shared and inline
strings, numbers, booleans, dates by number format, sparse rows, Hangul NFD and NFC, long
text) and hand-written XML read both ways give the same values of the same types."""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange import corpus
from ttasum_desk.exchange import cell_values, reader, sheet_xml, workbook
from ttasum_desk.exchange.workbook import read_exchange

FORMATS = [
    "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss", "hh:mm:ss", "[h]:mm:ss", "mm:ss.0", "0.00", "General",
    "d/m/yy h:mm AM/PM", 'yyyy"년" m"월" d"일"', "#,##0*y", "*-yyyy-mm-dd", '"Date:" 0', "@",
    "[Blue]\\+[h]:mm;[Red]\\-[h]:mm", "[>=100][Magenta][s].00", "A/P h", "d-mmm",
]  # fmt: skip
NAMES = ["홍길동", "김 영희", "이순신", "박서준", "최지우"]
TEXT = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
    st.text(st.sampled_from(" \t\n\r가a_x0041_"), max_size=12),  # blanks, escapes, CR LF
    st.sampled_from(NAMES).map(lambda name: unicodedata.normalize("NFD", name)),
    st.sampled_from(NAMES),
    st.integers(1, 4000).map(lambda n: "가나다라" * n),  # long, up to 16,000 characters
).filter(lambda text: not text.startswith("="))
CELL = st.one_of(
    st.none(),
    TEXT,
    # calamine panics on a number past 1e11 in a date format (chrono's milliseconds overflow)
    st.integers(-(10**10), 10**10),
    st.floats(-1e10, 1e10),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    st.times(),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3000)),
)
# (empty rows before it, empty columns before its first cell, its cells, a number format each)
ROW = st.tuples(
    st.integers(0, 3),
    st.integers(0, 4),
    st.lists(st.tuples(CELL, st.sampled_from(FORMATS)), max_size=8),
)
SHEET = st.lists(ROW, max_size=8)
Rows = list[tuple[int, int, list[tuple[Any, str]]]]
STREAM_ALL = reader.Limits(stream_from=0)  # every sheet row by row, however small


def _placed(rows: Rows) -> list[tuple[int, int, Any, str]]:
    """(row, column, value, format) of every cell, 0-based."""
    cells, at = [], 0
    for gap, start, values in rows:
        at += gap
        cells += [(at, start + n, value, form) for n, (value, form) in enumerate(values)]
        at += 1
    return cells


def _openpyxl(path: Path, sheets: list[Rows]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for number, rows in enumerate(sheets):
        sheet = book.create_sheet(f"S{number}")
        for row, column, value, form in _placed(rows):
            cell = sheet.cell(row + 1, column + 1, value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.number_format = form
    book.save(path)


def _xlsxwriter(constant_memory: bool) -> Callable[[Path, list[Rows]], None]:
    def write(path: Path, sheets: list[Rows]) -> None:
        options = {
            "constant_memory": constant_memory,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        }
        book = xlsxwriter.Workbook(str(path), options)
        styles = {form: book.add_format({"num_format": form}) for form in FORMATS}
        for number, rows in enumerate(sheets):
            sheet = book.add_worksheet(f"S{number}")
            for row, column, value, form in _placed(rows):
                if isinstance(value, str):
                    sheet.write_string(row, column, value)
                elif value is not None:
                    sheet.write(row, column, value, styles[form])
        book.close()

    return write


WRITERS = {
    "openpyxl": _openpyxl,
    "xlsxwriter": _xlsxwriter(False),
    "xlsxwriter-constant-memory": _xlsxwriter(True),
}


def _outcome(read: Callable[[], list[list[Any]]], width: int = 0) -> Any:
    """The rows padded to ``width``, each cell with its type (1.0 == True otherwise), or
    "refused" (calamine lets Python's OverflowError out for a duration past timedelta's)."""
    try:
        rows = read()
    except (reader.WorkbookError, OverflowError):
        return "refused"
    return [
        [(type(cell).__name__, cell) for cell in row + [""] * (width - len(row))] for row in rows
    ]


def assert_read_alike(path: Path) -> None:
    """Every sheet read row by row from its XML equals calamine's rows (which are as wide as
    the sheet: the XML's rows are padded to that width to compare)."""
    book = reader.open_workbook(path, STREAM_ALL)
    for name in book.sheet_names:
        whole = _outcome(functools.partial(_calamine_rows, book, name))
        width = max((len(row) for row in whole), default=0) if whole != "refused" else 0
        assert _outcome(functools.partial(_streamed_rows, book, name), width) == whole, name


def _calamine_rows(book: reader.SafeWorkbook, name: str) -> list[list[Any]]:
    return list(book.iter_rows(name, composed=False))


def _streamed_rows(book: reader.SafeWorkbook, name: str) -> list[list[Any]]:
    return list(book.iter_rows(name, composed=False, keep=False))


@pytest.mark.parametrize("writer", sorted(WRITERS))
@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheets=st.lists(SHEET, min_size=1, max_size=2))
def test_generated_workbooks_read_as_calamine_reads_them(
    tmp_path: Path, writer: str, sheets: list[Rows]
) -> None:
    path = tmp_path / f"{writer}.xlsx"
    WRITERS[writer](path, sheets)
    assert_read_alike(path)


def _cells(*cells: str, row: str = '<row r="1">') -> bytes:
    return f"{row}{''.join(cells)}</row>".encode()


HAND_WRITTEN = {
    "trimmed and preserved blanks": _cells(
        '<c r="A1" t="inlineStr"><is><t>  a b \n</t></is></c>',
        '<c r="B1" t="inlineStr"><is><t xml:space="preserve">  a </t></is></c>',
    ),
    "escapes": _cells(
        '<c r="A1" t="inlineStr"><is><t>x_x000D_y_x0041_z_xAC00_w_x00+1_|_x0020_</t></is></c>',
        '<c t="str"><v>q_x000D_ </v></c>',
    ),
    "rich text and phonetic runs": _cells(
        '<c r="A1" t="inlineStr"><is><r><t>ab</t></r><r><t xml:space="preserve"> c</t></r>'
        "<rPh><t>X</t></rPh></is></c>",
        '<c r="B1" t="inlineStr"><is><t>a</t><t> b </t></is></c>',
        '<c r="C1" t="inlineStr"><is><t><![CDATA[ x<y ]]></t></is></c>',
    ),
    "errors, empties and a cell without a value": _cells(
        '<c r="B2" t="e"><v>#N/A</v></c>',
        '<c r="D2" t="n"><v></v></c>',
        '<c r="E2"/>',
        '<c r="F2" s="1"></c>',
        row='<row r="2">',
    ),
    "booleans": _cells(*(f'<c t="b"><v>{v}</v></c>' for v in ("0", "1", "true", "FALSE", " 1"))),
    "numbers": _cells(
        *(f"<c><v>{v}</v></c>" for v in ("+5", "1e3", "-0", ".5", "5.", "inf", "1E+5", "00"))
    ),
    "text in an untyped number": _cells('<c r="A1"><v>abc</v></c>', '<c r="B1"><v> 1</v></c>'),
    "a typed number that is not one": _cells('<c r="A1" t="n"><v>1_0</v></c>'),
    "an unknown boolean": _cells('<c r="A1" t="b"><v>yes</v></c>'),
    "an unknown error": _cells('<c r="A1" t="e"><v>#SPILL!</v></c>'),
    "an unknown type": _cells('<c r="A1" t="zz"><v>1</v></c>'),
    "a missing shared string": _cells('<c r="A1" t="s"><v>0</v></c>'),
    "an unknown child": _cells('<c r="A1"><x>1</x></c>'),
    "ISO dates": _cells(
        *(
            f'<c t="d"><v>{v}</v></c>'
            for v in ("2020-01-02T03:04:05.123", "2020-01-02", "10:11:12", "nonsense")
        )
    ),
    "cells and rows without references": (
        b'<row><c t="inlineStr"><is><t>a</t></is></c><c/><c t="inlineStr"><is><t>b</t></is>'
        b'</c></row><row><c><v>2</v></c></row><row r="5"><c r="C5" t="inlineStr"><is><t></t>'
        b"</is></c></row><row><c><v>6</v></c></row>"
    ),
    "a styled empty row last": _cells('<c r="A1"><v>1</v></c>')
    + b'<row r="9"><c r="A9" s="0"/></row>',
    "an empty inline string last": _cells('<c r="A1"><v>1</v></c>')
    + b'<row r="3"><c r="A3" t="inlineStr"><is></is></c></row>',
    "a value after the inline string": _cells(
        '<c r="A1" t="inlineStr"><is><t>a</t></is><v>3</v></c>',
        '<c r="B1" t="n"><is><t>b</t></is></c>',
    ),
    "one cell twice and cells out of order": _cells(
        '<c r="A1"><v>1</v></c><c r="A1"><v>2</v></c><c r="C1"><v>3</v></c><c r="b1"><v>4</v></c>'
    ),
    "one row twice": b'<row r="2"><c><v>1</v></c></row><row r="2"><c><v>5</v></c></row>',
    "a late first column": _cells('<c r="D3"><v>1</v></c>', row='<row r="3">')
    + _cells('<c r="B4"><v>2</v></c><c r="F4"><v>3</v></c>', row='<row r="4">'),
    "a row numbered 0": _cells("<c><v>1</v></c>", row='<row r="0">'),
    "a reference without a column": _cells('<c r="5"><v>1</v></c>'),
    "namespace prefixes": (
        b'<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="1">'
        b'<x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v>'
        b"</x:c></x:row>"
    ),
}


@pytest.mark.parametrize("case", sorted(HAND_WRITTEN))
def test_hand_written_cells_read_as_calamine_reads_them(tmp_path: Path, case: str) -> None:
    body = [b"<sheetData>", HAND_WRITTEN[case], b"</sheetData>"]
    assert_read_alike(corpus.hand_made(tmp_path / "hand.xlsx", body))


GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.xlsx"))


@pytest.mark.parametrize("path", GOLDEN, ids=[path.name for path in GOLDEN])
def test_exchange_files_read_row_by_row_are_the_files_calamine_reads(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows, Meta's checks and the signature alike, with every data sheet streamed."""
    whole = read_exchange(path)
    streamed_limits = dataclasses.replace(workbook.EXCHANGE_LIMITS, stream_from=0)
    monkeypatch.setattr(workbook, "EXCHANGE_LIMITS", streamed_limits)
    streamed = read_exchange(path)
    assert streamed.sheets
    assert streamed.sheets == whole.sheets
    assert (streamed.problems, streamed.signature_holds) == (whole.problems, whole.signature_holds)


def test_dates_of_the_1904_system_read_as_calamine_reads_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.append([datetime(2020, 5, 4, 9, 30), date(1999, 12, 31), time(6, 0), 1.5])
    book.save(tmp_path / "mac.xlsx")
    assert_read_alike(tmp_path / "mac.xlsx")


def test_rows_written_out_of_order_are_refused(tmp_path: Path) -> None:
    body = [b"<sheetData>", _cells("<c><v>3</v></c>", row='<row r="3">')]
    path = corpus.hand_made(
        tmp_path / "o.xlsx", [*body, _cells("<c><v>1</v></c>"), b"</sheetData>"]
    )
    with pytest.raises(reader.DamagedWorkbookError, match="row 1 comes after row 3"):
        list(reader.open_workbook(path, STREAM_ALL).iter_rows("Roster", keep=False))


def _stream(path: Path, part: str = "xl/worksheets/sheet1.xml") -> list[list[Any]]:
    with zipfile.ZipFile(path) as archive:
        context = sheet_xml.book_context(archive, 1 << 30)
        return list(sheet_xml.sheet_rows(archive, part, context, 1 << 30))


def test_the_parser_itself_refuses_an_entity_bomb(tmp_path: Path) -> None:
    """Past the byte scan of ``open_workbook`` (a file changed after it), expat refuses the
    DTD at once, before any entity is declared."""
    with pytest.raises(sheet_xml.DeclarationError):
        _stream(corpus.entity_bomb(tmp_path / "bomb.xlsx"))


def test_a_part_in_utf16_is_refused(tmp_path: Path) -> None:
    """A byte search can't see a declaration in UTF-16: expat reads UTF-8 only."""
    declared = '<?xml version="1.0" encoding="UTF-16"?>'.encode("utf-16")
    path = corpus.hand_made(
        tmp_path / "utf16.xlsx",
        [corpus.row_xml(1, "a").decode().encode("utf-16")],
        prologue=declared,
    )
    with pytest.raises(sheet_xml.SheetXmlError):
        _stream(path)


def test_a_part_past_the_cap_is_refused(tmp_path: Path) -> None:
    path = corpus.lying_dimension(tmp_path / "d.xlsx", rows=2000)
    with zipfile.ZipFile(path) as archive:
        context = sheet_xml.book_context(archive, 1 << 30)
        rows = sheet_xml.sheet_rows(archive, "xl/worksheets/sheet1.xml", context, 20_000)
        with pytest.raises(sheet_xml.PartTooLargeError):
            list(rows)


@pytest.mark.parametrize("case", sorted(corpus.HOSTILE))
def test_hostile_workbooks_are_refused_the_same_way_as_exchange_files(
    tmp_path: Path, case: str
) -> None:
    build, expected = corpus.HOSTILE[case]
    with pytest.raises(reader.WorkbookError) as raised:
        read_exchange(build(tmp_path / f"{case}.xlsx"))
    assert type(raised.value) is expected


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("DD/MM/YY", cell_values.MOMENT),
        ("H:MM:SS;@", cell_values.MOMENT),
        ("#,##0\\ [$\\u20bd-46D]", cell_values.OTHER),
        ('m"M"d"D";@', cell_values.MOMENT),
        ("[h]:mm:ss", cell_values.DURATION),
        ('"Y: "0.00"m";"Y: "-0.00"m";"Y: <num>m";@', cell_values.OTHER),
        ('"$"#,##0_);[Red]("$"#,##0)', cell_values.OTHER),
        ('[$-404]e"\\xfc"m"\\xfc"d"\\xfc"', cell_values.MOMENT),
        ("0_ ;[Red]\\-0\\ ", cell_values.OTHER),
        ("\\Y000000", cell_values.OTHER),
        ('#,##0.0####" YMD"', cell_values.OTHER),
        ("[h]", cell_values.DURATION),
        ("[ss]", cell_values.DURATION),
        ("[s].000", cell_values.DURATION),
        ("[mm]", cell_values.DURATION),
        ("[>=100][Magenta].00", cell_values.OTHER),
        ("[>=100][Magenta]General", cell_values.OTHER),
        ("ha/p\\\\m", cell_values.MOMENT),
        ('#,##0.00\\ _M"H"_);[Red]#,##0.00\\ _M"S"_)', cell_values.OTHER),
        ("#,##0*y", cell_values.OTHER),
        ("*-yyyy-mm-dd", cell_values.MOMENT),
    ],
)
def test_number_formats_are_told_apart_as_calamine_does(code: str, kind: int) -> None:
    """calamine's own cases for ``detect_custom_number_format``."""
    assert cell_values.format_kind(code) == kind
