"""Who looked at whom: the desk's privacy log.

A person opened at the desk, or checked or listed by the command line, is written down with the
moment and the operator, in one INSERT after the look, outside any handout's transaction (the
scan-and-Enter budget of ten statements holds with it). The search text is never kept: a name
typed into the desk is not a record of anyone, the person opened is. The coordinator reads the
log newest first with names masked; entries older than ``RETENTION_DAYS`` are purged at every
start, and the ``access purge`` command removes older ones on demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.storage import access_log, recipients

RETENTION_DAYS = 180  # how long a look stays in the log: half a year of a campaign
Action = Literal["lookup", "check", "profile"]


@dataclass(frozen=True)
class Access:
    at: str
    operator: str
    action: str
    masked_name: str
    recipient_uid: str


def record(action: Action, recipient_uid: str, operator: str) -> None:
    """Write down one look at one person, now."""
    access_log.add(now_iso(), operator, action, recipient_uid)


def record_card(action: Action, card_code: str, operator: str) -> None:
    """Write down a look at the person with this card code (or uid); none: nothing to note."""
    row = recipients.by_card_or_uid(card_code.strip())
    if row is not None:
        record(action, row.uid, operator)


def newest(limit: int = 500) -> list[Access]:
    """The latest looks first, each person's name masked."""
    return [
        Access(row.at, row.operator, row.action, mask_name(row.name), row.recipient_uid)
        for row in access_log.newest(limit)
    ]


def purge(before: date) -> int:
    """Remove the looks made before ``before``; how many were removed."""
    return access_log.purge_before(before.isoformat())


def purge_expired() -> int:
    """Remove the looks older than ``RETENTION_DAYS``: what runs at every start."""
    return purge(now().date() - timedelta(days=RETENTION_DAYS))
