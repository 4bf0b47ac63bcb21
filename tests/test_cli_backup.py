"""The restore drill of the README, followed literally: the command line in subprocesses on
real files, from a demo database to a restored copy that holds what the backup held."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.instance_lock import InstanceLock


def cli(*args: str | Path) -> tuple[int, str, str]:
    environment = {**os.environ, "TTASUM_DESK_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    return done.returncode, done.stdout, done.stderr


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def handout_uids(path: Path) -> set[object]:
    return {uid for (uid,) in rows(path, "SELECT uid FROM handout")}


def hand_out(db: Path, card: object) -> None:
    code, out, err = cli("--db", db, "handout", "--card", card, "--item", "COTTON-MASK", "--json")
    assert code == 0, err
    assert json.loads(out)["handout_uid"] in handout_uids(db)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "station.db"
    assert cli("--db", path, "demo", "--json")[0] == 0
    return path


def test_the_restore_drill(demo: Path, tmp_path: Path) -> None:
    cards = [
        card
        for (card,) in rows(
            demo,
            """SELECT card_code FROM recipient r WHERE "group" = 'student'
               AND NOT EXISTS (SELECT 1 FROM handout h WHERE h.recipient_uid = r.uid)
               ORDER BY card_code LIMIT 3""",
        )
    ]
    hand_out(demo, cards[0])
    hand_out(demo, cards[1])

    # the backup runs beside the window, which holds the database open for writing
    backup = tmp_path / "station-backup.db"
    init_db(demo)
    try:
        code, out, err = cli("--db", demo, "backup", "--out", backup, "--json")
    finally:
        close_db()
    assert code == 0, err
    answer = json.loads(out)
    at_backup = handout_uids(demo)
    assert answer == {
        "file": str(backup),
        "bytes": backup.stat().st_size,
        "handouts": len(at_backup),
        "verified": True,
    }
    assert cli("--db", demo, "backup", "--out", backup)[0] == 2  # never over a file unasked
    assert cli("--db", demo, "backup", "--out", backup, "--force")[0] == 0
    assert cli("--db", demo, "backup", "--out", demo, "--force")[0] == 2
    in_new_folder = tmp_path / "station-backups" / "station-2020-03-09.db"
    assert cli("--db", demo, "backup", "--out", in_new_folder)[0] == 0
    assert handout_uids(in_new_folder) == at_backup

    hand_out(demo, cards[2])
    assert len(handout_uids(demo)) == len(at_backup) + 1

    restored = tmp_path / "restored" / "station.db"
    code, out, err = cli("--db", restored, "restore", backup, "--json")
    assert code == 0, err
    assert json.loads(out)["handouts"] == len(at_backup)
    assert handout_uids(restored) == at_backup
    assert rows(restored, "PRAGMA integrity_check") == [("ok",)]
    applied = {name for (name,) in rows(restored, "SELECT name FROM schema_migration")}
    assert applied == {name for (name,) in rows(demo, "SELECT name FROM schema_migration")}
    assert not list(restored.parent.glob("*.partial"))

    # the restored copy opens with --db and takes handouts again
    hand_out(restored, cards[2])


def test_a_damaged_backup_is_refused_and_nothing_written(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    assert cli("--db", demo, "backup", "--out", backup)[0] == 0
    with backup.open("r+b") as damaged:
        damaged.seek(8192)
        damaged.write(b"\xa5" * 4096)
    target = tmp_path / "new.db"
    code, _, err = cli("--db", target, "restore", backup)
    assert code == 5
    assert "not a whole TTASUM Desk database" in err
    assert not target.exists()
    assert not list(tmp_path.glob("new.db*"))
    assert not list(tmp_path.glob("backup.db-*"))  # checking it left nothing beside it

    stranger = tmp_path / "other.db"
    with closing(sqlite3.connect(stranger)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    assert cli("--db", target, "restore", stranger)[0] == 5
    assert not target.exists()


def test_restore_never_writes_over_a_database(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    assert cli("--db", demo, "backup", "--out", backup)[0] == 0
    before = demo.read_bytes(), handout_uids(demo)
    code, _, err = cli("--db", demo, "restore", backup)
    assert code == 2
    assert "never writes over a database" in err
    assert (demo.read_bytes(), handout_uids(demo)) == before

    empty_but_logged = tmp_path / "logged.db"
    Path(f"{empty_but_logged}-wal").write_bytes(b"")
    assert cli("--db", empty_but_logged, "restore", backup)[0] == 2
    assert not empty_but_logged.exists()

    held = tmp_path / "held.db"
    lock = InstanceLock(held)
    lock.acquire()  # the app is starting on that path
    try:
        code, _, err = cli("--db", held, "restore", backup)
    finally:
        lock.release()
    assert code == 2
    assert "already open" in err
    assert held.stat().st_size == 0  # the empty file the app's lock keys itself by, nothing more
