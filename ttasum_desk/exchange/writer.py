"""Styled, safe, atomic workbook writing: openpyxl in write-only mode for reports (charts,
totals), xlsxwriter in constant-memory mode for the exchange's plain sheets (``write_streamed``:
half the time of openpyxl for a city's snapshot, rows streamed to disk as they come).

Every workbook the app writes has a bold, frozen header row and column widths that fit the
text; dates are Excel dates. Text is stored as literal text, never as a formula: a string that
starts with = + - @, a tab or CR is a text cell with Excel's quote prefix, and characters XML
can't carry are escaped the OOXML way (``_x000D_``), so that reading the file back gives the
very same string. Every row goes through that guard, the header row and the rows an ``after``
hook appends too (headers may come from a file being imported), and a styled cell that openpyxl
took for a formula is turned back into text. The file is written next to its destination and
renamed into place (``atomic_files``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from xlsxwriter.worksheet import Worksheet as StreamedSheet

from ttasum_desk.atomic_files import replace_when_written
from ttasum_desk.errors import UserError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_WIDTH_SAMPLE = 200
_BOLD = Font(bold=True)
_RIGHT = Alignment(horizontal="right")


class WorkbookWriteError(UserError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "The workbook {file} could not be written ({detail}). Choose another folder or "
            "close the file in Excel, then try again.",
            file=str(path),
            detail=detail,
        )


@dataclass
class SheetSpec:
    """One sheet: a header row, then rows of plain values (str, int, float, date, None)."""

    name: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[float] | None = None
    bar_chart: str = ""  # a title: a bar chart of the 2nd column over the 1st, beside the table
    after: Callable[[Any], None] | None = None  # given the sheet after the rows: totals, charts


class _GuardedSheet:
    """A write-only sheet whose ``append`` puts every value through the text guard."""

    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet

    def append(self, row: Iterable[Any]) -> None:
        self._sheet.append([_cell(self._sheet, value) for value in row])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sheet, name)


def escape_text(text: str) -> str:
    """OOXML escaping of what XML can't hold (control characters, a literal ``_xHHHH_``, and
    text that is only blanks, which readers would drop)."""
    if text and text.isspace():  # readers decode _xHHHH_ up to U+00FF only
        return "".join(f"_x{ord(char):04X}_" if ord(char) < 0x100 else char for char in text)
    return _UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def display_width(value: Any) -> int:
    """Columns a value takes on screen: wide (Hangul, CJK) characters count two."""
    if value is None:
        return 0
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    first_line = text.split("\n", 1)[0]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in first_line)


def write_workbook(path: Path | str, sheets: Sequence[SheetSpec]) -> Path:
    """Write the sheets to ``path`` atomically; returns the path. A sheet's rows may raise (a
    cancel): nothing is written then."""
    book = Workbook(write_only=True)
    try:
        for spec in sheets:
            _write_sheet(book, spec)
    except BaseException:
        for sheet in book.worksheets:  # end each sheet's stream now, not when collected
            if not sheet.closed:
                sheet.close()
        raise
    return _save_atomically(Path(path), book.save)


def _save_atomically(path: Path, save: Callable[[Path], None]) -> Path:
    """``save`` the workbook to a temporary file beside ``path``, then rename it into place."""
    try:
        return replace_when_written(path, save)
    except OSError as error:
        raise WorkbookWriteError(path, error.strerror or str(error)) from error


def write_streamed(path: Path | str, head: SheetSpec, sheets: Sequence[SheetSpec]) -> Path:
    """Write plain sheets atomically, each row on its way to disk as it comes (no chart, no
    ``after``). ``head`` is the first sheet, but its rows are read last, once the others are
    written, so that they can describe them (the exchange's Meta: their counts and hashes)."""

    def save(temp: Path) -> None:
        options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        book = xlsxwriter.Workbook(str(temp), options)
        styles = _StreamStyles(book)
        try:
            first = book.add_worksheet(head.name, _GuardedStreamedSheet)
            for spec in sheets:
                _stream_sheet(book.add_worksheet(spec.name, _GuardedStreamedSheet), spec, styles)
            _stream_sheet(first, head, styles)
        finally:
            book.close()

    return _save_atomically(Path(path), save)


class _GuardedStreamedSheet(StreamedSheet):
    """An xlsxwriter sheet whose text goes through the same guard as openpyxl's: escaped by
    ``escape_text`` (xlsxwriter leaves U+FFFE and blank-only text as they are), and never
    written as raw XML (xlsxwriter takes text between <r> and </r> for rich text)."""

    @staticmethod
    def _escape_control_characters(data: Any) -> Any:
        return escape_text(data) if isinstance(data, str) else data

    def _xml_rich_inline_string(self, string: str, attributes: Any = ()) -> None:
        self._xml_inline_string(string, False, list(attributes))


class _StreamStyles:
    """The few formats a streamed sheet uses, made once per workbook."""

    def __init__(self, book: Any) -> None:
        self.bold = book.add_format({"bold": True})
        self.bold_right = book.add_format({"bold": True, "align": "right"})
        self.quoted = book.add_format({"quote_prefix": True})
        self.day = book.add_format({"num_format": "yyyy-mm-dd"})
        self.moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})


