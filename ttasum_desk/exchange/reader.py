"""Safe reading of every workbook the app opens, trusted or not.

Before any parser sees a file we look at its bytes: an empty file, an encrypted (OLE) file or
something that is not a zip is refused at once. Then the zip directory: the number of entries,
the declared sizes and the compression ratio. Then every XML part is streamed through
``zipfile`` with a byte cap (a lying size in the zip header fails the CRC check or the cap),
looking for DTDs and entities (workbooks never need them), counting rows, spotting formula
cells and bounding the area the cells span. Only then are the cells parsed: by
python-calamine, or row by row from the sheet's XML (``sheet_xml``, the same values) for the
data sheets of an exchange file, which a city's snapshot makes too big to hold whole. Their
text comes out composed (NFC, ``domain.text``), whichever system saved the file. Nothing here
touches the database.

calamine lays a sheet out as one dense grid from A1 to its farthest cell, 32 bytes a cell: one
stray cell at XFD1048576 in a 2 KB file asks for 512 GiB and aborts the process. ``sheet_area``
bounds that grid from the cells' own references as the XML streams: at most ``max_cells`` cells
(512 MiB, and 8 bytes a cell more for ``rows()``), and no cell more than ``max_empty_rows``
rows below the rows the sheet holds up to it, so a small file gets a small grid. A
sheet's ``<dimension>`` is neither trusted nor refused: A1:XFD1048576 over two cells costs
calamine nothing (measured).

calamine can't see formulas, so they are found in the XML (an exchange file with one is
refused; a roster, opened with ``formulas_by_row``, keeps them as rows to reject): for a
250,000-row roster the whole scan takes about 0.7 s, as long as calamine's own read, where
walking the cells with openpyxl in read-only mode to look for formulas took 26 s.
"""

from __future__ import annotations

import contextlib
import functools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine
from defusedxml import ElementTree

from ttasum_desk.domain.text import nfc_cells
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import sheet_xml
from ttasum_desk.exchange.cell_addresses import (
    PREFIX,
    cell_before,
    formula_cells,
    formula_rows,
    shared_cell,
)
from ttasum_desk.exchange.sheet_area import Area, ladder

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"
EXCEL_MAX_CHARS = 32_767
EXCEL_MAX_ROWS = 1_048_576
_ROW = re.compile(rb"<" + PREFIX + rb"row[\s>/]")
_FORMULA = re.compile(rb"<" + PREFIX + rb"f[\s>/]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_TEXT_TAG = re.compile(rb"(?:[A-Za-z_][\w.-]*:)?[tv][\s>]")
_SHARED_ITEM = re.compile(rb"<" + PREFIX + rb"si[\s>]")
_ENTITY_OR_ESCAPE = re.compile(rb"&#?\w{1,8};|_x[0-9A-Fa-f]{4}_")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# calamine reads a sheet only from these folders (whatever the relationships say), by exact name
SHEET_FOLDERS = ("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/")

Cell = Any  # str | int | float | bool | date | datetime | time | timedelta | None


class WorkbookError(UserError):
    """A workbook that can't be read safely; nothing was written."""


class MissingFileError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "There is no file {file}. Check the folder and the file name.", file=str(path)
        )


class EmptyWorkbookError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__("The file {file} is empty. Choose the saved workbook.", file=path.name)


class EncryptedWorkbookError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "The file {file} is password-protected or an old .xls file. Open it in Excel, "
            "remove the password and save it as an .xlsx workbook, then try again.",
            file=path.name,
        )


class NotAWorkbookError(WorkbookError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "The file {file} is not an Excel workbook (it may be a CSV or text file renamed "
            ".xlsx). Open it in Excel and save it as an .xlsx workbook.",
            file=path.name,
        )


class DamagedWorkbookError(WorkbookError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "The workbook {file} is damaged ({detail}). Ask for a new copy of the file.",
            file=path.name,
            detail=detail,
        )


class ZipBombError(WorkbookError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "The workbook {file} unpacks to far more data than a workbook holds ({detail}); "
            "it was not opened. Ask for a new copy of the file.",
            file=path.name,
            detail=detail,
        )


class EntityBombError(WorkbookError):
    def __init__(self, path: Path, part: str) -> None:
        super().__init__(
            "The workbook {file} contains XML declarations (DTD or entities, in {part}) that "
            "Excel never writes; it was not opened. Save it again from Excel.",
            file=path.name,
            part=part,
        )


class FormulaCellsError(WorkbookError):
    def __init__(self, path: Path, sheet: str, cells: list[str]) -> None:
        super().__init__(
            "The workbook {file} has formulas in sheet {sheet} (cells {cells}). Imported data "
            "must be plain values: copy the cells and paste them as values, then save.",
            file=path.name,
            sheet=sheet,
            cells=", ".join(cells),
        )
        self.cells = cells


