"""From a roster to a decision: households and statuses imported from a real workbook reach
the rules through the command line's ``check`` and ``handout``.

Format 1 caps a household with ``household_limit``; format 2 adds household-size bands,
statuses, items sharing a limit and registered proxies."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.cli_tools import cli
from ttasum_desk.services import rules
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient

RULES = """\
[campaign]
code = "CARE"
name = "Care kits"
starts = 2020-03-01

[[items]]
code = "DIAPER-1"
name = "Diapers, small"

[[items]]
code = "DIAPER-2"
name = "Diapers, large"

[[items]]
code = "KIT"
name = "Care kit"

[[rules]]
item = "KIT"
limit = 1
period = "month"
household_limit = 1

[[rules]]
item = "DIAPER-1"
limit = 100
period = "month"

[[rules]]
item = "DIAPER-2"
limit = 100
period = "month"
"""
RULES_V2 = """\
[campaign]
format_version = 2
code = "CARE"
name = "Care kits"
starts = 2020-03-01

[[items]]
code = "DIAPER-1"
name = "Diapers, small"

[[items]]
code = "DIAPER-2"
name = "Diapers, large"

[[items]]
code = "KIT"
name = "Care kit"

[[rules]]
item = "KIT"
limit = 1
period = "month"
per = "household"

[[rules]]
items = ["DIAPER-1", "DIAPER-2"]
limit_by_household_size = { 1 = 2, 3 = 5 }
period = "month"
tags = ["consent"]

[[proxies]]
who = "registered"
"""
HEADERS = ["성명", "생년월일", "주소", "세대번호", "특이사항"]
ROSTER = [
    ["박할머니", date(1938, 2, 3), "중앙동", "H-0412", "Consent, 장애"],
    ["박아들", date(1968, 5, 6), "중앙동", "H-0412", None],
    ["박손녀", date(2014, 7, 8), "중앙동", "h-0412", None],
    ["이혼자", date(1950, 1, 2), "대원동", None, "consent"],
    ["최이웃", date(1975, 3, 4), "대원동", "H-0999", None],
]
AT = "2020-03-10T10:00:00+09:00"


@pytest.fixture
def city(station_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The rules loaded and the roster imported through the command line; name -> card."""
    rules.load_text(RULES)
    close_db()
    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    for row in ROSTER:
        book.active.append(row)
    book.save(tmp_path / "roster.xlsx")
    assert cli(station_db, "import", "roster", str(tmp_path / "roster.xlsx")) == 0
    capsys.readouterr()
    names = [row[0] for row in ROSTER]
    init_db(station_db, readonly=True)
    try:
        return {r.name: r.card_code for r in Recipient.select().where(Recipient.name.in_(names))}
    finally:
        close_db()


def decided(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    cli(db, "check", "--at", AT, "--json", *argv)
    return dict(json.loads(capsys.readouterr().out))


def test_a_household_from_the_roster_shares_its_limit(
    station_db: Path, city: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    handout = ["handout", "--item", "KIT", "--at", AT, "--operator", "김담당"]
    assert cli(station_db, *handout, "--card", city["박아들"]) == 0
    capsys.readouterr()
    assert not decided(station_db, capsys, "--card", city["박할머니"], "--item", "KIT")["allowed"]
    assert decided(station_db, capsys, "--card", city["최이웃"], "--item", "KIT")["allowed"]


@pytest.fixture
def format_two(
    station_db: Path, city: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Diapers: 2 a month for a household of one or two, 5 from three members, small and large
    counted together, for people with the status "consent"; registered proxies may collect."""
    path = tmp_path / "care2.toml"
    path.write_text(RULES_V2, encoding="utf-8")
    assert cli(station_db, "rules", "load", str(path)) == 0
    capsys.readouterr()


def test_household_size_statuses_and_shared_items_decide(
    station_db: Path, city: dict[str, str], format_two: None, capsys: pytest.CaptureFixture[str]
) -> None:
    gran = ["--card", city["박할머니"]]
    assert decided(station_db, capsys, *gran, "--item", "DIAPER-2")["max_quantity"] == 5
    alone = decided(station_db, capsys, "--card", city["이혼자"], "--item", "DIAPER-1")
    assert alone["max_quantity"] == 2
    assert not decided(station_db, capsys, "--card", city["박아들"], "--item", "DIAPER-1")[
        "allowed"
    ]  # no status "consent"
    handout = ["handout", "--at", AT, "--operator", "김담당", "--qty", "3"]
    assert cli(station_db, *handout, *gran, "--item", "DIAPER-1") == 0
    capsys.readouterr()
    assert decided(station_db, capsys, *gran, "--item", "DIAPER-2")["max_quantity"] == 2


def test_a_registered_proxy_may_collect(
    station_db: Path, city: dict[str, str], format_two: None, capsys: pytest.CaptureFixture[str]
) -> None:
    ask = ["--card", city["박할머니"], "--item", "DIAPER-1", "--proxy-card", city["최이웃"]]
    assert not decided(station_db, capsys, *ask)["allowed"]
    assert (
        cli(station_db, "proxy", "add", "--card", city["박할머니"], "--proxy-card", city["최이웃"])
        == 0
    )
    capsys.readouterr()
    assert decided(station_db, capsys, *ask)["allowed"]
    assert (
        cli(
            station_db,
            "proxy",
            "remove",
            "--card",
            city["박할머니"],
            "--proxy-card",
            city["최이웃"],
        )
        == 0
    )
    capsys.readouterr()
    assert not decided(station_db, capsys, *ask)["allowed"]


def test_one_allotment_per_household_in_format_two(
    station_db: Path, city: dict[str, str], format_two: None, capsys: pytest.CaptureFixture[str]
) -> None:
    handout = ["handout", "--item", "KIT", "--at", AT, "--operator", "김담당"]
    assert cli(station_db, *handout, "--card", city["박손녀"]) == 0
    capsys.readouterr()
    assert not decided(station_db, capsys, "--card", city["박아들"], "--item", "KIT")["allowed"]
    assert decided(station_db, capsys, "--card", city["최이웃"], "--item", "KIT")["allowed"]
