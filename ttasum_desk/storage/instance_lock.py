"""One read-write instance per database file, enforced by OS file locks.

Two lock files, because a database can be reached by more than one name:

- ``<database>.lock`` beside it: seen by every user and every data folder that opens the
  file under this name (a shared folder, a second account), and on Windows.
- ``<data folder>/locks/<device>-<inode>.lock`` (POSIX): keyed by the file's identity, so a
  hard link or another mount of the same file meets the same lock.

The locks are ``flock`` locks (``msvcrt`` on Windows) on those separate files, never on the
database itself: SQLite's own POSIX locks on the database vanish when any descriptor of it
is closed in this process, so the app never opens the database file except through SQLite
(a missing file is created empty first, while this process has no connection to it). The
locks die with their process, so a crash never leaves a stale lock; each file holds a
description of the holder so that the refusal can name it. A second window is refused at
once; a command-line writer waits its turn (``wait_s``), so concurrent commands queue.
``is_held_database_file`` lets file choices refuse the held database's own files (under any
name) for the same reason.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
import time
from pathlib import Path
from typing import IO

from ttasum_desk.errors import DatabaseBusy, StorageError
from ttasum_desk.paths import data_dir

_held: list[InstanceLock] = []  # the locks this process holds: its read-write databases
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
POLL_S = 0.02  # between attempts while waiting: short next to one command's work


def is_held_database_file(path: Path) -> bool:
    """Whether ``path`` is, by identity (``stat`` only, never ``open``), a database this
    process holds or one of SQLite's files beside it: reading or replacing one of those from
    here would drop SQLite's POSIX locks, so file choices refuse them."""
    try:
        chosen = path.stat()
    except OSError:  # not there (a new file to save): not a database
        return False
    for lock in _held:
        for suffix in DATABASE_SUFFIXES:
            try:
                ours = os.stat(f"{lock.db_path}{suffix}")
            except OSError:
                continue
            if (ours.st_dev, ours.st_ino) == (chosen.st_dev, chosen.st_ino):
                return True
    return False


def identity_lock_path(db_path: Path) -> Path | None:
    """The lock file named by the database's device and inode; None on Windows, where the
    path beside the database is the key."""
    if sys.platform == "win32":
        return None
    if not db_path.exists():
        db_path.touch()  # SQLite takes an empty file as a new database
    stat = db_path.stat()
    return data_dir() / "locks" / f"{stat.st_dev:x}-{stat.st_ino:x}.lock"


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handles: list[IO[str]] = []

    def acquire(self, wait_s: float = 0.0) -> None:
        """Take both locks, or none, trying again for up to ``wait_s`` seconds while another
        holds them; then refuse, naming the holder (``DatabaseBusy`` when it was waited for)."""
        deadline = time.monotonic() + wait_s
        paths = [self.path]
        by_identity = identity_lock_path(self.db_path)
        if by_identity is not None:
            by_identity.parent.mkdir(parents=True, exist_ok=True)
            paths.append(by_identity)
        try:
            for path in paths:
                self._handles.append(self._take(path, deadline, wait_s))
        except BaseException:
            self.release()
            raise
        _held.append(self)

    def _take(self, path: Path, deadline: float, wait_s: float) -> IO[str]:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        while True:
            try:
                _lock(handle)
                break
            except OSError:
                if time.monotonic() < deadline:
                    time.sleep(POLL_S)
                    continue
            handle.seek(0)
            holder = handle.read().strip() or "another program"
            handle.close()
            if wait_s > 0:
                raise DatabaseBusy(
                    "The database {path} is busy: {holder} kept it for more than {seconds} "
                    "seconds, so nothing was done. Try again when it has finished.",
                    path=str(self.db_path),
                    holder=holder,
                    seconds=round(wait_s),
                ) from None
            raise StorageError(
                "The database {path} is already open in {holder}. "
                "Close it there first, or open another database with --db.",
                path=str(self.db_path),
                holder=holder,
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"TTASUM Desk (pid {os.getpid()}, {getpass.getuser()}@{socket.gethostname()})")
        handle.flush()
        return handle

    def release(self) -> None:
        if self in _held:
            _held.remove(self)
        while self._handles:
            handle = self._handles.pop()
            _unlock(handle)
            handle.close()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
