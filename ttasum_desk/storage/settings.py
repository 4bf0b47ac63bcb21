"""Key/value settings kept in the database: this station's identity, snapshot state.

Values are read once per open database and kept: every handout needs the station code, and
settings change only through ``put`` in this process (another process can't open the database
for writing while this one has it).
"""

from __future__ import annotations

from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Setting

_values: tuple[object, dict[str, str | None]] = (None, {})  # (connection, key -> value)


def _known() -> dict[str, str | None]:
    global _values
    if _values[0] is not db.connection():
        _values = (db.connection(), {})
    return _values[1]


def get(key: str, default: str | None = None) -> str | None:
    known = _known()
    if key not in known:
        row = Setting.get_or_none(Setting.key == key)
        known[key] = row.value if row else None
    value = known[key]
    return default if value is None else value


def put(key: str, value: str) -> None:
    """Inside the caller's write transaction; the next ``get`` reads the value back."""
    upsert = Setting.insert(key=key, value=value)
    upsert.on_conflict(conflict_target=[Setting.key], update={Setting.value: value}).execute()
    _known().pop(key, None)
