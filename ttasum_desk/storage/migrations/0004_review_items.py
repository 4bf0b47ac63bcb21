"""Schema version 4: review items, what a merge sets aside for a person to decide.

A conflict (the same UUID with different content) keeps both versions; a person registered at
two stations and a double-dip across stations are flagged, never merged automatically. The
fingerprint makes each finding unique, so merging a file again adds nothing.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE review_item (
        uid TEXT PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('conflict', 'same_person', 'double_dip')),
        entity TEXT NOT NULL, entity_key TEXT NOT NULL,
        ours TEXT NOT NULL DEFAULT '{}', theirs TEXT NOT NULL DEFAULT '{}',
        detail TEXT NOT NULL DEFAULT '{}', file_name TEXT NOT NULL DEFAULT '',
        station_code TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX review_item_open ON review_item (status, kind, entity_key)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
