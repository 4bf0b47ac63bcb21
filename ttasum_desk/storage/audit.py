"""The audit log: every change that matters, chained by SHA-256."""

from __future__ import annotations

import json
from typing import Any

from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage.db import db
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
    body = {
        "at": at,
        "operator": operator,
        "action": action,
        "entity": entity,
        "entity_uid": entity_uid,
        "payload": payload,
    }
    digest = chain.link(prev, body)
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
        body = {
            "at": at,
            "operator": operator,
            "action": action,
            "entity": entity,
            "entity_uid": entity_uid,
            "payload": json.loads(payload),
        }
        if prev_hash != prev or chain.link(prev, body) != digest:
            return int(seq)
        prev = digest
    return None
