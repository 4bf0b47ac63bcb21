"""Snapshots: the hub's merged roster, handout ledger and rules, back to the stations.

A station importing a snapshot keeps its own records as they are; the people it lacks are
added, and other stations' handouts are added (origin 'snapshot') so that they count in its
decisions. Proxy registrations are the exception: a later change of one replaces the
station's copy, so that one removed anywhere stops being accepted here. Importing the same
snapshot again changes nothing; an older one than the last imported is refused. The
snapshot's moment is kept in the setting ``snapshot_as_of``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.records import Origin
from ttasum_desk.domain.rules_file import parse_rules
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import read_exchange, write_exchange
from ttasum_desk.services import rules
from ttasum_desk.services.dayfile import base_meta, reference_sheets, this_station
from ttasum_desk.services.merge_rows import RowInserter, RowProblem, hub_rows
from ttasum_desk.storage import audit, rulesets, settings
from ttasum_desk.storage import exchange as store
from ttasum_desk.storage.db import writing

AS_OF = "snapshot_as_of"


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

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def export_snapshot(out: Path | str) -> SnapshotSummary:
    station = this_station()
    as_of = now().isoformat(timespec="microseconds")
    data: dict[str, Any] = {
        formats.RECIPIENTS: [record.cells() for record in store.all_recipients()],
        formats.HANDOUTS: [record.cells() for record in store.all_handouts()],
        formats.PROXIES: [record.cells() for record in store.all_proxies()],
        **reference_sheets(),
    }
    meta = {**base_meta(formats.KIND_SNAPSHOT, station), "exported_at": as_of}
    texts = [text for _, text in rulesets.current_texts()]
    write_exchange(out, meta, data, texts)
    return SnapshotSummary(str(out), as_of, len(data[formats.RECIPIENTS]),
                           len(data[formats.HANDOUTS]))  # fmt: skip


def as_of() -> str | None:
    """When the last snapshot imported here was taken, for the desk's "as of" label."""
    return settings.get(AS_OF)


def import_snapshot(
    path: Path | str, operator: str = "", other_campaign: bool = False
) -> SnapshotSummary:
    """Take what the station lacks from a snapshot; an altered one is refused, and so is one
    of another campaign unless ``other_campaign``."""
    path = Path(path)
    snapshot = read_exchange(path, kind=formats.KIND_SNAPSHOT)
    if snapshot.altered:
        raise AlteredSnapshotError(
            "The snapshot {file} was changed after it was exported ({problems}). Ask the "
            "coordinator for a new one.",
            file=path.name,
            problems="; ".join(p.english for p in snapshot.problems),
        )
    taken = snapshot.meta.get("exported_at", "")
    station = this_station()
    with writing():
        previous = settings.get(AS_OF)
        if previous and _moment(taken, path) < _moment(previous, path):
            raise SnapshotError(
                "The snapshot {file} is from {taken}, older than the one already imported "
                "({previous}). Import the newest snapshot instead.",
                file=path.name,
                taken=taken,
                previous=previous,
            )
        if previous == taken:
            return SnapshotSummary(path.name, taken, unchanged=True)
        if not other_campaign:
            _refuse_other_campaign(snapshot.rules_texts, path.name)
        summary = _apply(snapshot.sheets, station.code, snapshot.station_code, path.name)
        changed = sum(
            rules.load_text(text, operator, source=path.name).changed
            for text in snapshot.rules_texts
        )
        settings.put(AS_OF, taken)
        counts = {"rows": sum(summary.values()), "inserted": summary["added"]}
        log_uid = store.log_import(
            file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
            station_code=snapshot.station_code, kind=Origin.SNAPSHOT, imported_at=now_iso(),
            counts=counts, altered=False, outcome={**summary, "as_of": taken},
        )  # fmt: skip
        audit.record("snapshot_imported", "import_log", log_uid, operator, as_of=taken, **summary)
    return SnapshotSummary(
        path.name, taken, summary["recipients"], summary["handouts"], summary["kept"],
        summary["skipped"], changed,
    )  # fmt: skip


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
    sheets: dict[str, list[dict[str, Any]]], own: str, hub_code: str, file_name: str
) -> dict[str, int]:
    """Add what this station lacks: reference rows, people (marked as coming from the hub),
    other stations' handouts, proxy registrations (and later changes of those it holds)."""
    inserter = RowInserter(hub_code, file_name, now_iso())
    tally = {"recipients": 0, "handouts": 0, "kept": 0, "skipped": 0, "added": 0}
    order = (formats.STATIONS, formats.ITEMS, formats.RECIPIENTS, formats.HANDOUTS,
             formats.PROXIES)  # fmt: skip
    keys = {**formats.KEY_COLUMN, formats.STATIONS: "station_code", formats.ITEMS: "item_code"}
    for sheet in order:
        rows = sheets.get(sheet, [])
        if sheet == formats.HANDOUTS:  # other stations' only; handouts before their voids
            rows = sorted((r for r in rows if r["station_code"] != own), key=lambda r: r["status"])
        have = hub_rows(sheet, {str(r[keys[sheet]]) for r in rows})
        inserter.prepare(sheet, rows)
        inserter.origin = Origin.SNAPSHOT
        for row in rows:
            held = have.get(str(row[keys[sheet]]))
            if sheet == formats.HANDOUTS:
                row = {**row, "batch_uid": None}  # their batches are their stock, not ours
            try:
                taken = _take(inserter, sheet, row, held)
            except (RowProblem, sqlite3.IntegrityError, peewee.IntegrityError):
                tally["skipped"] += 1
                continue
            if not taken:
                tally["kept"] += 1
                continue
            tally["added"] += 1
            if sheet in (formats.RECIPIENTS, formats.HANDOUTS):
                tally[sheet.lower()] += 1
    return tally


def _take(
    inserter: RowInserter, sheet: str, row: dict[str, Any], held: dict[str, Any] | None
) -> bool:
    """Add a row the station lacks; of one it holds, take only a later change of a proxy
    registration (a removal anywhere must end it here too). Whether the row was taken."""
    if held is None:
        inserter.insert(sheet, row)
        return True
    return sheet == formats.PROXIES and inserter.take_if_later(row, held)
