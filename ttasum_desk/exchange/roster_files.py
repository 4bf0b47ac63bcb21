"""Opening a roster in any of the forms schools send: .xlsx, .xls (Excel 97), .ods and .csv.

Every form comes back as a ``reader.SafeWorkbook``, so the roster import streams rows the same
way whatever the file was.

- .xlsx goes through ``reader.open_workbook`` with all its checks; a formula cell does not
  refuse the file, it is listed so that its row alone is rejected.
- .xls and .ods are parsed by python-calamine, so the XML pre-scan of .xlsx does not apply.
  What protects them: the file is refused above ``max_file_bytes``; an .ods is a zip, so its
  directory gets the .xlsx checks (entries, declared sizes, ratio, encryption), and its
  content.xml is streamed (no DTDs: defusedxml) to measure the grid its repeat counts ask for
  before calamine expands them (a 10 KB file can repeat a cell a billion times); an .xls grid
  is bounded by the format itself (65,536 rows × 256 columns, ``max_cells``); and every sheet's
  dimensions, as calamine reports them, are checked against the rows, columns and cells limits
  before a single row is read out. calamine can't see formulas there: cells give their last
  computed values, which is what Excel shows.
- .csv is decoded as UTF-8 (with or without BOM) and, failing that, CP949 (what Korean Windows
  saves); any other bytes are refused with the reason. The text is checked for the rows,
  columns and cell-length limits in one pass, then parsed again row by row when read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from ttasum_desk.exchange import reader
from ttasum_desk.exchange.reader import Cell, Limits, WorkbookError
from ttasum_desk.exchange.sheet_area import column_letters

ROSTER_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
CSV_ENCODINGS = ("utf-8-sig", "cp949")  # tried in order, strictly


class FileTooLargeError(WorkbookError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(
            "The file {file} is {size} MB, more than the limit of {limit} MB. Split the file "
            "and import the parts.",
            file=path.name,
            size=round(size / (1 << 20)),
            limit=limit >> 20,
        )


class UnknownEncodingError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "The CSV file {file} is neither UTF-8 nor CP949 (Korean Windows) text. Open it in "
            "Excel and save it as an .xlsx workbook or as CSV UTF-8.",
            file=path.name,
        )


class UnsupportedRosterError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "The file {file} is not a roster the app can read. Choose an .xlsx, .xls, .ods "
            "or .csv file.",
            file=path.name,
        )


def open_roster(path: Path | str, limits: Limits = reader.DEFAULT_LIMITS) -> reader.SafeWorkbook:
    """A roster file, checked for its form; raises a WorkbookError subclass."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ROSTER_SUFFIXES:
        raise UnsupportedRosterError(path)
    if suffix == ".xlsx":
        return reader.open_workbook(path, limits, formulas_by_row=True)
    _check_size(path, limits)
    if suffix == ".csv":
        return _open_csv(path, limits)
    return _open_with_calamine(path, limits)


def _check_size(path: Path, limits: Limits) -> None:
    try:
        size = path.stat().st_size
    except (FileNotFoundError, NotADirectoryError) as error:
        raise reader.MissingFileError(path) from error
    if path.is_dir():
        raise reader.MissingFileError(path)
    if size == 0:
        raise reader.EmptyWorkbookError(path)
    if size > limits.max_file_bytes:
        raise FileTooLargeError(path, size, limits.max_file_bytes)


def _open_with_calamine(path: Path, limits: Limits) -> reader.SafeWorkbook:
    if zipfile.is_zipfile(path):  # an .ods (or an .xlsx renamed): its directory first
        try:
            with zipfile.ZipFile(path) as archive:
                reader.check_zip_directory(path, archive, limits)
                if "content.xml" in archive.namelist():
                    _check_ods_grid(path, archive, limits)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
            raise reader.DamagedWorkbookError(path, str(error)) from error
    with reader.calamine_failures(path):
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        sheets = {name: book.get_sheet_by_name(name) for name in names}
    for name, sheet in sheets.items():
        rows, columns = (sheet.end[0] + 1, sheet.end[1] + 1) if sheet.end else (0, 0)  # from A1
        _check_grid(path, name, rows, columns, limits)
    return reader.SafeWorkbook(path, limits, names, book, sheets)


def _check_grid(path: Path, sheet: str, rows: int, columns: int, limits: Limits) -> None:
    if rows > limits.max_rows:
        raise reader.TooManyRowsError(path, sheet, rows, limits.max_rows)
    if columns > limits.max_columns or rows * columns > limits.max_cells:
        far = f"{column_letters(max(columns, 1) - 1)}{max(rows, 1)}"
        raise reader.CellOutOfRangeError(path, sheet, far, limits.max_columns, limits.max_rows)


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def _check_ods_grid(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Each table's grid up to its last cell with a value, repeat counts included: calamine
    lays out exactly that (trailing empty repeats, which LibreOffice writes, cost nothing)."""
    name, rows, width, row_repeat, column, row_end = "", 0, 0, 1, 0, 0
    try:
        with archive.open("content.xml") as stream:
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                tag = element.tag
                if event == "start" and tag == f"{_TABLE}table":
                    name, rows, width = element.get(f"{_TABLE}name", ""), 0, 0
                elif event == "start" and tag == f"{_TABLE}table-row":
                    row_repeat = int(element.get(f"{_TABLE}number-rows-repeated", "1"))
                    column, row_end = 0, 0
                elif event == "end" and tag in _CELLS:
                    column += int(element.get(f"{_TABLE}number-columns-repeated", "1"))
                    if element.get(f"{_OFFICE}value-type") or len(element):
                        row_end = column
                    element.clear()
                elif event == "end" and tag == f"{_TABLE}table-row":
                    rows += row_repeat
                    if row_end:
                        width = max(width, row_end)
                        _check_grid(path, name, rows, width, limits)
                    element.clear()
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise reader.DamagedWorkbookError(path, str(error)) from error


@dataclass
class _CsvSheet:
    """The one sheet of a CSV file, with the two calls ``SafeWorkbook`` makes of a sheet."""

    text: str
    start: tuple[int, int] = (0, 0)

    def iter_rows(self) -> Iterator[list[Cell]]:
        return iter(csv.reader(io.StringIO(self.text, newline="")))

    def to_python(self, skip_empty_area: bool = False) -> list[list[Cell]]:
        return list(self.iter_rows())


def _open_csv(path: Path, limits: Limits) -> reader.SafeWorkbook:
    text = _decode(path, path.read_bytes())
    sheet = _CsvSheet(text)
    name = path.stem
    try:
        for number, row in enumerate(sheet.iter_rows(), 1):
            if number > limits.max_rows:
                raise reader.TooManyRowsError(path, name, number, limits.max_rows)
            if len(row) > limits.max_columns:
                far = f"{column_letters(len(row) - 1)}{number}"
                raise reader.CellOutOfRangeError(
                    path, name, far, limits.max_columns, limits.max_rows
                )
            for column, cell in enumerate(row):
                if len(cell) > limits.max_cell_chars:
                    address = f"{column_letters(column)}{number}"
                    raise reader.CellTooLongError(path, name, address, limits.max_cell_chars)
    except csv.Error as error:
        raise reader.DamagedWorkbookError(path, str(error)) from error
    book: Any = None  # a CSV has no calamine workbook: its one sheet is ready
    return reader.SafeWorkbook(path, limits, [name], book, {name: sheet})


def _decode(path: Path, data: bytes) -> str:
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnknownEncodingError(path)