class MissingSheetError(WorkbookError):
    def __init__(self, path: Path, sheet: str, found: list[str]) -> None:
        super().__init__(
            "The workbook {file} has no sheet named {sheet} (it has: {found}). "
            "Choose a file exported by TTASUM Desk.",
            file=path.name,
            sheet=sheet,
            found=", ".join(found),
        )


class TooManyRowsError(WorkbookError):
    def __init__(self, path: Path, sheet: str, rows: int, limit: int) -> None:
        super().__init__(
            "The sheet {sheet} of {file} has {rows} rows, more than the limit of {limit}. "
            "Split the file and import the parts.",
            file=path.name,
            sheet=sheet,
            rows=rows,
            limit=limit,
        )


class CellOutOfRangeError(WorkbookError):
    def __init__(self, path: Path, sheet: str, cell: str, columns: int, rows: int) -> None:
        super().__init__(
            "The sheet {sheet} of {file} has a cell at {cell}, far below or to the right of the "
            "rest of its data (a sheet of {columns} columns is read up to row {rows}, without "
            "long runs of empty rows). It is often a stray cell: delete it, or the empty rows "
            "and columns up to it, in Excel, save, and import again.",
            file=path.name,
            sheet=sheet,
            cell=cell,
            columns=columns,
            rows=rows,
        )


class CellTooLongError(WorkbookError):
    def __init__(self, path: Path, sheet: str, cell: str, limit: int) -> None:
        super().__init__(
            "The cell {cell} of sheet {sheet} in {file} holds more than {limit} characters, "
            "more than Excel allows. Correct the cell and save again.",
            file=path.name,
            sheet=sheet,
            cell=cell,
            limit=limit,
        )


@dataclass(frozen=True)
class Limits:
    max_rows: int = EXCEL_MAX_ROWS
    max_columns: int = 256  # the widest exchange sheet has 16, a roster a few dozen
    max_cells: int = 1 << 24  # of calamine's grid, 32 bytes each: 512 MiB at most
    max_empty_rows: int = 10_000  # between the rows a sheet holds and its last cell
    max_cell_chars: int = EXCEL_MAX_CHARS
    max_file_bytes: int = 128 << 20  # a roster read without the zip's checks (.xls .ods .csv)
    max_entries: int = 1_000
    max_unpacked_bytes: int = 512 << 20
    max_ratio: int = 200
    ratio_floor: int = 1 << 20  # entries smaller than this may compress as well as they like
    stream_from: int = 16 << 20  # bytes of sheet XML read row by row unless kept (calamine's
    # grid takes about as much; it reads a day-file's sheets in half the CPU time)


DEFAULT_LIMITS = Limits()


@dataclass
class _PartScan:
    rows: int = 0
    has_formulas: bool = False
    long_cell: str = ""  # address of an inline text over the limit
    long_shared: set[int] = field(default_factory=set)  # shared-string indexes over it
    area: Area | None = None  # how far a sheet's cells reach


