"""The exchange workbook on disk: written with Meta (counts, content hashes) and a Guide;
read back safely into rows of plain values, with every disagreement with Meta reported.

A city's snapshot holds half a million rows, so neither way holds a sheet: rows are hashed as
they stream to the file (Meta, the first sheet, is written last) and as they are parsed back
(``ExchangeStream``). The hash is over the sorted rows, which a stream can only make when the
rows come sorted: an export writes them by uid. A sheet read back in another order (a
day-file's Handouts, in receipt order) is read a second time and sorted in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import islice
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
# a streamed workbook holds its text inline: a city's snapshot of 500,000 handouts unpacks to
# about 600 MB (every other check stays, and calamine's grid is bounded by cells, not bytes)
EXCHANGE_LIMITS = replace(reader.DEFAULT_LIMITS, max_unpacked_bytes=1536 << 20)
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
    data: Mapping[str, Iterable[Sequence[Any]]],
    rules_texts: Sequence[str] = (),
    signer: signing.Signer | None = None,
) -> Path:
    """Write Meta, the data sheets (rows in COLUMNS order), Rules and Guide; with a
    ``signer``, Meta carries its public key and its signature over Meta and the sheets.

    Rows go to disk as they come, hashed on the way: rows that are not a list (a cursor's)
    must come sorted by their first column, the uid, the order the hash is made in."""
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
    specs = [
        writer.SheetSpec(sheet, COLUMNS[sheet], _hashed(sheet, rows, full_meta))
        for sheet, rows in data.items()
    ]
    if rules_texts:
        rules_rows = _hashed(RULES, chunks, full_meta)
        specs.append(writer.SheetSpec(RULES, ["ruleset", "text"], rules_rows, widths=[10, 100]))
    guide = formats.guide_rows([spec.name for spec in specs])
    guide_headers = ["sheet", "column", "설명", "meaning"]
    specs.append(writer.SheetSpec(GUIDE, guide_headers, guide, widths=[14, 18, 84, 90]))

    def meta_rows() -> Iterator[list[str]]:
        """Read once every other sheet is written, and so hashed."""
        full_meta[formats.hash_key(GUIDE)] = formats.sheet_digest([guide_headers, *guide])
        if signer is not None:
            full_meta[signing.SIGNED_BY] = signer.public_hex
            payload = signing.signed_payload(full_meta, [spec.name for spec in specs])
            full_meta[signing.SIGNATURE] = signer.sign(payload)
        for key, value in full_meta.items():
            yield [key, str(value)]

    meta_spec = writer.SheetSpec(META, ["key", "value"], meta_rows())
    return writer.write_streamed(path, meta_spec, specs)


def _hashed(
    sheet: str, rows: Iterable[Sequence[Any]], meta: dict[str, Any]
) -> Iterator[Sequence[Any]]:
    """The rows, passed on; once the last is through, their count and hash are in ``meta``."""
    digest = formats.StreamDigest()
    for row in rows:
        digest.add(row)
        yield row
    hexdigest = digest.hexdigest()
    if hexdigest is None:
        if not isinstance(rows, Sequence):
            raise ValueError(f"the rows of sheet {sheet} must come sorted by their first column")
        hexdigest = formats.sheet_digest(rows)
    meta[formats.count_key(sheet)] = digest.rows
    meta[formats.hash_key(sheet)] = hexdigest


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
    stream = ExchangeStream(path, kind)
    for sheet in formats.DATA_SHEETS:
        rows = list(stream.rows(sheet))
        if stream.book.has_sheet(sheet):
            stream.file.sheets[sheet] = rows
    return stream.file


class ExchangeStream:
    """An exchange workbook read a sheet at a time: Meta, the signature, Rules and Guide at
    once; each data sheet's rows as they are parsed, its count and hash checked against Meta
    (and any disagreement added to ``file.problems``) once its last row has come. ``file``
    holds no data rows: a city's snapshot is half a million of them."""

    def __init__(self, path: Path | str, kind: str | None = None) -> None:
        path = Path(path)
        self.book = book = reader.open_workbook(path, EXCHANGE_LIMITS)
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
        self.file = result = ExchangeFile(path, meta, {})
        if book.has_sheet(RULES):
            result.rules_texts = self._rules_texts()
        else:
            self._missing(RULES)
        for sheet in book.sheet_names:
            if sheet not in (META, RULES, *formats.DATA_SHEETS):
                self._check_other_sheet(sheet)
        if result.signed_by:
            sheets = [sheet for sheet in book.sheet_names if sheet != META]
            payload = signing.signed_payload(meta, sheets)
            result.signature_holds = signing.verify(
                result.signed_by, payload, meta.get(signing.SIGNATURE, "")
            )

    def rows(self, sheet: str) -> Iterator[dict[str, Any]]:
        """The data sheet's rows as row dicts, composed text (none when it is missing)."""
        if not self.book.has_sheet(sheet):
            self._missing(sheet)
            return
        raw = self.book.iter_rows(sheet, composed=False, keep=False)  # hashed as written
        columns = COLUMNS[sheet]
        header = [str(cell) for cell in next(raw, [])]
        # a file written before a field was added lacks its column: what it holds is hashed,
        # the missing columns read as empty
        held = list(columns[: max(len(formats.FIRST_COLUMNS[sheet]), len(header))])
        if header[: len(held)] != held:
            raise NotExchangeFileError(self.file.path, f"the header of sheet {sheet} was changed")
        empty = formats.RECORDS[sheet].empty_cells() if sheet in formats.RECORDS else {}
        missing = [empty.get(column) for column in columns[len(held) :]]
        digests = formats.StreamDigest(), formats.StreamDigest()
        for _, composed in _hashing(_body(raw, len(held)), digests):
            yield _row_dict(sheet, composed + missing)
        found = [digest.hexdigest() for digest in digests]
        if None in found and formats.hash_key(sheet) in self.file.meta:
            # rows out of the order they were written in (a day-file's are in receipt order):
            # read again, their texts sorted in memory
            again = self.book.iter_rows(sheet, composed=False, keep=False)
            found = _sorted_digests(list(_body(islice(again, 1, None), len(held))))
        self._check_sheet(sheet, digests[0].rows, found)

    def _missing(self, sheet: str) -> None:
        if formats.count_key(sheet) in self.file.meta:
            message = str(QT_TRANSLATE_NOOP("Messages", "sheet {sheet} is missing"))
            self.file.problems.append(say(message, sheet=sheet))

    def _check_other_sheet(self, sheet: str) -> None:
        """A sheet the app does not read (the Guide): hashed whole, header included, when Meta
        has its hash (files written before every sheet was hashed have none)."""
        if formats.hash_key(sheet) not in self.file.meta:
            return
        rows = self.book.rows(sheet, composed=False)
        body = list(_body(iter(rows), len(rows[0]) if rows else 0))
        self._check_sheet(sheet, len(body), _sorted_digests(body))

    def _rules_texts(self) -> list[str]:
        """The rule sets' TOML texts, joined from their chunks once the sheet matches Meta (a
        file written before the Rules sheet was hashed has nothing to check)."""
        body = list(_body(iter(self.book.rows(RULES, composed=False)[1:]), 2))
        self._check_sheet(RULES, len(body), _sorted_digests(body))
        texts: dict[int, str] = {}
        for _, (index, text) in body:
            if isinstance(index, int):
                texts[index] = texts.get(index, "") + str(text or "")
        return [texts[index] for index in sorted(texts)]

    def _check_sheet(self, sheet: str, rows: int, found: Sequence[str | None]) -> None:
        """Report a sheet whose row count or content differs from what Meta recorded; ``found``
        holds the hashes of its cells as written and composed."""
        result = self.file
        expected_count = result.meta.get(formats.count_key(sheet))
        if expected_count is not None and expected_count != str(rows):
            message = QT_TRANSLATE_NOOP(
                "Messages", "sheet {sheet} has {rows} rows, Meta says {meta}"
            )
            result.problems.append(say(str(message), sheet=sheet, rows=rows, meta=expected_count))
        expected = result.meta.get(formats.hash_key(sheet))
        # the hash of the cells as written, or of the same text composed (a program that saved
        # the file again may have changed only the Unicode form, which changes no name)
        if expected is not None and expected not in found:
            message = QT_TRANSLATE_NOOP(
                "Messages", "the content of sheet {sheet} differs from its Meta hash"
            )
            result.problems.append(say(str(message), sheet=sheet))


def _body(rows: Iterator[list[Any]], width: int) -> Iterator[tuple[list[Any], list[Any]]]:
    """The non-empty rows, ``width`` cells each: (as written, composed), plain values."""
    for row in rows:
        if any(cell not in ("", None) for cell in row):
            cells = [plain(cell) for cell in (row + [""] * width)[:width]]
            yield cells, nfc_cells(cells)


def _sorted_digests(body: list[tuple[list[Any], list[Any]]]) -> list[str | None]:
    return [formats.sheet_digest(row[side] for row in body) for side in (0, 1)]


def _hashing(
    body: Iterator[tuple[list[Any], list[Any]]],
    digests: tuple[formats.StreamDigest, formats.StreamDigest],
) -> Iterator[tuple[list[Any], list[Any]]]:
    """The rows, passed on, each added to the digests of the cells as written and composed."""
    for cells, composed in body:
        digests[0].add(cells)
        digests[1].add(composed)
        yield cells, composed


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
