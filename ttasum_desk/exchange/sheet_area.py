"""How far a worksheet's cells reach, found while its XML streams past, before calamine reads it.

calamine lays a sheet out as one dense grid from A1 to the farthest cell (32 bytes a cell), so
the grid's size is set by the cells' own references (``<c r="XFD1048576">``), not by how many
cells there are. Two bounds keep it small. A ladder of (columns, rows) steps whose product is
at most ``max_cells``: the narrowest sheets may use every row, the widest the fewest (with the
reader's limits: 16 columns x 1,048,576 rows up to 256 columns x 65,536 rows, 512 MiB at
worst). And no cell may lie more than ``max_empty`` rows below the rows the sheet holds up to
it, so a file of a few rows gets a grid of a few rows (10,000 x 256 cells: 80 MiB at worst).

Cells written the way every spreadsheet program writes them (``<c r="B7"``) are placed by
their reference alone, and checked by one pattern that matches only a reference past the bound
reached so far, or a cell written another way: an honest sheet costs one regex scan and a
handful of matches (0.8 s of CPU for 3.75 million cells, 196 MB of sheet XML). A sheet
with any cell written another way (no reference, a namespace prefix, quotes or blanks around
the ``=``) is walked again tag by tag, placing cells the way calamine does (by counting rows
and columns where a cell has no reference).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# a cell whose reference is past the bound (groups: letters, digits), or written another way
_CELL_PAST = rb'<c(?: r="(?=%s)([A-Za-z]*)([0-9]+)"|(?! r=")[\s/>])'
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_ATTRIBUTES = rb"""((?:[^>"']|"[^"]*"|'[^']*')*)"""
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c)(?![\w.:-])" + _ATTRIBUTES + rb">")
_REFERENCE = re.compile(rb"""(?:^|\s)r\s*=\s*(["'])\s*([A-Za-z]*)([0-9]+)\s*\1""")


@dataclass(frozen=True)
class Step:
    columns: int
    rows: int


@functools.cache
def ladder(max_rows: int, max_columns: int, max_cells: int) -> tuple[Step, ...]:
    """(columns, rows) bounds, narrowest first, doubling the columns up to ``max_columns``."""
    columns = max(1, min(max_columns, max_cells // max_rows))
    steps = [Step(columns, min(max_rows, max_cells // columns))]
    while columns < max_columns:
        columns = min(columns * 2, max_columns)
        steps.append(Step(columns, min(max_rows, max_cells // columns)))
    return tuple(steps)


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """A → 1, Z → 26, AA → 27 (either case, as calamine reads them)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


class Area:
    """The farthest a sheet's cells have reached, as ladder steps; ``far`` names the first cell
    past every step, or more than ``max_empty`` rows below the rows the sheet holds up to it
    (the sheet is then refused)."""

    def __init__(self, steps: tuple[Step, ...], max_empty: int) -> None:
        self.steps, self.max_empty = steps, max_empty
        self.wide = 0  # the narrowest step whose columns hold every column seen
        self.tall = len(steps) - 1  # the last step whose rows hold every row seen
        self.far = ""
        self.irregular = False  # a cell not written <c r="...": the sheet is walked

    @property
    def step(self) -> Step:
        """The bound that applies to the sheet's width (for the message)."""
        return self.steps[min(self.wide, len(self.steps) - 1)]

    def scan(self, piece: bytes, rows: int) -> None:
        """Check the cells written the usual way in one piece of the sheet's XML, ``rows`` the
        rows the sheet holds up to the piece's end; a cell written any other way marks the
        sheet for ``walk``."""
        self.irregular = self.irregular or _PREFIXED_CELL.search(piece) is not None
        at = 0
        while not (self.far or self.irregular) and (
            match := _past(self.steps[self.wide].columns, self._last_row(rows)).search(piece, at)
        ):
            if match.group(2) is None:
                self.irregular = True
                break
            letters, digits = match.group(1).decode("ascii"), match.group(2).decode("ascii")
            self.reach(letters + digits, int(digits), column_number(letters), rows)
            at = match.end()

    def finish(self, again: Callable[[], Iterable[bytes]]) -> str:
        """After the scan: walk a sheet written the unusual way (``again`` streams it anew);
        returns ``far``."""
        if self.irregular and not self.far:
            self.walk(again())
        return self.far

    def walk(self, pieces: Iterable[bytes]) -> None:
        """Every cell's position the way calamine counts it: a reference where there is one,
        else the next row or the next column (over-counting where calamine might not)."""
        rows, row, column = 0, 0, 1
        for piece in pieces:
            for match in _TAG.finditer(piece):
                closing, tag, attributes = match.groups()
                if closing:
                    continue
                reference = _REFERENCE.search(attributes)
                if tag == b"row":
                    row = int(reference.group(3)) if reference else row + 1
                    rows, column = rows + 1, 1
                    continue
                if reference:
                    letters = reference.group(2).decode("ascii")
                    at_row, column = int(reference.group(3)), column_number(letters) or column
                else:
                    at_row = max(row, 1)
                name = f"{column_letters(column - 1)}{at_row}"
                if not self.reach(name, at_row, column, rows):
                    return
                column += 1

    def reach(self, reference: str, row: int, column: int, rows: int) -> bool:
        """Take in one cell, ``rows`` the rows held so far; False (and ``far`` set) when the
        sheet is past every step or the cell too far below those rows."""
        if column <= self.steps[self.wide].columns and row <= self._last_row(rows):
            return True
        wide = next((i for i, s in enumerate(self.steps) if column <= s.columns), None)
        tall = [i for i, s in enumerate(self.steps) if row <= s.rows]
        self.wide = max(self.wide, len(self.steps) if wide is None else wide)
        self.tall = min(self.tall, tall[-1] if tall else -1)
        if self.wide > self.tall or row > rows + self.max_empty:
            self.far = reference
            return False
        return True

    def _last_row(self, rows: int) -> int:
        return min(self.steps[self.tall].rows, rows + self.max_empty)


@functools.lru_cache(maxsize=64)
def _past(columns: int, last_row: int) -> re.Pattern[bytes]:
    """A cell written the usual way whose reference is past ``columns`` or ``last_row``, or a
    cell written any other way."""
    too_wide = _letters_above(columns) + rb"[0-9]"
    too_far = rb"[A-Za-z]*" + _number_above(last_row) + rb'"'
    return re.compile(_CELL_PAST % (rb"(?:" + too_wide + rb"|" + too_far + rb")"))


def _number_above(limit: int) -> bytes:
    """Decimal numbers greater than ``limit`` (leading zeros allowed, as calamine reads them)."""
    digits = str(limit)
    options = [rf"[1-9][0-9]{{{len(digits)},}}"]
    for at, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - at - 1
            options.append(rf"{digits[:at]}[{int(digit) + 1}-9][0-9]{{{rest}}}")
    return ("0*(?:" + "|".join(options) + ")(?![0-9])").encode()


def _letters_above(limit: int) -> bytes:
    """Column letters (either case) of a column greater than ``limit``."""
    letters = column_letters(limit - 1)
    options = [rf"[A-Za-z]{{{len(letters) + 1},}}"]
    for at, letter in enumerate(letters):
        if letter != "Z":
            after = chr(ord(letter) + 1)
            prefix = "".join(f"[{c}{c.lower()}]" for c in letters[:at])
            rest = len(letters) - at - 1
            options.append(rf"{prefix}[{after}-Z{after.lower()}-z][A-Za-z]{{{rest}}}")
    return ("(?:" + "|".join(options) + ")(?![A-Za-z])").encode()
