"""Snapshots: the hub's merged roster, handout ledger and rules, back to the stations.

A station importing a snapshot keeps its own records as they are; the people it lacks are
added, and other stations' handouts are added (origin 'snapshot') so that they count in its
decisions. Proxy registrations are the exception: a later change of one replaces the
station's copy, so that one removed anywhere stops being accepted here. Importing the same
snapshot again changes nothing; an older one than the last imported is refused. The
snapshot's moment is kept in the setting ``snapshot_as_of``.

A city's snapshot (half a million handouts) is never held whole: the export streams rows from
SQL cursors into the file, and the import applies the file a sheet at a time, in chunks,
inside one transaction, so that a sheet found altered only at its end undoes every row taken.

A snapshot is signed with the hub's key and carries the hub's own sequence number (a counter
in its database), so the order of snapshots never depends on a clock: a hub clock years ahead
would otherwise make every later snapshot look older. A station pins the hub key of its first
signed snapshot, refuses snapshots signed with any other (unless told that the hub is new, after
comparing fingerprints) and takes only a sequence above the last one it took.

Export and import take ``progress`` (a step per sheet) and ``cancelled``: an import is one
transaction, so a cancel at a sheet or chunk boundary takes nothing of the snapshot; an export
stops before it numbers the snapshot or writes the file.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

import peewee

from ttasum_desk.domain import signing
from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.records import (
    HandoutRecord,
    Origin,
    ProxyRecord,
    RecipientRecord,
    Status,
)
from ttasum_desk.domain.rules_file import parse_rules
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import ExchangeFile, ExchangeStream, write_exchange
from ttasum_desk.services import rules
from ttasum_desk.services.dayfile import base_meta, reference_sheets, this_station
from ttasum_desk.services.keys import RefusedFileError, station_signer
from ttasum_desk.services.merge_rows import RowInserter, RowProblem, hub_rows
from ttasum_desk.services.steps import Asked, Progress, report, stop_if_cancelled
from ttasum_desk.storage import audit, keys, rulesets, settings
from ttasum_desk.storage import exchange as store
from ttasum_desk.storage.db import reading, writing

AS_OF = "snapshot_as_of"
CHUNK_ROWS = 5_000  # rows looked up and inserted together, between two looks at the cancel


class SnapshotError(UserError):
    pass


class AlteredSnapshotError(SnapshotError):
    """The file differs from what its Meta recorded: nothing of it can be trusted."""

    exit_code = 5


class OtherCampaignError(SnapshotError):
    """The snapshot's rules are of a campaign this station does not run; taken only when the
    coordinator says so, since its rules would become the ones in force."""

    def __init__(self, file: str, theirs: str, ours: str) -> None:
        super().__init__(
            "The snapshot {file} holds the rules of campaign {theirs}, but this station runs "
            "{ours}. Import it only if the station is to take part in {theirs}.",
            file=file,
            theirs=theirs,
            ours=ours,
        )


@dataclass(frozen=True)
class SnapshotSummary:
    file: str
    as_of: str
    recipients_added: int = 0
    handouts_added: int = 0
    kept: int = 0  # rows this station already had, left as they are
    skipped: int = 0  # rows that could not be added (with no harm to the station)
    rules_changed: int = 0
    unchanged: bool = False
    sequence: int = 0  # the hub's number for this snapshot

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def export_snapshot(
    out: Path | str, progress: Progress | None = None, cancelled: Asked | None = None
) -> SnapshotSummary:
    station = this_station()
    signer = station_signer()
    report(progress, 0, 1, Path(out).name)
    stop_if_cancelled(cancelled)  # once numbered and writing, the snapshot is finished
    with writing():  # a number skipped by a failed write is harmless: only the order counts
        sequence = keys.sequence(keys.SNAPSHOT_ISSUED) + 1
        settings.put(keys.SNAPSHOT_ISSUED, str(sequence))
    as_of = now().isoformat(timespec="microseconds")
    meta = {**base_meta(formats.KIND_SNAPSHOT, station), "exported_at": as_of,
            "sequence": sequence}  # fmt: skip
    with reading():  # one consistent view, streamed from the cursors into the file
        data: dict[str, Iterable[Sequence[Any]]] = {
            formats.RECIPIENTS: store.sheet_rows(RecipientRecord),
            formats.HANDOUTS: store.sheet_rows(HandoutRecord),
            formats.PROXIES: store.sheet_rows(ProxyRecord),
            **reference_sheets(),
        }
        texts = [text for _, text in rulesets.current_texts()]
        write_exchange(out, meta, data, texts, signer=signer)
        counts = store.record_count(RecipientRecord), store.record_count(HandoutRecord)
    report(progress, 1, 1)
    return SnapshotSummary(str(out), as_of, *counts, sequence=sequence)


def as_of() -> str | None:
    """When the last snapshot imported here was taken, for the desk's "as of" label."""
    return settings.get(AS_OF)


