"""SQL behind the Excel exchange: roster matching and updates, import logs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import ImportLog

# what a roster row can set, in this order (the recipient's uid goes last in an update)
ROSTER_COLUMNS = (
    "card_code", "name", "name_key", "name_rev", "initials", "birth_date", "birth_year",
    "group", "school", "grade", "klass", "number", "district", "phone_last4", "notes",
)  # fmt: skip


def roster_index() -> list[tuple[Any, ...]]:
    """(uid, *ROSTER_COLUMNS) of every recipient: what a roster import matches against."""
    columns = ", ".join(f'"{name}"' for name in ("uid", *ROSTER_COLUMNS))
    return list(db.execute_sql(f"SELECT {columns} FROM recipient").fetchall())


def update_recipients(rows: Iterable[Sequence[Any]]) -> None:
    """Rows of (*ROSTER_COLUMNS, updated_at, uid), inside the caller's write transaction."""
    sets = ", ".join(f'"{name}" = ?' for name in (*ROSTER_COLUMNS, "updated_at"))
    db.connection().executemany(f"UPDATE recipient SET {sets} WHERE uid = ?", rows)


def card_codes_in_use(codes: Iterable[str]) -> set[str]:
    found: set[str] = set()
    batch = list(codes)
    for start in range(0, len(batch), 500):
        part = batch[start : start + 500]
        marks = ", ".join("?" for _ in part)
        cursor = db.execute_sql(
            f"SELECT card_code FROM recipient WHERE card_code IN ({marks})", part
        )
        found.update(code for (code,) in cursor)
    return found


def log_import(
    *,
    file_name: str,
    sha256: str,
    station_code: str,
    kind: str,
    imported_at: str,
    counts: dict[str, int],
    altered: bool,
    outcome: dict[str, Any],
) -> str:
    """One ImportLog row, inside the caller's write transaction; returns its uid."""
    row = ImportLog.create(
        file_name=file_name,
        sha256=sha256,
        station_code=station_code,
        kind=kind,
        imported_at=imported_at,
        altered=altered,
        outcome=json.dumps(outcome, ensure_ascii=False, default=str),
        **counts,
    )
    return str(row.uid)


# ---- exported sheets: rows in the order of exchange.formats.COLUMNS ----

HANDOUT_SELECT = """
SELECT h.uid, h.recipient_uid, r.card_code, i.code, h.quantity, h.batch_uid, h.station_code,
       h.operator, h.handed_at, h.receipt_no, h.status, h.void_of, h.reason, h.proxy_uid,
       h.chain_hash, h.override_reason
FROM handout h JOIN recipient r ON r.uid = h.recipient_uid JOIN item i ON i.uid = h.item_uid
"""
RECIPIENT_SELECT = """
SELECT uid, card_code, name, birth_date, birth_year, "group", household_uid, school, grade,
       klass, number, district, phone_last4, updated_at FROM recipient
"""
BATCH_SELECT = """
SELECT b.uid, i.code, b.lot_no, b.quantity, b.received_at, b.source, b.station_code,
       b.corrects_uid
FROM batch b JOIN item i ON i.uid = b.item_uid
"""
_DAY = "substr({table}.created_at, 1, 10) = ?"


def station_day_handouts(station_code: str, day: str) -> list[tuple[Any, ...]]:
    """The station's own handouts and voids written on ``day``, in receipt (chain) order."""
    sql = HANDOUT_SELECT + f" WHERE h.station_code = ? AND {_DAY.format(table='h')}"
    return db.execute_sql(sql + " ORDER BY h.receipt_no", (station_code, day)).fetchall()


def all_handouts() -> list[tuple[Any, ...]]:
    return db.execute_sql(HANDOUT_SELECT + " ORDER BY h.station_code, h.receipt_no").fetchall()


def chain_before(station_code: str, receipt_no: str) -> str | None:
    """The chain hash of the station's row just before ``receipt_no``, if any."""
    row = db.execute_sql(
        "SELECT chain_hash FROM handout WHERE station_code = ? AND receipt_no < ?"
        " AND receipt_no >= ? ORDER BY receipt_no DESC LIMIT 1",
        (station_code, receipt_no, station_code + "-"),
    ).fetchone()
    return str(row[0]) if row else None


def station_day_recipients(station_code: str, day: str) -> list[tuple[Any, ...]]:
    """People the station registered or changed on ``day``, and everyone its day's handouts
    name (as recipient or proxy)."""
    handed = (
        f"SELECT {{column}} FROM handout h WHERE h.station_code = ? AND {_DAY.format(table='h')}"
    )
    sql = (
        RECIPIENT_SELECT + " WHERE (station_code = ? AND (substr(created_at, 1, 10) = ?"
        " OR substr(updated_at, 1, 10) = ?))"
        + f" OR uid IN ({handed.format(column='recipient_uid')})"
        + f" OR uid IN ({handed.format(column='proxy_uid')})"
        + " ORDER BY uid"
    )
    params = (station_code, day, day, station_code, day, station_code, day)
    return db.execute_sql(sql, params).fetchall()


def all_recipients() -> list[tuple[Any, ...]]:
    return db.execute_sql(RECIPIENT_SELECT + " ORDER BY uid").fetchall()


def station_day_batches(station_code: str, day: str, also: Iterable[str]) -> list[tuple[Any, ...]]:
    """Batches the station received on ``day``, and the batches named in ``also``."""
    wanted = sorted({uid for uid in also if uid})
    marks = ", ".join("?" for _ in wanted) or "NULL"
    sql = (
        BATCH_SELECT + f" WHERE (b.station_code = ? AND {_DAY.format(table='b')})"
        f" OR b.uid IN ({marks}) ORDER BY b.uid"
    )
    return db.execute_sql(sql, (station_code, day, *wanted)).fetchall()


def all_batches() -> list[tuple[Any, ...]]:
    return db.execute_sql(BATCH_SELECT + " ORDER BY b.uid").fetchall()


def item_rows() -> list[tuple[Any, ...]]:
    return db.execute_sql("SELECT uid, code, name, unit FROM item ORDER BY code").fetchall()


def station_rows() -> list[tuple[Any, ...]]:
    return db.execute_sql("SELECT uid, code, name, kind FROM station ORDER BY code").fetchall()


CLASS_COUNT_SELECT = """
SELECT k.uid, k.station_code, k.school, k.grade, k.klass, i.code, k.batch_uid, k.quantity,
       k.operator, k.handed_at, k.status, k.void_of, k.reason, k.chain_hash
FROM class_count k JOIN item i ON i.uid = k.item_uid
"""


def station_day_class_counts(station_code: str, day: str) -> list[tuple[Any, ...]]:
    """The station's class counts written on ``day``, in chain order (as written)."""
    sql = CLASS_COUNT_SELECT + f" WHERE k.station_code = ? AND {_DAY.format(table='k')}"
    return db.execute_sql(sql + " ORDER BY k.created_at, k.uid", (station_code, day)).fetchall()


def class_chain_before(station_code: str, day: str) -> str | None:
    """The chain hash of the station's last class count written before ``day``."""
    row = db.execute_sql(
        "SELECT chain_hash FROM class_count WHERE station_code = ? AND created_at < ?"
        " ORDER BY created_at DESC, uid DESC LIMIT 1",
        (station_code, day),
    ).fetchone()
    return str(row[0]) if row else None
