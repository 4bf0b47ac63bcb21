"""Schema version 10: the request id a writer gave each handout, so a retried command (its
first answer lost to a kill or a timeout) finds the handout instead of recording a second.

A table of its own, written in the handout's transaction, keeps the handout record and its
chain as they were; it stays at the station (no exchange carries it).
"""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql(
        """CREATE TABLE handout_request (
            request_id TEXT PRIMARY KEY NOT NULL,
            handout_uid TEXT NOT NULL UNIQUE REFERENCES handout (uid)
        ) WITHOUT ROWID"""
    )