def _stream_sheet(sheet: Any, spec: SheetSpec, styles: _StreamStyles) -> None:
    rows = iter(spec.rows)
    sample = list(islice(rows, _WIDTH_SAMPLE))
    for index, width in enumerate(spec.widths or _fit_widths(spec.headers, sample)):
        sheet.set_column(index, index, width)
    sheet.freeze_panes(1, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    for index, title in enumerate(spec.headers):
        style = styles.bold_right if _numeric(sample, index) else styles.bold
        sheet.write_string(0, index, title, style)
    put_text, put_number = sheet.write_string, sheet.write_number
    for number, row in enumerate(chain(sample, rows), 1):
        for index, value in enumerate(row):
            kind = value.__class__
            if kind is str:
                if value.startswith(FORMULA_STARTS):
                    put_text(number, index, value, styles.quoted)
                else:
                    put_text(number, index, value)
            elif kind is int or kind is float:
                put_number(number, index, value)
            elif value is not None:
                _put_other(sheet, number, index, value, styles)


def _put_other(sheet: Any, row: int, column: int, value: Any, styles: _StreamStyles) -> None:
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, column, value, styles.moment)
    elif isinstance(value, date):
        sheet.write_datetime(row, column, value, styles.day)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value)
    else:
        sheet.write_string(row, column, str(value))


def _write_sheet(book: Workbook, spec: SheetSpec) -> None:
    sheet = book.create_sheet(spec.name)
    rows = iter(spec.rows)
    sample = list(islice(rows, _WIDTH_SAMPLE))
    widths = spec.widths or _fit_widths(spec.headers, sample)
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    # printed (or turned into PDF): landscape, as wide as the page, the header on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    guarded = _GuardedSheet(sheet)
    header = []
    for index, title in enumerate(spec.headers):
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = _BOLD
        if _numeric(sample, index):  # over its numbers, which Excel aligns right
            cell.alignment = _RIGHT
        header.append(cell)
    guarded.append(header)
    written = 0
    for row in chain(sample, rows):
        guarded.append(row)
        written += 1
    if spec.bar_chart and written:
        sheet.add_chart(_bar_chart(sheet, spec.bar_chart, written), "D2")
    if spec.after is not None:
        spec.after(guarded)


def _cell(sheet: Any, value: Any) -> Any:
    """What the sheet stores for a plain value or a styled cell: text stays text."""
    kind = value.__class__
    if kind is Cell:
        if isinstance(value.value, str):
            _as_text(value, value.value)
        return value
    if kind is not str:
        return value
    text = escape_text(value) if _UNSAFE.search(value) or value.isspace() else value
    if not value.startswith(FORMULA_STARTS):
        return text
    cell = WriteOnlyCell(sheet)
    _as_text(cell, value)
    return cell


def _as_text(cell: Cell, text: str) -> None:
    """Store ``text`` in ``cell`` as literal text (openpyxl would take a leading '=' for a
    formula), with the quote prefix Excel shows for text that looks like one."""
    cell.value = escape_text(text)
    cell.data_type = "s"
    cell.quotePrefix = text.startswith(FORMULA_STARTS)


def _bar_chart(sheet: Any, title: str, rows: int) -> BarChart:
    chart = BarChart()
    chart.title = title
    chart.legend = None
    chart.width, chart.height = 24, 10
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    return chart


def _numeric(sample: list[Sequence[Any]], index: int) -> bool:
    values = [row[index] for row in sample if row[index:] and row[index] not in (None, "")]
    return bool(values) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values
    )


def _fit_widths(headers: Sequence[str], sample: list[Sequence[Any]]) -> list[float]:
    widths = []
    for index, title in enumerate(headers):
        longest = max(
            [display_width(title), *(display_width(row[index]) for row in sample if row[index:])]
        )
        widths.append(float(min(max(longest + 2, 8), 60)))
    return widths
