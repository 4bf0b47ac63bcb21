"""The one database: a peewee proxy, pragmas, migrations, the writer lock.

``init_db(path)`` opens a database file (creating and migrating it), takes the instance lock
for read-write use, and checks integrity. Every write goes through ``writing()``: a
process-wide lock plus a ``BEGIN IMMEDIATE`` transaction, so writes never interleave and a
reader never sees half of one.

A hub may instead live on a PostgreSQL server (``init_db("postgresql://user@host/db")``, see
``storage.postgres``): there the instance lock and the pragmas don't apply, and a write is a
transaction that first takes the hub's advisory writer lock, so coordinators' PCs queue as a
station's writers do.

SQLite's errors are sorted once, by their result code, in ``mapped_errors`` (which
``init_db``, ``writing()`` and ``reading()`` all use): trouble with the file or the disk
(full, read-only, damaged, kept locked by another program) becomes a ``StorageError`` that
tells people what to do; any other error is a bug and propagates unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

from ttasum_desk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    StorageError,
)
from ttasum_desk.storage import postgres, wal_guard
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

WRITER_LOCK = "ttasum-desk writer"  # the advisory lock every write at a PostgreSQL hub takes

db = DatabaseProxy()
_sqlite = SqliteDatabase(None, pragmas=PRAGMAS)
_write_lock = threading.RLock()
_instance_lock: InstanceLock | None = None
_path: Path | None = None
_url: str | None = None


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
    waits for another program's lock. A ``postgresql://`` URL opens a hub on a server.
    """
    global _instance_lock, _path
    close_db()
    if postgres.is_url(path):
        _init_postgres(str(path), readonly=readonly, migrate_to=migrate_to)
        return
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
            _take_instance_lock(lock, path, lock_wait_s)
        except OSError as error:  # the lock file beside the database can't be written
            if _writable(path):
                raise
            raise _read_only(path) from error
        _instance_lock = lock
    try:
        with mapped_errors(write=not readonly, path=path):
            if readonly:
                _sqlite.init(
                    f"file:{path}?mode=ro", pragmas={"busy_timeout": busy_timeout_ms}, uri=True
                )
            else:
                _sqlite.init(str(path), pragmas={**PRAGMAS, "busy_timeout": busy_timeout_ms})
            db.initialize(_sqlite)
            db.connect(reuse_if_open=True)
            if not readonly:
                _migrate(migrate_to)
    except BaseException:
        close_db()
        raise
    _path = path


def _take_instance_lock(lock: InstanceLock, path: Path, wait_s: float) -> None:
    """Wait up to ``wait_s`` for the lock's holder, and as long again each time the holder
    wrote to the database meanwhile: commands queued behind a long merge (which commits
    file after file) take their turn, while a holder that writes nothing for ``wait_s`` (a
    window left open, a stuck program) makes the command give up as busy."""
    while True:
        seen = _last_written(path)
        try:
            lock.acquire(wait_s)
            return
        except DatabaseBusy:
            if wait_s <= 0 or _last_written(path) == seen:
                raise


def _last_written(path: Path) -> tuple[int, ...]:
    """When the database and its write-ahead log last changed (0 for one not there)."""
    stamps = []
    for suffix in ("", "-wal"):
        try:
            stamps.append(os.stat(f"{path}{suffix}").st_mtime_ns)
        except OSError:
            stamps.append(0)
    return tuple(stamps)


def _init_postgres(url: str, *, readonly: bool, migrate_to: str | None) -> None:
    """Open the hub on a PostgreSQL server; the first opener creates the schema, under the
    writer lock so that two PCs starting at once don't both try."""
    global _url
    _url = postgres.shown_url(url)
    try:
        db.initialize(postgres.HubDatabase(url, readonly=readonly))
        with mapped_errors(write=not readonly):
            db.connect(reuse_if_open=True)
            if readonly and not db.obj.table_exists("schema_migration"):
                raise StorageError(
                    "The database {url} holds no hub yet. Open it once with the merge command "
                    "or the window, which create the hub's tables.",
                    url=_url,
                )
            if not readonly:
                with db.atomic():
                    postgres.take_lock(db.obj, WRITER_LOCK)
                    _migrate(migrate_to)
    except BaseException:
        close_db()
        raise


