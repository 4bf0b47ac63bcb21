"""Writers on one database: commands queue for the instance lock instead of being refused,
wait as long as its holder keeps writing, give up with exit 4 when it stops writing for the
wait, and a retried handout with its request id records nothing new."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli_tools import dump
from ttasum_desk import cli as command_line
from ttasum_desk.cli import run
from ttasum_desk.paths import resource
from ttasum_desk.services import rules
from ttasum_desk.storage.db import close_db
from ttasum_desk.storage.instance_lock import InstanceLock

from .services.people import Someone, add_people

WRITERS = 40


@pytest.fixture
def db(station_db: Path) -> Path:
    add_people(
        [Someone(f"Q{n:03d}", "김학생", "2011-04-02", "student", f"q{n}") for n in range(WRITERS)]
    )
    rules.load_file(resource("samples/ttasum2020.toml"))
    close_db()
    return station_db


def handouts(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT uid, receipt_no FROM handout").fetchall()


def test_concurrent_writers_queue_and_all_succeed(db: Path) -> None:
    environment = {**os.environ, "TTASUM_DESK_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "ttasum_desk", "--db", str(db), "handout", "--json"]
    started = [
        subprocess.Popen(
            [*command, "--card", f"Q{n:03d}", "--item", "COTTON-MASK"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for n in range(WRITERS)
    ]
    answers = [(writer.communicate(timeout=600), writer.returncode) for writer in started]
    assert [(code, err) for (_, err), code in answers if code != 0] == []
    recorded = handouts(db)
    assert len(recorded) == WRITERS
    assert len({receipt for _, receipt in recorded}) == WRITERS
    assert {json.loads(out)["receipt_no"] for (out, _), _ in answers} == {
        receipt for _, receipt in recorded
    }


def test_a_writer_gives_up_with_busy_after_the_wait(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(command_line, "WRITER_WAIT_S", 0.3)
    before = dump(db)
    holder = InstanceLock(db)
    holder.acquire()
    try:
        code = run(["--db", str(db), "handout", "--card", "Q001", "--item", "COTTON-MASK"])
    finally:
        holder.release()
    assert code == 4
    assert "is busy: TTASUM Desk (pid" in capsys.readouterr().err
    assert dump(db) == before


def test_a_writer_waits_while_the_holder_keeps_writing(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a merge queued behind another: the holder commits again and again for longer than
    the wait, then lets go, and the command runs instead of giving up."""
    monkeypatch.setattr(command_line, "WRITER_WAIT_S", 0.3)
    holder = InstanceLock(db)
    holder.acquire()

    def commit_file_after_file() -> None:
        with closing(sqlite3.connect(db)) as connection:
            connection.execute("CREATE TABLE merged_elsewhere (n INTEGER)")
            for n in range(12):
                time.sleep(0.1)
                with connection:
                    connection.execute("INSERT INTO merged_elsewhere VALUES (?)", (n,))
        holder.release()

    other = threading.Thread(target=commit_file_after_file)
    other.start()
    try:
        code = run(["--db", str(db), "handout", "--card", "Q001", "--item", "COTTON-MASK"])
    finally:
        other.join()
    assert code == 0
    assert len(handouts(db)) == 1


def test_a_retried_request_records_nothing_new(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db), "handout", "--item", "COTTON-MASK", "--request-id", "r-1", "--json"]
    assert run([*argv, "--card", "Q001"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert run([*argv, "--card", "Q001"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == first
    assert handouts(db) == [(first["handout_uid"], first["receipt_no"])]

    before = dump(db)
    assert run([*argv, "--card", "Q002"]) == 2
    assert "request id r-1 was already used for another handout" in capsys.readouterr().err
    assert dump(db) == before

    assert run([*argv[:-3], "--request-id", "r-2", "--card", "Q002"]) == 0
    assert len(handouts(db)) == 2
