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