@dataclass
class SafeWorkbook:
    """A workbook that passed every check; ``rows(sheet)`` gives its cell values."""

    path: Path
    limits: Limits
    sheet_names: list[str]
    _book: Any = field(repr=False)
    _sheets: dict[str, Any] = field(default_factory=dict, repr=False)  # parsed once each
    # sheet → row number (as Excel shows it) → its first formula cell, with formulas_by_row
    formula_cells: dict[str, dict[int, str]] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)  # sheet → its part in the zip
    _context: sheet_xml.BookContext | None = field(default=None, repr=False)

    def has_sheet(self, name: str) -> bool:
        return name in self.sheet_names

    def rows(self, name: str | None = None, *, composed: bool = True) -> list[list[Cell]]:
        """All rows of a sheet (the first one without a name); an empty cell is ''. Text is
        composed (NFC) unless ``composed`` is False: a hash over the cells as written."""
        name = name if name is not None else self.sheet_names[0]
        if name not in self.sheet_names:
            raise MissingSheetError(self.path, name, self.sheet_names)
        with calamine_failures(self.path):
            data: list[list[Cell]] = self._sheet(name).to_python(skip_empty_area=False)
        return [nfc_cells(row) for row in data] if composed else data

    def _sheet(self, name: str) -> Any:
        if name not in self._sheets:
            with calamine_failures(self.path):
                self._sheets[name] = self._book.get_sheet_by_name(name)
        return self._sheets[name]

    def iter_rows(
        self, name: str, *, composed: bool = True, keep: bool = True
    ) -> Iterator[list[Cell]]:
        """The rows of a sheet one by one (from A1, like ``rows``). calamine parses the whole
        sheet first and keeps it (a roster's is read again); unless ``keep``, a large sheet's
        XML is read row by row instead (``sheet_xml``, the same values), never held whole."""
        if name not in self.sheet_names:
            raise MissingSheetError(self.path, name, self.sheet_names)
        streamed = not keep and self._part_size(name) >= self.limits.stream_from
        rows = self._streamed(self.parts[name]) if streamed else self._calamine_rows(name)
        for row in rows:
            yield nfc_cells(row) if composed else row

    def _part_size(self, name: str) -> int:
        """Bytes of the sheet's XML (as checked by ``_inspect``); -1 without a known part."""
        if name not in self.parts:
            return -1
        with zipfile.ZipFile(self.path) as archive:
            return archive.getinfo(self.parts[name]).file_size

    def _calamine_rows(self, name: str) -> Iterator[list[Cell]]:
        sheet = self._sheet(name)
        pad = [""] * (sheet.start[1] if sheet.start else 0)  # rows start at the first column used
        with calamine_failures(self.path):
            for row in sheet.iter_rows():
                yield pad + row if pad else row

    def _streamed(self, part: str) -> Iterator[list[Cell]]:
        cap = self.limits.max_unpacked_bytes
        try:
            with zipfile.ZipFile(self.path) as archive:
                if self._context is None:
                    self._context = sheet_xml.book_context(archive, cap)
                yield from sheet_xml.sheet_rows(archive, part, self._context, cap)
        except sheet_xml.DeclarationError as error:
            raise EntityBombError(self.path, str(error)) from error
        except sheet_xml.PartTooLargeError as error:
            raise ZipBombError(self.path, str(error)) from error
        except (sheet_xml.SheetXmlError, zipfile.BadZipFile, EOFError, OSError) as error:
            raise DamagedWorkbookError(self.path, str(error)) from error


@contextlib.contextmanager
def calamine_failures(path: Path) -> Iterator[None]:
    """Whatever calamine raises for a file it can't read, as a DamagedWorkbookError: its own
    error, Python's OverflowError for a duration past ``timedelta``'s range, and a Rust panic
    for a date far outside chrono's (pyo3's PanicException is a BaseException, which no
    ``except Exception`` catches, so it would end the program)."""
    try:
        yield
    except (python_calamine.CalamineError, OverflowError) as error:
        raise DamagedWorkbookError(path, str(error)) from error
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        raise DamagedWorkbookError(path, str(error)) from error


def open_workbook(
    path: Path | str, limits: Limits = DEFAULT_LIMITS, *, formulas_by_row: bool = False
) -> SafeWorkbook:
    """Check a workbook file from its bytes up; raises a WorkbookError subclass. Formula cells
    refuse the file, unless ``formulas_by_row``: then they are listed in ``formula_cells``."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as error:
        raise MissingFileError(path) from error
    if not head:
        raise EmptyWorkbookError(path)
    if head.startswith(OLE_SIGNATURE):
        raise EncryptedWorkbookError(path)
    if not head.startswith(ZIP_SIGNATURE):
        raise NotAWorkbookError(path)
    try:
        with zipfile.ZipFile(path) as archive:
            sheets, formulas = _inspect(path, archive, limits, formulas_by_row)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
        raise DamagedWorkbookError(path, str(error)) from error
    with calamine_failures(path):
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    names = [name for name in book.sheet_names if name in sheets] or list(book.sheet_names)
    return SafeWorkbook(path, limits, names, book, formula_cells=formulas, parts=sheets)


def _inspect(
    path: Path, archive: zipfile.ZipFile, limits: Limits, formulas_by_row: bool
) -> tuple[dict[str, str], dict[str, dict[int, str]]]:
    """Every check on the zip and its XML; returns sheet name → part name, and the formula
    cells by sheet and row when they are not refused."""
    check_zip_directory(path, archive, limits)
    names = {entry.filename for entry in archive.infolist()}
    if "xl/workbook.xml" not in names:
        raise NotAWorkbookError(path)
    budget = [limits.max_unpacked_bytes]
    scans: dict[str, _PartScan] = {}
    for entry in archive.infolist():
        if entry.filename.endswith((".xml", ".rels", ".vml")) or _is_sheet(entry.filename):
            scans[entry.filename] = _scan_part(path, archive, entry, budget, limits)
    sheets = _sheet_parts(path, archive)
    named = {part: sheet for sheet, part in sheets.items()}
    long_shared = scans.get("xl/sharedStrings.xml", _PartScan()).long_shared
    formulas: dict[str, dict[int, str]] = {}
    for part, scan in scans.items():
        area = scan.area
        if area is None:
            continue
        sheet = named.get(part, part)  # every part calamine could read as a sheet is checked
        if scan.rows > limits.max_rows:
            raise TooManyRowsError(path, sheet, scan.rows, limits.max_rows)
        if area.finish(functools.partial(sheet_xml.chunks, archive, archive.getinfo(part))):
            raise CellOutOfRangeError(path, sheet, area.far, area.step.columns, area.step.rows)
        if scan.has_formulas and not formulas_by_row:
            raise FormulaCellsError(path, sheet, formula_cells(archive, part))
        if scan.has_formulas:
            cells = formula_cells(archive, part, most=None)
            if "?" in cells:  # a cell without its address: no row to reject, so the file
                raise FormulaCellsError(path, sheet, cells[:20])
            formulas[sheet] = formula_rows(cells)
        cell = scan.long_cell or (shared_cell(archive, part, long_shared) if long_shared else "")
        if cell:
            raise CellTooLongError(path, sheet, cell, limits.max_cell_chars)
    return sheets, formulas


def check_zip_directory(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    """The zip's own directory: entry count, declared sizes, ratios and encryption."""
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise ZipBombError(path, f"{len(entries)} entries")
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_unpacked_bytes:
        raise ZipBombError(path, f"{declared:,} bytes unpacked")
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise EncryptedWorkbookError(path)
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise ZipBombError(path, f"{entry.filename} packed {ratio:,.0f} to 1")


