"""The coordinator's merge: many day-files into the hub, one transaction per file.

Every row ends as exactly one of inserted, duplicate (same key, same content), conflict (same
key, different content, or a handout whose chain hash doesn't hold: both versions are kept
for review, nothing is overwritten) or rejected (invalid, with the reason); a proxy
registration is changed in place at every station, so of two versions the later change wins
(it counts as inserted, an earlier one as a duplicate) and removals reach the hub; per file,
rows = inserted + duplicates + conflicts + rejected. A file whose Meta counts or hashes don't
match its sheets, or whose handout chain is broken, is reported as altered. Rows are keyed by
UUID (items and stations by code), so merging a file again adds nothing and the order of the
files doesn't change the result. ``dry_run`` does all of it inside a transaction that is
rolled back. A day-file whose signature the hub can't accept (``services.keys``) is refused
whole: nothing of it is taken, and the outcome says why. A cancel is honoured between files
and, within a file, every ``CHUNK_ROWS`` rows: that file's transaction rolls back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.records import HandoutRecord, Origin, ReviewKind
from ttasum_desk.errors import StorageError, UserError
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.formats import COLUMNS, KEY_COLUMN
from ttasum_desk.exchange.workbook import ExchangeFile, read_exchange
from ttasum_desk.i18n import message, shown
from ttasum_desk.services import double_dips, keys
from ttasum_desk.services.merge_rows import (
    RowInserter,
    RowProblem,
    hub_rows,
    other_station_rows,
)
from ttasum_desk.services.review_fields import CHAIN_DOES_NOT_HOLD, DIFFERS_FROM_HUB
from ttasum_desk.services.steps import Asked, Cancelled, Progress, report, stop_if_cancelled
from ttasum_desk.storage import audit, class_counts, review
from ttasum_desk.storage import exchange as store
from ttasum_desk.storage import merging as hub
from ttasum_desk.storage.db import db_path, integrity_ok, reading, writing

ORDER = (
    formats.STATIONS, formats.ITEMS, formats.BATCHES, formats.RECIPIENTS, formats.HANDOUTS,
    formats.CLASS_COUNTS, formats.PROXIES,
)  # fmt: skip
IGNORED_IN_COMPARISON = {
    formats.ITEMS: {"item_uid"},
    formats.STATIONS: {"station_uid"},
    formats.RECIPIENTS: {"household_label"},  # the household's uid is what counts
}
KEYS = {**KEY_COLUMN, formats.ITEMS: "item_code", formats.STATIONS: "station_code"}
CHUNK_ROWS = 2_000  # rows looked up and inserted together, between two looks at the cancel


@dataclass(frozen=True)
class Rejected:
    sheet: str
    key: str
    row: int  # as Excel numbers it in that sheet
    reason: str


@dataclass(frozen=True)
class Conflict:
    sheet: str
    key: str
    ours: dict[str, Any]  # what the hub holds ({} for a row whose own hash fails)
    theirs: dict[str, Any]  # what the file says
    why: str


@dataclass
class FileOutcome:
    file: str
    station_code: str = ""
    day: str = ""
    sha256: str = ""
    rows: int = 0
    inserted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # not wrong, worth knowing
    error: str = ""
    refused: bool = False  # its signature refused it: nothing was taken (``error`` says why)
    rejections: list[Rejected] = field(default_factory=list)
    conflict_rows: list[Conflict] = field(default_factory=list)
    people: set[str] = field(default_factory=set)  # recipient uids it names: searched for dips

    @property
    def altered(self) -> bool:
        return bool(self.problems)

    def problems_text(self) -> str:
        """The problems in the user's language."""
        return "; ".join(shown(p) for p in self.problems)

    def notes_text(self) -> str:
        return "; ".join(shown(p) for p in self.notes)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "station_code": self.station_code, "day": self.day,
            "rows": self.rows, "inserted": self.inserted, "duplicates": self.duplicates,
            "conflicts": self.conflicts, "rejected": self.rejected, "altered": self.altered,
            "problems": [p.english for p in self.problems],
            "notes": [n.english for n in self.notes], "error": self.error,
            "refused": self.refused,
        }  # fmt: skip


