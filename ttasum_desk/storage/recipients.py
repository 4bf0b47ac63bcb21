"""Recipient queries: bulk insert, the indexed searches behind lookup, and the reads of one
scan at the desk, each one statement: the card, the person with their household, the person
with their household's handouts of an item."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import Any

from ttasum_desk.domain.clock import stored_instant
from ttasum_desk.domain.rules import HistoryEntry
from ttasum_desk.storage.db import db, execute_many
from ttasum_desk.storage.models import Recipient

INSERT_COLUMNS = (
    "uid", "card_code", "name", "name_key", "name_rev", "initials", "birth_date",
    "birth_year", "group", "school", "grade", "klass", "number", "district", "phone_last4",
    "household_uid", "disability", "notes", "source", "station_code", "created_at", "updated_at",
)  # fmt: skip
_TOP = "\U0010ffff"


def insert_many(rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows given in INSERT_COLUMNS order, inside the caller's write transaction."""
    columns = ", ".join(f'"{name}"' for name in INSERT_COLUMNS)
    marks = ", ".join("?" for _ in INSERT_COLUMNS)
    execute_many(f"INSERT INTO recipient ({columns}) VALUES ({marks})", rows)


def insert_households(rows: Iterable[tuple[str, str, str]]) -> None:
    """(uid, label, created_at) rows."""
    execute_many("INSERT INTO household (uid, label, created_at) VALUES (?, ?, ?)", rows)


def by_card(card_code: str) -> Recipient | None:
    return Recipient.get_or_none(Recipient.card_code == card_code)


def by_scanned_card(text: str) -> Recipient | None:
    """The card code as scanned or typed in lower case, in one query (the exact code wins)."""
    query = Recipient.select().where(Recipient.card_code.in_([text, text.upper()]))
    return query.order_by(Recipient.card_code != text).first()


_WITH_HOUSEHOLD_SQL = """
SELECT m.* FROM recipient p
JOIN recipient m ON m.uid = p.uid OR m.household_uid = p.household_uid
WHERE p.uid = ?
ORDER BY m.uid != p.uid, m.birth_year
"""


def with_household(uid: str) -> tuple[Recipient, list[Recipient]] | None:
    """The person and the other members of their household (by birth year), in one query."""
    rows = list(Recipient.raw(_WITH_HOUSEHOLD_SQL, uid))
    return (rows[0], rows[1:]) if rows else None


_ENTITLEMENT_SQL = """
WITH person AS (
  SELECT * FROM recipient WHERE card_code = ? OR uid = ? ORDER BY card_code != ? LIMIT 1
)
SELECT p.*, h.recipient_uid AS got_by, h.quantity AS got_quantity,
       substr(h.handed_at, 1, 10) AS got_on, h.handed_at AS got_at
FROM person p
LEFT JOIN live_handout h ON h.item_uid = ? AND (
  h.recipient_uid = p.uid
  OR h.recipient_uid IN (SELECT m.uid FROM recipient m WHERE m.household_uid = p.household_uid)
)
"""


def with_history(
    card_or_uid: str, item_uid: str, item_code: str
) -> tuple[Recipient, list[HistoryEntry]] | None:
    """The person with this card code (or uid) and the live handouts of the item to them and
    their household, in one query: what deciding a handout needs. Each entry carries its
    instant, so that the engine counts its day in the campaign's time zone."""
    rows = list(Recipient.raw(_ENTITLEMENT_SQL, card_or_uid, card_or_uid, card_or_uid, item_uid))
    if not rows:
        return None
    history = [
        HistoryEntry(
            row.got_by,
            item_code,
            row.got_quantity,
            date.fromisoformat(row.got_on),
            at=stored_instant(row.got_at),
        )
        for row in rows
        if row.got_by is not None
    ]
    return rows[0], history


def _ranged(column: Any, start: str, limit: int) -> list[Recipient]:
    """Rows whose column starts with ``start``, through the column's index."""
    query = (
        Recipient.select()
        .where((column >= start) & (column < start + _TOP))
        .order_by(column)
        .limit(limit)
    )
    return list(query)


