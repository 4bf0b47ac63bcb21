"""Donation rows: finished masks brought back, each the donor's side of one donated batch.

The quantity lives on the batch (``source = 'donation'``) and its correcting entries, so stock,
day-files and merges count it without a second ledger; this table adds the donor and the hour.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage.db import db

DONATION_SOURCE = "donation"  # batch.source of a donated batch


def insert(
    uid: str, batch_uid: str, donor_uid: str | None, station_code: str, operator: str, at: str
) -> None:
    """One donation row inside the caller's write transaction."""
    db.execute_sql(
        "INSERT INTO donation (uid, batch_uid, donor_uid, station_code, operator, donated_at,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uid, batch_uid, donor_uid, station_code, operator, at, now_iso()),
    )


def count_on(station_code: str, day: str) -> int:
    """The station's donations on ``day`` (YYYY-MM-DD, as stored), for the next lot number."""
    row = db.execute_sql(
        "SELECT count(*) FROM donation WHERE station_code = ? AND substr(donated_at, 1, 10) = ?",
        (station_code, day),
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class DonationRow:
    uid: str
    donated_at: str
    item_code: str
    item_name: str
    unit: str
    quantity: int  # with the batch's correcting entries
    lot_no: str
    card_code: str | None  # None: anonymous
    donor_name: str | None
    operator: str


_LIST_SQL = """
SELECT d.uid, d.donated_at, i.code, i.name, i.unit,
  b.quantity + COALESCE((SELECT SUM(c.quantity) FROM batch c WHERE c.corrects_uid = b.uid), 0),
  b.lot_no, r.card_code, r.name, d.operator
FROM donation d JOIN batch b ON b.uid = d.batch_uid JOIN item i ON i.uid = b.item_uid
LEFT JOIN recipient r ON r.uid = d.donor_uid
WHERE d.station_code = ? AND substr(d.donated_at, 1, 10) = ?
ORDER BY d.donated_at DESC, d.created_at DESC
"""


def on_day(station_code: str, day: str) -> list[DonationRow]:
    """The station's donations of ``day``, newest first."""
    return [DonationRow(*row) for row in db.execute_sql(_LIST_SQL, (station_code, day))]


_RETURNED_SQL = """
SELECT COALESCE(SUM(b.quantity), 0) FROM batch b
WHERE b.source = ? AND b.corrects_uid IS NULL
   OR b.corrects_uid IN (SELECT d.uid FROM batch d WHERE d.source = ? AND d.corrects_uid IS NULL)
"""


def returned_total() -> int:
    """Every donated batch with its corrections, of every station this database has heard of:
    the batches travel, so the hub counts what all stations took in."""
    row = db.execute_sql(_RETURNED_SQL, (DONATION_SOURCE, DONATION_SOURCE)).fetchone()
    return int(row[0])
