"""Handout queries: entitlement history, receipt numbers, the station's hash chain, the day's log.

Handouts are append-only. A void is a second row: ``status='void'``, ``void_of`` = the voided
row, the voided quantity negated (so a plain sum of ``quantity`` nets it out) and a reason.

**The handout chain.** Each station's own rows (handouts and voids), taken in receipt-number
order, form a hash chain; ``domain.records.HandoutRecord`` says which fields it commits to and
how they are made plain.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ttasum_desk.domain import chain
from ttasum_desk.domain.records import HandoutRecord, Origin
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import db

RECEIPT_DIGITS = 6


def chain_hash(previous: str, row: Mapping[str, Any]) -> str:
    return HandoutRecord.from_fields(row).chain_hash_after(previous)


def numbering(station_code: str) -> tuple[str, str, str]:
    """(next receipt number, the station's chain head, the audit log's head) in one query:
    a new row extends both chains, and the write transaction keeps them still."""
    row = db.execute_sql(
        "SELECT last.receipt_no, last.chain_hash,"
        " (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)"
        " FROM (SELECT 1) LEFT JOIN (SELECT receipt_no, chain_hash FROM handout"
        " WHERE station_code = ? AND receipt_no >= ? AND receipt_no < ?"
        " ORDER BY receipt_no DESC LIMIT 1) AS last",
        (station_code, station_code + "-", station_code + "."),
    ).fetchone()
    last_no, head, audit_head = row
    number = int(last_no.rsplit("-", 1)[1]) + 1 if last_no else 1
    receipt_no = f"{station_code}-{number:0{RECEIPT_DIGITS}d}"
    return receipt_no, head or chain.GENESIS, audit_head or chain.GENESIS


def insert(record: HandoutRecord, item_uid: str, origin: Origin, created_at: str) -> None:
    """Insert one handout or void inside the caller's transaction, as a merge does."""
    record_sql.insert(record, item_uid=item_uid, origin=origin, created_at=created_at)


@dataclass(frozen=True)
class HandoutRow:
    """One handout or void with what a receipt or a log line shows."""

    uid: str
    recipient_uid: str
    item_uid: str
    batch_uid: str | None
    card_code: str
    name: str
    birth_year: int | None
    item_code: str
    item_name: str
    unit: str
    quantity: int
    lot_no: str | None
    station_code: str
    station_name: str
    operator: str
    handed_at: str
    receipt_no: str
    status: str
    void_of: str | None
    voided_by: str | None  # the void row that cancels this handout
    reason: str
    proxy_uid: str | None
    proxy_name: str | None
    override_reason: str


_ROW_SQL = """
SELECT h.uid, h.recipient_uid, h.item_uid, h.batch_uid, r.card_code, r.name, r.birth_year,
       i.code, i.name, i.unit, h.quantity, b.lot_no, h.station_code,
       COALESCE(s.name, h.station_code), h.operator, h.handed_at, h.receipt_no, h.status,
       h.void_of, (SELECT v.uid FROM handout v WHERE v.void_of = h.uid), h.reason, h.proxy_uid,
       p.name, h.override_reason
FROM handout h
JOIN recipient r ON r.uid = h.recipient_uid
JOIN item i ON i.uid = h.item_uid
LEFT JOIN batch b ON b.uid = h.batch_uid
LEFT JOIN recipient p ON p.uid = h.proxy_uid
LEFT JOIN station s ON s.code = h.station_code
"""


def get(uid: str) -> HandoutRow | None:
    row = db.execute_sql(_ROW_SQL + " WHERE h.uid = ?", (uid,)).fetchone()
    return HandoutRow(*row) if row else None


def today_log(station_code: str, day: date) -> list[HandoutRow]:
    """The station's handouts and voids handed out on ``day``, newest first."""
    cursor = db.execute_sql(
        _ROW_SQL + " WHERE h.station_code = ? AND h.handed_at >= ? AND h.handed_at < ?"
        " ORDER BY h.handed_at DESC, h.receipt_no DESC",
        (station_code, day.isoformat(), (day + timedelta(days=1)).isoformat()),
    )
    return [HandoutRow(*row) for row in cursor]


def verify_chain(station_code: str) -> str | None:
    """The receipt number of the station's first own row whose chain hash doesn't follow from
    its fields and its predecessor, or None when the chain holds."""
    own = record_sql.read(
        HandoutRecord,
        "h.station_code = ? AND h.receipt_no >= ? AND h.receipt_no < ?",
        (station_code, station_code + "-", station_code + "."),
        "h.receipt_no",
    )
    previous = chain.GENESIS
    for record in own:
        if record.chain_hash_after(previous) != record.chain_hash:
            return record.receipt_no
        previous = record.chain_hash
    return None
