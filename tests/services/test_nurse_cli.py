"""The nurse commands: batch receive, batch correct, stock; bad input exits 2, nothing written."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from ttasum_desk.cli import run
from ttasum_desk.services import batches, classes, nurse_reports


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def _exit_code(argv: list[str]) -> int:
    """run(), with argparse's usage exit taken as its code."""
    try:
        return run(argv)
    except SystemExit as usage:
        return int(usage.code or 0)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "nurse.db"
    assert run(["--db", str(path), "demo", "--seed", "7"]) == 0
    receive = ["--db", str(path), "batch", "receive", "--item", "MASK-KIT", "--lot", "K-1"]
    assert run([*receive, "--qty", "40"]) == 0
    return path


def test_receive_then_stock_json(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    args = ["--db", str(demo_db), "batch", "receive", "--item", "FILTER-PACK", "--lot", "F-77"]
    assert run([*args, "--qty", "30", "--source", "오산시", "--at", "2020-03-20", "--json"]) == 0
    received = json.loads(capsys.readouterr().out)
    assert (received["lot_no"], received["on_hand"]) == ("F-77", 30)
    assert run(["--db", str(demo_db), "stock", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    item = next(i for i in report["items"] if i["item_code"] == "FILTER-PACK")
    lots = {b["lot_no"]: b["on_hand"] for b in item["batches"]}
    assert lots["F-77"] == 30
    assert item["on_hand"] == sum(lots.values())
    assert {"item_code", "on_hand", "batches"} <= set(item)

    correct = ["--db", str(demo_db), "batch", "correct", received["batch_uid"]]
    assert run([*correct, "--qty", "28", "--reason", "two packs torn", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["received"] == 28


@pytest.mark.parametrize(
    "bad",
    [
        ["--item", "NOPE", "--lot", "X", "--qty", "5"],
        ["--item", "MASK-KIT", "--lot", "X", "--qty", "0"],
        ["--item", "MASK-KIT", "--lot", "X", "--qty", "-4"],
        ["--item", "MASK-KIT", "--lot", "X", "--qty", "many"],
        ["--item", "MASK-KIT", "--lot", " ", "--qty", "5"],
        ["--item", "MASK-KIT", "--lot", "X", "--qty", "5", "--at", "yesterday"],
        ["--item", "MASK-KIT", "--lot", "K-1", "--qty", "5"],  # lot already received
    ],
)
def test_bad_batch_exits_2_with_one_line_and_changes_nothing(
    demo_db: Path, bad: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _dump(demo_db)
    capsys.readouterr()
    assert _exit_code(["--db", str(demo_db), "batch", "receive", *bad]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err
    assert _dump(demo_db) == before


def test_weekly_workbook_keeps_text_literal(station_db: Path, tmp_path: Path) -> None:
    school = make_school_station()
    batches.receive(batches.BatchRequest("COTTON-MASK", "=1+2", 10, None, "@SUM(A1)", OPERATOR))
    classes.serve_count(first_classes(school, 1)[0], "COTTON-MASK", 4, OPERATOR)
    today = date.today()
    path = nurse_reports.write_weekly(tmp_path / "w.xlsx", today, today)
    sheet = load_workbook(path)["Batches"]
    assert sheet["B2"].value == "=1+2"
    assert sheet["B2"].data_type == "s"
    assert sheet["D2"].value == "@SUM(A1)"
    assert [c.value for c in sheet[3]][4:] == [10, 0, 4, 6]
    assert sheet["A3"].font.b
    assert not list(tmp_path.glob(".w-*"))  # no temporary file left behind


def test_class_count_from_a_named_lot_then_weekly(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_db)]
    receive = ["batch", "receive", "--item", "COTTON-MASK", "--lot", "K-2", "--qty", "9"]
    assert run([*db, *receive]) == 0
    count = [*db, "class", "count", "--school", "오산초등학교", "--grade", "2", "--class", "1"]
    count += ["--item", "COTTON-MASK", "--operator", "김보건", "--at", "2020-03-23T10:00"]
    capsys.readouterr()
    assert run([*count, "--qty", "5", "--lot", "K-2", "--json"]) == 0
    recorded = json.loads(capsys.readouterr().out)
    assert recorded["quantity"] == 5
    assert _exit_code([*count, "--qty", "6"]) == 3  # refused by the rules
    assert "may be at most 5" in capsys.readouterr().err
    assert _exit_code([*count, "--qty", "5", "--lot", "K-2"]) == 2  # only 4 left in K-2
    assert "Only 4" in capsys.readouterr().err
    assert _exit_code([*count, "--qty", "1", "--lot", "K-9"]) == 2  # no such lot
    out = tmp_path / "weekly.xlsx"
    weekly = [*db, "report", "weekly", "--out", str(out), "--from", "2020-03-23"]
    assert run([*weekly, "--to", "2020-03-29"]) == 0
    rows = list(load_workbook(out)["Classes"].iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("오산초등학교", 2, 1, "COTTON-MASK", "K-2", 0, 5, 5)
