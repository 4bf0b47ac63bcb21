"""Workshop sessions and their seats: who signed up, who came (scanned at the session)."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage.db import db


@dataclass(frozen=True)
class WorkshopRow:
    uid: str
    number: int  # what people type: short, unique in this database
    held_on: str  # YYYY-MM-DD
    place: str
    capacity: int
    signed_up: int  # seats taken, attended or not
    attended: int


_SELECT = """
SELECT w.uid, w.number, w.held_on, w.place, w.capacity,
  (SELECT count(*) FROM workshop_seat s WHERE s.workshop_uid = w.uid),
  (SELECT count(*) FROM workshop_seat s WHERE s.workshop_uid = w.uid AND s.attended_at IS NOT NULL)
FROM workshop w
"""


def insert(uid: str, held_on: str, place: str, capacity: int, station: str, operator: str) -> int:
    """A new session inside the caller's write transaction; returns its number."""
    (number,) = db.execute_sql("SELECT COALESCE(MAX(number), 0) + 1 FROM workshop").fetchone()
    db.execute_sql(
        "INSERT INTO workshop (uid, number, held_on, place, capacity, station_code, operator,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, number, held_on, place, capacity, station, operator, now_iso()),
    )
    return int(number)


def by_number(number: int) -> WorkshopRow | None:
    row = db.execute_sql(_SELECT + " WHERE w.number = ?", (number,)).fetchone()
    return WorkshopRow(*row) if row else None


def all_sessions() -> list[WorkshopRow]:
    """Every session, the latest day first."""
    rows = db.execute_sql(_SELECT + " ORDER BY w.held_on DESC, w.number DESC")
    return [WorkshopRow(*row) for row in rows]


def seat(workshop_uid: str, recipient_uid: str) -> tuple[str, str | None] | None:
    """(signed up at, attended at) of that person's seat, or None: no seat."""
    row = db.execute_sql(
        "SELECT signed_up_at, attended_at FROM workshop_seat"
        " WHERE workshop_uid = ? AND recipient_uid = ?",
        (workshop_uid, recipient_uid),
    ).fetchone()
    return (row[0], row[1]) if row else None


def add_seat(
    workshop_uid: str, recipient_uid: str, attended_at: str | None, over: bool, operator: str
) -> None:
    db.execute_sql(
        "INSERT INTO workshop_seat (workshop_uid, recipient_uid, signed_up_at, attended_at,"
        " over_capacity, operator) VALUES (?, ?, ?, ?, ?, ?)",
        (workshop_uid, recipient_uid, now_iso(), attended_at, int(over), operator),
    )


def mark_attended(workshop_uid: str, recipient_uid: str, at: str) -> None:
    db.execute_sql(
        "UPDATE workshop_seat SET attended_at = ? WHERE workshop_uid = ? AND recipient_uid = ?",
        (at, workshop_uid, recipient_uid),
    )


def totals() -> tuple[int, int, int]:
    """(sessions, seats signed up, attended) over every session."""
    row = db.execute_sql(
        "SELECT (SELECT count(*) FROM workshop), count(*), count(attended_at) FROM workshop_seat"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])
