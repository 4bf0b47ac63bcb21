"""Schema version 11: who looked at whom, and when.

One row per person opened at the desk (or checked, or looked up by a command): the moment,
the operator and the person's uid, never the text that was searched for, so the log answers
"who looked at this person" without keeping more about anyone. It stays at the station (no
exchange carries it) and is purged by age; the index on ``at`` serves both the newest-first
listing and the purge.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE access_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('lookup', 'check', 'profile')),
        recipient_uid TEXT NOT NULL
    )""",
    "CREATE INDEX access_log_at ON access_log (at)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
