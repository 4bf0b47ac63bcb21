"""Review items: conflicts, people registered twice, double-dips, kept for a person to decide."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ttasum_desk.domain.chain import canonical
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import RecipientRecord
from ttasum_desk.storage import record_sql
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


_SELECT = (
    "SELECT uid, kind, entity, entity_key, ours, theirs, detail, file_name, station_code,"
    " status, created_at FROM review_item"
)


def _item(row: tuple[Any, ...]) -> ReviewItem:
    return ReviewItem(*row[:4], *(json.loads(v) for v in row[4:7]), *row[7:])


def items(kind: str | None = None, status: str | None = "open") -> list[ReviewItem]:
    sql = _SELECT + " WHERE 1 = 1"
    params: list[Any] = []
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    if status is not None:
        sql += " AND status = ?"
        params.append(status)
    rows = db.execute_sql(sql + " ORDER BY kind, entity_key, fingerprint", params).fetchall()
    return [_item(row) for row in rows]


def item(uid: str) -> ReviewItem | None:
    row = db.execute_sql(_SELECT + " WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else _item(row)


def resolve(uid: str) -> bool:
    """Mark an open item resolved; False when it was not open (resolved meanwhile)."""
    cursor = db.execute_sql(
        "UPDATE review_item SET status = 'resolved' WHERE uid = ? AND status = 'open'", (uid,)
    )
    return cursor.rowcount > 0


# --- what a person needs to read an item: codes, receipt numbers and names for its uids ---


def _placeholders(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


def _pairs(sql: str, keys: list[str]) -> dict[str, Any]:
    if not keys:
        return {}
    rows = db.execute_sql(sql.format(marks=_placeholders(keys)), keys).fetchall()
    return {row[0]: row[1] if len(row) == 2 else tuple(row[1:]) for row in rows}


def station_names() -> dict[str, str]:
    return dict(db.execute_sql("SELECT code, name FROM station").fetchall())


def recipient_labels(uids: list[str]) -> dict[str, tuple[str, str]]:
    """uid -> (card code, name)."""
    return _pairs("SELECT uid, card_code, name FROM recipient WHERE uid IN ({marks})", uids)


def receipt_numbers(handout_uids: list[str]) -> dict[str, str]:
    return _pairs("SELECT uid, receipt_no FROM handout WHERE uid IN ({marks})", handout_uids)


def lot_numbers(batch_uids: list[str]) -> dict[str, str]:
    return _pairs("SELECT uid, lot_no FROM batch WHERE uid IN ({marks})", batch_uids)


def household_cards(household_uids: list[str]) -> dict[str, list[str]]:
    """household uid -> the card codes of its members here."""
    found: dict[str, list[str]] = {}
    if household_uids:
        rows = db.execute_sql(
            "SELECT household_uid, card_code FROM recipient WHERE household_uid IN"
            f" ({_placeholders(household_uids)}) ORDER BY card_code",
            household_uids,
        ).fetchall()
        for household, card in rows:
            found.setdefault(household, []).append(card)
    return found


@dataclass(frozen=True)
class HandoutLine:
    receipt_no: str
    station_code: str
    handed_at: str
    quantity: int
    item_code: str
    card_code: str
    name: str
    live: bool  # not voided


def handout_lines(uids: list[str]) -> list[HandoutLine]:
    """The handouts a double-dip names, in the order they were handed out."""
    if not uids:
        return []
    rows = db.execute_sql(
        "SELECT h.receipt_no, h.station_code, h.handed_at, h.quantity, i.code, r.card_code,"
        " r.name, EXISTS (SELECT 1 FROM live_handout l WHERE l.uid = h.uid)"
        " FROM handout h JOIN item i ON i.uid = h.item_uid"
        " JOIN recipient r ON r.uid = h.recipient_uid"
        f" WHERE h.uid IN ({_placeholders(uids)}) ORDER BY h.handed_at, h.receipt_no",
        uids,
    ).fetchall()
    return [
        HandoutLine(
            str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]), str(r[6]), bool(r[7])
        )
        for r in rows
    ]


def people_by_card(cards: list[str]) -> dict[str, tuple[RecipientRecord, str]]:
    """card code -> (the person as the exchange carries them, the station that registered)."""
    if not cards:
        return {}
    where = f"p.card_code IN ({_placeholders(cards)})"
    people = record_sql.read(RecipientRecord, where, cards)
    stations = _pairs(
        "SELECT card_code, station_code FROM recipient WHERE card_code IN ({marks})", cards
    )
    return {p.card_code: (p, stations.get(p.card_code, "")) for p in people}


def take_recipient(record: RecipientRecord, local: dict[str, Any]) -> None:
    """Overwrite a person's travelling fields with ``record`` (and the ``local`` columns that
    follow from them), inside the caller's write transaction."""
    values = {
        "card_code": record.card_code, "name": record.name, "group": record.group,
        "household_uid": record.household_uid, "school": record.school,
        "grade": record.grade, "klass": record.klass, "number": record.number,
        "district": record.district, "phone_last4": record.phone_last4,
        "disability": int(record.disability), **local,
    }  # fmt: skip
    sets = ", ".join(f'"{column}" = ?' for column in values)
    db.execute_sql(f"UPDATE recipient SET {sets} WHERE uid = ?", [*values.values(), record.uid])
