"""Where in a sheet's XML a check's finding lies (a formula, an overlong text), by the
address Excel shows: for the message that names the cells to correct. The part was already
scanned and capped by ``reader._inspect``; these read it again only when there is something to
name."""

from __future__ import annotations

import re
import zipfile

from ttasum_desk.exchange.sheet_xml import chunks

PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix (<x:c>)
_CELL_OR_FORMULA = re.compile(
    rb"<" + PREFIX + rb"c\s[^>]*?\br=\"([A-Z]+[0-9]+)\"|<" + PREFIX + rb"f[\s>/]"
)
_CELL_ATTRS = re.compile(rb"<" + PREFIX + rb"c\s([^>]*)>\s*<" + PREFIX + rb"v>(\d+)<")


def cell_before(piece: bytes, at: int) -> str:
    """The address of the last cell that starts before offset ``at`` ('?' if none)."""
    found = "?"
    for match in _CELL_OR_FORMULA.finditer(piece, 0, at):
        found = match.group(1).decode("ascii") if match.group(1) else found
    return found


def shared_cell(archive: zipfile.ZipFile, part: str, indexes: set[int]) -> str:
    """The address of the first cell in a sheet that shows one of the shared texts."""
    wanted = {str(index).encode() for index in indexes}
    for piece in chunks(archive, archive.getinfo(part)):
        for match in _CELL_ATTRS.finditer(piece):
            attrs = match.group(1)
            if match.group(2) in wanted and re.search(rb'\bt="s"', attrs):
                address = re.search(rb'\br="([A-Z]+[0-9]+)"', attrs)
                return address.group(1).decode("ascii") if address else "?"
    return ""


def formula_cells(archive: zipfile.ZipFile, part: str, most: int | None = 20) -> list[str]:
    """Addresses of the first ``most`` (or all) formula cells in a sheet part (already scanned
    and capped)."""
    found: list[str] = []
    last_cell = "?"
    for piece in chunks(archive, archive.getinfo(part)):
        for match in _CELL_OR_FORMULA.finditer(piece):
            if match.group(1):
                last_cell = match.group(1).decode("ascii")
            elif not found or found[-1] != last_cell:
                found.append(last_cell)
                if most is not None and len(found) >= most:
                    return found
    return found


def formula_rows(cells: list[str]) -> dict[int, str]:
    """Row number → the first formula cell in it."""
    rows: dict[int, str] = {}
    for cell in cells:
        digits = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if digits.isdigit():
            rows.setdefault(int(digits), cell)
    return rows