def import_snapshot(
    path: Path | str,
    operator: str = "",
    other_campaign: bool = False,
    new_hub: bool = False,
    *,
    progress: Progress | None = None,
    cancelled: Asked | None = None,
) -> SnapshotSummary:
    """Take what the station lacks from a snapshot; an altered one is refused, and so is one
    of another campaign unless ``other_campaign``, and one signed with another key than the
    pinned hub's unless ``new_hub`` (the coordinator compared the new key's fingerprint)."""
    path = Path(path)
    stream = ExchangeStream(path, kind=formats.KIND_SNAPSHOT)
    snapshot = stream.file
    _refuse_altered(snapshot)  # Meta, Rules and Guide: the data sheets as they are applied
    taken = snapshot.meta.get("exported_at", "")
    station = this_station()
    with writing():
        previous = settings.get(AS_OF)
        sequence = _check_hub(snapshot, new_hub)
        if sequence is None and previous and _moment(taken, path) < _moment(previous, path):
            raise SnapshotError(
                "The snapshot {file} is from {taken}, older than the one already imported "
                "({previous}). Import the newest snapshot instead.",
                file=path.name,
                taken=taken,
                previous=previous,
            )
        if previous == taken:
            return SnapshotSummary(path.name, taken, unchanged=True, sequence=sequence or 0)
        if not other_campaign:
            _refuse_other_campaign(snapshot.rules_texts, path.name)
        summary = _apply(
            stream, station.code, snapshot.station_code, path.name, progress, cancelled
        )
        _refuse_altered(snapshot)  # rolls back every row taken
        changed = sum(
            rules.load_text(text, operator, source=path.name).changed
            for text in snapshot.rules_texts
        )
        settings.put(AS_OF, taken)
        if sequence is not None:
            settings.put(keys.HUB_KEY, snapshot.signed_by)
            settings.put(keys.SNAPSHOT_TAKEN, str(sequence))
        counts = {"rows": sum(summary.values()), "inserted": summary["added"]}
        log_uid = store.log_import(
            file_name=path.name, sha256=_file_sha256(path),
            station_code=snapshot.station_code, kind=Origin.SNAPSHOT, imported_at=now_iso(),
            counts=counts, altered=False, outcome={**summary, "as_of": taken},
        )  # fmt: skip
        audit.record("snapshot_imported", "import_log", log_uid, operator, as_of=taken, **summary)
    return SnapshotSummary(
        path.name, taken, summary["recipients"], summary["handouts"], summary["kept"],
        summary["skipped"], changed, sequence=sequence or 0,
    )  # fmt: skip


def _refuse_altered(snapshot: ExchangeFile) -> None:
    if snapshot.altered:
        raise AlteredSnapshotError(
            "The snapshot {file} was changed after it was exported ({problems}). Ask the "
            "coordinator for a new one.",
            file=snapshot.path.name,
            problems="; ".join(p.english for p in snapshot.problems),
        )


def _file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _check_hub(snapshot: ExchangeFile, new_hub: bool) -> int | None:
    """The signed snapshot's sequence once its hub key and order are right (None for an
    unsigned one, taken by its moment only while no hub is pinned); raises otherwise."""
    name, pinned = snapshot.path.name, settings.get(keys.HUB_KEY)
    signer = snapshot.signed_by
    if signer and not snapshot.signature_holds:
        raise RefusedFileError(
            "The snapshot {file} was changed after the hub signed it. Ask the coordinator for a "
            "new one.",
            file=name,
        )
    if not signer:
        if pinned:
            raise RefusedFileError(
                "The snapshot {file} is unsigned, but this station takes snapshots only from "
                "the hub with key {pinned}. Ask the coordinator for a new one.",
                file=name,
                pinned=signing.fingerprint(pinned),
            )
        return None
    if pinned and signer != pinned and not new_hub:
        raise RefusedFileError(
            "The snapshot {file} is signed with key {fingerprint}, not with the key of this "
            "station's hub ({pinned}). If the hub really moved to a new PC, compare the "
            "fingerprint with the coordinator and import it as from a new hub.",
            file=name,
            fingerprint=signing.fingerprint(signer),
            pinned=signing.fingerprint(pinned),
        )
    try:
        sequence = int(snapshot.meta.get("sequence", ""))
    except ValueError:
        raise SnapshotError(
            "The snapshot {file} has no valid sequence number in its Meta sheet.", file=name
        ) from None
    last = keys.sequence(keys.SNAPSHOT_TAKEN)
    same_hub = signer == pinned
    if same_hub and (sequence < last or (sequence == last and not _same(snapshot))):
        raise SnapshotError(
            "The snapshot {file} (number {sequence} of its hub) is older than the one already "
            "imported (number {last}). Import the newest snapshot instead.",
            file=name,
            sequence=sequence,
            last=last,
        )
    return sequence