@dataclass
class MergeResult:
    files: list[FileOutcome]
    double_dips: list[double_dips.DoubleDip]  # of the households the files name
    same_people: list[review.ReviewItem]
    dry_run: bool = False
    cancelled: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "files": [f.as_json() for f in self.files],
            "double_dips": [d.as_json() for d in self.double_dips],
            "same_people": len(self.same_people),
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
        }


class _DryRun(Exception):
    def __init__(self, result: MergeResult) -> None:
        super().__init__("dry run")
        self.result = result


def merge(
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    operator: str = "",
    progress: Progress | None = None,
    cancelled: Asked | None = None,
    confirmed: keys.KeyConfirmation | None = None,
    finished: Callable[[FileOutcome], object] | None = None,
) -> MergeResult:
    """Merge day-files; ``cancelled`` is asked between files and within one, whose
    transaction then rolls back, so no file is ever half done; ``finished`` hears each file's
    outcome as it is committed. ``confirmed`` says which new station keys the coordinator
    confirmed (enrolled at their first merge). After a real merge the database's integrity is
    checked."""
    steps = (progress, cancelled, confirmed, finished)
    if not dry_run:
        result = _merge_all(paths, operator, *steps, dry_run=False)
        if not integrity_ok():
            raise StorageError(
                "After the merge the database {path} failed its integrity check. Stop using it "
                "and restore the newest backup from the folder beside it.",
                path=str(db_path()),
            )
        return result
    try:
        with writing():
            raise _DryRun(_merge_all(paths, operator, *steps, dry_run=True))
    except _DryRun as done:
        return done.result


def open_reviews(kind: str | None = None) -> list[review.ReviewItem]:
    """What the merges set aside and nobody has decided yet (``services.review`` decides)."""
    return review.items(kind)


def _merge_all(
    paths: Sequence[Path | str],
    operator: str,
    progress: Progress | None,
    cancelled: Asked | None,
    confirmed: keys.KeyConfirmation | None,
    finished: Callable[[FileOutcome], object] | None,
    dry_run: bool,
) -> MergeResult:
    outcomes: list[FileOutcome] = []
    stopped = False
    for index, path in enumerate(paths):
        try:
            stop_if_cancelled(cancelled)
            report(progress, index, len(paths), Path(path).name)
            outcome = merge_file(Path(path), operator, confirmed, cancelled)
        except Cancelled:
            stopped = True
            break
        outcomes.append(outcome)
        if finished is not None:
            finished(outcome)
    report(progress, len(outcomes), len(paths))
    people: set[str] = set().union(*(outcome.people for outcome in outcomes))
    with reading():  # the search holds no writer lock: other PCs' merges go on meanwhile
        found = double_dips.detect(people) if people else []
    with writing():
        double_dips.record(found, now_iso())
    result = MergeResult(outcomes, found, review.items(ReviewKind.SAME_PERSON), dry_run, stopped)
    return result


