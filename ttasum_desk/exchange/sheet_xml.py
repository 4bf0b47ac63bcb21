"""A worksheet read row by row from its XML part, with the very values python-calamine gives.

calamine parses a whole sheet into its grid before the first row comes out: a city's snapshot
(500,000 handouts of 16 columns) took about 500 MB that way. Here the part streams out of the
zip into expat, a megabyte at a time, and each row is handed on as soon as a cell of a later
row comes, so memory holds a piece of XML, a few rows, and the workbook's shared strings and
styles. expat's own callbacks, not ElementTree: building and dropping an element per cell
took three times as long (half of it in the garbage collector), for a tree that is never used.

Cells are placed where calamine places them: by their reference (``B7``), or after the cell
before (in a row, after its ``r`` or the row before); cells without a value are left out, and
rows come from row 1, each as wide as the widest row so far (calamine pads to the widest of
the whole sheet: the same for a sheet whose header is widest). A row written above one
already read, which no spreadsheet program writes, is refused. Values: ``cell_values``.

The part was checked before (``reader._inspect``), and the parser still refuses a DTD or an
entity declaration itself, at expat's first sight of one, before any is declared; expat reads
UTF-8 only, whatever the part declares.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from typing import Any
from xml.parsers import expat

from ttasum_desk.exchange import cell_values
from ttasum_desk.exchange.cell_values import EMPTY, BookContext

CHUNK = 1 << 20
_Attributes = dict[str, str]


class SheetXmlError(ValueError):
    """A part that can't be read the way calamine reads it; the message says why."""


class DeclarationError(SheetXmlError):
    """A DTD or entity declaration in a part (its name is the message)."""


class PartTooLargeError(SheetXmlError):
    """A part that unpacks past the byte cap."""


