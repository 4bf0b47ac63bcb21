"""The one database: deferred peewee SqliteDatabase, pragmas, migrations, the writer lock.

``init_db(path)`` opens a database file (creating and migrating it), takes the instance lock
for read-write use, and checks integrity. Every write goes through ``writing()``: a
process-wide lock plus a ``BEGIN IMMEDIATE`` transaction, so writes never interleave and a
reader never sees half of one.

SQLite's errors are sorted once, by their result code, in ``mapped_errors`` (which
``init_db``, ``writing()`` and ``reading()`` all use): trouble with the file or the disk
(full, read-only, damaged, kept locked by another program) becomes a ``StorageError`` that
tells people what to do; any other error is a bug and propagates unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from ttasum_desk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    StorageError,
)
from ttasum_desk.storage import wal_guard
from ttasum_desk.storage.instance_lock import InstanceLock

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's lock before giving up
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: an acknowledged handout survives a power cut
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32_000,
    "temp_store": "memory",
}

db = SqliteDatabase(None, pragmas=PRAGMAS)
_write_lock = threading.RLock()
_instance_lock: InstanceLock | None = None
_path: Path | None = None


def init_db(
    path: Path | str,
    *,
    readonly: bool = False,
    migrate_to: str | None = None,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    lock_wait_s: float = 0.0,
) -> None:
    """Open (and create or upgrade) the database at ``path``.

    Read-write opens take the instance lock, waiting up to ``lock_wait_s`` for its holder;
    ``readonly`` opens (lookups, reports) don't. ``busy_timeout_ms`` is how long a statement
    waits for another program's lock.
    """
    global _instance_lock, _path
    close_db()
    path = Path(path).expanduser().resolve()
    if readonly and not path.exists():
        raise StorageError(
            "There is no database at {path}. Create one with the demo command or open the app.",
            path=str(path),
        )
    if not readonly:
        lock = InstanceLock(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire(lock_wait_s)
        except OSError as error:  # the lock file beside the database can't be written
            if _writable(path):
                raise
            raise _read_only(path) from error
        _instance_lock = lock
    try:
        with mapped_errors(write=not readonly, path=path):
            if readonly:
                db.init(f"file:{path}?mode=ro", pragmas={"busy_timeout": busy_timeout_ms}, uri=True)
            else:
                db.init(str(path), pragmas={**PRAGMAS, "busy_timeout": busy_timeout_ms})
            db.connect(reuse_if_open=True)
            if not readonly and (migrate_to is not None or _pending_migrations()):
                from playhouse.migrations import Runner  # only when there is work for it

                Runner(db, str(MIGRATIONS)).up(target=migrate_to)
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
    """One write transaction: the process's writer lock, then BEGIN IMMEDIATE.

    The mapping encloses the transaction, so an error at BEGIN or at COMMIT (when the block
    ends) is sorted too, after the transaction has been rolled back. Just before COMMIT the
    write-ahead log is checked to be the file SQLite opened (``wal_guard``)."""
    with _write_lock, mapped_errors(write=True), db.atomic("IMMEDIATE"):
        yield
        wal_guard.check(_path)


@contextmanager
def reading() -> Iterator[None]:
    """One read transaction: a consistent snapshot (WAL), without waiting for writers."""
    with mapped_errors(write=False), db.atomic("DEFERRED"):
        yield


@contextmanager
def mapped_errors(*, write: bool, path: Path | None = None) -> Iterator[None]:
    """SQLite's errors inside the block as the ``StorageError`` that explains them, naming
    ``path`` (by default the open database); an error that is not the file's or the disk's
    fault propagates unchanged."""
    try:
        yield
    except (sqlite3.Error, DatabaseError) as error:
        explained = storage_error(error, path or _path, write=write)
        if explained is None:
            raise
        raise explained from error


def storage_error(error: BaseException, path: Path | None, *, write: bool) -> StorageError | None:
    """Sort an error by SQLite's primary result code (https://sqlite.org/rescode.html) into
    the file's or the disk's trouble, told to people, or None: a bug."""
    cause = _sqlite_cause(error)
    if cause is None:
        return None
    code, where = cause.sqlite_errorcode & 0xFF, str(path)
    if code == sqlite3.SQLITE_FULL:
        return DiskFull(
            "The disk that holds the database {path} is full, so the change was not saved. "
            "Free some space on that disk, then try again.",
            path=where,
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(
            "The database {path} is busy: another program has kept it locked for too long, so "
            "nothing was done. Close that program or wait until it has finished, then try again.",
            path=where,
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseDamaged(
            "The file {path} is not a TTASUM Desk database or is damaged ({detail}). "
            "Restore a backup, or open another file with --db.",
            path=where,
            detail=str(cause),
        )
    unwritable = write and (
        code == sqlite3.SQLITE_CANTOPEN
        or (code == sqlite3.SQLITE_IOERR and path is not None and not _writable(path))
    )
    if code == sqlite3.SQLITE_READONLY or unwritable:
        return _read_only(path)
    return None


def _read_only(path: Path | None) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        "The database {path} can't be written: the file or its folder is read-only, so the "
        "change was not saved. Make both writable, or copy the database to a writable folder "
        "and open the copy with --db.",
        path=str(path),
    )


def _sqlite_cause(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error with a result code behind ``error``: peewee keeps it as ``orig``.
    When SQLite has already rolled back (a full disk, a busy lock), peewee's own ROLLBACK
    fails too, and the first error is that one's ``__context__`` (only database errors are
    followed back, never into unrelated trouble that was being handled)."""
    seen: BaseException | None = error
    first: sqlite3.Error | None = None
    while isinstance(seen, sqlite3.Error | DatabaseError):
        candidate = getattr(seen, "orig", seen)
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(candidate, sqlite3.Error) and code is not None:
            if code & 0xFF != sqlite3.SQLITE_ERROR:
                return candidate
            first = first or candidate
        seen = seen.__context__
    return first


def _writable(path: Path) -> bool:
    """Whether the database file (if there) and its folder can be written; root included,
    since a read-only mount refuses everyone."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def integrity_ok() -> bool:
    return bool(db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok")


def schema_versions() -> list[str]:
    return [name for (name,) in db.execute_sql("SELECT name FROM schema_migration ORDER BY id")]


def close_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread): a reader thread
    calls this before it ends."""
    if not db.is_closed():
        db.close()
