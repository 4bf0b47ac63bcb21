"""The one database: deferred peewee SqliteDatabase, pragmas, migrations, the writer lock.

``init_db(path)`` opens a database file (creating and migrating it), takes the instance lock
for read-write use, and checks integrity. Every write goes through ``writing()``: a
process-wide lock plus a ``BEGIN IMMEDIATE`` transaction, so writes never interleave and a
reader never sees half of one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from ttasum_desk.errors import StorageError
from ttasum_desk.storage.instance_lock import InstanceLock

MIGRATIONS = Path(__file__).with_name("migrations")
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: an acknowledged handout survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32_000,
    "temp_store": "memory",
}

db = SqliteDatabase(None, pragmas=PRAGMAS)
_write_lock = threading.RLock()
_instance_lock: InstanceLock | None = None
_path: Path | None = None


def init_db(path: Path | str, *, readonly: bool = False, migrate_to: str | None = None) -> None:
    """Open (and create or upgrade) the database at ``path``.

    Read-write opens take the instance lock; ``readonly`` opens (lookups, reports) don't.
    """
    global _instance_lock, _path
    close_db()
    path = Path(path).expanduser().resolve()
    if readonly and not path.exists():
        raise StorageError(
            "There is no database at {path}. Create one with the demo command or open the app.",
            path=str(path),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not readonly:
        lock = InstanceLock(path)
        lock.acquire()
        _instance_lock = lock
    try:
        if readonly:
            db.init(f"file:{path}?mode=ro", pragmas={"busy_timeout": 5000}, uri=True)
        else:
            db.init(str(path), pragmas=PRAGMAS)
        db.connect(reuse_if_open=True)
        if not readonly and (migrate_to is not None or _pending_migrations()):
            from playhouse.migrations import Runner  # only when there is work for it

            Runner(db, str(MIGRATIONS)).up(target=migrate_to)
    except (sqlite3.DatabaseError, DatabaseError) as error:
        close_db()
        raise StorageError(
            "The file {path} is not a TTASUM Desk database or is damaged ({detail}). "
            "Restore a backup, or open another file with --db.",
            path=str(path),
            detail=str(error),
        ) from error
    except BaseException:
        close_db()
        raise
    _path = path


def _pending_migrations() -> bool:
    """Whether a migration file has not been applied yet (cheap: one small query)."""
    files = {path.stem for path in MIGRATIONS.glob("[0-9]*.py")}
    try:
        applied = {name for (name,) in db.execute_sql("SELECT name FROM schema_migration")}
    except DatabaseError:  # a new database: no history table yet
        return True
    return bool(files - applied)


def close_db() -> None:
    global _instance_lock, _path
    if not db.is_closed():
        db.close()
    if _instance_lock is not None:
        _instance_lock.release()
        _instance_lock = None
    _path = None


def db_path() -> Path:
    if _path is None:
        raise RuntimeError("init_db() has not been called")
    return _path


@contextmanager
def writing() -> Iterator[None]:
    """One write transaction: the process's writer lock, then BEGIN IMMEDIATE."""
    with _write_lock, db.atomic("IMMEDIATE"):
        yield


@contextmanager
def reading() -> Iterator[None]:
    """One read transaction: a consistent snapshot (WAL), without waiting for writers."""
    with db.atomic("DEFERRED"):
        yield


def integrity_ok() -> bool:
    return bool(db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok")


def schema_versions() -> list[str]:
    return [name for (name,) in db.execute_sql("SELECT name FROM schema_migration ORDER BY id")]


def close_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread): a reader thread
    calls this before it ends."""
    if not db.is_closed():
        db.close()
