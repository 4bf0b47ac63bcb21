"""The benchmark's data: the seeded demo city, built once per scale and copied per figure."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

SEED = 7


def city_db(workdir: Path, scale: str) -> Path:
    """The demo city at ``scale`` (built once in ``workdir``)."""
    path = workdir / f"city-{scale}-{SEED}.db"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ttasum_desk",
                "--db",
                str(path),
                "demo",
                "--scale",
                scale,
                "--seed",
                str(SEED),
            ],
            check=True,
            capture_output=True,
        )
    return path


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy (checkpointed first, so the WAL's content comes along)."""
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for stale in (
        target,
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
