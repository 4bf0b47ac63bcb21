"""Batch rows: received lots and their correcting entries (never edited)."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain import records
from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import db


def insert(record: records.BatchRecord, item_uid: str, operator: str) -> None:
    """One batch row inside the caller's write transaction."""
    record_sql.insert(record, item_uid=item_uid, operator=operator, created_at=now_iso())


@dataclass(frozen=True)
class BatchRow:
    """A batch as the station's stock reads it (by item uid)."""

    uid: str
    item_uid: str
    lot_no: str
    quantity: int
    received_at: str
    source: str
    station_code: str
    corrects_uid: str | None


_SELECT = (
    "SELECT uid, item_uid, lot_no, quantity, received_at, source, station_code, corrects_uid"
    " FROM batch"
)


def find_lot(item_uid: str, lot_no: str, station_code: str) -> BatchRow | None:
    """The received batch (not a correction) of that lot number, if any."""
    row = db.execute_sql(
        _SELECT + " WHERE item_uid = ? AND lot_no = ? AND station_code = ?"
        " AND corrects_uid IS NULL",
        (item_uid, lot_no, station_code),
    ).fetchone()
    return BatchRow(*row) if row else None


def by_uid(batch_uid: str) -> BatchRow | None:
    row = db.execute_sql(_SELECT + " WHERE uid = ?", (batch_uid,)).fetchone()
    return BatchRow(*row) if row else None
