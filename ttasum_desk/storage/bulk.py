"""Many rows at once, inside the caller's write transaction, for what has no record type of
its own: donations, workshops and their seats, and the hub's log of merged day-files. The
demo's past is written this way (``services.demo_ledger``); the desk writes one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ttasum_desk.storage.db import execute_many

DonationRow = tuple[str, str, str | None, str, str, str, str]
WorkshopRow = tuple[str, int, str, str, int, str, str, str]
SeatRow = tuple[str, str, str, str | None, int, str]
ImportRow = tuple[str, str, str, str, str, str, int, int, str]


def insert_sql(table: str, columns: Iterable[str]) -> str:
    """The INSERT of one row of ``table`` with ``columns``, one ``?`` each."""
    names = [f'"{name}"' for name in columns]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"


def insert(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    execute_many(insert_sql(table, columns), rows)


def donations(rows: Iterable[DonationRow]) -> None:
    """(uid, batch_uid, donor_uid, station_code, operator, donated_at, created_at) rows."""
    columns = ("uid", "batch_uid", "donor_uid", "station_code", "operator", "donated_at")
    insert("donation", (*columns, "created_at"), rows)


def workshops(rows: Iterable[WorkshopRow]) -> None:
    """(uid, number, held_on, place, capacity, station_code, operator, created_at) rows."""
    columns = ("uid", "number", "held_on", "place", "capacity", "station_code", "operator")
    insert("workshop", (*columns, "created_at"), rows)


def seats(rows: Iterable[SeatRow]) -> None:
    """(workshop_uid, recipient_uid, signed_up_at, attended_at, over_capacity, operator)."""
    columns = ("workshop_uid", "recipient_uid", "signed_up_at", "attended_at", "over_capacity")
    insert("workshop_seat", (*columns, "operator"), rows)


def merged_day_files(rows: Iterable[ImportRow]) -> None:
    """(uid, file_name, sha256, station_code, kind, imported_at, rows, inserted, outcome)."""
    columns = ("uid", "file_name", "sha256", "station_code", "kind", "imported_at", "rows")
    insert("import_log", (*columns, "inserted", "outcome"), rows)
