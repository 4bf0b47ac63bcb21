"""``ttasum-desk verify``: exit 0 on a clean database, 5 naming the first broken row after an
outside tool changed a handout (re-chained or not), an audit entry or a class count; the file
is only read."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_verify import rechain
from tests.tampering import edit_behind_the_app
from ttasum_desk.cli import run
from ttasum_desk.services import classes, demo
from ttasum_desk.storage.db import close_db, init_db


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo station (handouts, a void) with one class count, closed."""
    path = tmp_path_factory.mktemp("clean") / "station.db"
    init_db(path)
    try:
        demo.generate("small", 7)
        classes.serve_count(classes.ClassKey("오산초등학교", 1, 1), "COTTON-MASK", 2, "김담당")
    finally:
        close_db()
    return path


@pytest.fixture
def station(clean: Path, tmp_path: Path) -> Path:
    path = tmp_path / "station.db"
    shutil.copy(clean, path)
    return path


def verify_json(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = run(["--db", str(path), "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_a_clean_database_exits_0_and_is_only_read(station: Path) -> None:
    before = hashlib.sha256(station.read_bytes()).hexdigest()
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", "--db", str(station), "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "[ok] The handout chain of OS-JA01 holds." in done.stdout
    assert "[BROKEN]" not in done.stdout
    assert hashlib.sha256(station.read_bytes()).hexdigest() == before


def test_an_edited_handout_exits_5_naming_its_receipt(station: Path) -> None:
    edit_behind_the_app(
        station, "UPDATE handout SET quantity = 50 WHERE receipt_no = 'OS-JA01-000002'"
    )
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", "--db", str(station), "verify", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 5, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is False
    broken = [check for check in report["checks"] if not check["ok"]]
    assert [(c["name"], c["first_broken"]) for c in broken] == [
        ("handout_chain OS-JA01", "OS-JA01-000002"),
        ("audit_agreement", "OS-JA01-000002"),
    ]
    assert "breaks at receipt OS-JA01-000002" in broken[0]["message"]
    assert set(report["checks"][0]) == {"name", "ok", "first_broken", "message"}


def test_an_edited_audit_entry_exits_5_naming_its_seq(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_behind_the_app(station, "UPDATE audit_log SET payload = '{}' WHERE seq = 3")
    code, report = verify_json(station, capsys)
    assert code == 5
    assert [(c["name"], c["first_broken"]) for c in report["checks"] if not c["ok"]] == [
        ("audit_log", "audit 3"),
        ("audit_agreement", "OS-JA01-000002"),  # the entry no longer says what was handed out
    ]


def test_an_edited_and_rechained_handout_exits_5_naming_its_receipt(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tool that knows the chain's algorithm recomputes it after the edit: the chain holds,
    the audit log still says what was handed out."""
    edit_behind_the_app(
        station, "UPDATE handout SET quantity = 50 WHERE receipt_no = 'OS-JA01-000003'"
    )
    rechain(station, "OS-JA01")
    code, report = verify_json(station, capsys)
    assert code == 5
    assert [(c["name"], c["first_broken"]) for c in report["checks"] if not c["ok"]] == [
        ("audit_agreement", "OS-JA01-000003")
    ]


def test_an_edited_class_count_exits_5_naming_it(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_behind_the_app(station, "UPDATE class_count SET handed_at = '2020-03-01T09:00:00+09:00'")
    code, report = verify_json(station, capsys)
    assert code == 5
    names = [c["name"] for c in report["checks"] if not c["ok"]]
    assert names == ["class_count_chain OS-JA01", "audit_agreement"]
    run(["--db", str(station), "verify"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith(
        "[BROKEN] The class-count chain of OS-JA01 breaks at the count for 오산초등학교 1-1 on"
        " 2020-03-01: that row was changed outside the app."
    )


def test_a_damaged_file_exits_5_and_runs_no_other_check(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(station)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        [(root,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'handout_recipient'"
        ).fetchall()
    with station.open("r+b") as file:  # an index page's header overwritten, as by a bad disk
        file.seek(page_size * (root - 1))
        file.write(b"\x07" * 8)
    code, report = verify_json(station, capsys)
    assert code == 5
    [check] = report["checks"]
    assert check["name"] == "integrity"
    assert check["ok"] is False
    assert check["message"].startswith("The database file is damaged (")