def merge_file(
    path: Path,
    operator: str = "",
    confirmed: keys.KeyConfirmation | None = None,
    cancelled: Asked | None = None,
) -> FileOutcome:
    """One day-file in one transaction; a file that can't be read, or whose signature is
    refused, is reported, not merged. ``Cancelled`` rolls the file back."""
    outcome = FileOutcome(path.name)
    try:
        exchange_file = read_exchange(path, kind=formats.KIND_DAY)
    except UserError as error:
        outcome.error = message(error)
        return outcome
    outcome.station_code, outcome.day = (
        exchange_file.station_code,
        exchange_file.meta.get("day", ""),
    )
    outcome.sha256 = _sha256(path)
    verdict = keys.day_file_verdict(exchange_file, confirmed)
    if verdict.refusal is not None:
        outcome.refused, outcome.error = True, shown(verdict.refusal)
        return outcome
    outcome.notes += [verdict.note] if verdict.note is not None else []
    outcome.problems = [*exchange_file.problems, *filter(None, [verdict.problem])]
    tampered = _check_chain(exchange_file, outcome)
    foreign, problems = other_station_rows(exchange_file.sheets, outcome.station_code)
    outcome.problems += problems
    start = exchange_file.meta.get("chain_start", chain.GENESIS)
    if start != chain.GENESIS and not hub.has_chain_link(outcome.station_code, start):
        outcome.notes.append(
            say(
                str(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "an earlier day-file of {station} has not been merged yet: its handouts "
                        "before this file are missing here",
                    )
                ),
                station=outcome.station_code,
            )
        )
    outcome.people = {
        str(row["recipient_uid"])
        for sheet in (formats.RECIPIENTS, formats.HANDOUTS)
        for row in exchange_file.sheets.get(sheet, [])
        if row.get("recipient_uid")
    }
    with writing():
        keys.take_verdict(verdict, exchange_file, outcome.sha256, operator)
        _FileMerge(exchange_file, outcome, tampered, foreign, cancelled).run()
        counts = {
            "rows": outcome.rows, "inserted": outcome.inserted,
            "duplicates": outcome.duplicates, "conflicts": outcome.conflicts,
            "rejected": outcome.rejected,
        }  # fmt: skip
        details = {
            "day": outcome.day,
            "problems": [p.english for p in outcome.problems],
            "notes": [n.english for n in outcome.notes],
            "rejected": [r.__dict__ for r in outcome.rejections],
            "conflicts": [
                {"sheet": c.sheet, "key": c.key, "why": c.why} for c in outcome.conflict_rows
            ],
        }
        log_uid = store.log_import(
            file_name=path.name, sha256=outcome.sha256, station_code=outcome.station_code,
            kind=Origin.MERGE, imported_at=now_iso(), counts=counts, altered=outcome.altered,
            outcome=details,
        )  # fmt: skip
        audit.record(
            "day_file_merged", "import_log", log_uid, operator, file=path.name,
            sha256=outcome.sha256, altered=outcome.altered, **counts,
        )  # fmt: skip
    return outcome


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_chain(exchange_file: ExchangeFile, outcome: FileOutcome) -> set[str]:
    """Handout uids whose chain hash doesn't follow from their content and predecessor."""
    rows = sorted(
        exchange_file.sheets.get(formats.HANDOUTS, []), key=lambda row: str(row["receipt_no"])
    )
    previous = exchange_file.meta.get("chain_start") or chain.GENESIS
    broken: set[str] = set()
    for row in rows:
        try:
            expected = HandoutRecord.from_cells(row).chain_hash_after(previous)
        except (TypeError, ValueError):
            expected = ""
        if row["chain_hash"] != expected:
            broken.add(str(row["handout_uid"]))
            outcome.problems.append(
                say(
                    str(
                        QT_TRANSLATE_NOOP(
                            "Messages", "the handout chain breaks at receipt {receipt}"
                        )
                    ),
                    receipt=row["receipt_no"],
                )
            )
        previous = str(row["chain_hash"])
    head = exchange_file.meta.get("chain_head")
    if rows and head and head != previous:
        outcome.problems.append(
            say(
                str(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the chain head in Meta differs from the last handout"
                    )
                )
            )
        )
    return broken | _check_class_chain(exchange_file, outcome)


def _check_class_chain(exchange_file: ExchangeFile, outcome: FileOutcome) -> set[str]:
    """Class counts whose chain hash doesn't hold (the nurse's chain, in the order written)."""
    previous = exchange_file.meta.get("class_chain_start") or chain.GENESIS
    broken: set[str] = set()
    for row in exchange_file.sheets.get(formats.CLASS_COUNTS, []):
        try:
            expected = class_counts.chain_hash(previous, row)
        except (KeyError, TypeError, ValueError):
            expected = ""
        if row["chain_hash"] != expected:
            broken.add(str(row["class_count_uid"]))
            outcome.problems.append(
                say(
                    str(
                        QT_TRANSLATE_NOOP(
                            "Messages", "the class-count chain breaks at {school} {grade}-{klass}"
                        )
                    ),
                    school=row["school"],
                    grade=row["grade"],
                    klass=row["class"],
                )
            )
        previous = str(row["chain_hash"])
    return broken


