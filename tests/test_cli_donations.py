"""The donation and workshop commands: exit codes, JSON, and an unchanged database (compared
by a full dump) whenever a command refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_handouts import cli, dump
from ttasum_desk.services import rules
from ttasum_desk.storage.db import close_db

from .services.people import Someone, add_people
from .test_cli_handouts import SAMPLE


@pytest.fixture
def db(station_db: Path) -> Path:
    add_people([
        Someone("MAKER1", "박만듦", "1975-05-05", "public", "m1"),
        Someone("ELDER1", "최어르신", "1940-02-02", "vulnerable", "e1"),
    ])  # fmt: skip
    rules.load_file(SAMPLE)
    close_db()
    return station_db


def test_donation_add_then_stock_shows_it(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "donation", "add", "--card", "MAKER1", "--item", "FINISHED-MASK",
               "--qty", "25", "--at", "2020-05-01T10:00", "--json") == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert (added["card_code"], added["quantity"], added["lot_no"]) == (
        "MAKER1", 25, "D-20200501-001",
    )  # fmt: skip
    assert cli(db, "donation", "add", "--item", "FINISHED-MASK", "--qty", "5") == 0
    capsys.readouterr()
    assert cli(db, "stock", "--json") == 0
    items = {i["item_code"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert items["FINISHED-MASK"]["on_hand"] == 30


def test_workshop_add_attend_and_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "workshop", "add", "--date", "2020-05-16", "--place", "중앙동 주민센터",
               "--capacity", "1") == 0  # fmt: skip
    assert cli(db, "workshop", "attend", "--session", "1", "--card", "MAKER1") == 0
    before = dump(db)
    assert cli(db, "workshop", "attend", "--session", "1", "--card", "ELDER1") == 3
    assert "All 1 places of workshop 1 are taken" in capsys.readouterr().err
    assert dump(db) == before
    assert cli(db, "workshop", "attend", "--session", "1", "--card", "ELDER1", "--confirm") == 0
    capsys.readouterr()
    assert cli(db, "workshop", "list", "--json") == 0
    (session,) = json.loads(capsys.readouterr().out)["workshops"]
    assert (session["number"], session["signed_up"], session["attended"]) == (1, 2, 2)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["donation", "add", "--item", "FINISHED-MASK", "--qty", "0"], "not 0"),
        (["donation", "add", "--item", "FINISHED-MASK", "--qty", "many"], "whole number"),
        (["donation", "add", "--item", "PAPER", "--qty", "3"], "There is no item PAPER"),
        (["donation", "add", "--item", "FINISHED-MASK", "--qty", "3", "--card", "NOBODY"],
         "No recipient has the card"),
        (["donation", "add", "--item", "FINISHED-MASK", "--qty", "3", "--at", "2020-02-30"],
         "not a date"),
        (["donation", "add", "--qty", "3"], "--item"),
        (["workshop", "add", "--date", "someday", "--place", "hall", "--capacity", "5"],
         "not a date"),
        (["workshop", "add", "--date", "2020-05-16", "--place", "hall", "--capacity", "0"],
         "not 0"),
        (["workshop", "add", "--date", "2020-05-16", "--place", "hall", "--capacity", "x"],
         "whole number"),
        (["workshop", "attend", "--session", "9", "--card", "MAKER1"], "no workshop 9"),
        (["workshop", "attend", "--session", "1"], "--card"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    before = dump(db)
    assert cli(db, *argv) == 2
    assert words in capsys.readouterr().err
    assert dump(db) == before
