"""Format version 2 through the command line: days in the campaign's time zone, a bounded
--qty, and the loader's warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_tools import cli
from ttasum_desk.errors import UserError
from ttasum_desk.services import handouts, rules
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Handout

from .services.people import OPERATOR, Someone, add_people

DAILY = """\
[campaign]
format_version = 2
code = "DAILY"
name = "One a day"
starts = 2020-03-01
timezone = "Asia/Seoul"

[[items]]
code = "MASK"
name = "Mask"

[[rules]]
item = "MASK"
limit = 1
period = "day"
"""
HUGE = "10000000000000000000"


@pytest.fixture
def db(station_db: Path, tmp_path: Path) -> Path:
    add_people([Someone("P1", "김하루", "1981-04-02", "public")])
    path = tmp_path / "daily.toml"
    path.write_text(DAILY, encoding="utf-8")
    rules.load_file(path)
    close_db()
    return station_db


def test_the_same_instant_with_another_offset_is_the_same_day(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handout = ["handout", "--card", "P1", "--item", "MASK", "--operator", OPERATOR]
    assert cli(db, *handout, "--at", "2020-03-22T23:30:00+00:00") == 0
    capsys.readouterr()
    # 08:30 in Seoul on 23 March is the instant above: the one of the day is taken
    assert cli(db, *handout, "--at", "2020-03-23T08:30:00+09:00", "--json") == 3
    refusal = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in refusal["reasons"]] == ["limit_reached", "rule_line"]
    assert refusal["next_eligible"] == "2020-03-24"
    assert cli(db, *handout, "--at", "2020-03-24T00:10:00+09:00") == 0


@pytest.mark.parametrize("command", ["check", "handout"])
def test_a_huge_quantity_exits_2_with_a_message(
    db: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [command, "--card", "P1", "--item", "MASK", "--qty", HUGE]
    assert cli(db, *argv, *(["--operator", OPERATOR] if command == "handout" else [])) == 2
    err = capsys.readouterr().err
    assert f"The quantity may be at most 1000000, not {HUGE}." in err
    assert "Traceback" not in err


def test_the_service_bounds_the_quantity_too(db: Path) -> None:
    init_db(db)
    request = handouts.HandoutRequest("P1", "MASK", int(HUGE), operator=OPERATOR)
    with pytest.raises(UserError, match="at most 1000000"):
        handouts.record(request)
    assert Handout.select().count() == 0


def test_loading_overlapping_rules_warns_and_loads(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "overlap.toml"
    path.write_text(
        DAILY.replace("One a day", "Changed")
        + '\n[[rules]]\nitem = "MASK"\nlimit = 5\nperiod = "week"\n',
        encoding="utf-8",
    )
    assert cli(db, "rules", "load", str(path)) == 0
    out = capsys.readouterr().out
    assert "Loaded the rules of campaign DAILY: 2 rules." in out
    assert "Warning, line 17: this rule overlaps the rule on line 12 for MASK" in out
