"""The access log's rows: one INSERT per look, newest first for the coordinator, purge by age.

Plain SQL on the ``access_log`` table (migration 0011); each call is one statement in
autocommit, outside any handout's transaction, so a look costs the desk one statement.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.storage.db import db


@dataclass(frozen=True)
class AccessRow:
    at: str
    operator: str
    action: str
    recipient_uid: str
    name: str  # the person's name as stored, or "" when they are no longer in this database


def add(at: str, operator: str, action: str, recipient_uid: str) -> None:
    db.execute_sql(
        "INSERT INTO access_log (at, operator, action, recipient_uid) VALUES (?, ?, ?, ?)",
        (at, operator, action, recipient_uid),
    )


def newest(limit: int) -> list[AccessRow]:
    cursor = db.execute_sql(
        """SELECT a.at, a.operator, a.action, a.recipient_uid, COALESCE(r.name, '')
           FROM access_log a LEFT JOIN recipient r ON r.uid = a.recipient_uid
           ORDER BY a.at DESC, a.id DESC LIMIT ?""",
        (limit,),
    )
    return [AccessRow(*row) for row in cursor.fetchall()]


def purge_before(at: str) -> int:
    """Delete the entries made before ``at`` (an ISO moment or date); how many went."""
    return int(db.execute_sql("DELETE FROM access_log WHERE at < ?", (at,)).rowcount)
