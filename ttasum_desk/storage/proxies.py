"""Registered proxies: who may collect for whom, until when.

A registration's uid is derived from the pair (``registration_uid``), so the same registration
made at two stations is one row; a removal keeps the row with ``removed`` set and a newer
``updated_at``, so that the later change wins wherever the rows meet.
"""

from __future__ import annotations

import uuid
from datetime import date

from ttasum_desk.storage.db import db

# fixed forever: every station derives the same uid for the same pair
REGISTRATION_NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-5a7f-9c0d-2e4b6a8c0f13")


def registration_uid(recipient_uid: str, proxy_uid: str) -> str:
    return str(uuid.uuid5(REGISTRATION_NAMESPACE, f"{recipient_uid}/{proxy_uid}"))


def register(
    recipient_uid: str, proxy_uid: str, until: date | None, station_code: str, at: str
) -> None:
    """Add or renew a registration (a removed one comes back), inside the caller's write
    transaction."""
    db.execute_sql(
        "INSERT INTO proxy_registration (uid, recipient_uid, proxy_uid, until, removed,"
        " station_code, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)"
        " ON CONFLICT (uid) DO UPDATE SET until = excluded.until, removed = 0,"
        " station_code = excluded.station_code, updated_at = excluded.updated_at",
        (
            registration_uid(recipient_uid, proxy_uid),
            recipient_uid,
            proxy_uid,
            until.isoformat() if until else None,
            station_code,
            at,
            at,
        ),
    )


def remove(recipient_uid: str, proxy_uid: str, station_code: str, at: str) -> bool:
    """Mark a registration removed, inside the caller's write transaction; False when there
    was none in force."""
    cursor = db.execute_sql(
        "UPDATE proxy_registration SET removed = 1, station_code = ?, updated_at = ?"
        " WHERE uid = ? AND removed = 0",
        (station_code, at, registration_uid(recipient_uid, proxy_uid)),
    )
    return bool(cursor.rowcount)


def registered_for(recipient_uid: str) -> list[tuple[str, str, str, str | None]]:
    """(proxy uid, card code, name, until) of the registrations in force for the person, by
    name."""
    cursor = db.execute_sql(
        "SELECT r.uid, r.card_code, r.name, p.until FROM proxy_registration p"
        " JOIN recipient r ON r.uid = p.proxy_uid"
        " WHERE p.recipient_uid = ? AND p.removed = 0 ORDER BY r.name_key, r.card_code",
        (recipient_uid,),
    )
    return [(str(uid), str(card), str(name), until) for uid, card, name, until in cursor]
