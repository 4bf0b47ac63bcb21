"""The README's layout (database in the working folder) with a file dialog on that folder,
an outside SQLite client opening and closing the database, then a kill -9: every handout
the station acknowledged is in the database afterwards."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

import pytest

from tests.storage.faults import handout_db  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def station(db: Path, *flags: str) -> Iterator[subprocess.Popen[str]]:
    """The station process, once its dialog has listed the database's folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.storage.lock_child", str(db), *flags],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            yield child
        finally:
            child.kill()
            child.wait()


def outside_reader(db: Path) -> None:
    """Another program (a backup tool, DB Browser) opens the database, reads, closes."""
    script = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('select count(*) from handout').fetchall(); c.close()"  # noqa: E501
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)


def handout_uids(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as connection:
        return {uid for (uid,) in connection.execute("SELECT uid FROM handout")}


def record_one(child: subprocess.Popen[str]) -> str:
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


def test_an_acknowledged_handout_survives_the_dialog_an_outside_reader_and_a_kill(
    handout_db: Path,  # noqa: F811
) -> None:
    with station(handout_db) as child:
        outside_reader(handout_db)
        acknowledged = record_one(child)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert acknowledged
    assert acknowledged in handout_uids(handout_db)


def test_qts_stock_dialog_loses_the_log_and_the_handout_is_refused(
    handout_db: Path,  # noqa: F811
) -> None:
    """The control: with Qt's stock dialog, whose reads of the folder drop SQLite's locks, the
    outside client deletes the live write-ahead log; the app notices before it acknowledges
    (``storage.wal_guard``), so the test above would notice if the app's dialog read files
    again, and nothing acknowledged is lost either way."""
    with station(handout_db, "--stock") as child:
        outside_reader(handout_db)
        answer = record_one(child)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert answer.startswith("refused: ")
    assert f"{handout_db}-wal" in answer
    assert handout_uids(handout_db) == set()


@pytest.mark.slow
def test_a_hundred_kills_during_handouts_lose_nothing_acknowledged(
    handout_db: Path,  # noqa: F811
) -> None:
    """Handouts in a loop, an outside reader in a loop, a kill -9 after a random number of
    acknowledgements; a hundred times."""
    stop = threading.Event()

    def keep_reading() -> None:
        while not stop.is_set():
            with suppress(subprocess.CalledProcessError):  # busy at that moment: again
                outside_reader(handout_db)

    reader = threading.Thread(target=keep_reading)
    reader.start()
    acknowledged: list[str] = []
    chance = random.Random(2020)
    try:
        for _ in range(100):
            with station(handout_db, "--loop") as child:
                assert child.stdout is not None
                for _ in range(chance.randint(1, 20)):
                    acknowledged.append(child.stdout.readline().strip())
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
            missing = set(acknowledged) - handout_uids(handout_db)
            assert not missing
    finally:
        stop.set()
        reader.join()
