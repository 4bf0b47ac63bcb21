"""Signing keys: this station's key pair, enrolment at the hub, and what a signature decides.

A station makes its Ed25519 key pair the first time it needs one (its first export, its first
enrolment file, or when Settings shows the fingerprint); the private half stays in a file beside
the database (``storage.keys`` says why). A hub enrols a station's public key from an enrolment
file, or at the first merge of a signed day-file once the coordinator has compared the
fingerprint with the one the station shows. From then on only that key's day-files are taken.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk import __version__
from ttasum_desk.domain import signing
from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.records import ReviewKind
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import ExchangeFile, read_exchange, write_exchange
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, review, settings
from ttasum_desk.storage import keys as store
from ttasum_desk.storage.db import writing

SOURCE_FILE, SOURCE_MERGE = "file", "merge"
# (station code, public key hex) -> whether the coordinator confirmed it at this merge
KeyConfirmation = Callable[[str, str], bool]

UNSIGNED_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "unsigned: {station} has no key enrolled here, so nothing shows who wrote this file",
    )
)
NOT_ENROLLED_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "signed with key {fingerprint}, which is not enrolled here: enrol {station} to check its "
        "files",
    )
)
BAD_SIGNATURE = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "its signature does not match its content: the file was changed after it was signed",
    )
)
UNSIGNED_ENROLLED = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "it is unsigned, but {station} is enrolled with key {enrolled}: only files signed with "
        "that key are taken",
    )
)
OTHER_KEY = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "it claims to come from {station} but is signed with key {fingerprint}, not with the key "
        "enrolled for {station} ({enrolled})",
    )
)
SHEETS_UNCOVERED = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "its sheets differ from what its signature covers ({problems})",
    )
)


class RefusedFileError(UserError):
    """A signed exchange file that can't be trusted: nothing of it is taken."""

    exit_code = 5


@dataclass(frozen=True)
class Enrolment:
    station_code: str
    station_name: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)


@dataclass(frozen=True)
class Verdict:
    """What a day-file's signature decides: refused (why), or taken with a note, and whether
    its key is to be enrolled at this merge."""

    refusal: Message | None = None
    note: Message | None = None
    problem: Message | None = None  # taken, but shown as altered
    enrol: bool = False
    unsigned: bool = False  # taken, with a review item: no enrolled key to check it against


def station_signer() -> signing.Signer:
    """This station's key, made (and kept beside the database) the first time it is needed."""
    raw = store.load_private()
    if raw is not None:
        return signing.Signer(raw)
    signer = signing.Signer.generate()
    store.save_private(signer.private)
    return signer


def own_fingerprint() -> str:
    return signing.fingerprint(station_signer().public_hex)


def export_enrolment(out: Path | str) -> Enrolment:
    """Write the enrolment file the coordinator imports at the hub: this station's code, name
    and public key, signed with the key itself."""
    station = current_station()
    if station is None:
        raise UserError("Set this station's code in Settings before exporting.")
    signer = station_signer()
    meta = {"kind": formats.KIND_ENROL, "station_code": station.code,
            "station_name": station.name, "exported_at": now_iso(),
            "app_version": __version__}  # fmt: skip
    write_exchange(out, meta, {}, signer=signer)
    return Enrolment(station.code, station.name, signer.public_hex)


def read_enrolment(path: Path | str) -> Enrolment:
    """An enrolment file's station and key, once its own signature holds."""
    path = Path(path)
    found = read_exchange(path, kind=formats.KIND_ENROL)
    if not found.signature_holds or found.altered or not found.station_code:
        raise RefusedFileError(
            "The enrolment file {file} was changed after it was written. Export a new one at the "
            "station.",
            file=path.name,
        )
    return Enrolment(found.station_code, found.meta.get("station_name", ""), found.signed_by)


def enrol(enrolment: Enrolment, operator: str = "", source: str = SOURCE_FILE) -> None:
    """Enrol (or re-enrol, after a new PC) a station's key at this hub."""
    with writing():
        _enrol(enrolment.station_code, enrolment.public_key, source, operator)


