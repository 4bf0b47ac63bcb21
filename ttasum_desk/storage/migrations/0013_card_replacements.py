"""Schema version 13: replaced cards, and indexes for searching by phone and birth year.

``card_replacement`` keeps each lost card's code with its owner, so scanning the old card says
it was replaced (and whose it was) instead of "no one found"; the old code never opens anyone
again. It stays at the station: the new code travels as the recipient's ``card_code``.
A 4-digit query at the desk also looks up ``phone_last4`` and ``birth_year``: their indexes
keep it a lookup at city scale. ``recipient_source`` finds the people one roster import brought.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE card_replacement (
        old_code TEXT PRIMARY KEY NOT NULL,
        recipient_uid TEXT NOT NULL REFERENCES recipient (uid),
        replaced_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID""",
    "CREATE INDEX card_replacement_recipient ON card_replacement (recipient_uid)",
    "CREATE INDEX recipient_phone_last4 ON recipient (phone_last4)",
    "CREATE INDEX recipient_birth_year ON recipient (birth_year)",
    "CREATE INDEX recipient_source ON recipient (source, created_at)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
