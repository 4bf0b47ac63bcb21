"""The instance lock follows the database file, not its name: a hard link is refused too."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.storage.test_db import HOLDER
from ttasum_desk.errors import StorageError
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.instance_lock import InstanceLock


@contextmanager
def held_by_another_process(database: Path) -> Iterator[int]:
    """A process that has the database open read-write until the block ends; its pid."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        yield holder.pid
    finally:
        holder.communicate("")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keys the lock by the path")
def test_a_hard_link_to_an_open_database_is_refused(tmp_path: Path, db_path: Path) -> None:
    init_db(db_path)
    close_db()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "same.db"
    os.link(db_path, link)
    with held_by_another_process(db_path) as pid:
        with pytest.raises(StorageError) as refused:
            init_db(link)
        assert "already open" in refused.value.english
        assert f"pid {pid}" in refused.value.english
        assert str(link) in refused.value.english
    init_db(link)  # the holder has gone: the link opens
    close_db()


def test_a_refused_lock_keeps_nothing_and_a_released_one_frees_both(db_path: Path) -> None:
    first, second = InstanceLock(db_path), InstanceLock(db_path)
    first.acquire()
    with pytest.raises(StorageError):
        second.acquire()
    first.release()
    second.acquire()  # neither file was left locked by the refusal or by the release
    second.release()


def test_a_new_database_is_locked_before_sqlite_creates_it(db_path: Path) -> None:
    """The lock needs the file's identity; the empty file it makes is a valid new database."""
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        assert db_path.exists()
        assert db_path.stat().st_size == 0
    finally:
        lock.release()
    init_db(db_path)
    close_db()
