"""Recipient queries: bulk insert, the indexed searches behind lookup, and the reads of one
scan at the desk, each one statement: the card, the person with their household, the person
with what deciding a handout needs (household size, registered proxies, the household's
handouts of the items a rule counts together)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.clock import stored_instant
from ttasum_desk.domain.rules import HistoryEntry, RegisteredProxy
from ttasum_desk.storage import bulk
from ttasum_desk.storage.db import db, execute_many
from ttasum_desk.storage.models import Recipient

INSERT_COLUMNS = (
    "uid", "card_code", "name", "name_key", "name_rev", "initials", "birth_date",
    "birth_year", "group", "school", "grade", "klass", "number", "district", "phone_last4",
    "household_uid", "disability", "notes", "source", "station_code", "created_at", "updated_at",
)  # fmt: skip
_TOP = "\U0010ffff"


def insert_many(rows: Iterable[Sequence[Any]], columns: Sequence[str] = INSERT_COLUMNS) -> None:
    """Insert rows given in ``columns`` order (INSERT_COLUMNS, or those and more, such as
    "tags"), inside the caller's write transaction."""
    bulk.insert("recipient", columns, rows)


WITH_TAGS = (*INSERT_COLUMNS, "tags")


def insert_households(rows: Iterable[tuple[str, str, str]]) -> None:
    """(uid, label, created_at) rows."""
    execute_many("INSERT INTO household (uid, label, created_at) VALUES (?, ?, ?)", rows)


def ensure_households(rows: Iterable[tuple[str, str, str]]) -> None:
    """(uid, label, created_at) rows of households whose uid is derived from a key: one
    already there stays as it is."""
    execute_many(
        "INSERT INTO household (uid, label, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (uid) DO NOTHING",
        rows,
    )


def household_label(uid: str) -> str:
    row = db.execute_sql("SELECT label FROM household WHERE uid = ?", (uid,)).fetchone()
    return str(row[0]) if row else ""


def update_fields(uid: str, changes: dict[str, Any], updated_at: str) -> None:
    """Set fields of one recipient (model field names), inside the caller's write
    transaction."""
    Recipient.update(**changes, updated_at=updated_at).where(Recipient.uid == uid).execute()


def by_card_or_uid(text: str) -> Recipient | None:
    """The person with this card code (as typed, or in upper case) or recipient uid, in one
    query; the exact card code wins."""
    query = Recipient.select().where(
        Recipient.card_code.in_([text, text.upper()]) | (Recipient.uid == text)
    )
    return query.order_by(Recipient.card_code != text).first()


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
  SELECT r.*,
    (SELECT COUNT(*) FROM recipient m WHERE m.household_uid = r.household_uid) AS members,
    (SELECT group_concat(g.proxy_uid || ' ' || coalesce(g.until, ''), ',')
       FROM proxy_registration g WHERE g.recipient_uid = r.uid AND NOT g.removed) AS proxied_by
  FROM recipient r WHERE r.card_code = ? OR r.uid = ? ORDER BY r.card_code != ? LIMIT 1
)
SELECT p.*, i.code AS got_item, h.recipient_uid AS got_by, h.quantity AS got_quantity,
       substr(h.handed_at, 1, 10) AS got_on, h.handed_at AS got_at
FROM person p
LEFT JOIN live_handout h ON h.item_uid IN (SELECT uid FROM item WHERE code IN ({codes})) AND (
  h.recipient_uid = p.uid
  OR h.recipient_uid IN (SELECT m.uid FROM recipient m WHERE m.household_uid = p.household_uid)
)
LEFT JOIN item i ON i.uid = h.item_uid
"""


@dataclass(frozen=True)
class Entitlement:
    """What deciding a handout needs of the person, read in one query."""

    recipient: Recipient
    history: list[HistoryEntry]  # live handouts of the items, to the person and household
    household_size: int  # registered members sharing the household, at least 1
    proxies: tuple[RegisteredProxy, ...]  # registrations in force (not removed)


def with_history(card_or_uid: str, item_codes: Collection[str]) -> Entitlement | None:
    """The person with this card code (or uid), their household's size, who is registered to
    collect for them, and the live handouts of the items to them and their household, in one
    query. Each entry carries its instant, so that the engine counts its day in the
    campaign's time zone."""
    codes = sorted(item_codes)
    sql = _ENTITLEMENT_SQL.format(codes=", ".join("?" for _ in codes))
    rows = list(Recipient.raw(sql, card_or_uid, card_or_uid, card_or_uid, *codes))
    if not rows:
        return None
    history = [
        HistoryEntry(
            row.got_by,
            row.got_item,
            row.got_quantity,
            date.fromisoformat(row.got_on),
            at=stored_instant(row.got_at),
        )
        for row in rows
        if row.got_by is not None
    ]
    first = rows[0]
    return Entitlement(first, history, max(1, first.members), _proxies(first.proxied_by))


def _proxies(text: str | None) -> tuple[RegisteredProxy, ...]:
    """``uid until,uid until`` (until empty: no end) as registered proxies."""
    pairs = (entry.partition(" ") for entry in (text or "").split(",") if entry)
    return tuple(
        RegisteredProxy(uid, date.fromisoformat(until) if until else None)
        for uid, _, until in sorted(pairs)
    )


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


def tags_of(row: Recipient) -> frozenset[str]:
    """The row's statuses: ``recipient.tags`` holds them comma-separated."""
    return frozenset(tag for tag in row.tags.split(",") if tag)


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
