"""SQL behind the coordinator's merge: what the hub already holds, and the inserts."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

import peewee

from ttasum_desk.storage.db import db, execute_direct, execute_many, on_postgres

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
    return card_owners([card_code]).get(card_code)


def card_owners(card_codes: Collection[str]) -> dict[str, str]:
    """card code -> the uid of the recipient who holds it, for those of ``card_codes`` taken."""
    found: dict[str, str] = {}
    for part in _chunks(card_codes):
        marks = ", ".join("?" for _ in part)
        sql = f"SELECT card_code, uid FROM recipient WHERE card_code IN ({marks})"
        found.update((str(card), str(uid)) for card, uid in db.execute_sql(sql, part))
    return found


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


# the household row a recipient names, as (uid, label, created_at); a label given fills one
# still without
ENSURE_HOUSEHOLD = (
    "INSERT INTO household (uid, label, created_at) VALUES (?, ?, ?)"
    " ON CONFLICT (uid) DO UPDATE SET label = excluded.label WHERE household.label = ''"
)


def birth_key(birth_date: str | None, birth_year: int | None) -> str | None:
    """What two records of one person share: the birth date, else the year alone."""
    return birth_date or (str(birth_year) if birth_year else None)


def namesakes(people: Collection[tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    """Recipients with one of these (name_key, ``birth_key``) pairs: (name_key, birth_key, uid,
    station_code, card_code), by uid. A date matches a date, a year alone a year alone."""
    found: list[tuple[str, str, str, str, str]] = []
    ordered = sorted(people)
    for start in range(0, len(ordered), 500):
        part = ordered[start : start + 500]
        sql = (
            f"WITH wanted (name_key, birth) AS (VALUES {', '.join('(?, ?)' for _ in part)})"
            " SELECT r.name_key, w.birth, r.uid, r.station_code, r.card_code"
            " FROM wanted w JOIN recipient r ON r.name_key = w.name_key"
            " AND COALESCE(r.birth_date, CAST(r.birth_year AS TEXT)) = w.birth"
        )
        rows = db.execute_sql(sql, [value for pair in part for value in pair]).fetchall()
        found += [(str(n), str(b), str(u), str(s), str(c)) for n, b, u, s, c in rows]
    return sorted(found, key=lambda row: row[2])


def _integrity_errors() -> tuple[type[BaseException], ...]:
    """What the database raises for a row its constraints refuse, on either engine."""
    errors: tuple[type[BaseException], ...] = (sqlite3.IntegrityError, peewee.IntegrityError)
    try:
        from psycopg.errors import IntegrityError
    except ImportError:  # a station's install: SQLite only
        return errors
    return (*errors, IntegrityError)


def insert_rows(sql: str, rows: Sequence[Sequence[Any]]) -> list[tuple[int, str]]:
    """Insert ``rows`` by one statement sent once for them all (a merge's chunk of a sheet).
    Should the database refuse one (a constraint the merge does not check itself), the batch
    is undone and each row is tried alone: the others go in, and (index, why) of each refused
    row is returned. A single row needs no savepoint on SQLite, where a refused statement
    leaves the transaction as it was (a snapshot's rows come one at a time)."""
    errors = _integrity_errors()
    if len(rows) == 1 and not on_postgres():
        try:
            execute_direct(sql, rows[0])
        except errors as error:
            return [(0, str(error).strip())]
        return []
    try:
        with db.atomic():  # a savepoint
            execute_many(sql, rows)
        return []
    except errors:
        pass
    refused: list[tuple[int, str]] = []
    for index, row in enumerate(rows):
        try:
            with db.atomic():
                execute_direct(sql, row)
        except errors as error:
            refused.append((index, str(error).strip()))
    return refused


def served_keys(recipient_uids: Collection[str]) -> set[str]:
    """Whom the rules count these recipients with: their household, or each alone."""
    found: set[str] = set()
    for part in _chunks(recipient_uids):
        marks = ", ".join("?" for _ in part)
        sql = f"SELECT DISTINCT COALESCE(household_uid, uid) FROM recipient WHERE uid IN ({marks})"
        found.update(served for (served,) in db.execute_sql(sql, part))
    return found


_CROSS_STATION = """
    WITH people AS ({people}),
    live AS (SELECT h.*, p.served FROM live_handout h JOIN people p ON p.uid = h.recipient_uid),
    spread AS (SELECT served, item_uid FROM live GROUP BY served, item_uid
               HAVING count(DISTINCT station_code) > 1)
    SELECT l.recipient_uid, r.card_code, i.code, l.quantity, l.handed_at, l.station_code,
           l.uid, r.name, r."group", r.birth_date, r.birth_year, r.household_uid, r.disability
    FROM live l JOIN spread s USING (served, item_uid)
    JOIN recipient r ON r.uid = l.recipient_uid JOIN item i ON i.uid = l.item_uid
    ORDER BY l.served, i.code, l.handed_at, l.uid
"""
_EVERYONE = "SELECT uid, COALESCE(household_uid, uid) AS served FROM recipient"


def cross_station_handouts(served: Collection[str] | None = None) -> Iterator[tuple[Any, ...]]:
    """Live handouts of every (household, or person without one; item) that more than one
    station handed out: (recipient_uid, card_code, item_code, quantity, handed_at,
    station_code, handout_uid, name, group, birth_date, birth_year, household_uid, disability),
    each household's handouts of an item together and in the order they were handed out.
    ``served`` (from ``served_keys``) limits it to those households and lone people, a few
    hundred at a time through the recipient indexes (uid, household_uid)."""
    if served is None:
        yield from db.execute_sql(_CROSS_STATION.format(people=_EVERYONE)).fetchall()
        return
    for part in _chunks(served):
        marks = ", ".join("?" for _ in part)
        people = (
            f"{_EVERYONE} WHERE household_uid IN ({marks})"
            f" UNION ALL {_EVERYONE} WHERE household_uid IS NULL AND uid IN ({marks})"
        )
        sql = _CROSS_STATION.format(people=people)
        yield from db.execute_sql(sql, [*part, *part]).fetchall()
