"""The exchange workbook on disk: written with Meta (counts, content hashes) and a Guide;
read back safely into rows of plain values, with every disagreement with Meta reported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain import signing
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.text import nfc_cells
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats, reader, writer
from ttasum_desk.exchange.formats import COLUMNS, GUIDE, META, RULES

RULES_CHUNK = 30_000  # characters per Rules row, under Excel's 32,767 per cell
# columns that are NOT NULL text in the database: an empty cell reads back as ""
_TEXT_COLUMNS = {
    formats.ITEMS: ("item_code", "name", "unit"),
    formats.STATIONS: ("station_code", "name", "kind"),
    **{
        sheet: tuple(column for column, empty in record.empty_cells().items() if empty == "")
        for sheet, record in formats.RECORDS.items()
    },
}


class NotExchangeFileError(UserError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "The workbook {file} is not a TTASUM Desk exchange file ({detail}). Choose a "
            "day-file or snapshot exported by the app.",
            file=path.name,
            detail=detail,
        )


@dataclass
class ExchangeFile:
    path: Path
    meta: dict[str, str]
    sheets: dict[str, list[dict[str, Any]]]
    rules_texts: list[str] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)  # why the file looks altered
    signature_holds: bool = False  # signed, and the signature covers this Meta and these sheets

    @property
    def signed_by(self) -> str:
        """The public key (hex) the file claims to be signed with; '' when unsigned."""
        return self.meta.get(signing.SIGNED_BY, "")

    @property
    def altered(self) -> bool:
        return bool(self.problems)

    @property
    def kind(self) -> str:
        return self.meta.get("kind", "")

    @property
    def station_code(self) -> str:
        return self.meta.get("station_code", "")


def write_exchange(
    path: Path | str,
    meta: Mapping[str, Any],
    data: Mapping[str, Sequence[Sequence[Any]]],
    rules_texts: Sequence[str] = (),
    signer: signing.Signer | None = None,
) -> Path:
    """Write Meta, the data sheets (rows in COLUMNS order), Rules and Guide; with a
    ``signer``, Meta carries its public key and its signature over Meta and the sheets."""
    full_meta: dict[str, Any] = {
        "format": formats.FORMAT,
        "format_version": formats.FORMAT_VERSION,
        **meta,
    }
    chunks: list[list[Any]] = [
        [index, text[start : start + RULES_CHUNK]]
        for index, text in enumerate(rules_texts, 1)
        for start in range(0, len(text), RULES_CHUNK)
    ]
    # the Rules sheet is hashed like the data: an edited limit must not pass as the hub's
    for sheet, rows in [*data.items(), *([(RULES, chunks)] if rules_texts else [])]:
        full_meta[formats.count_key(sheet)] = len(rows)
        full_meta[formats.hash_key(sheet)] = formats.sheet_digest(rows)
    specs = [writer.SheetSpec(sheet, COLUMNS[sheet], rows) for sheet, rows in data.items()]
    if rules_texts:
        specs.append(writer.SheetSpec(RULES, ["ruleset", "text"], chunks, widths=[10, 100]))
    guide = formats.guide_rows([*data, *([RULES] if rules_texts else [])])
    guide_headers = ["sheet", "column", "설명", "meaning"]
    specs.append(writer.SheetSpec(GUIDE, guide_headers, guide, widths=[14, 18, 84, 90]))
    for spec in specs[len(data) + bool(rules_texts) :]:  # the other sheets, header and all
        rows = [spec.headers, *spec.rows]
        full_meta[formats.hash_key(spec.name)] = formats.sheet_digest(rows)
    if signer is not None:
        full_meta[signing.SIGNED_BY] = signer.public_hex
        payload = signing.signed_payload(full_meta, [spec.name for spec in specs])
        full_meta[signing.SIGNATURE] = signer.sign(payload)
    meta_rows = [[key, str(value)] for key, value in full_meta.items()]
    meta_spec = writer.SheetSpec(META, ["key", "value"], meta_rows)
    return writer.write_workbook(path, [meta_spec, *specs])


def plain(value: Any) -> Any:
    """A cell as the database holds it: dates as ISO text, whole floats as int, '' as None."""
    kind = value.__class__
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() else value
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def read_exchange(path: Path | str, kind: str | None = None) -> ExchangeFile:
    """Read and check an exchange workbook; altered content is reported, not refused."""
    path = Path(path)
    book = reader.open_workbook(path)
    if not book.has_sheet(META):
        raise NotExchangeFileError(path, "no Meta sheet")
    meta = {
        str(row[0]): "" if plain(row[1]) is None else str(plain(row[1]))
        for row in book.rows(META)[1:]
        if len(row) >= 2 and row[0]
    }
    if meta.get("format") != formats.FORMAT:
        raise NotExchangeFileError(path, "Meta has no format = ttasum-desk")
    if kind is not None and meta.get("kind") != kind:
        raise NotExchangeFileError(path, f"it is a {meta.get('kind') or '?'} file, not {kind}")
    result = ExchangeFile(path, meta, {})
    for sheet in formats.DATA_SHEETS:
        if book.has_sheet(sheet):
            result.sheets[sheet] = _sheet_rows(book, sheet, result)
        elif formats.count_key(sheet) in meta:
            result.problems.append(
                say(str(QT_TRANSLATE_NOOP("Messages", "sheet {sheet} is missing")), sheet=sheet)
            )
    if book.has_sheet(RULES):
        result.rules_texts = _rules_texts(book, result)
    elif formats.count_key(RULES) in meta:
        result.problems.append(
            say(str(QT_TRANSLATE_NOOP("Messages", "sheet {sheet} is missing")), sheet=RULES)
        )
    for sheet in book.sheet_names:
        if sheet not in (META, RULES, *formats.DATA_SHEETS):
            _check_other_sheet(book, sheet, result)
    if result.signed_by:
        sheets = [sheet for sheet in book.sheet_names if sheet != META]
        payload = signing.signed_payload(meta, sheets)
        result.signature_holds = signing.verify(
            result.signed_by, payload, meta.get(signing.SIGNATURE, "")
        )
    return result


def _check_other_sheet(book: reader.SafeWorkbook, sheet: str, result: ExchangeFile) -> None:
    """A sheet the app does not read (the Guide): hashed whole, header included, when Meta
    has its hash (files written before every sheet was hashed have none)."""
    if formats.hash_key(sheet) not in result.meta:
        return
    rows = book.rows(sheet, composed=False)
    width = len(rows[0]) if rows else 0
    body = [row for row in rows if any(cell not in ("", None) for cell in row)]
    cells = [[plain(cell) for cell in (row + [""] * width)[:width]] for row in body]
    _check_sheet(result, sheet, cells, [nfc_cells(row) for row in cells])


def _rules_texts(book: reader.SafeWorkbook, result: ExchangeFile) -> list[str]:
    """The rule sets' TOML texts, joined from their chunks once the sheet matches Meta (a file
    written before the Rules sheet was hashed has nothing to check)."""
    body = [row for row in book.rows(RULES, composed=False)[1:] if any(row)]
    cells = [[plain(cell) for cell in [*row, "", ""][:2]] for row in body]
    composed = [nfc_cells(row) for row in cells]
    _check_sheet(result, RULES, cells, composed)
    texts: dict[int, str] = {}
    for index, text in composed:
        if isinstance(index, int):
            texts[index] = texts.get(index, "") + str(text or "")
    return [texts[index] for index in sorted(texts)]


def _sheet_rows(
    book: reader.SafeWorkbook, sheet: str, result: ExchangeFile
) -> list[dict[str, Any]]:
    rows = book.rows(sheet, composed=False)  # hashed as written, composed once checked
    columns = COLUMNS[sheet]
    header = [str(cell) for cell in rows[0]] if rows else []
    # a file written before a field was added lacks its column: what it holds is hashed, the
    # missing columns read as empty
    held = list(columns[: max(len(formats.FIRST_COLUMNS[sheet]), len(header))])
    if header[: len(held)] != held:
        raise NotExchangeFileError(result.path, f"the header of sheet {sheet} was changed")
    body = [row for row in rows[1:] if any(cell not in ("", None) for cell in row)]
    cells = [[plain(cell) for cell in (row + [""] * len(held))[: len(held)]] for row in body]
    composed = [nfc_cells(row) for row in cells]
    _check_sheet(result, sheet, cells, composed)
    empty = formats.RECORDS[sheet].empty_cells() if sheet in formats.RECORDS else {}
    missing = [empty.get(column) for column in columns[len(held) :]]
    return [_row_dict(sheet, row + missing) for row in composed]


def _check_sheet(
    result: ExchangeFile, sheet: str, cells: list[list[Any]], composed: list[list[Any]]
) -> None:
    """Report a sheet whose row count or content differs from what Meta recorded."""
    expected_count = result.meta.get(formats.count_key(sheet))
    if expected_count is not None and expected_count != str(len(cells)):
        result.problems.append(
            say(
                str(
                    QT_TRANSLATE_NOOP("Messages", "sheet {sheet} has {rows} rows, Meta says {meta}")
                ),
                sheet=sheet,
                rows=len(cells),
                meta=expected_count,
            )
        )
    expected = result.meta.get(formats.hash_key(sheet))
    # the hash of the cells as written, or of the same text composed (a program that saved the
    # file again may have changed only the Unicode form, which changes no name)
    if (
        expected is not None
        and expected != formats.sheet_digest(cells)
        and expected != formats.sheet_digest(composed)
    ):
        result.problems.append(
            say(
                str(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the content of sheet {sheet} differs from its Meta hash"
                    )
                ),
                sheet=sheet,
            )
        )


def normalized(sheet: str, cells: Sequence[Any]) -> dict[str, Any]:
    """Cells in COLUMNS order as a row dict, the way both a file and the database give it."""
    return _row_dict(sheet, [plain(cell) for cell in cells])


def _row_dict(sheet: str, values: Sequence[Any]) -> dict[str, Any]:
    """Plain values as a row dict; an empty NOT NULL text column reads as ''."""
    row = dict(zip(COLUMNS[sheet], values, strict=True))
    for column in _TEXT_COLUMNS[sheet]:
        if row[column] is None:
            row[column] = ""
    return row
