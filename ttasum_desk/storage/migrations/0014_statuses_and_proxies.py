"""Schema version 14: the statuses rules refer to, and people registered to collect for others.

``recipient.tags`` holds a person's statuses (consent, pregnancy, long-term care, …) as one
comma-separated text, normalised and sorted, so that a roster's "tags" column and the CLI
write the same thing. ``proxy_registration`` records that one person may collect for another,
until a day or without end. Its uid is derived from the pair, so the same registration made at
two stations is one row after a merge; ``removed`` and ``updated_at`` carry a removal there too
(the later change wins).
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    "ALTER TABLE recipient ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE proxy_registration (
        uid TEXT PRIMARY KEY NOT NULL,
        recipient_uid TEXT NOT NULL REFERENCES recipient (uid),
        proxy_uid TEXT NOT NULL REFERENCES recipient (uid),
        until TEXT,
        removed INTEGER NOT NULL DEFAULT 0,
        station_code TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (recipient_uid, proxy_uid)
    ) WITHOUT ROWID""",
    "CREATE INDEX proxy_registration_proxy ON proxy_registration (proxy_uid)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
