"""Is this database still what the app wrote? One read-only call that says so, check by check.

In one read transaction (a consistent picture, no writer kept waiting): SQLite's full
``integrity_check``; every station's handout chain and class-count chain; the audit log's
chain; and whether each handout and class count still matches what the audit log recorded
when it was written. A failed check names the first broken row (station and receipt number,
class count, or audit entry) and says what to do: restore the newest backup that verifies,
and export nothing until then, so a changed record never travels to the hub.

When the file itself is damaged, the other checks are not run: what they would read can't be
trusted. Last, where the station's signing key stands (reported, never failed). Within the
database, a tool that edits a row and recomputes every later hash of both
its chain and the audit log passes these checks (see ``storage.verification``); the hub's
merged copy and the backups still hold the original. At a hub, a station's chain also reads
as broken while one of its day-files has not been merged (the rows after the gap link to rows
the hub lacks), and so does its class-count chain when its day-files were merged out of day
order (merged rows keep the merge's moment, not the station's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.errors import DatabaseDamaged
from ttasum_desk.services import keys
from ttasum_desk.services.backup import backup_folder
from ttasum_desk.services.steps import Asked, Progress, report, stop_if_cancelled
from ttasum_desk.storage import audit, handouts, verification
from ttasum_desk.storage.db import db_location, db_path, on_postgres

INTEGRITY_OK = str(QT_TRANSLATE_NOOP("Messages", "The database file is sound."))
INTEGRITY_BROKEN = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged ({detail}). Restore the newest backup that verifies, from "
        "{folder}, and export nothing until then.",
    )
)
HANDOUT_CHAIN_OK = str(QT_TRANSLATE_NOOP("Messages", "The handout chain of {station} holds."))
HANDOUT_CHAIN_BROKEN = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The handout chain of {station} breaks at receipt {receipt}: that row was changed outside "
        "the app. Restore the newest backup that verifies, from {folder}, and export nothing until "
        "then.",
    )
)
CLASS_CHAIN_OK = str(QT_TRANSLATE_NOOP("Messages", "The class-count chain of {station} holds."))
CLASS_CHAIN_BROKEN = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The class-count chain of {station} breaks at the count for {school} {grade}-{klass} on "
        "{day}: that row was changed outside the app. Restore the newest backup that verifies, "
        "from {folder}, and export nothing until then.",
    )
)
AUDIT_OK = str(QT_TRANSLATE_NOOP("Messages", "The audit log's chain holds."))
AUDIT_BROKEN = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The audit log breaks at entry {seq}: it was changed outside the app. Restore the newest "
        "backup that verifies, from {folder}, and export nothing until then.",
    )
)
AGREES_OK = str(
    QT_TRANSLATE_NOOP("Messages", "Every handout and class count matches the audit log.")
)
RECEIPT_DIFFERS = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Receipt {receipt} no longer matches audit entry {seq}: it was changed or removed outside "
        "the app. Restore the newest backup that verifies, from {folder}, and export nothing until "
        "then.",
    )
)
CLASS_COUNT_DIFFERS = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The class count {uid} no longer matches audit entry {seq}: it was changed or removed "
        "outside the app. Restore the newest backup that verifies, from {folder}, and export "
        "nothing until then.",
    )
)
KEY_HELD = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "This station signs its files with key {fingerprint}; {enrolled} stations are enrolled "
        "here.",
    )
)
KEY_NOT_YET = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "This station has no signing key beside its database yet: one is made at its next "
        "export, and the hub must enrol it again if it had enrolled another; {enrolled} "
        "stations are enrolled here.",
    )
)
NOT_IN_AUDIT = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Receipt {receipt} is in no audit entry: it was added outside the app. Restore the newest "
        "backup that verifies, from {folder}, and export nothing until then.",
    )
)


@dataclass(frozen=True)
class Check:
    """One check: ``first_broken`` names the first broken row when it failed."""

    name: str
    ok: bool
    first_broken: str | None
    message: Message


@dataclass(frozen=True)
class Verification:
    checks: tuple[Check, ...]
    signing: Message  # where the station's key stands: said, never a failure

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def first_failure(self) -> Check | None:
        return next((check for check in self.checks if not check.ok), None)


def verify(progress: Progress | None = None, cancelled: Asked | None = None) -> Verification:
    """Run every check on the open database, reading only; ``progress`` counts the checks,
    and a cancel (``services.steps``) stops between two of them."""
    folder = db_location() if on_postgres() else str(backup_folder(db_path()))  # pg_dump's
    with verification.read_snapshot():
        stop_if_cancelled(cancelled)
        integrity = _integrity(folder)
        if not integrity.ok:
            return Verification((integrity,), _signing_key())
        stations = verification.station_codes
        checks: list[Callable[[str], Check]] = [
            *(partial(_handout_chain, code) for code in stations("handout")),
            *(partial(_class_chain, code) for code in stations("class_count")),
            _audit_chain,
            _audit_agreement,
        ]
        done: list[Check] = [integrity]
        for check in checks:
            report(progress, len(done), len(checks) + 1)
            stop_if_cancelled(cancelled)
            done.append(check(folder))
        report(progress, len(done), len(checks) + 1)
        return Verification(tuple(done), _signing_key())


def _integrity(folder: str) -> Check:
    findings = verification.integrity_findings()
    if not findings:
        return Check("integrity", True, None, say(INTEGRITY_OK))
    detail = "; ".join(findings[:3])
    return Check("integrity", False, detail, say(INTEGRITY_BROKEN, detail=detail, folder=folder))


def _handout_chain(station: str, folder: str) -> Check:
    name = f"handout_chain {station}"
    receipt = handouts.verify_chain(station)
    if receipt is None:
        return Check(name, True, None, say(HANDOUT_CHAIN_OK, station=station))
    return Check(
        name,
        False,
        receipt,
        say(HANDOUT_CHAIN_BROKEN, station=station, receipt=receipt, folder=folder),
    )


def _class_chain(station: str, folder: str) -> Check:
    name = f"class_count_chain {station}"
    row = verification.first_broken_class_count(station)
    if row is None:
        return Check(name, True, None, say(CLASS_CHAIN_OK, station=station))
    message = say(
        CLASS_CHAIN_BROKEN,
        station=station,
        school=row.school,
        grade=row.grade,
        klass=row.klass,
        day=row.handed_at[:10],
        folder=folder,
    )
    return Check(name, False, row.uid, message)


def _audit_chain(folder: str) -> Check:
    seq = audit.verify()
    if seq is None:
        return Check("audit_log", True, None, say(AUDIT_OK))
    return Check("audit_log", False, f"audit {seq}", say(AUDIT_BROKEN, seq=seq, folder=folder))


def _audit_agreement(folder: str) -> Check:
    name = "audit_agreement"
    found = verification.first_disagreement()
    if found is None:
        return Check(name, True, None, say(AGREES_OK))
    if found.seq is None:
        message = say(NOT_IN_AUDIT, receipt=found.receipt_no, folder=folder)
        return Check(name, False, found.receipt_no, message)
    if found.receipt_no:
        message = say(RECEIPT_DIFFERS, receipt=found.receipt_no, seq=found.seq, folder=folder)
    else:
        message = say(CLASS_COUNT_DIFFERS, uid=found.uid, seq=found.seq, folder=folder)
    return Check(name, False, found.receipt_no or found.uid, message)


def _signing_key() -> Message:
    """Where the station's key stands: a report, never a failure (a database copied to a new
    PC rightly has none until it exports; the exchange files themselves are not kept here)."""
    state = keys.key_state()
    if state.fingerprint:
        return say(KEY_HELD, fingerprint=state.fingerprint, enrolled=state.enrolled_stations)
    return say(KEY_NOT_YET, enrolled=state.enrolled_stations)


def require_intact(progress: Progress | None = None, cancelled: Asked | None = None) -> None:
    """Refuse an export from a database that fails ``verify``: a changed record must never
    travel to the hub. The refusal is the first failed check's message (exit code 5)."""
    failure = verify(progress, cancelled).first_failure
    if failure is not None:
        raise DatabaseDamaged(failure.message)
