"""Key/value settings kept in the database: this station's identity, snapshot state."""

from __future__ import annotations

from ttasum_desk.storage.models import Setting


def get(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def put(key: str, value: str) -> None:
    """Inside the caller's write transaction."""
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
