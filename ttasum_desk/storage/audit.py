"""The audit log: every change that matters, chained by SHA-256."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage.db import db, execute_many
from ttasum_desk.storage.models import AuditLog


def head() -> str:
    last = AuditLog.select(AuditLog.hash).order_by(AuditLog.seq.desc()).first()
    return last.hash if last else chain.GENESIS


def record(
    action: str, entity: str, entity_uid: str = "", operator: str = "", **payload: Any
) -> str:
    """Append one entry inside the caller's write transaction; returns its hash."""
    return record_after(head(), action, entity, entity_uid, operator, **payload)


def record_after(
    prev: str, action: str, entity: str, entity_uid: str = "", operator: str = "", **payload: Any
) -> str:
    """``record`` for a caller that has read the log's head (``prev``) in this transaction."""
    at = now_iso()
    digest = chain.link(prev, _body(at, operator, action, entity, entity_uid, payload))
    AuditLog.create(
        at=at,
        operator=operator,
        action=action,
        entity=entity,
        entity_uid=entity_uid,
        payload=chain.canonical(payload),
        prev_hash=prev,
        hash=digest,
    )
    return digest


def _body(
    at: str, operator: str, action: str, entity: str, entity_uid: str, payload: Any
) -> dict[str, Any]:
    """What an entry's hash commits to."""
    return {
        "at": at,
        "operator": operator,
        "action": action,
        "entity": entity,
        "entity_uid": entity_uid,
        "payload": payload,
    }


@dataclass(frozen=True)
class Entry:
    """An entry written after the fact, with the moment it happened (a demo's past)."""

    uid: str
    at: str
    operator: str
    action: str
    entity: str
    entity_uid: str
    payload: dict[str, Any]


def append_many(entries: Iterable[Entry]) -> str:
    """Chain ``entries`` after the log's head, in the order given, and insert them in one
    statement inside the caller's write transaction; returns the new head."""
    prev = head()
    rows = []
    for entry in entries:
        body = _body(
            entry.at, entry.operator, entry.action, entry.entity, entry.entity_uid, entry.payload
        )
        digest = chain.link(prev, body)
        rows.append((
            entry.uid, entry.at, entry.operator, entry.action, entry.entity, entry.entity_uid,
            chain.canonical(entry.payload), prev, digest,
        ))  # fmt: skip
        prev = digest
    execute_many(
        "INSERT INTO audit_log (uid, at, operator, action, entity, entity_uid, payload,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return prev


def verify() -> int | None:
    """The seq of the first entry whose hash doesn't hold, or None when the chain is intact.

    Reads plain rows rather than models: the whole log is walked, and at a city's scale model
    objects cost more than the hashing."""
    prev = chain.GENESIS
    cursor = db.execute_sql(
        "SELECT seq, at, operator, action, entity, entity_uid, payload, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, operator, action, entity, entity_uid, payload, prev_hash, digest in cursor:
        body = _body(at, operator, action, entity, entity_uid, json.loads(payload))
        if prev_hash != prev or chain.link(prev, body) != digest:
            return int(seq)
        prev = digest
    return None
