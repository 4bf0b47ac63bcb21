"""Refuse to write once the database's write-ahead log is no longer the file SQLite writes.

Another program (a file manager, a backup tool, a second SQLite client after our POSIX locks
were lost) can delete or replace ``<database>-wal`` while the app runs. SQLite goes on
appending to the descriptor it opened, so each commit still succeeds, but into a file that no
longer has that name: the next start would read a missing or different log and lose every
handout since. ``check`` compares the log SQLite holds open (found through ``/proc/self/fd``,
never by opening the file, which would drop SQLite's locks) with the file now at that name,
and raises before a commit when they differ. Closing the app lets SQLite checkpoint what the
open log holds into the database; then it can start again. Where there is no ``/proc`` (macOS,
Windows, which can't delete an open file) there is nothing to compare and nothing is checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ttasum_desk.errors import WriteAheadLogLost

DESCRIPTORS = Path("/proc/self/fd")
DELETED = " (deleted)"  # how Linux names a descriptor's file once it has been unlinked


def check(database: Path | None) -> None:
    """Raise ``WriteAheadLogLost`` when SQLite writes a log that vanished or was replaced."""
    if database is None:
        return
    log = f"{database}-wal"
    for opened in _open_logs(log):
        try:
            now = os.stat(log)
        except FileNotFoundError:
            raise _lost(log) from None
        if opened.st_nlink == 0 or (opened.st_dev, opened.st_ino) != (now.st_dev, now.st_ino):
            raise _lost(log)


def _open_logs(log: str) -> Iterator[os.stat_result]:
    """The status of each descriptor of this process open on ``log`` (under that name then)."""
    try:
        descriptors = os.listdir(DESCRIPTORS)
    except OSError:  # no /proc: nothing to compare
        return
    for descriptor in descriptors:
        try:
            target = os.readlink(DESCRIPTORS / descriptor)
            if target in (log, log + DELETED):
                yield os.fstat(int(descriptor))
        except OSError:  # closed meanwhile (the listing's own descriptor, another thread's)
            continue


def _lost(log: str) -> WriteAheadLogLost:
    return WriteAheadLogLost(
        "Another program deleted or replaced the file {log}, the database's log of recent "
        "changes, while the app was running, so nothing was recorded. Close the app and start "
        "it again before recording anything more.",
        log=log,
    )
