"""Schema version 17: finished masks donated back, and mask-making workshops.

A donation enters stock as a batch of its own (``batch.source = 'donation'``), so handouts draw
on it like on any delivery and the batch travels in day-files; ``donation`` adds what only this
station knows: who brought it (``donor_uid``, NULL for an anonymous gift), who took it in and
when. ``workshop`` is a session with its day, place and places; ``workshop_seat`` is one person
signed up for it, ``attended_at`` set when their card was scanned there, and ``over_capacity``
set when the operator let them in past the last place.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE donation (
        uid TEXT PRIMARY KEY NOT NULL,
        batch_uid TEXT NOT NULL UNIQUE REFERENCES batch (uid),
        donor_uid TEXT REFERENCES recipient (uid),
        station_code TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        donated_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX donation_station_day ON donation (station_code, donated_at)",
    """CREATE TABLE workshop (
        uid TEXT PRIMARY KEY NOT NULL,
        number INTEGER NOT NULL UNIQUE,
        held_on TEXT NOT NULL,
        place TEXT NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        station_code TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE workshop_seat (
        workshop_uid TEXT NOT NULL REFERENCES workshop (uid),
        recipient_uid TEXT NOT NULL REFERENCES recipient (uid),
        signed_up_at TEXT NOT NULL,
        attended_at TEXT,
        over_capacity INTEGER NOT NULL DEFAULT 0,
        operator TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (workshop_uid, recipient_uid)
    ) WITHOUT ROWID""",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