def _enrol(station_code: str, public_key: str, source: str, operator: str) -> None:
    store.enrol(store.EnrolledKey(station_code, public_key, source, now_iso(), operator))
    audit.record("station_enrolled", "station_key", station_code, operator,
                 fingerprint=signing.fingerprint(public_key), source=source)  # fmt: skip


def enrolled_stations() -> list[store.EnrolledKey]:
    return store.all_enrolled()


def unknown_signers(paths: list[Path]) -> list[Enrolment]:
    """Stations whose day-files among ``paths`` are validly signed with a key not enrolled
    here: what the coordinator is asked to confirm before a merge (one per station and key)."""
    found: dict[tuple[str, str], Enrolment] = {}
    for path in paths:
        try:
            day_file = read_exchange(path, kind=formats.KIND_DAY)
        except UserError:
            continue  # the merge reports it
        code = day_file.station_code
        if day_file.signature_holds and store.enrolled(code) is None:
            name = day_file.meta.get("station_name", "")
            found[(code, day_file.signed_by)] = Enrolment(code, name, day_file.signed_by)
    return list(found.values())


def day_file_verdict(day_file: ExchangeFile, confirmed: KeyConfirmation | None) -> Verdict:
    """Whether a day-file's signature lets the hub take it (reads only). Without an enrolled
    key a bad signature is as good as none (anyone could strip it): such a file is merged as
    unsigned and shown as altered."""
    code, signer, holds = day_file.station_code, day_file.signed_by, day_file.signature_holds
    theirs = signing.fingerprint(signer)
    known, enrol_now = store.enrolled(code), False
    if known is None:
        if not (signer and holds):
            bad = say(BAD_SIGNATURE) if signer else None
            return Verdict(note=say(UNSIGNED_NOTE, station=code), problem=bad, unsigned=True)
        if confirmed is None or not confirmed(code, signer):
            return Verdict(note=say(NOT_ENROLLED_NOTE, station=code, fingerprint=theirs))
        known, enrol_now = store.EnrolledKey(code, signer, SOURCE_MERGE, "", ""), True
    enrolled = signing.fingerprint(known.public_key)
    if not signer:
        return Verdict(refusal=say(UNSIGNED_ENROLLED, station=code, enrolled=enrolled))
    if signer != known.public_key:
        return Verdict(refusal=say(OTHER_KEY, station=code, fingerprint=theirs, enrolled=enrolled))
    if not holds:
        return Verdict(refusal=say(BAD_SIGNATURE))
    if day_file.altered:
        problems = "; ".join(problem.english for problem in day_file.problems)
        return Verdict(refusal=say(SHEETS_UNCOVERED, problems=problems))
    return Verdict(enrol=enrol_now)


def take_verdict(verdict: Verdict, day_file: ExchangeFile, sha256: str, operator: str) -> None:
    """Inside the merge's transaction: enrol a key confirmed at this merge, or set an unsigned
    file aside for review (once per file content)."""
    if verdict.enrol:
        _enrol(day_file.station_code, day_file.signed_by, SOURCE_MERGE, operator)
    if verdict.unsigned and verdict.note is not None:
        name, code = day_file.path.name, day_file.station_code
        review.add(
            ReviewKind.UNSIGNED, "file", name,
            finger=review.fingerprint(ReviewKind.UNSIGNED, "file", sha256),
            detail={"why": verdict.note.english, "stations": [code]}, file_name=name,
            station_code=code, at=now_iso(),
        )  # fmt: skip


@dataclass(frozen=True)
class KeyState:
    fingerprint: str  # this station's key; '' when it has none yet
    enrolled_stations: int  # at a hub
    pinned_hub: str  # the hub key's fingerprint this station takes snapshots from; '' if none

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def key_state() -> KeyState:
    """Where this database stands on keys, without making one."""
    raw = store.load_private()
    own = signing.fingerprint(signing.Signer(raw).public_hex) if raw is not None else ""
    pinned = signing.fingerprint(settings.get(store.HUB_KEY) or "")
    return KeyState(own, len(store.all_enrolled()), pinned)
