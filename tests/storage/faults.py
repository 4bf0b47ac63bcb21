"""Real faults for the storage tests: a small disk that fills up or turns read-only, a
read-only file or folder, a database damaged on disk, another program that holds the write
lock."""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.services.people import Someone, add_people
from ttasum_desk.paths import resource
from ttasum_desk.services import rules
from ttasum_desk.storage.db import close_db

SMALL_DISK_BYTES = 2 * 1024 * 1024
CARD, ITEM, OPERATOR = "ST1", "COTTON-MASK", "김담당"


@pytest.fixture
def handout_db(station_db: Path) -> Path:
    """The demo station with one student and Osan's rules, closed: ready for a handout."""
    add_people([Someone(CARD, "김학생", "2011-04-02", "student", "h1")])
    rules.load_file(resource("samples/ttasum2020.toml"))
    close_db()
    return station_db


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a tmpfs of 2 MiB of its own, so that it can fill up or be made read-only.
    Mounting needs Linux and root (or CAP_SYS_ADMIN); elsewhere the test is skipped."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs Linux and root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SMALL_DISK_BYTES}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode:
        pytest.skip(f"can't mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        close_db()
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def _mounting() -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("bind mounts need Linux and root; root ignores a file's mode bits")


def _mount(*argv: str) -> None:
    done = subprocess.run(["mount", *argv], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"can't bind-mount here: {done.stderr.strip()}")


@contextmanager
def read_only_file(database: Path) -> Iterator[None]:
    """``database`` itself read-only (a read-only bind mount of the file), its folder not:
    what a file marked read-only is to an ordinary account."""
    _mounting()
    _mount("--bind", str(database), str(database))
    try:
        _mount("-o", "remount,bind,ro", str(database))
        yield
    finally:
        close_db()
        subprocess.run(["umount", str(database)], check=True)


@contextmanager
def read_only_folder(database: Path, scratch: Path) -> Iterator[None]:
    """The folder of ``database`` read-only with the file itself writable (a writable copy
    in ``scratch`` bind-mounted over it): SQLite can't create the -wal and -shm beside it.
    The copy's changes are copied back when the block ends."""
    _mounting()
    writable = Path(shutil.copy(database, scratch / "writable.db"))
    folder = str(database.parent)
    _mount("--bind", folder, folder)
    try:
        _mount("-o", "remount,bind,ro", folder)
        _mount("--bind", str(writable), str(database))
        try:
            yield
        finally:
            close_db()
            subprocess.run(["umount", str(database)], check=True)
    finally:
        subprocess.run(["umount", folder], check=True)
    shutil.copy(writable, database)


def onto(disk: Path, database: Path) -> Path:
    """A copy of a closed database on ``disk``."""
    return Path(shutil.copy(database, disk / database.name))


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` with a filler file until only ``leave`` bytes are free."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        while (free := shutil.disk_usage(disk).free) > leave:
            try:
                handle.write(bytes(min(free - leave, 1 << 20)))
            except OSError as full:
                if full.errno != errno.ENOSPC:
                    raise
                break
    return filler


def remount(disk: Path, mode: str) -> None:
    """``mode`` "ro" makes every file on ``disk`` read-only, root's too; "rw" undoes it."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True)


def damage(database: Path) -> None:
    """Garbage over the first pages after the 100-byte header (the schema lives there)."""
    with database.open("r+b") as handle:
        handle.seek(100)
        handle.write(random.Random(1).randbytes(8192))


def corrupt_page(database: Path) -> None:
    """Nonsense in the header of the handout table's root page, the schema left whole: the
    file opens, and the damage shows when handouts are read or written."""
    with closing(sqlite3.connect(database)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'handout'"
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(bytes([0x0D, 0xFF, 0xFF, 0x00, 0x50, 0xFF, 0xFF, 0xFF]))


def truncate(database: Path) -> None:
    """The database cut to a third, as by a copy that stopped half way."""
    os.truncate(database, database.stat().st_size // 3)


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.rollback()
"""


@contextmanager
def locked_by_another_program(database: Path) -> Iterator[None]:
    """Another process holds the write lock (BEGIN IMMEDIATE) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("", timeout=60)


def integrity(database: Path) -> str:
    with closing(sqlite3.connect(database)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
