"""One read-write instance per database, enforced by an OS file lock beside it.

The lock dies with its process, so a crash never leaves a stale lock. The file holds a
description of the holder so that the refusal can name it. A second window is refused at
once; a command-line writer waits its turn (``wait_s``), so concurrent commands queue.
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

POLL_S = 0.02  # between attempts while waiting: short next to one command's work


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self, wait_s: float = 0.0) -> None:
        """Take the lock, trying again for up to ``wait_s`` seconds while another holds it;
        then refuse, naming the holder (``DatabaseBusy`` when it was waited for)."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        deadline = time.monotonic() + wait_s
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
                    path=str(self.path.with_suffix("")),
                    holder=holder,
                    seconds=round(wait_s),
                ) from None
            raise StorageError(
                "The database {path} is already open in {holder}. "
                "Close it there first, or open another database with --db.",
                path=str(self.path.with_suffix("")),
                holder=holder,
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"TTASUM Desk (pid {os.getpid()}, {getpass.getuser()}@{socket.gethostname()})")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


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
