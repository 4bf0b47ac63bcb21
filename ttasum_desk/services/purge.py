"""The purge after the campaign: personal data is kept no longer than it is needed.

``purge(since)`` erases the personal fields of everyone with no handout (as recipient or
proxy), no registration change, no proxy registration and no class count of their class on or
after the day ``since``. People active since then are never touched; people already erased
are not counted again. One transaction, audited with the count, the day and the operator;
``dry_run`` only counts.

**Erased**: name and its search keys (so no search finds them), full birth date, class and
number in the class, the last four phone digits, the household link (a household left without
members goes), disability, statuses (tags) and notes; proxy registrations naming them; the
same fields in review items about them. **Kept**: the card code, as a pseudonym that every
handout, receipt and count still names; the birth year, group, school, grade and district,
which the summary counts by and which name no one alone; every handout and class count, the
audit log and the access log. The hash chains commit to handout fields, never to a name
(``domain.records``), so ``verify`` holds after a purge.

The erased person's ``updated_at`` is the moment of the purge: a day-file exported after it
carries the erasure. A merge never overwrites a person with a file's version (a difference is
a conflict to review), and ``services.review`` refuses to take a file's version over an erased
person, so an older file can't bring a name back. Each station and the hub purge their own
database: a snapshot never changes a station's people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.storage import audit
from ttasum_desk.storage import purge as store
from ttasum_desk.storage.db import reading, writing


@dataclass(frozen=True)
class PurgeResult:
    since: date
    people: int  # erased, or with ``dry_run`` those who would be
    dry_run: bool

    def as_json(self) -> dict[str, Any]:
        return {"since": self.since.isoformat(), "people": self.people, "dry_run": self.dry_run}


def inactive_count(since: date) -> int:
    """How many people a purge from ``since`` would erase: what the confirmation names."""
    with reading():
        return len(store.inactive_since(since.isoformat()))


def purge(since: date, operator: str, *, dry_run: bool = False) -> PurgeResult:
    """Erase the personal fields of the people inactive since ``since`` (one transaction)."""
    if dry_run:
        return PurgeResult(since, inactive_count(since), dry_run=True)
    with writing():
        uids = store.inactive_since(since.isoformat())
        store.erase(uids, now_iso())
        audit.record(
            "personal_data_purged", "recipient", "", operator,
            people=len(uids), inactive_since=since.isoformat(),
        )  # fmt: skip
    return PurgeResult(since, len(uids), dry_run=False)
