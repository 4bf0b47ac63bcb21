"""Backups through SQLite's online backup API, and restoring one, so a damaged disk or a
mistaken merge never costs more than a day.

Every copy (today's rotating backup, ``backup --out``, ``restore``) takes one path: the backup
API into a ``.partial`` file beside the target (consistent even while the window writes, and
never a raw copy that would miss the write-ahead log), a check of the copy, then a rename, so
a target is either absent or a whole, verified database. A restore never writes over a
database that holds data or has a write-ahead log beside it: it goes to a new path.

A hub on a PostgreSQL server has no file to copy: its backups are the server's (``pg_dump``,
resources/docs/hub-postgresql.md), so these commands say so instead of copying.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ttasum_desk.errors import DatabaseDamaged, UserError
from ttasum_desk.storage import postgres
from ttasum_desk.storage.db import (
    MIGRATIONS,
    close_db,
    db_location,
    db_path,
    init_db,
    integrity_ok,
    mapped_errors,
    on_postgres,
)
from ttasum_desk.storage.instance_lock import InstanceLock

KEEP = 7
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Copied:
    """A verified copy: where, how big, and how many handout records (voids included) it holds."""

    file: Path
    bytes: int
    handouts: int

    def as_json(self) -> dict[str, object]:
        return {"file": str(self.file), "bytes": self.bytes, "handouts": self.handouts}


def backup_folder(database: Path) -> Path:
    return database.with_name(database.stem + "-backups")


def backup_now(today: date | None = None) -> Path | None:
    """Copy the open database to today's backup file unless it exists; prune the oldest.

    Returns the new backup's path, or None when today's copy was already there or the hub is
    on a PostgreSQL server (whose dumps are its backups). A damaged database is not backed up
    over good copies.
    """
    if on_postgres():
        return None
    source = db_path()
    folder = backup_folder(source)
    target = folder / f"{source.stem}-{(today or date.today()).isoformat()}.db"
    if target.exists():
        return None
    if not integrity_ok():
        raise DatabaseDamaged(
            "The database {path} failed its integrity check, so no backup was made over the "
            "good ones. Restore the newest good backup from {folder} into a new file with the "
            "restore command.",
            path=str(source),
            folder=str(folder),
        )
    folder.mkdir(parents=True, exist_ok=True)
    _copy(source, target)
    for old in sorted(folder.glob(f"{source.stem}-*.db"))[:-KEEP]:
        old.unlink()
    return target


def backup_to(target: Path, *, force: bool = False) -> Copied:
    """A verified copy of the open database at ``target``; an existing file is replaced only
    with ``force``. Reads only, so it works beside the window (a read-only open)."""
    if on_postgres():
        raise _on_server(db_location())
    target = Path(target).expanduser().resolve()
    if target == db_path():
        raise UserError(
            "A backup can't replace the database {path} itself. Choose another file.",
            path=str(target),
        )
    if target.exists() and not force:
        raise UserError(
            "The file {path} already exists. Choose another name, or add --force to replace it.",
            path=str(target),
        )
    target.parent.mkdir(parents=True, exist_ok=True)  # a new folder is no read-only one
    return _copy(db_path(), target)


def restore(backup: Path, target: Path | str) -> Copied:
    """Restore ``backup`` into ``target``, a new or empty file, then open it once for writing
    (older backups are migrated) and check it. Nothing is written when the backup is bad."""
    if postgres.is_url(target):
        raise _on_server(postgres.shown_url(str(target)))
    backup = Path(backup).expanduser().resolve()
    target = Path(target).expanduser().resolve()
    if not backup.is_file():
        raise UserError("There is no backup file {path}.", path=str(backup))
    verify(backup, current=False, untouched=True)
    _refuse_live(target)  # before the lock, which keys itself by an (empty) file it creates
    lock = InstanceLock(target)  # refuses at once when the app has the target open
    target.parent.mkdir(parents=True, exist_ok=True)
    lock.acquire()
    try:
        _refuse_live(target)
        _copy(backup, target, current=False)
    finally:
        lock.release()
    init_db(target)
    close_db()
    return verify(target, current=True)


def _on_server(location: str) -> UserError:
    return UserError(
        "The hub {location} is on a PostgreSQL server, which keeps its own backups: back it "
        "up with pg_dump and restore it with pg_restore into a new database, then check that "
        'with the verify command (resources/docs/hub-postgresql.md, "Back up and restore").',
        location=location,
    )


def _refuse_live(target: Path) -> None:
    busy = [target.name + side for side in SIDE_FILES if Path(str(target) + side).exists()]
    if (target.exists() and target.stat().st_size > 0) or busy:
        raise UserError(
            "The database {path} already exists{side}. A restore never writes over a database: "
            "restore into a new file with --db, open that, and keep the old one until the "
            "restored copy is checked.",
            path=str(target),
            side=f" ({', '.join(busy)})" if busy else "",
        )


def _copy(source: Path, target: Path, *, current: bool = True) -> Copied:
    """The backup API from ``source`` into ``target``'s partial file, checked, then renamed."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            mapped_errors(write=True, path=partial),  # a full or read-only disk, told as such
            closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as live,
            closing(sqlite3.connect(partial)) as copy,
        ):
            live.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no log beside
        copied = verify(partial, current=current)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return Copied(target, copied.bytes, copied.handouts)


def verify(path: Path, *, current: bool, untouched: bool = False) -> Copied:
    """Check that ``path`` is a whole TTASUM Desk database: SQLite's integrity check, and the
    schema of this version (``current``) or of an earlier one that migrations can upgrade.
    ``untouched`` reads a backup as an immutable file, so checking it leaves nothing beside it."""
    known = {file.stem for file in MIGRATIONS.glob("[0-9]*.py")}
    options = "mode=ro&immutable=1" if untouched else "mode=ro"
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)) as copy:
            checked = copy.execute("PRAGMA integrity_check").fetchone()[0]
            applied = {name for (name,) in copy.execute("SELECT name FROM schema_migration")}
            handouts = int(copy.execute("SELECT count(*) FROM handout").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    if checked != "ok":
        raise _damaged(path, str(checked))
    if applied - known or (current and applied != known):
        raise _damaged(path, "schema " + ", ".join(sorted(applied ^ known)))
    return Copied(path, path.stat().st_size, handouts)


def _damaged(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        "The file {path} is not a whole TTASUM Desk database of this version ({detail}), so "
        "nothing was written. Use another backup.",
        path=str(path),
        detail=detail,
    )
