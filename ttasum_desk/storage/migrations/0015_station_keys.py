"""Schema version 15: the stations a hub has enrolled, by their signing keys.

``station_key`` holds, per station code, the Ed25519 public key (hex) whose signature the hub
requires on that station's day-files from then on, how it was learnt (an enrolment file, or the
coordinator's confirmation at a first merge) and when. The station's own private key is not
here: it stays in a file beside the database (``storage.keys``), so that a backup or copy of the
database can't sign as the station on another PC. The hub's pinned key and the snapshot
sequence numbers are settings.

``review_item`` is rebuilt (SQLite can't change a CHECK constraint in place) to take the kind
'unsigned': a day-file merged from a station with no key enrolled, set aside for review.
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
    """CREATE TABLE review_item_new (
        uid TEXT PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL
            CHECK (kind IN ('conflict', 'same_person', 'double_dip', 'unsigned')),
        entity TEXT NOT NULL, entity_key TEXT NOT NULL,
        ours TEXT NOT NULL DEFAULT '{}', theirs TEXT NOT NULL DEFAULT '{}',
        detail TEXT NOT NULL DEFAULT '{}', file_name TEXT NOT NULL DEFAULT '',
        station_code TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    "INSERT INTO review_item_new SELECT * FROM review_item",
    "DROP TABLE review_item",
    "ALTER TABLE review_item_new RENAME TO review_item",
    "CREATE INDEX review_item_open ON review_item (status, kind, entity_key)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