def _same(snapshot: ExchangeFile) -> bool:
    """The snapshot already taken here (importing it again changes nothing)."""
    return settings.get(AS_OF) == snapshot.meta.get("exported_at", "")


def _refuse_other_campaign(texts: list[str], file_name: str) -> None:
    """A station with rules takes a snapshot's rules only for the campaigns it runs; the first
    snapshot (no rules yet) brings them."""
    ours = {book.campaign.code for book in rules.current_rules().books}
    theirs = {parse_rules(text).campaign.code for text in texts}
    if ours and theirs - ours:
        raise OtherCampaignError(file_name, ", ".join(sorted(theirs - ours)),
                                 ", ".join(sorted(ours)))  # fmt: skip


def _moment(text: str, path: Path) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise SnapshotError(
            "The snapshot {file} has no valid export time in its Meta sheet.", file=path.name
        ) from None


def _apply(
    stream: ExchangeStream,
    own: str,
    hub_code: str,
    file_name: str,
    progress: Progress | None,
    cancelled: Asked | None,
) -> dict[str, int]:
    """Add what this station lacks: reference rows, people (marked as coming from the hub),
    other stations' handouts, proxy registrations (and later changes of those it holds); a
    sheet at a time, in chunks, never the whole snapshot in memory."""
    inserter = RowInserter(hub_code, file_name, now_iso())
    tally = {"recipients": 0, "handouts": 0, "kept": 0, "skipped": 0, "added": 0}
    order = (formats.STATIONS, formats.ITEMS, formats.RECIPIENTS, formats.HANDOUTS,
             formats.PROXIES)  # fmt: skip
    for done, sheet in enumerate(order):
        report(progress, done, len(order), sheet)
        stop_if_cancelled(cancelled)
        voids: list[dict[str, Any]] = []  # taken after every handout they may void
        rows = stream.rows(sheet)
        if sheet == formats.HANDOUTS:
            rows = _handouts_to_take(rows, own, voids)
        while chunk := list(islice(rows, CHUNK_ROWS)):
            _apply_chunk(inserter, sheet, chunk, tally)
            stop_if_cancelled(cancelled)
        if voids:
            _apply_chunk(inserter, sheet, voids, tally)
    report(progress, len(order), len(order))
    return tally


def _handouts_to_take(
    rows: Iterator[dict[str, Any]], own: str, voids: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """Other stations' handouts (their batches are their stock, not ours); their voids are
    put in ``voids`` instead, to be taken last."""
    for row in rows:
        if row["station_code"] == own:
            continue
        row["batch_uid"] = None
        if row["status"] == Status.OK:
            yield row
        else:
            voids.append(row)


def _apply_chunk(
    inserter: RowInserter, sheet: str, rows: list[dict[str, Any]], tally: dict[str, int]
) -> None:
    key = {**formats.KEY_COLUMN, formats.STATIONS: "station_code", formats.ITEMS: "item_code"}
    have = hub_rows(sheet, {str(r[key[sheet]]) for r in rows})
    inserter.prepare(sheet, rows)
    inserter.origin = Origin.SNAPSHOT
    for row in rows:
        try:
            taken = _take(inserter, sheet, row, have.get(str(row[key[sheet]])))
        except (RowProblem, sqlite3.IntegrityError, peewee.IntegrityError):
            tally["skipped"] += 1
            continue
        if not taken:
            tally["kept"] += 1
            continue
        tally["added"] += 1
        if sheet in (formats.RECIPIENTS, formats.HANDOUTS):
            tally[sheet.lower()] += 1


def _take(
    inserter: RowInserter, sheet: str, row: dict[str, Any], held: dict[str, Any] | None
) -> bool:
    """Add a row the station lacks; of one it holds, take only a later change of a proxy
    registration (a removal anywhere must end it here too). Whether the row was taken."""
    if held is None:
        inserter.insert(sheet, row)
        return True
    return sheet == formats.PROXIES and inserter.take_if_later(row, held)