def name_equals(key: str, limit: int) -> list[Recipient]:
    query = Recipient.select().where(Recipient.name_key == key)
    return list(query.order_by(Recipient.birth_year, Recipient.card_code).limit(limit))


def name_starts(key: str, limit: int) -> list[Recipient]:
    return _ranged(Recipient.name_key, key, limit)


def name_ends(key: str, limit: int) -> list[Recipient]:
    return _ranged(Recipient.name_rev, key[::-1], limit)


def initials_start(initials: str, limit: int) -> list[Recipient]:
    return _ranged(Recipient.initials, initials, limit)


def names_in(keys: Collection[str], limit: int) -> list[Recipient]:
    query = Recipient.select().where(Recipient.name_key.in_(list(keys)))
    return list(query.order_by(Recipient.name_key, Recipient.birth_year).limit(limit))


def phone_last4_is(digits: str, limit: int) -> list[Recipient]:
    """People whose phone number ends in ``digits``, through recipient_phone_last4."""
    query = Recipient.select().where(Recipient.phone_last4 == digits)
    return list(query.order_by(Recipient.name_key, Recipient.card_code).limit(limit))


def born_in(year: int, limit: int) -> list[Recipient]:
    """People born in ``year``, through recipient_birth_year."""
    query = Recipient.select().where(Recipient.birth_year == year)
    return list(query.order_by(Recipient.name_key, Recipient.card_code).limit(limit))


def count() -> int:
    return int(Recipient.select().count())


def same_name_born(key: str, birth_date: str | None, birth_year: int | None) -> list[Recipient]:
    """People with this name key and this birth date (or, with only a year, this year)."""
    query = Recipient.select().where(Recipient.name_key == key)
    if birth_date:
        query = query.where(
            (Recipient.birth_date == birth_date)
            | (Recipient.birth_date.is_null() & (Recipient.birth_year == birth_year))
        )
    else:
        query = query.where(Recipient.birth_year == birth_year)
    return list(query.order_by(Recipient.card_code))


def names_in_born(keys: Collection[str], birth_year: int | None, limit: int) -> list[Recipient]:
    """People whose name key is one of ``keys``, born in ``birth_year``."""
    query = Recipient.select().where(
        Recipient.name_key.in_(list(keys)) & (Recipient.birth_year == birth_year)
    )
    return list(query.order_by(Recipient.name_key, Recipient.card_code).limit(limit))


def last_card_number(prefix: str) -> int:
    """The highest running number among card codes ``prefix`` + digits (0 when none), compared
    as numbers, so OS-JA01-100000 follows OS-JA01-99999."""
    start = len(prefix) + 1
    row = db.execute_sql(
        "SELECT MAX(CAST(substr(card_code, ?) AS INTEGER)) FROM recipient"
        " WHERE card_code > ? AND card_code < ? AND rtrim(substr(card_code, ?), '0123456789') = ''",
        (start, prefix, prefix + _TOP, start),
    ).fetchone()
    return int(row[0] or 0)


def set_household(uid: str, household_uid: str, updated_at: str) -> None:
    """Inside the caller's write transaction."""
    Recipient.update(household=household_uid, updated_at=updated_at).where(
        Recipient.uid == uid
    ).execute()


def household_uid(row: Recipient) -> str | None:
    """The row's household key, without loading the household."""
    value = row.__data__.get("household")
    return str(value) if value else None


def received_since(recipient_uid: str, since: str) -> list[tuple[str, int, str, str]]:
    """(item name, quantity, day, station code) of the person's non-voided handouts from
    ``since`` (ISO date) on, newest first."""
    cursor = db.execute_sql(
        "SELECT i.name, h.quantity, substr(h.handed_at, 1, 10), h.station_code"
        " FROM live_handout h JOIN item i ON i.uid = h.item_uid"
        " WHERE h.recipient_uid = ? AND h.handed_at >= ? ORDER BY h.handed_at DESC LIMIT 50",
        (recipient_uid, since),
    )
    return [(str(name), int(qty), str(day), str(code)) for name, qty, day, code in cursor]
