"""SQL behind the Excel exchange: roster matching and updates, import logs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    HandoutRecord,
    ProxyRecord,
    RecipientRecord,
)
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import db, execute_many
from ttasum_desk.storage.models import ImportLog
from ttasum_desk.storage.record_sql import Record

# what a roster row can set, in this order (the recipient's uid goes last in an update)
ROSTER_COLUMNS = (
    "card_code", "name", "name_key", "name_rev", "initials", "birth_date", "birth_year",
    "group", "school", "grade", "klass", "number", "district", "phone_last4", "notes",
    "household_uid", "disability", "tags",
)  # fmt: skip


def roster_index() -> list[tuple[Any, ...]]:
    """(uid, *ROSTER_COLUMNS) of every recipient: what a roster import matches against."""
    columns = ", ".join(f'"{name}"' for name in ("uid", *ROSTER_COLUMNS))
    return list(db.execute_sql(f"SELECT {columns} FROM recipient").fetchall())


def update_recipients(rows: Iterable[Sequence[Any]]) -> None:
    """Rows of (*ROSTER_COLUMNS, updated_at, uid), inside the caller's write transaction."""
    sets = ", ".join(f'"{name}" = ?' for name in (*ROSTER_COLUMNS, "updated_at"))
    execute_many(f"UPDATE recipient SET {sets} WHERE uid = ?", rows)


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


# ---- exported sheets: the records, as storage.record_sql reads them ----

_DAY = "substr({table}.created_at, 1, 10) = ?"
# a registration added, changed or removed on the day, wherever it was first made: a later
# change wins at the hub, so one that came back in a snapshot and goes out again changes nothing
_CHANGED_ON = "substr(g.updated_at, 1, 10) = ?"


def station_day_handouts(station_code: str, day: str) -> list[HandoutRecord]:
    """The station's own handouts and voids written on ``day``, in receipt (chain) order."""
    where = f"h.station_code = ? AND {_DAY.format(table='h')}"
    return record_sql.read(HandoutRecord, where, (station_code, day), "h.receipt_no")


def chain_before(station_code: str, receipt_no: str) -> str | None:
    """The chain hash of the station's row just before ``receipt_no``, if any."""
    row = db.execute_sql(
        "SELECT chain_hash FROM handout WHERE station_code = ? AND receipt_no < ?"
        " AND receipt_no >= ? ORDER BY receipt_no DESC LIMIT 1",
        (station_code, receipt_no, station_code + "-"),
    ).fetchone()
    return str(row[0]) if row else None


def station_day_recipients(station_code: str, day: str) -> list[RecipientRecord]:
    """People the station registered or changed on ``day``, everyone its day's handouts name
    (as recipient or proxy), and both people of each proxy registration it exports."""
    handed = (
        f"SELECT {{column}} FROM handout h WHERE h.station_code = ? AND {_DAY.format(table='h')}"
    )
    registered = f"SELECT {{column}} FROM proxy_registration g WHERE {_CHANGED_ON}"
    where = (
        "(p.station_code = ? AND (substr(p.created_at, 1, 10) = ?"
        " OR substr(p.updated_at, 1, 10) = ?))"
        + f" OR p.uid IN ({handed.format(column='recipient_uid')})"
        + f" OR p.uid IN ({handed.format(column='proxy_uid')})"
        + f" OR p.uid IN ({registered.format(column='recipient_uid')})"
        + f" OR p.uid IN ({registered.format(column='proxy_uid')})"
    )
    params = (station_code, day, day, station_code, day, station_code, day, day, day)
    return record_sql.read(RecipientRecord, where, params, "p.uid")


def day_proxies(day: str) -> list[ProxyRecord]:
    """Proxy registrations added, changed or removed on ``day``."""
    return record_sql.read(ProxyRecord, _CHANGED_ON, (day,), "g.uid")


def sheet_rows(kind: type[Record]) -> Iterator[tuple[Any, ...]]:
    """Every record of the kind (removed registrations too: a snapshot carries removals) as
    its sheet row, read from the cursor as the caller takes them, by uid: the order a sheet's
    hash is made in as it is written. Call it inside one read transaction."""
    alias = record_sql.TABLES[kind].alias
    # in Python's string order, which the sheet's hash assumes, on either engine
    cursor = db.execute_sql(f"{record_sql.select_sql(kind)} ORDER BY {alias}.uid COLLATE BINARY")
    while rows := cursor.fetchmany(1000):
        for values in rows:
            yield kind.from_values(values).cells()


def record_count(kind: type[Record]) -> int:
    (count,) = db.execute_sql(f"SELECT COUNT(*) FROM {record_sql.TABLES[kind].table}").fetchone()
    return int(count)


def station_day_batches(station_code: str, day: str, also: Iterable[str]) -> list[BatchRecord]:
    """Batches the station received on ``day``, and the batches named in ``also``."""
    wanted = sorted({uid for uid in also if uid})
    marks = ", ".join("?" for _ in wanted) or "NULL"
    where = f"(b.station_code = ? AND {_DAY.format(table='b')}) OR b.uid IN ({marks})"
    return record_sql.read(BatchRecord, where, (station_code, day, *wanted), "b.uid")


def item_rows() -> list[tuple[Any, ...]]:
    return db.execute_sql("SELECT uid, code, name, unit FROM item ORDER BY code").fetchall()


def station_rows() -> list[tuple[Any, ...]]:
    return db.execute_sql("SELECT uid, code, name, kind FROM station ORDER BY code").fetchall()


def station_day_class_counts(station_code: str, day: str) -> list[ClassCountRecord]:
    """The station's class counts written on ``day``, in chain order (as written)."""
    where = f"k.station_code = ? AND {_DAY.format(table='k')}"
    return record_sql.read(ClassCountRecord, where, (station_code, day), "k.created_at, k.uid")


def class_chain_before(station_code: str, day: str) -> str | None:
    """The chain hash of the station's last class count written before ``day``."""
    row = db.execute_sql(
        "SELECT chain_hash FROM class_count WHERE station_code = ? AND created_at < ?"
        " ORDER BY created_at DESC, uid DESC LIMIT 1",
        (station_code, day),
    ).fetchone()
    return str(row[0]) if row else None
