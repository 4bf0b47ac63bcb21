"""Class counts: a handout to a whole class as one number, never a per-student handout (the
rules charge it to the class's pupils when they read it: ``services.class_shares``).

Append-only like handouts: a void is a second row (``status='void'``, ``void_of`` set) with
the same class, item and batch and the quantity negated.

**The class-count chain.** Each station's own rows, in the order they were written, form a hash
chain; ``domain.records.ClassCountRecord`` says which fields it commits to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now
from ttasum_desk.domain.records import ClassCountRecord
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import ClassCount

# The day-file's ClassCounts sheet: its header row, in this order.
DAY_FILE_COLUMNS = ClassCountRecord.columns()


@dataclass(frozen=True)
class LiveCount:
    """A class count that has not been voided."""

    uid: str
    school: str
    grade: int
    klass: int
    item_uid: str
    item_code: str
    batch_uid: str | None
    lot_no: str
    quantity: int
    operator: str
    handed_at: str


def insert(record: ClassCountRecord, item_uid: str) -> None:
    """One row inside the caller's write transaction; the moment written orders the chain."""
    created_at = now().isoformat(timespec="microseconds")
    record_sql.insert(record, item_uid=item_uid, created_at=created_at)


def chain_head(station_code: str) -> str:
    row = db.execute_sql(
        "SELECT chain_hash FROM class_count WHERE station_code = ?"
        " ORDER BY created_at DESC, uid DESC LIMIT 1",
        (station_code,),
    ).fetchone()
    return str(row[0]) if row else chain.GENESIS


def chain_hash(previous: str, fields: dict[str, Any]) -> str:
    """``fields``: keyed by DAY_FILE_COLUMNS (``chain_hash`` is not read)."""
    return ClassCountRecord.from_cells(fields).chain_hash_after(previous)


@dataclass(frozen=True)
class CountRecord:
    uid: str
    station_code: str
    school: str
    grade: int
    klass: int
    item_uid: str
    item_code: str
    batch_uid: str | None
    quantity: int
    handed_at: str
    status: str
    void_of: str | None


def get(uid: str) -> CountRecord | None:
    row = db.execute_sql(
        "SELECT k.uid, k.station_code, k.school, k.grade, k.klass, k.item_uid, i.code,"
        " k.batch_uid, k.quantity, k.handed_at, k.status, k.void_of"
        " FROM class_count k JOIN item i ON i.uid = k.item_uid WHERE k.uid = ?",
        (uid,),
    ).fetchone()
    return CountRecord(*row) if row else None


def is_voided(uid: str) -> bool:
    return ClassCount.get_or_none(ClassCount.void_of == uid) is not None


def _day_range(first: date, last: date) -> tuple[str, str]:
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


_LIVE_SQL = """
SELECT k.uid, k.school, k.grade, k.klass, k.item_uid, i.code, k.batch_uid,
       COALESCE(b.lot_no, ''), k.quantity, k.operator, k.handed_at
FROM live_class_count k JOIN item i ON i.uid = k.item_uid
LEFT JOIN batch b ON b.uid = k.batch_uid
WHERE k.station_code = ? AND k.handed_at >= ? AND k.handed_at < ?
"""


def live_between(station_code: str, first: date, last: date) -> list[LiveCount]:
    """Non-voided class counts handed out from ``first`` to ``last`` (local dates, inclusive)."""
    rows = db.execute_sql(
        _LIVE_SQL + " ORDER BY k.handed_at, k.uid", (station_code, *_day_range(first, last))
    )
    return [LiveCount(*row) for row in rows.fetchall()]


@dataclass(frozen=True)
class ClassCharge:
    """A live class count of one class and item, from any station: what its pupils are
    charged."""

    uid: str
    quantity: int
    handed_at: str


def live_of_class_item(school: str, grade: int, klass: int, item_uid: str) -> list[ClassCharge]:
    """Every station's live class counts of the class and item, oldest first (by the time
    written, then uid: the same order at every station and at the hub)."""
    rows = db.execute_sql(
        "SELECT k.uid, k.quantity, k.handed_at FROM live_class_count k"
        " WHERE k.school = ? AND k.grade = ? AND k.klass = ? AND k.item_uid = ?"
        " ORDER BY k.handed_at, k.uid",
        (school, grade, klass, item_uid),
    )
    return [ClassCharge(*row) for row in rows.fetchall()]


def live_for_class(
    station_code: str, school: str, grade: int, klass: int, first: date, last: date
) -> list[LiveCount]:
    rows = db.execute_sql(
        _LIVE_SQL + " AND k.school = ? AND k.grade = ? AND k.klass = ? ORDER BY k.handed_at",
        (station_code, *_day_range(first, last), school, grade, klass),
    )
    return [LiveCount(*row) for row in rows.fetchall()]
