from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ttasum_desk.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", *args], capture_output=True, text=True, timeout=120
    )
    return done.returncode, done.stdout, done.stderr


def test_demo_then_lookup_by_initials_and_card(tmp_path: Path) -> None:
    path = str(tmp_path / "d.db")
    code, out, _ = cli("--db", path, "demo", "--scale", "small", "--seed", "7", "--json")
    assert code == 0
    assert json.loads(out) == {"recipients": 400}
    code, out, _ = cli("--db", path, "lookup", "ㄱㅁ", "--json")
    results = json.loads(out)["results"]
    assert code == 0
    assert results
    assert all(r["name"].startswith("김") for r in results)
    assert {"recipient_uid", "card_code", "name", "birth_date", "group"} <= set(results[0])
    card = results[0]["card_code"]
    code, out, _ = cli("--db", path, "lookup", card, "--json")
    assert [r["card_code"] for r in json.loads(out)["results"]] == [card]


def test_same_seed_same_city(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        path = str(tmp_path / name)
        assert cli("--db", path, "demo", "--seed", "3")[0] == 0
        import sqlite3

        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT uid, card_code, name, birth_date, household_uid FROM recipient ORDER BY uid"
            ).fetchall()
        dumps.append(rows)
    assert dumps[0] == dumps[1]


def test_demo_refuses_a_database_with_data(
    station_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ttasum_desk.storage.db import close_db

    close_db()
    assert run(["--db", str(station_db), "demo"]) == 2
    assert "already holds data" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    code, _, err = cli("--db", str(tmp_path / "x.db"), "station", "set", "--code", "X")
    assert code == 2
    assert "required" in err
