"""Start-up as a user starts the app: the shell paints first, then the database opens and
the main window comes up on it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ttasum_desk.app import window_arguments

ROOT = Path(__file__).resolve().parents[1]


def test_the_window_paints_before_it_opens_the_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TTASUM_DESK_SMOKE": "1"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", "--db", str(db), "--demo"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["painted", "ready"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM recipient").fetchone() == (400,)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (None, False)),
        (["--db", "a.db"], (Path("a.db"), False)),
        (["--db=a.db", "--demo"], (Path("a.db"), True)),
        (["--db", "a.db", "lookup", "김"], None),
        (["--version"], None),
        (["--db"], None),
    ],
)
def test_only_the_windows_own_options_skip_the_command_line(
    args: list[str], expected: tuple[Path | None, bool] | None
) -> None:
    assert window_arguments(args) == expected