class _FileMerge:
    def __init__(
        self,
        exchange_file: ExchangeFile,
        outcome: FileOutcome,
        tampered: set[str],
        foreign: dict[tuple[str, str], Message],
        cancelled: Asked | None = None,
    ) -> None:
        self.file, self.outcome, self.tampered = exchange_file, outcome, tampered
        self.cancelled = cancelled
        self.foreign = foreign  # rows of another station than the file's: rejected
        self.inserter = RowInserter(
            exchange_file.station_code, exchange_file.path.name, now_iso(), batched=True
        )

    def run(self) -> None:
        for sheet in ORDER:
            rows = self.file.sheets.get(sheet, [])
            if rows:
                self._sheet(sheet, rows)
        outcome = self.outcome
        total = outcome.inserted + outcome.duplicates + outcome.conflicts + outcome.rejected
        if total != outcome.rows:
            raise AssertionError(f"{outcome.file}: {outcome.rows} rows but {total} outcomes")

    def _sheet(self, sheet: str, rows: list[dict[str, Any]]) -> None:
        keys = {str(row[KEYS[sheet]]) for row in rows if row.get(KEYS[sheet])}
        have = hub_rows(sheet, keys)
        if sheet == formats.HANDOUTS:
            rows = sorted(rows, key=lambda row: str(row["receipt_no"]))
        for start in range(0, len(rows), CHUNK_ROWS):
            if start:
                stop_if_cancelled(self.cancelled)
            chunk = rows[start : start + CHUNK_ROWS]
            self.inserter.prepare(sheet, chunk)
            for number, row in enumerate(chunk, start + 2):
                self._row(sheet, number, row, have)
            for refused in self.inserter.flush():
                key = str(refused.row[KEYS[sheet]])
                self.outcome.inserted -= 1
                have.pop(key, None)
                self._reject(sheet, key, refused.number, f"refused by the database ({refused.why})")

    def _row(
        self, sheet: str, number: int, row: dict[str, Any], have: dict[str, dict[str, Any]]
    ) -> None:
        """One row's outcome; an inserted row counts as inserted once it is queued, until the
        chunk's flush says the database refused it."""
        key_column, outcome = KEYS[sheet], self.outcome
        outcome.rows += 1
        key = str(row.get(key_column) or "")
        ours = have.get(key)
        ignored = IGNORED_IN_COMPARISON.get(sheet, set())
        if not key:
            self._reject(sheet, key, number, f"no {key_column}")
        elif (sheet, key) in self.foreign:
            self._reject(sheet, key, number, self.foreign[(sheet, key)].english)
        elif ours is not None:
            if all(ours[c] == row[c] for c in COLUMNS[sheet] if c not in ignored):
                outcome.duplicates += 1
            elif sheet == formats.PROXIES:
                self._later_change(key, number, ours, row, have)
            else:
                self._conflict(sheet, key, ours, row, DIFFERS_FROM_HUB)
        elif sheet in (formats.HANDOUTS, formats.CLASS_COUNTS) and key in self.tampered:
            self._conflict(sheet, key, {}, row, CHAIN_DOES_NOT_HOLD)
        else:
            try:
                self.inserter.insert(sheet, row, number)
            except RowProblem as problem:
                if problem.conflict_with is not None:
                    self._conflict(sheet, key, problem.conflict_with, row, shown(problem.reason))
                else:
                    self._reject(sheet, key, number, shown(problem.reason))
                return
            outcome.inserted += 1
            have[key] = row

    def _later_change(
        self,
        key: str,
        number: int,
        ours: dict[str, Any],
        row: dict[str, Any],
        have: dict[str, dict[str, Any]],
    ) -> None:
        """A registration the hub holds otherwise: a later change replaces it (counted as
        inserted), an earlier one changes nothing (a duplicate)."""
        try:
            taken = self.inserter.take_if_later(row, ours)
        except RowProblem as problem:
            self._reject(formats.PROXIES, key, number, shown(problem.reason))
            return
        if taken:
            self.outcome.inserted += 1
            have[key] = row
        else:
            self.outcome.duplicates += 1

    def _reject(self, sheet: str, key: str, row: int, reason: str) -> None:
        self.outcome.rejected += 1
        self.outcome.rejections.append(Rejected(sheet, key, row, reason))

    def _conflict(
        self, sheet: str, key: str, ours: dict[str, Any], theirs: dict[str, Any], why: str
    ) -> None:
        self.outcome.conflicts += 1
        self.outcome.conflict_rows.append(Conflict(sheet, key, ours, theirs, why))
        review.add(
            ReviewKind.CONFLICT, sheet, key,
            finger=review.fingerprint(ReviewKind.CONFLICT, sheet, key, ours, theirs),
            ours=ours, theirs=theirs, detail={"why": why}, file_name=self.outcome.file,
            station_code=self.outcome.station_code, at=now_iso(),
        )  # fmt: skip