def _migrate(target: str | None) -> None:
    if target is not None or _pending_migrations():
        from playhouse.migrations import Runner  # only when there is work for it

        Runner(db.obj, str(MIGRATIONS)).up(target=target)


def _pending_migrations() -> bool:
    """Whether a migration file has not been applied yet (cheap: two small queries)."""
    files = {path.stem for path in MIGRATIONS.glob("[0-9]*.py")}
    if not db.obj.table_exists("schema_migration"):  # a new database: no history yet
        return True
    applied = {name for (name,) in db.execute_sql("SELECT name FROM schema_migration")}
    return bool(files - applied)


def close_db() -> None:
    global _instance_lock, _path, _url
    if db.obj is not None and not db.is_closed():
        db.close()
    if _instance_lock is not None:
        _instance_lock.release()
        _instance_lock = None
    _path = _url = None


def on_postgres() -> bool:
    """Whether the open database is a hub on a PostgreSQL server."""
    return db.obj is not None and postgres.is_postgres(db.obj)


def execute_direct(sql: str, params: Sequence[Any]) -> None:
    """One statement straight to the driver, without peewee's bookkeeping (a merge's rows)."""
    if on_postgres():
        db.cursor().execute(postgres.postgres_sql(sql, None)[0], params)
    else:
        db.connection().execute(sql, params)


def execute_many(sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """One statement for many rows, at the driver's full speed (a roster, a demo city)."""
    if on_postgres():
        db.cursor().executemany(postgres.postgres_sql(sql, None)[0], rows)
    else:
        db.connection().executemany(sql, rows)


def db_path() -> Path:
    if _path is None:
        raise RuntimeError("init_db() has not been called")
    return _path


def db_location() -> str:
    """The open database as people should see it: its file, or its server's URL."""
    return _url or str(db_path())


@contextmanager
def writing() -> Iterator[None]:
    """One write transaction: the process's writer lock, then BEGIN IMMEDIATE.

    The mapping encloses the transaction, so an error at BEGIN or at COMMIT (when the block
    ends) is sorted too, after the transaction has been rolled back. At a PostgreSQL hub the
    transaction first takes the writer lock every PC's writes queue on; on SQLite, just before
    COMMIT the write-ahead log is checked to be the file SQLite opened (``wal_guard``)."""
    with _write_lock, mapped_errors(write=True), db.atomic(*_begin("IMMEDIATE")):
        if on_postgres():
            postgres.take_lock(db.obj, WRITER_LOCK)
        yield
        wal_guard.check(_path)


@contextmanager
def reading() -> Iterator[None]:
    """One read transaction: a consistent snapshot (WAL; REPEATABLE READ at a PostgreSQL
    hub), without waiting for writers."""
    with mapped_errors(write=False), db.atomic(*_begin("DEFERRED")):
        yield


def _begin(sqlite_mode: str) -> tuple[str, ...]:
    """What BEGIN says: SQLite's locking mode, or PostgreSQL's isolation level for it (a
    writer's consistency comes from the writer lock; a reader's from its snapshot)."""
    if not on_postgres():
        return (sqlite_mode,)
    return ("REPEATABLE READ",) if sqlite_mode == "DEFERRED" else ()


@contextmanager
def mapped_errors(*, write: bool, path: Path | None = None) -> Iterator[None]:
    """SQLite's errors inside the block as the ``StorageError`` that explains them, naming
    ``path`` (by default the open database); an error that is not the file's or the disk's
    fault propagates unchanged."""
    try:
        yield
    except (sqlite3.Error, DatabaseError) as error:
        if _url is not None:
            explained = postgres.storage_error(error, _url)
        else:
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
    """SQLite's quick check of the file; a PostgreSQL server checks its own pages."""
    return on_postgres() or db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"


def schema_versions() -> list[str]:
    return [name for (name,) in db.execute_sql("SELECT name FROM schema_migration ORDER BY id")]


def close_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread): a reader thread
    calls this before it ends."""
    if db.obj is not None and not db.is_closed():
        db.close()
