"""Review items: conflicts, people registered twice, double-dips, kept for a person to decide."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ttasum_desk.domain.chain import canonical
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.storage.db import db


@dataclass(frozen=True)
class ReviewItem:
    uid: str
    kind: str
    entity: str
    entity_key: str
    ours: dict[str, Any]
    theirs: dict[str, Any]
    detail: dict[str, Any]
    file_name: str
    station_code: str
    status: str
    created_at: str


def fingerprint(kind: str, entity: str, key: str, *parts: Any) -> str:
    """Order-free: the same finding gives the same fingerprint whichever file came first."""
    body = canonical([kind, entity, key, sorted(canonical(part) for part in parts)])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def add(
    kind: str,
    entity: str,
    key: str,
    *,
    finger: str,
    ours: Any = None,
    theirs: Any = None,
    detail: Any = None,
    file_name: str = "",
    station_code: str = "",
    at: str,
    replace_detail: bool = False,
) -> bool:
    """Insert a finding unless its fingerprint is known; returns True when it is new.
    ``replace_detail`` refreshes the detail of a known one (a double-dip that grew)."""
    cursor = db.execute_sql(
        "INSERT INTO review_item (uid, fingerprint, kind, entity, entity_key, ours, theirs,"
        " detail, file_name, station_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (fingerprint) DO NOTHING",
        (
            new_uid(), finger, kind, entity, key, canonical(ours or {}), canonical(theirs or {}),
            canonical(detail or {}), file_name, station_code, at,
        ),
    )  # fmt: skip
    if cursor.rowcount == 0 and replace_detail:
        db.execute_sql(
            "UPDATE review_item SET detail = ? WHERE fingerprint = ?",
            (canonical(detail or {}), finger),
        )
    return cursor.rowcount > 0


def items(kind: str | None = None, status: str | None = "open") -> list[ReviewItem]:
    sql = (
        "SELECT uid, kind, entity, entity_key, ours, theirs, detail, file_name, station_code,"
        " status, created_at FROM review_item WHERE 1 = 1"
    )
    params: list[Any] = []
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    if status is not None:
        sql += " AND status = ?"
        params.append(status)
    rows = db.execute_sql(sql + " ORDER BY kind, entity_key, fingerprint", params).fetchall()
    return [ReviewItem(*r[:4], *(json.loads(v) for v in r[4:7]), *r[7:]) for r in rows]


def resolve(uid: str) -> None:
    db.execute_sql("UPDATE review_item SET status = 'resolved' WHERE uid = ?", (uid,))
