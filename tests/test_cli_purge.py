"""``purge --inactive-since DATE [--dry-run]`` on a real database: the dry run writes nothing
(the whole database dumped before and after), the purge erases and says how many, ``verify``
still passes, and a bad date exits 2."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli_tools import dump
from ttasum_desk.cli import run

SINCE = "2020-03-19"


def query(path: Path, sql: str) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute(sql, {"since": SINCE})]


ALL_NAMES = "SELECT name FROM recipient"
SERVED_SINCE = (  # the demo's people served on or after the day (as recipient or proxy)
    "SELECT name FROM recipient p WHERE EXISTS (SELECT 1 FROM handout h WHERE"
    " p.uid IN (h.recipient_uid, h.proxy_uid) AND substr(h.handed_at, 1, 10) >= :since)"
)


def purge_json(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    code = run(["--db", str(path), "purge", "--inactive-since", SINCE, "--json", *extra])
    assert code == 0
    return dict(json.loads(capsys.readouterr().out))


def test_dry_run_then_purge_then_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "station.db"
    assert run(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    before = dump(path)
    served = query(path, SERVED_SINCE)
    dry = purge_json(path, capsys, "--dry-run")
    people = dry["people"]
    assert isinstance(people, int)
    assert 0 < people <= len(query(path, ALL_NAMES)) - len(served)
    assert dry == {"since": SINCE, "people": people, "dry_run": True}
    assert dump(path) == before
    done = purge_json(path, capsys, "--operator", "김조정")
    assert done == {"since": SINCE, "people": people, "dry_run": False}
    assert query(path, ALL_NAMES).count("") == people
    assert query(path, SERVED_SINCE) == served
    assert "" not in served
    assert run(["--db", str(path), "verify"]) == 0
    assert run(["--db", str(path), "purge", "--inactive-since", "19 March"]) == 2
    assert "is not a date" in capsys.readouterr().err
