"""SQL behind the coordinator's merge: what the hub already holds, and the inserts."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from ttasum_desk.storage.db import db

_REFERENCE_TABLES = {"Items": "item", "Stations": "station"}


def _chunks(values: Collection[str], size: int = 500) -> Iterable[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def existing_references(sheet: str, codes: Collection[str]) -> dict[str, tuple[Any, ...]]:
    """The hub's Items or Stations rows (uid, code, name, unit or kind) for these codes."""
    table = _REFERENCE_TABLES[sheet]
    last = "unit" if table == "item" else "kind"
    found: dict[str, tuple[Any, ...]] = {}
    for part in _chunks(codes):
        marks = ", ".join("?" for _ in part)
        sql = f"SELECT uid, code, name, {last} FROM {table} WHERE code IN ({marks})"
        found.update((str(row[1]), tuple(row)) for row in db.execute_sql(sql, part))
    return found


def present(table: str, uids: Collection[str]) -> set[str]:
    """Which of ``uids`` the table holds (table names are ours, never input)."""
    found: set[str] = set()
    for part in _chunks(uids):
        marks = ", ".join("?" for _ in part)
        cursor = db.execute_sql(f"SELECT uid FROM {table} WHERE uid IN ({marks})", part)
        found.update(uid for (uid,) in cursor)
    return found


def item_uids() -> dict[str, str]:
    return dict(db.execute_sql("SELECT code, uid FROM item").fetchall())


def has_chain_link(station_code: str, chain_hash: str) -> bool:
    row = db.execute_sql(
        "SELECT 1 FROM handout WHERE station_code = ? AND chain_hash = ? LIMIT 1",
        (station_code, chain_hash),
    ).fetchone()
    return row is not None


def card_owner(card_code: str) -> str | None:
    row = db.execute_sql("SELECT uid FROM recipient WHERE card_code = ?", (card_code,)).fetchone()
    return str(row[0]) if row else None


def insert_station(uid: str, code: str, name: str, kind: str, at: str) -> None:
    db.execute_sql(
        "INSERT INTO station (uid, code, name, kind, created_at) VALUES (?, ?, ?, ?, ?)",
        (uid, code, name, kind, at),
    )


def insert_item(uid: str, code: str, name: str, unit: str, at: str) -> None:
    db.execute_sql(
        "INSERT INTO item (uid, code, name, unit, track_stock, created_at)"
        " VALUES (?, ?, ?, ?, 0, ?)",
        (uid, code, name, unit, at),
    )


def ensure_household(uid: str, label: str, at: str) -> None:
    """The household row a recipient names; a label given fills one still without."""
    db.execute_sql(
        "INSERT INTO household (uid, label, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (uid) DO UPDATE SET label = excluded.label WHERE household.label = ''",
        (uid, label, at),
    )


def same_person(
    name_key: str, birth_date: str | None, birth_year: int | None, other_than: str
) -> list[tuple[str, str, str]]:
    """(uid, station_code, card_code) of others with this name and birth date."""
    if birth_date:
        where, param = "birth_date = ?", birth_date
    elif birth_year:
        where, param = "birth_date IS NULL AND birth_year = ?", str(birth_year)
    else:
        return []
    return db.execute_sql(
        f"SELECT uid, station_code, card_code FROM recipient WHERE name_key = ? AND {where}"
        " AND uid <> ? ORDER BY uid",
        (name_key, param, other_than),
    ).fetchall()


def cross_station_handouts() -> list[tuple[Any, ...]]:
    """Live handouts of every (household, or person without one; item) that more than one
    station handed out: (recipient_uid, card_code, item_code, quantity, handed_at,
    station_code, handout_uid, name, group, birth_date, birth_year, household_uid, disability),
    each household's handouts of an item in the order they were handed out."""
    return db.execute_sql(
        """
        WITH live AS (SELECT h.*, COALESCE(r.household_uid, r.uid) AS served
                      FROM live_handout h JOIN recipient r ON r.uid = h.recipient_uid),
        spread AS (SELECT served, item_uid FROM live GROUP BY served, item_uid
                   HAVING count(DISTINCT station_code) > 1)
        SELECT l.recipient_uid, r.card_code, i.code, l.quantity, l.handed_at, l.station_code,
               l.uid, r.name, r."group", r.birth_date, r.birth_year, r.household_uid,
               r.disability
        FROM live l JOIN spread s USING (served, item_uid)
        JOIN recipient r ON r.uid = l.recipient_uid JOIN item i ON i.uid = l.item_uid
        ORDER BY l.served, i.code, l.handed_at, l.uid
        """
    ).fetchall()
