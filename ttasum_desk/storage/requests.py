"""Request ids of handouts: which handout a writer's request id recorded (see migration 0010)."""

from __future__ import annotations

from ttasum_desk.storage.db import db


def handout_of(request_id: str) -> str | None:
    """The uid of the handout recorded under ``request_id``, if any."""
    row = db.execute_sql(
        "SELECT handout_uid FROM handout_request WHERE request_id = ?", (request_id,)
    ).fetchone()
    return str(row[0]) if row else None


def remember(request_id: str, handout_uid: str) -> None:
    """Record the request id of a handout; call inside the handout's transaction."""
    db.execute_sql(
        "INSERT INTO handout_request (request_id, handout_uid) VALUES (?, ?)",
        (request_id, handout_uid),
    )