def chunks(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's bytes in pieces cut just before a '<', so that no tag spans two pieces."""
    carry = b""
    with archive.open(entry) as stream:
        while block := stream.read(CHUNK):
            data = carry + block
            cut = data.rfind(b"<")
            if cut <= 0 and len(data) < CHUNK:
                carry = data
                continue
            if cut <= 0:  # a run with no tag at all: pass it on, never hoard it
                carry = b""
                yield data
                continue
            carry = data[cut:]
            yield data[:cut]
    if carry:
        yield carry


class _Handler:
    """expat's callbacks for one part; ``finished`` once the part has nothing more to give."""

    finished = False

    def start(self, name: str, attributes: _Attributes) -> None:
        raise NotImplementedError

    def end(self, name: str) -> None:
        """The end of an element (some parts need only the starts)."""

    def text(self, data: str) -> None:
        """Character data (most parts need none)."""


def _parse(archive: zipfile.ZipFile, part: str, cap: int, handler: _Handler) -> Iterator[None]:
    """Feed the part to expat piece by piece; a pause after each piece."""
    parser = expat.ParserCreate("utf-8")
    parser.buffer_text = True
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    parser.StartDoctypeDeclHandler = _refuse(part)
    parser.EntityDeclHandler = _refuse(part)
    try:
        entry = archive.getinfo(part)
    except KeyError as error:
        raise SheetXmlError(f"there is no part {part}") from error
    read = 0
    try:
        for piece in chunks(archive, entry):
            read += len(piece)
            if read > cap:
                raise PartTooLargeError(f"{part} unpacks past the limit")
            parser.Parse(piece, False)
            yield
            if handler.finished:
                return
        parser.Parse(b"", True)
        yield
    except expat.ExpatError as error:
        raise SheetXmlError(f"{part}: {error}") from error
    except cell_values.UnreadableCellError as error:
        raise SheetXmlError(str(error)) from error


def _refuse(part: str) -> Callable[..., None]:
    def refuse(*_: Any) -> None:
        raise DeclarationError(part)

    return refuse


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """A name without its prefix (``x:row`` → ``row``), as calamine matches names."""
    local = _LOCAL.get(name)
    if local is None:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 4096:  # the names a workbook uses; a hostile part's stay uncached
            _LOCAL[name] = local
    return local


class _Text:
    """A shared or inline string as it streams: its <t> texts joined, phonetic runs (<rPh>)
    left out."""

    parts: list[str]
    run: list[str] | None  # the <t> being read

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.parts, self.run = [], None
        self.preserve = self.phonetic = False

    def start(self, local: str, attributes: _Attributes) -> None:
        if local == "rPh":
            self.phonetic = True
        elif local == "t" and not self.phonetic and self.run is None:
            self.run, self.preserve = [], attributes.get("xml:space") == "preserve"

    def end(self, local: str) -> None:
        if local == "rPh":
            self.phonetic = False
        elif local == "t" and self.run is not None:
            text = "".join(self.run)
            text = text if self.preserve else text.strip(" \t\r\n")  # ASCII blanks only
            self.parts.append(cell_values.unescape(text) if "_x00" in text else text)
            self.run = None

    def text(self, data: str) -> None:
        if self.run is not None:
            self.run.append(data)

    def value(self) -> str:
        return "".join(self.parts)


def book_context(archive: zipfile.ZipFile, cap: int) -> BookContext:
    """The shared strings, the cell styles' kinds of number and the date system."""
    names = set(archive.namelist())
    strings, styles, book = _SharedStrings(), _Styles(), _DateSystem()
    for part, handler in (
        ("xl/sharedStrings.xml", strings),
        ("xl/styles.xml", styles),
        ("xl/workbook.xml", book),
    ):
        if part in names:
            for _ in _parse(archive, part, cap, handler):
                pass
    return BookContext(strings.strings, styles.formats, book.is_1904)


class _SharedStrings(_Handler):
    def __init__(self) -> None:
        self.strings: list[str] = []
        self.depth = 0  # inside an <si>
        self.item = _Text()

    def start(self, name: str, attributes: _Attributes) -> None:
        local = _local(name)
        if self.depth:
            self.depth += 1
            self.item.start(local, attributes)
        elif local == "si":
            self.depth = 1
            self.item.reset()

    def end(self, name: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if self.depth:
            self.item.end(_local(name))
        else:
            self.strings.append(self.item.value())

    def text(self, data: str) -> None:
        if self.depth:
            self.item.text(data)


class _Styles(_Handler):
    """Each cell style's kind of number, from its number format (custom ones first)."""

    def __init__(self) -> None:
        self.custom: dict[str, str] = {}
        self.formats: list[int] = []
        self.within: list[str] = []

    def start(self, name: str, attributes: _Attributes) -> None:
        local = _local(name)
        if local == "numFmt" and "numFmts" in self.within:
            number, code = attributes.get("numFmtId"), attributes.get("formatCode")
            if number is not None and code is not None:
                self.custom[number] = code
        elif local == "xf" and "cellXfs" in self.within:
            number = attributes.get("numFmtId")
            if number is None:
                self.formats.append(cell_values.OTHER)
            elif number in self.custom:
                self.formats.append(cell_values.format_kind(self.custom[number]))
            else:
                self.formats.append(cell_values.BUILTIN_FORMATS.get(number, cell_values.OTHER))
        self.within.append(local)

    def end(self, name: str) -> None:
        self.within.pop()


class _DateSystem(_Handler):
    is_1904 = False

    def start(self, name: str, attributes: _Attributes) -> None:
        if _local(name) == "workbookPr":
            self.is_1904 = attributes.get("date1904") in ("1", "true")


def sheet_rows(
    archive: zipfile.ZipFile, part: str, context: BookContext, cap: int
) -> Iterator[list[Any]]:
    """The sheet's rows from A1, one list of values at a time; an empty cell is ''."""
    sheet = _Sheet(context)
    for _ in _parse(archive, part, cap, sheet):
        yield from sheet.done
        sheet.done = []
    if sheet.cells:
        sheet.finish_row()
        yield from sheet.done


class _Sheet(_Handler):
    """The cells of <sheetData> as they stream, gathered into rows."""

    def __init__(self, context: BookContext) -> None:
        self.context = context
        self.reading = False  # inside <sheetData>
        self.depth = 0  # inside a <c>: 1, in its <v>, <is> or <f>: 2, deeper: more
        self.attributes: _Attributes = {}  # of the <c>
        self.child = ""  # the <c>'s child being read
        self.chars: list[str] = []  # of its <v>
        self.rich = _Text()  # of its <is>
        self.value: Any = EMPTY
        self.row_index = self.column_index = 0  # for a cell written without a reference
        self.at = 0  # the row being gathered (0-based): rows above it are done
        self.cells: list[Any] = []
        self.width = 0  # of the widest row so far
        self.done: list[list[Any]] = []

    def start(self, name: str, attributes: _Attributes) -> None:
        local = _LOCAL.get(name) or _local(name)
        if self.depth:
            self.depth += 1
            if self.depth > 2:
                if self.child == "is":
                    self.rich.start(local, attributes)
            elif local == "v":
                self.child, self.chars = "v", []
            elif local == "is":
                self.child = "is"
                self.rich.reset()
            elif local == "f":
                self.child = "f"
            else:
                raise SheetXmlError(f"a cell holds <{local}>")
        elif not self.reading:
            self.reading = local == "sheetData" and not self.finished
        elif local == "c":
            self.depth, self.attributes, self.value = 1, attributes, EMPTY
        elif local == "row":
            reference = attributes.get("r")
            if reference is not None:
                self.row_index = _row_number(reference) - 1

    def end(self, name: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.depth == 0:
                self._place()
            elif self.depth == 1:
                self.value = self._child_value()
            elif self.child == "is":
                self.rich.end(_local(name))
        elif self.reading:
            local = _LOCAL.get(name) or _local(name)
            if local == "row":
                self.row_index, self.column_index = self.row_index + 1, 0
            elif local == "sheetData":
                self.reading, self.finished = False, True

    def text(self, data: str) -> None:
        if self.depth > 1:
            if self.child == "v":
                self.chars.append(data)
            elif self.child == "is":
                self.rich.text(data)

    def _child_value(self) -> Any:
        """The value the last child of a cell gives it (calamine: the last one read wins)."""
        kind = self.attributes.get("t")
        if self.child == "is":
            return self.rich.value()
        if self.child == "f" or kind == "inlineStr" or kind == "is":
            return EMPTY
        text = "".join(self.chars)
        return cell_values.typed(text, kind, self.attributes.get("s"), self.context)

    def _place(self) -> None:
        reference = self.attributes.get("r")
        if reference is None:
            row, column = self.row_index, self.column_index
        else:
            row, column = _position(reference)
        self.column_index = column + 1
        if self.value is EMPTY:
            return
        if row != self.at:
            self._move_to(row)
        cells = self.cells
        if column >= len(cells):
            if column > len(cells):
                cells.extend([""] * (column - len(cells)))
            cells.append(self.value)
        else:
            cells[column] = self.value

    def _move_to(self, row: int) -> None:
        if row < self.at:
            raise SheetXmlError(f"row {row + 1} comes after row {self.at + 1}")
        if self.cells:
            self.finish_row()
            self.at += 1
        self.done.extend([""] * self.width for _ in range(self.at, row))
        self.at, self.cells = row, []

    def finish_row(self) -> None:
        cells = self.cells
        self.width = max(self.width, len(cells))
        if len(cells) < self.width:
            cells.extend([""] * (self.width - len(cells)))
        self.done.append(cells)


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_COLUMNS: dict[str, int] = {}


def _position(reference: str) -> tuple[int, int]:
    """'B7' → (6, 1), 0-based, letters of either case."""
    digits = reference.lstrip(_LETTERS)
    letters = reference[: len(reference) - len(digits)]
    if not letters:
        raise SheetXmlError(f"the cell reference {reference} has no column")
    column = _COLUMNS.get(letters)
    if column is None:
        column = 0
        for char in letters:
            column = column * 26 + (ord(char) & 0x1F)
        _COLUMNS[letters] = column = column - 1
    return _row_number(digits) - 1, column


def _row_number(digits: str) -> int:
    number = int(digits) if digits.isdigit() and digits.isascii() else 0
    if number < 1:
        raise SheetXmlError(f"the row reference {digits} is not a row")
    return number
