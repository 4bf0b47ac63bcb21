"""The handout commands end to end: exit codes, one-line messages, JSON keys, and an unchanged
database (compared by a full dump) whenever a command refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_tools import cli, dump
from ttasum_desk.paths import resource
from ttasum_desk.services import rules
from ttasum_desk.storage.db import close_db

from .services.people import Someone, add_people

SAMPLE = resource("samples/ttasum2020.toml")


@pytest.fixture
def db(station_db: Path) -> Path:
    add_people([Someone("ST1", "김학생", "2011-04-02", "student", "h1")])
    rules.load_file(SAMPLE)
    close_db()
    return station_db


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["handout", "--card", "NOBODY", "--item", "COTTON-MASK"], "No recipient has the card"),
        (["check", "--card", "NOBODY", "--item", "COTTON-MASK"], "No recipient has the card"),
        (["handout", "--card", "ST1", "--item", "PAPER"], "There is no item PAPER"),
        (["handout", "--card", "ST1", "--item", "COTTON-MASK", "--qty", "0"], "not 0"),
        (["handout", "--card", "ST1", "--item", "COTTON-MASK", "--qty", "-1"], "not -1"),
        (["check", "--card", "ST1", "--item", "COTTON-MASK", "--qty", "-1"], "not -1"),
        (["handout", "--card", "ST1", "--item", "COTTON-MASK", "--qty", "two"], "whole number"),
        (["handout", "--card", "ST1", "--item", "COTTON-MASK", "--at", "yesterday"], "not a date"),
        (["check", "--card", "ST1", "--item", "COTTON-MASK", "--at", "2020-02-30"], "not a date"),
        (["handout", "--card", "ST1"], "--item"),
        (["void", "00000000-0000-7000-8000-000000000000", "--reason", "x"], "no handout"),
        (["receipt", "nope", "--out", "r.pdf"], "no handout"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    db: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(db)
    code = cli(db, *argv)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert err.strip().count("\n") == 0
    assert dump(db) == before


def test_a_rules_file_with_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        SAMPLE.read_text(encoding="utf-8")
        .replace("limit = 2", "limit = 0")  # also household_limit = 2 of the kits
        .replace('period = "once"', 'period = "forever"'),
        encoding="utf-8",
    )
    before = dump(db)
    assert cli(db, "rules", "load", str(bad)) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert err.startswith("The rules file has 3 problem(s): line 33:")
    assert 'line 49: "period" must be one of once, day, week, month, year, campaign' in err
    assert 'line 50: "household_limit" must be a whole number of 1 or more, not 0' in err
    assert cli(db, "rules", "load", str(tmp_path / "missing.toml")) == 2
    assert "can't be read" in capsys.readouterr().err
    assert dump(db) == before


def test_loading_rules(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "rules", "load", str(SAMPLE), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["campaign_code"], result["changed"], result["rules"]) == ("TTASUM2020", False, 4)
    mask = resource("samples/mask2020.toml")
    assert cli(db, "rules", "load", str(mask)) == 0
    assert "Loaded the rules of campaign MASK2020: 4 rules." in capsys.readouterr().out


def test_check_handout_refusal_void_and_receipts(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ["--at", "2020-03-16T10:00+09:00"]
    assert cli(db, "check", "--card", "ST1", "--item", "COTTON-MASK", *at, "--json") == 0
    decision = json.loads(capsys.readouterr().out)
    assert {k: decision[k] for k in ("allowed", "max_quantity", "next_eligible")} == {
        "allowed": True,
        "max_quantity": 2,
        "next_eligible": None,
    }
    assert decision["reasons"][0]["code"] == "allowed"
    assert decision["reasons"][0]["message"] == "Up to 2매 now; 0 of 2매 received this month."

    receipt = tmp_path / "receipt.pdf"
    argv = ["handout", "--card", "ST1", "--item", "COTTON-MASK", *at, "--receipt", str(receipt)]
    assert cli(db, *argv, "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["allowed"] is True
    assert made["receipt_no"] == "OS-JA01-000001"
    assert made["quantity"] == 2
    text = PdfReader(receipt).pages[0].extract_text()
    assert "OS-JA01-000001" in text
    assert "김*생" in text

    before = dump(db)
    assert cli(db, *argv[:-2], "--json") == 3
    captured = capsys.readouterr()
    refused = json.loads(captured.out)
    assert refused["allowed"] is False
    assert refused["reasons"] == [
        {
            "code": "limit_reached",
            "message": "Already received 2 of 2매 this month.",
            "params": {"used": 2, "limit": 2, "unit": "매"},
        },
        {
            "code": "rule_line",
            "message": "Decided by rules file line 30.",
            "params": {"line": 30},
        },
    ]
    assert refused["next_eligible"] == "2020-04-01"
    assert captured.err.strip() == (
        "Refused: Already received 2 of 2매 this month. Decided by rules file line 30. "
        "Eligible again on 2020-04-01."
    )
    assert dump(db) == before
    assert cli(db, "check", "--card", "ST1", "--item", "COTTON-MASK", *at) == 3
    assert "Already received 2 of 2매 this month." in capsys.readouterr().out

    copy = tmp_path / "copy.pdf"
    assert cli(db, "receipt", made["handout_uid"], "--out", str(copy), "--format", "58mm") == 0
    assert "OS-JA01-000001" in PdfReader(copy).pages[0].extract_text()
    capsys.readouterr()

    assert cli(db, "void", made["handout_uid"], "--reason", "wrong card", "--json") == 0
    void_uid = json.loads(capsys.readouterr().out)["void_uid"]
    before = dump(db)
    assert cli(db, "void", made["handout_uid"], "--reason", "again") == 2
    assert "already voided" in capsys.readouterr().err
    assert dump(db) == before
    slip = tmp_path / "slip.pdf"
    assert cli(db, "receipt", void_uid, "--out", str(slip), "--format", "a4") == 0
    assert cli(db, "check", "--card", "ST1", "--item", "COTTON-MASK", *at) == 0


def test_override_reason_records_a_refused_handout(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["handout", "--card", "ST1", "--item", "MASK-KIT", "--at", "2020-03-16", "--json"]
    assert cli(db, *argv) == 3
    assert json.loads(capsys.readouterr().out)["reasons"][0]["code"] == "no_rule"
    assert cli(db, *argv, "--qty", "1", "--override-reason", "coordinator's approval") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["overridden"] is True
    assert made["receipt_no"] == "OS-JA01-000001"


def test_a_refusal_names_the_item_not_its_code(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["check", "--card", "ST1", "--item", "MASK-KIT", "--at", "2020-03-16"]
    assert cli(db, *argv) == 3
    out = capsys.readouterr().out
    assert "No rule covers this person for 마스크 만들기 키트." in out
    assert "MASK-KIT." not in out
