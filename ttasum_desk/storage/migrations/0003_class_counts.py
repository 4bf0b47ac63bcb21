"""Schema version 3: class counts (a school nurse's handout to a class as one number).

A class count is its own kind of record, never a per-student handout. Like a handout it is
append-only: a void is a second row with ``status='void'``, ``void_of`` set and the quantity
negated.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE class_count (
        uid TEXT PRIMARY KEY, station_code TEXT NOT NULL, school TEXT NOT NULL,
        grade INTEGER NOT NULL, klass INTEGER NOT NULL,
        item_uid TEXT NOT NULL REFERENCES item (uid), batch_uid TEXT REFERENCES batch (uid),
        quantity INTEGER NOT NULL CHECK (quantity <> 0), operator TEXT NOT NULL DEFAULT '',
        handed_at TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok', 'void')),
        void_of TEXT REFERENCES class_count (uid), reason TEXT NOT NULL DEFAULT '',
        chain_hash TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX class_count_station_time ON class_count (station_code, handed_at)",
    "CREATE INDEX class_count_class ON class_count (school, grade, klass, handed_at)",
    "CREATE INDEX class_count_batch ON class_count (batch_uid)",
    "CREATE INDEX class_count_chain ON class_count (station_code, created_at)",
    "CREATE UNIQUE INDEX class_count_void_of ON class_count (void_of) WHERE void_of IS NOT NULL",
    "CREATE INDEX batch_corrects ON batch (corrects_uid) WHERE corrects_uid IS NOT NULL",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
