"""The demo city is one transaction: killed half-way it leaves nothing, and runs again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from ttasum_desk.cli import run

ROOT = Path(__file__).resolve().parents[2]
STOPS_MIDWAY = textwrap.dedent(
    """
    import sys, time
    from ttasum_desk.cli import run
    from ttasum_desk.services import demo_handouts

    history = demo_handouts.record_history

    def record_then_wait(*args, **kwargs):
        history(*args, **kwargs)  # people, rules and handouts written, not yet committed
        print("midway", flush=True)
        time.sleep(600)

    demo_handouts.record_history = record_then_wait
    run(["--db", sys.argv[1], "demo", "--scale", "small"])
    """
)
TABLES = ("recipient", "station", "item", "ruleset", "handout")


def counts(database: Path) -> dict[str, int]:
    with closing(sqlite3.connect(database)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_a_demo_killed_midway_leaves_nothing_and_runs_again(tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    with subprocess.Popen(
        [sys.executable, "-c", STOPS_MIDWAY, str(database)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "midway"
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
    assert counts(database) == dict.fromkeys(TABLES, 0)
    assert run(["--db", str(database), "demo", "--scale", "small"]) == 0
    after = counts(database)
    assert after["recipient"] == 400
    assert after["ruleset"] >= 1
    assert after["handout"] > 0
