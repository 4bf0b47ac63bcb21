"""Where signing keys live: this station's private key in a file, the hub's enrolled station
keys in ``station_key``, the pinned hub key and snapshot sequence numbers in settings.

The private key is a file beside the database (``station.db`` → ``station.db.station-key``),
created with mode 0600 (on Windows the data folder's own permissions apply). It is not in the
database on purpose: backups are copies of the database file, and a backup restored on another
PC must not sign as this station. Such a copy makes a new key at its first export, so the hub
refuses its files until the coordinator enrols it again (knowingly). A hub on a PostgreSQL
server is the exception: there is no file, and its key is a setting on the server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ttasum_desk.storage import settings
from ttasum_desk.storage.db import db, db_path, on_postgres, writing

KEY_SUFFIX = ".station-key"
_HEADER = "ttasum-desk station key (Ed25519, private: do not copy)"
HUB_KEY = "hub_public_key"  # at a station: the hub key pinned at its first signed snapshot
SNAPSHOT_TAKEN = "snapshot_sequence"  # at a station: the sequence of the last snapshot taken
SNAPSHOT_ISSUED = "snapshot_sequence_issued"  # at a hub: the last sequence it wrote
SERVER_KEY_SETTING = "hub_private_key"  # a hub on a PostgreSQL server: its signing key


@dataclass(frozen=True)
class EnrolledKey:
    station_code: str
    public_key: str
    source: str  # 'file' or 'merge'
    enrolled_at: str
    operator: str


def key_file() -> Path:
    path = db_path()
    return path.with_name(path.name + KEY_SUFFIX)


def load_private() -> bytes | None:
    """The private key's 32 bytes, or None when this database has no key yet."""
    if on_postgres():
        stored = settings.get(SERVER_KEY_SETTING)
        return bytes.fromhex(stored) if stored else None
    try:
        lines = key_file().read_text(encoding="ascii").split()
    except FileNotFoundError:
        return None
    return bytes.fromhex(lines[-1])


def save_private(raw: bytes) -> None:
    """Create the key file, readable by this account only; never overwrites one. A hub on a
    PostgreSQL server keeps its key in the server's settings instead: every coordinator's PC
    signs snapshots as the one hub, and the server's access control guards it."""
    if on_postgres():
        with writing():
            if settings.get(SERVER_KEY_SETTING) is None:
                settings.put(SERVER_KEY_SETTING, raw.hex())
        return
    handle = os.open(key_file(), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(f"{_HEADER}\n{raw.hex()}\n")
        out.flush()
        os.fsync(out.fileno())


def enrolled(station_code: str) -> EnrolledKey | None:
    rows = _select("WHERE station_code = ?", station_code)
    return rows[0] if rows else None


def all_enrolled() -> list[EnrolledKey]:
    return _select("ORDER BY station_code")


def enrol(key: EnrolledKey) -> None:
    """Inside the caller's write transaction; replaces the station's earlier key."""
    db.execute_sql(
        "INSERT INTO station_key "
        "(station_code, public_key, source, enrolled_at, operator) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (station_code) DO UPDATE SET public_key = excluded.public_key, "
        "source = excluded.source, enrolled_at = excluded.enrolled_at, "
        "operator = excluded.operator",
        (key.station_code, key.public_key, key.source, key.enrolled_at, key.operator),
    )


def _select(clause: str, *params: str) -> list[EnrolledKey]:
    cursor = db.execute_sql(
        "SELECT station_code, public_key, source, enrolled_at, operator FROM station_key " + clause,
        params,
    )
    return [EnrolledKey(*row) for row in cursor.fetchall()]


def sequence(key: str) -> int:
    return int(settings.get(key) or 0)
