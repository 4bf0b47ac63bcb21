"""Roster import: a school's or district office's list into recipients, in one transaction.

``preview`` shows the detected header and column mapping (staff may change it);
``import_roster`` matches each row to a recipient by card code, else by name + birth date +
school, and inserts, updates or leaves it; re-importing the same file changes nothing. Every
rejected row keeps its row number and reason, and can be saved as an error workbook. A row
with a formula cell is rejected (its computed value may not be what the school meant).
A household column puts people in the household its key names (``people.household_of_key``:
the same uid at every station); a statuses column replaces their statuses, and the disability
flag follows it. A blank cell in either says "none", as the file's other columns do.
``progress`` hears the rows read so far; ``cancelled`` is asked every ``CHUNK_ROWS`` rows, and a
cancel rolls the whole import back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.messages import Message
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import roster_mapping as mapping
from ttasum_desk.exchange import writer
from ttasum_desk.exchange.roster_mapping import RowProblem
from ttasum_desk.i18n import shown
from ttasum_desk.services import people
from ttasum_desk.services.registration import RegistrationError, next_card_code, parse_birth
from ttasum_desk.services.roster_sheets import (
    PREVIEW_ROWS,
    chosen_columns,
    load_sheets,
    named_school,
)
from ttasum_desk.services.stations import current_station
from ttasum_desk.services.steps import Asked, Progress, report, stop_if_cancelled
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage import exchange as store
from ttasum_desk.storage.db import writing

Converted = TypeVar("Converted")
FLUSH_ROWS = 20_000  # pending inserts and updates written at a time
CHUNK_ROWS = 1_000  # rows between two progress reports and looks at the cancel
_CARD, _NAME, _KEY, _REV, _INITIALS, _BIRTH, _YEAR = range(7)
_GROUP, _SCHOOL, _GRADE, _KLASS, _NUMBER, _DISTRICT, _PHONE, _NOTES = range(7, 15)
_HOUSEHOLD, _DISABILITY, _TAGS = range(15, 18)
# roster field → the ROSTER_COLUMNS positions it sets
_SETS: dict[str, tuple[int, ...]] = {
    "card_code": (_CARD,), "name": (_NAME, _KEY, _REV, _INITIALS), "birth_date": (_BIRTH, _YEAR),
    "group": (_GROUP,), "school": (_SCHOOL,), "grade": (_GRADE,), "class": (_KLASS,),
    "number": (_NUMBER,), "district": (_DISTRICT,), "phone": (_PHONE,), "notes": (_NOTES,),
    "household": (_HOUSEHOLD,), "tags": (_DISABILITY, _TAGS),
}  # fmt: skip


@dataclass(frozen=True)
class Rejection:
    sheet: str
    row: int  # as Excel numbers it
    message: Message  # why, translated where it is shown
    cells: list[Any]

    @property
    def reason(self) -> str:
        return self.message.english


@dataclass(frozen=True)
class RosterPreview:
    file: Path
    sheet: str
    header_row: int  # as Excel numbers it
    headers: list[str]
    mapping: dict[int, str]
    school: str  # named in the title rows, used where the file has no school column
    data_rows: int  # in every sheet that will be imported
    sample: list[list[Any]]
    sheets: list[str]  # the sheets with a header row: all of them are imported


@dataclass
class RosterResult:
    file: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "rows": self.rows,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"row": r.row, "reason": r.reason, "sheet": r.sheet} for r in self.rejected
            ],
            "dry_run": self.dry_run,
        }


def preview(
    path: Path | str,
    overrides: Mapping[str, str] | None = None,
    columns: Mapping[int, str] | None = None,
) -> RosterPreview:
    path = Path(path)
    sheets = load_sheets(path)
    first = sheets[0]
    chosen = chosen_columns(first.guess, overrides, columns)
    data = first.first_data()
    mapping.refuse_resident_number_column(first.guess.headers, chosen)
    return RosterPreview(
        path, first.name, first.guess.row + 1, first.guess.headers, chosen, named_school(sheets),
        sum(1 for sheet in sheets for _ in sheet.body()), data[:PREVIEW_ROWS],
        [sheet.name for sheet in sheets],
    )  # fmt: skip


def import_roster(
    path: Path | str,
    overrides: Mapping[str, str] | None = None,
    *,
    dry_run: bool = False,
    operator: str = "",
    school: str | None = None,
    columns: Mapping[int, str] | None = None,
    progress: Progress | None = None,
    cancelled: Asked | None = None,
) -> RosterResult:
    """Import one roster file, every sheet with a header; ``school`` overrides the one named
    in the titles, ``columns`` (column index → field) replaces the detected mapping.
    ``progress(rows, 0, sheet)``: the rows read so far (0: the total is not known ahead)."""
    path = Path(path)
    sheets = load_sheets(path)
    plans = []
    for sheet in sheets:
        chosen = chosen_columns(sheet.guess, overrides, columns)
        if "name" not in chosen.values():
            raise mapping.MappingError("Map one column to name: the roster has no name column.")
        mapping.refuse_resident_number_column(sheet.guess.headers, chosen)
        plans.append((sheet, chosen, school if school is not None else sheet.guess.school))
    digest = _sha256(path)
    fallback = school if school is not None else named_school(sheets)

    def run() -> RosterResult:
        work = _Import(path, dry_run, progress, cancelled)
        for sheet, chosen, named in plans:
            formulas = sheet.book.formula_cells.get(sheet.name, {})
            work.run(sheet.name, sheet.body(), chosen, named or fallback, formulas)
        return work.finish()

    if dry_run:
        return run()
    with writing():
        result = run()
        counts = {"rows": result.rows, "inserted": result.inserted, "updated": result.updated}
        outcome = {**result.as_json(), "mapping": {str(k): v for k, v in plans[0][1].items()}}
        log_uid = store.log_import(
            file_name=path.name, sha256=digest, station_code=_station_code(), kind="roster",
            imported_at=now_iso(), counts={**counts, "rejected": len(result.rejected)},
            altered=False, outcome=outcome,
        )  # fmt: skip
        audit.record(
            "roster_imported", "import_log", log_uid, operator, file=path.name, sha256=digest,
            inserted=result.inserted, updated=result.updated, rejected=len(result.rejected),
        )  # fmt: skip
    return result


def save_rejections(result: RosterResult, headers: Sequence[str], out: Path | str) -> Path:
    """The rejected rows as a workbook: row number, reason, then the row as it was."""
    rows = [[r.sheet, r.row, shown(r.message), *r.cells] for r in result.rejected]
    spec = writer.SheetSpec("Rejected", ["sheet", "row", "reason", *headers], rows)
    return writer.write_workbook(out, [spec])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _in_row(convert: Callable[[str | None], Converted], value: Any) -> Converted:
    """A cell through one of the people services' normalisations; what they refuse rejects
    the row."""
    try:
        return convert(mapping.text(value))
    except UserError as error:
        raise RowProblem(error.message) from error


def _station_code() -> str:
    station = current_station()
    return station.code if station else ""


class _Import:
    """Validate, match, then insert and update in bulk; sheet by sheet, one pass each."""

    def __init__(
        self,
        path: Path,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Asked | None = None,
    ) -> None:
        self.path, self.dry_run = path, dry_run
        self.progress, self.cancelled = progress, cancelled
        self.result = RosterResult(path.name, dry_run=dry_run)
        self.columns: dict[int, str] = {}
        self.fields: set[str] = set()
        self.school = ""
        self.now = now_iso()
        self.inserts: list[list[Any]] = []
        self.updates: list[list[Any]] = []
        self.next_card: tuple[str, int, int] | None = None  # (prefix, number, digits) to issue
        self.seen: dict[tuple[Any, ...], tuple[str, int]] = {}
        self.keys_cache: dict[str, dict[str, str]] = {}
        self.group_cache: dict[tuple[Any, bool], str] = {}
        self.birth_cache: dict[Any, tuple[str | None, int]] = {}
        self.households: dict[str, str] = {}  # uid -> label, created with the rows
        self.by_card: dict[str, tuple[Any, ...]] = {}
        self.by_person: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        for existing in store.roster_index():
            self.by_card[existing[1 + _CARD]] = existing
            self.by_person[self._person(existing[1:])] = existing

    @staticmethod
    def _person(values: Sequence[Any]) -> tuple[Any, ...]:
        return (values[_KEY], values[_BIRTH] or values[_YEAR], values[_SCHOOL] or "")

    def run(
        self,
        sheet: str,
        body: Iterable[tuple[int, list[Any]]],
        columns: dict[int, str],
        school: str,
        formulas: Mapping[int, str],
    ) -> None:
        self.columns, self.fields, self.school = columns, set(columns.values()), school
        result = self.result
        for number, cells in body:
            result.rows += 1
            if result.rows % CHUNK_ROWS == 0:
                report(self.progress, result.rows, 0, sheet)
                stop_if_cancelled(self.cancelled)
            try:
                if number in formulas:
                    raise RowProblem(
                        "The cell {cell} holds a formula: paste its value instead.",
                        cell=formulas[number],
                    )
                self._row(sheet, number, cells)
            except RowProblem as problem:
                result.rejected.append(Rejection(sheet, number, problem.message, cells))
            if len(self.inserts) + len(self.updates) >= FLUSH_ROWS:
                self._flush()

    def _row(self, sheet: str, number: int, cells: list[Any]) -> None:
        result = self.result
        values = self._values(cells)
        card = values[_CARD]
        # by card code, or else (no card in the row) by name + birth date + school
        key = ("card", card) if card else self._person(values)
        first = self.seen.get(key)
        if first and first[0] == sheet:
            raise RowProblem("The same person as row {first}.", first=first[1])
        if first:
            raise RowProblem(
                "The same person as row {first} of sheet {sheet}.", first=first[1], sheet=first[0]
            )
        self.seen[key] = (sheet, number)
        existing = self.by_card.get(card) if card else self.by_person.get(key)
        if existing is None:
            self.inserts.append(values)
            result.inserted += 1
            return
        merged = self._merged(existing, values)
        if merged == list(existing[1:]):
            result.unchanged += 1
        else:
            self.updates.append([*merged, self.now, existing[0]])
            result.updated += 1

    def finish(self) -> RosterResult:
        self._flush()
        return self.result

    def _flush(self) -> None:
        """Write what is pending (a dry run only counts), so memory stays flat."""
        if not self.dry_run:
            self._write(self.inserts, self.updates, self.now)
        self.inserts, self.updates = [], []

    def _values(self, cells: list[Any]) -> list[Any]:
        raw = {f: cells[c] if c < len(cells) else None for c, f in self.columns.items()}
        name = mapping.text(raw.get("name"))
        if not name:
            raise RowProblem("The name is empty.")
        keys = self.keys_cache.get(name) or self.keys_cache.setdefault(name, search_keys(name))
        birth_date, year = self._birth(raw.get("birth_date"))
        school = mapping.text(raw.get("school")) or self.school or None
        grade = mapping.small_number(raw.get("grade"), "grade")
        student = bool(school and grade)
        group_key = (raw.get("group"), student)
        group = self.group_cache.get(group_key)
        if group is None:
            group = self.group_cache[group_key] = mapping.group(*group_key)
        card = mapping.text(raw.get("card_code"))
        household = _in_row(people.household_of_key, raw.get("household"))
        if household is not None:
            self.households.setdefault(household.uid, household.label)
        statuses = _in_row(people.statuses_of, raw.get("tags"))
        return [
            card.upper() if card else None, name, keys["name_key"], keys["name_rev"],
            keys["initials"], birth_date, year, group, school, grade,
            mapping.small_number(raw.get("class"), "class"),
            mapping.small_number(raw.get("number"), "number"),
            mapping.text(raw.get("district")), mapping.phone_last4(raw.get("phone")),
            mapping.text(raw.get("notes")) or "", household.uid if household else None,
            int(statuses.disability), statuses.text,
        ]  # fmt: skip

    def _birth(self, value: Any) -> tuple[str | None, int | None]:
        if value in (None, ""):
            if "birth_date" in self.fields:
                raise RowProblem("The birth date is empty.")
            return None, None
        cached = self.birth_cache.get(value)
        if cached is None:
            try:
                cached = parse_birth(mapping.birth_text(value))
            except RegistrationError as error:
                raise RowProblem(error.message) from error
            self.birth_cache[value] = cached
        return cached

    def _merged(self, existing: tuple[Any, ...], values: list[Any]) -> list[Any]:
        """The existing row with what this file says; fields the file lacks stay as they are."""
        merged = list(existing[1:])
        fields = self.fields | ({"group"} if values[_GROUP] == "student" else set())
        for roster_field in fields:
            for position in _SETS.get(roster_field, ()):
                if position == _CARD and not values[_CARD]:
                    continue
                merged[position] = values[position]
        if "school" not in self.fields and self.school:
            merged[_SCHOOL] = values[_SCHOOL]
        return merged

    def _write(self, inserts: list[list[Any]], updates: list[list[Any]], now: str) -> None:
        station = _station_code()
        missing = [row for row in inserts if not row[_CARD]]
        if missing:
            if not station:
                raise UserError("Set this station's code in Settings before importing rosters.")
            if self.next_card is None:
                prefix, start = next_card_code(station).rsplit("-", 1)
                self.next_card = (prefix, int(start), len(start))
            prefix, number, width = self.next_card
            for offset, row in enumerate(missing):
                row[_CARD] = f"{prefix}-{number + offset:0{width}d}"
            self.next_card = (prefix, number + len(missing), width)
        source = f"roster:{self.path.name}"
        recipients.ensure_households((uid, label, now) for uid, label in self.households.items())
        self.households = {}
        rows = (
            (new_uid(), *row[:_NOTES], row[_HOUSEHOLD], row[_DISABILITY], row[_NOTES], source,
             station, now, now, row[_TAGS])
            for row in inserts
        )  # fmt: skip
        recipients.insert_many(rows, recipients.WITH_TAGS)
        store.update_recipients(updates)
