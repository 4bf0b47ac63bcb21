"""Schema version 15: the stations a hub has enrolled, by their signing keys.

``station_key`` holds, per station code, the Ed25519 public key (hex) whose signature the hub
requires on that station's day-files from then on, how it was learnt (an enrolment file, or the
coordinator's confirmation at a first merge) and when. The station's own private key is not
here: it stays in a file beside the database (``storage.keys``), so that a backup or copy of the
database can't sign as the station on another PC. The hub's pinned key and the snapshot
sequence numbers are settings.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE station_key (
        station_code TEXT PRIMARY KEY NOT NULL,
        public_key TEXT NOT NULL,
        source TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID""",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
