"""Batch rows: received lots and their correcting entries (never edited)."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Batch


def insert(
    item_uid: str,
    lot_no: str,
    quantity: int,
    received_at: str,
    source: str,
    station_code: str,
    operator: str,
    corrects_uid: str | None = None,
) -> str:
    """One batch row inside the caller's write transaction; returns its uid."""
    batch = Batch.create(
        item=item_uid,
        lot_no=lot_no,
        quantity=quantity,
        received_at=received_at,
        source=source,
        station_code=station_code,
        corrects=corrects_uid,
        operator=operator,
        created_at=now_iso(),
    )
    return str(batch.uid)


@dataclass(frozen=True)
class BatchRecord:
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


def find_lot(item_uid: str, lot_no: str, station_code: str) -> BatchRecord | None:
    """The received batch (not a correction) of that lot number, if any."""
    row = db.execute_sql(
        _SELECT + " WHERE item_uid = ? AND lot_no = ? AND station_code = ?"
        " AND corrects_uid IS NULL",
        (item_uid, lot_no, station_code),
    ).fetchone()
    return BatchRecord(*row) if row else None


def by_uid(batch_uid: str) -> BatchRecord | None:
    row = db.execute_sql(_SELECT + " WHERE uid = ?", (batch_uid,)).fetchone()
    return BatchRecord(*row) if row else None
