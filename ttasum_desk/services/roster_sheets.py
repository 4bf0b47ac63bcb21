"""A roster file as the import reads it: every sheet with a header row, and its columns.

A school's file often has one sheet per class, with title rows above the header; each sheet
keeps its first rows in memory (header search and preview) and reads the rest as it goes,
so a large roster never sits in memory whole. Writing the rows is ``services.roster_import``'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ttasum_desk.exchange import reader, roster_files
from ttasum_desk.exchange import roster_mapping as mapping

PREVIEW_ROWS = 20
HEAD_ROWS = mapping.HEADER_SCAN_ROWS + PREVIEW_ROWS  # rows read ahead: header search, preview


@dataclass(frozen=True)
class RosterSheet:
    """A sheet with a header row: its first rows in memory, the rest read as they come."""

    name: str
    head: list[list[Any]]
    guess: mapping.HeaderGuess
    book: reader.SafeWorkbook

    def body(self) -> Iterator[tuple[int, list[Any]]]:
        """(row number as Excel shows it, cells) of every non-blank row below the header; a
        resident registration number in any cell stops the file (the import rolls back)."""
        rows = self.book.iter_rows(self.name)
        for number, cells in enumerate(islice(rows, self.guess.row + 1, None), self.guess.row + 2):
            if any(cell not in (None, "") for cell in cells):
                mapping.refuse_resident_numbers_in_row(self.name, number, cells, self.guess.headers)
                yield number, cells

    def first_data(self) -> list[list[Any]]:
        below = self.head[self.guess.row + 1 :]
        return [row for row in below if any(cell not in (None, "") for cell in row)]


def load_sheets(path: Path) -> list[RosterSheet]:
    """Every sheet with a header row (a school's file often has one sheet per class)."""
    book = roster_files.open_roster(path)
    found = []
    for name in book.sheet_names:
        head = list(islice(book.iter_rows(name), HEAD_ROWS))
        try:
            found.append(RosterSheet(name, head, mapping.detect_header(head, path.name), book))
        except mapping.HeaderNotFoundError:
            continue
    if not found:
        raise mapping.HeaderNotFoundError(path.name)
    return found


def chosen_columns(
    guess: mapping.HeaderGuess,
    overrides: Mapping[str, str] | None,
    columns: Mapping[int, str] | None,
) -> dict[int, str]:
    """The detected mapping with ``--map`` overrides, or the mapping staff set in full."""
    if columns is not None:
        chosen = {c: f for c, f in columns.items() if f != mapping.IGNORE}
        return mapping.apply_overrides(guess.headers, chosen, {})
    return mapping.apply_overrides(guess.headers, guess.mapping, overrides or {})


def named_school(sheets: list[RosterSheet]) -> str:
    """The school the first sheet with one names in its title rows, else none."""
    return next((sheet.guess.school for sheet in sheets if sheet.guess.school), "")
