"""Hostile workbooks, generated: each one a way an untrusted file can try to hurt the app."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

from ttasum_desk.exchange import reader, sheet_area

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="xl/workbook.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    b"</Relationships>"
)
WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    b"</Relationships>"
)
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>'
SHEET_OPEN = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def row_xml(number: int, *values: str) -> bytes:
    cells = "".join(
        f'<c r="{sheet_area.column_letters(i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'.encode()


def hand_made(
    path: Path, sheet_parts: Iterable[bytes], *, prologue: bytes = XML_DECLARATION
) -> Path:
    """A minimal workbook whose one sheet ("Roster") is streamed from ``sheet_parts``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(prologue + SHEET_OPEN)
            for part in sheet_parts:
                sheet.write(part)
            sheet.write(b"</worksheet>")
    return path


def plain_roster(path: Path) -> Path:
    rows = [row_xml(1, "성명", "생년월일"), row_xml(2, "홍길동", "2013-03-05")]
    return hand_made(path, [b"<sheetData>", *rows, b"</sheetData>"])


def entity_bomb(path: Path) -> Path:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    prologue = XML_DECLARATION + f"<!DOCTYPE worksheet [{entities}]>".encode()
    body = [b"<sheetData>", row_xml(1, "&a9;"), b"</sheetData>"]
    return hand_made(path, body, prologue=prologue)


def zip_bomb(path: Path) -> Path:
    """200 MB of blanks inside the sheet, packed about a thousand to one."""
    blanks = b" " * (1 << 20)
    return hand_made(path, [b"<sheetData>", *(blanks for _ in range(200)), b"</sheetData>"])


def lying_zip_sizes(path: Path) -> Path:
    """A sheet whose zip directory claims 100 bytes while it unpacks to megabytes."""
    hand_made(
        path, [b"<sheetData>", *(row_xml(n, "x" * 500) for n in range(1, 4000)), b"</sheetData>"]
    )
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size.to_bytes(4, "little")
    central = data.rfind(b"xl/worksheets/sheet1.xml") - 46  # start of its central record
    assert data[central + 24 : central + 28] in (real, b"\xff\xff\xff\xff")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    # zip64 extra field (force_zip64) holds the real size too: shrink it the same way
    extra_at = central + 46 + int.from_bytes(data[central + 28 : central + 30], "little")
    if data[extra_at : extra_at + 2] == b"\x01\x00":
        data[extra_at + 4 : extra_at + 12] = (100).to_bytes(8, "little")
    path.write_bytes(bytes(data))
    return path


def lying_dimension(path: Path, rows: int = 50) -> Path:
    """Declares one cell, holds ``rows`` rows."""
    body = [b'<dimension ref="A1"/><sheetData>', row_xml(1, "성명")]
    body += [row_xml(n, f"이름{n}") for n in range(2, rows + 1)]
    return hand_made(path, [*body, b"</sheetData>"])


def huge_dimension(path: Path) -> Path:
    """Declares the whole grid, holds two rows."""
    body = [
        b'<dimension ref="A1:XFD1048576"/><sheetData>',
        row_xml(1, "성명"),
        row_xml(2, "홍길동"),
    ]
    return hand_made(path, [*body, b"</sheetData>"])


def formula_cells(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["성명", "생년월일"])
    sheet.append(["홍길동", "2013-03-05"])
    sheet["B3"] = '=HYPERLINK("http://example.invalid","click")'
    sheet["C7"] = "=1+1"
    book.save(path)
    return path


def encrypted(path: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE compound file."""
    path.write_bytes(reader.OLE_SIGNATURE + b"\x00" * 504 + b"EncryptedPackage" * 64)
    return path


def renamed_csv(path: Path) -> Path:
    path.write_bytes("성명,생년월일\n홍길동,2013-03-05\n".encode("utf-8-sig"))
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def too_many_rows(path: Path) -> Path:
    """1,048,577 rows: one more than Excel has."""

    def rows() -> Iterable[bytes]:
        yield b"<sheetData>"
        step = 10_000
        for start in range(1, reader.EXCEL_MAX_ROWS + 2, step):
            stop = min(start + step, reader.EXCEL_MAX_ROWS + 2)
            yield "".join(
                f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(start, stop)
            ).encode()
        yield b"</sheetData>"

    return hand_made(path, rows())


def long_cell(path: Path) -> Path:
    """A cell one character longer than Excel allows (openpyxl would cut it, so by hand)."""
    body = [b"<sheetData>", row_xml(1, "성명", "비고"), row_xml(2, "홍길동", "가" * 32_768)]
    return hand_made(path, [*body, b"</sheetData>"])


def long_shared_cell(path: Path) -> Path:
    """The same, through the shared-strings table that Excel itself uses."""
    hand_made(
        path,
        [
            b"<sheetData>",
            b'<row r="1"><c r="A1"><v>1</v></c><c r="C1" t="s"><v>0</v></c></row>',
            b"</sheetData>",
        ],
    )
    shared = (
        XML_DECLARATION
        + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>"
        + "&amp;".join(["가"] * 20_000).encode()
        + b"</t></si></sst>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", shared)
    return path


def far_cell(path: Path, reference: str = "XFD1048576", dimension: bytes = b"A1:C3") -> Path:
    """A 2 KB roster with one real cell far out, under a ``<dimension>`` that says nothing of it:
    calamine would lay out the grid from A1 to that cell (512 GiB for XFD1048576)."""
    body = [
        b'<dimension ref="' + dimension + b'"/><sheetData>',
        row_xml(1, "성명", "생년월일"),
        row_xml(2, "홍길동", "2013-03-05"),
        f'<row r="{reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{reference}">'
        "<v>1</v></c></row>".encode(),
        b"</sheetData>",
    ]
    return hand_made(path, body)


def far_column(path: Path) -> Path:
    """A cell at AZ1048576: 52 columns by a million rows (1.7 GB in calamine)."""
    return far_cell(path, "AZ1048576")


def far_row_without_dimension(path: Path) -> Path:
    """No ``<dimension>`` at all and a last row numbered 1048576, its cell without a reference
    (calamine places it by counting)."""
    body = [
        b"<sheetData>",
        row_xml(1, "성명", "생년월일"),
        row_xml(2, "홍길동", "2013-03-05"),
        b'<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row>',
        b"</sheetData>",
    ]
    return hand_made(path, body)


# for a child process's script: its own peak memory. ru_maxrss would keep the parent's across
# exec on Linux; /proc's high-water mark starts afresh.
PEAK_KIB = """
def peak_kib():
    import resource
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


HOSTILE: dict[str, tuple[Callable[[Path], Path], type[reader.WorkbookError]]] = {
    "entity_bomb": (entity_bomb, reader.EntityBombError),
    "zip_bomb": (zip_bomb, reader.ZipBombError),
    "lying_zip_sizes": (lying_zip_sizes, reader.DamagedWorkbookError),
    "formula_cells": (formula_cells, reader.FormulaCellsError),
    "encrypted": (encrypted, reader.EncryptedWorkbookError),
    "renamed_csv": (renamed_csv, reader.NotAWorkbookError),
    "empty": (empty, reader.EmptyWorkbookError),
    "too_many_rows": (too_many_rows, reader.TooManyRowsError),
    "long_cell": (long_cell, reader.CellTooLongError),
    "long_shared_cell": (long_shared_cell, reader.CellTooLongError),
    "far_cell": (far_cell, reader.CellOutOfRangeError),
    "far_column": (far_column, reader.CellOutOfRangeError),
    "far_row_without_dimension": (far_row_without_dimension, reader.CellOutOfRangeError),
}