def _is_sheet(name: str) -> bool:
    return name.startswith(SHEET_FOLDERS) and not name.endswith((".rels", "/"))


def _scan_part(
    path: Path, archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: list[int], limits: Limits
) -> _PartScan:
    scan = _PartScan()
    area = scan.area = (
        Area(ladder(limits.max_rows, limits.max_columns, limits.max_cells), limits.max_empty_rows)
        if _is_sheet(entry.filename)
        else None
    )
    is_shared = entry.filename == "xl/sharedStrings.xml"
    shared_seen = 0
    for piece in sheet_xml.chunks(archive, entry):
        budget[0] -= len(piece)
        if budget[0] < 0:
            raise ZipBombError(path, f"{entry.filename} unpacks past the limit")
        if _DTD.search(piece):
            raise EntityBombError(path, entry.filename)
        if area is not None:
            scan.rows += _count_rows(piece)
            area.scan(piece, scan.rows)
            maybe_formula = b"<f" in piece or b":f" in piece  # memchr-fast before the pattern
            if maybe_formula and _FORMULA.search(piece) is not None:
                scan.has_formulas = True
        # a text node can only be over the limit if some run after a tag is longer in bytes
        if (area or is_shared) and _long_run(limits.max_cell_chars).search(piece):
            for at in _long_texts(piece, limits.max_cell_chars):
                if is_shared:
                    scan.long_shared.add(shared_seen + len(_SHARED_ITEM.findall(piece, 0, at)) - 1)
                elif not scan.long_cell:
                    scan.long_cell = cell_before(piece, at)
        if is_shared:
            shared_seen += len(_SHARED_ITEM.findall(piece))
    return scan


def _count_rows(piece: bytes) -> int:
    if b":row" in piece:  # a namespace prefix (<x:row>): the general pattern
        return len(_ROW.findall(piece))
    return piece.count(b"<row ") + piece.count(b"<row>")


@functools.cache
def _long_run(limit: int) -> re.Pattern[bytes]:
    """Text right after a tag, longer than ``limit`` bytes (anchored on '>': fast to search)."""
    return re.compile(b">[^<]{%d}" % (limit + 1))


def _long_texts(piece: bytes, limit: int) -> Iterator[int]:
    """Offsets of text elements (<t>, <v>) in ``piece`` holding more than ``limit`` characters."""
    at = 0
    for run in piece.split(b"<"):
        if len(run) > limit and _TEXT_TAG.match(run):
            text = run.split(b">", 1)[1] if b">" in run else b""
            chars = len(_ENTITY_OR_ESCAPE.sub(b"_", text).decode("utf-8", "replace"))
            if chars > limit:
                yield at
        at += len(run) + 1


def _sheet_parts(path: Path, archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet part, from workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels_xml = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError as error:
        raise NotAWorkbookError(path) from error
    except ElementTree.ParseError as error:
        raise DamagedWorkbookError(path, str(error)) from error
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels_xml}
    parts: dict[str, str] = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet"):
            target = targets.get(sheet.get(_REL_NS), "")  # resolved the way calamine does
            absolute = target.startswith("/xl/")
            part = (
                target[1:] if absolute else target if target.startswith("xl/") else f"xl/{target}"
            )
            parts[sheet.get("name", "")] = part
    return parts
