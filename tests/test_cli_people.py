"""recipient set and proxy add/remove/list through the command line: rows and audit entries
written, masked names shown, and an unchanged database (a full dump) whenever one refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_tools import cli, dump
from ttasum_desk.services import people
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import AuditLog, ProxyRegistration, Recipient

from .services.people import Someone, add_people

FAMILY = [
    Someone("GRAN", "박할머니", "1938-02-03", "vulnerable"),
    Someone("SON", "박아들", "1968-05-06", "public"),
]


@pytest.fixture
def db(station_db: Path) -> Path:
    add_people(FAMILY)
    close_db()
    return station_db


def test_recipient_set_writes_the_row_and_the_audit(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["recipient", "set", "--card", "gran", "--household", "박씨네 0412"]
    assert cli(db, *argv, "--tags", "Consent, 장애", "--operator", "김담당", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["household"], shown["statuses"]) == ("박씨네 0412", ["consent", "disability"])
    assert cli(db, "recipient", "set", "--card", "SON", "--household", "박씨네  0412") == 0
    assert "household 박씨네 0412" in capsys.readouterr().out
    init_db(db, readonly=True)
    try:
        gran, son = (Recipient.get(Recipient.card_code == card) for card in ("GRAN", "SON"))
        key = people.household_of_key("박씨네 0412")
        assert key is not None
        assert gran.__data__["household"] == son.__data__["household"] == key.uid
        assert (gran.tags, gran.disability, son.tags) == ("consent", 1, "")
        assert gran.updated_at > "2020-03-01"
        entry = AuditLog.select().where(AuditLog.entity_uid == gran.uid).get()
        assert (entry.action, entry.operator) == ("recipient_edited", "김담당")
    finally:
        close_db()
    assert cli(db, "recipient", "set", "--card", "GRAN", "--disability", "no") == 0
    assert "statuses consent." in capsys.readouterr().out


def test_proxies_through_the_command_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "proxy", "add", "--card", "GRAN", "--proxy-card", "SON") == 0
    assert "SON may collect for GRAN until no end." in capsys.readouterr().out
    assert (
        cli(db, "proxy", "add", "--card", "GRAN", "--proxy-card", "SON", "--until", "2099-05-31")
        == 0
    )
    capsys.readouterr()
    assert cli(db, "proxy", "list", "--card", "GRAN", "--json") == 0
    listed = json.loads(capsys.readouterr().out)["proxies"]
    assert listed == [
        {
            "proxy_uid": listed[0]["proxy_uid"],
            "card_code": "SON",
            "name": "박*들",
            "until": "2099-05-31",
        }
    ]
    assert cli(db, "proxy", "list", "--card", "GRAN") == 0
    assert capsys.readouterr().out == "SON  박*들  2099-05-31\n"
    assert cli(db, "proxy", "remove", "--card", "GRAN", "--proxy-card", "SON") == 0
    assert cli(db, "proxy", "list", "--card", "GRAN") == 0
    assert "No one is registered to collect for GRAN." in capsys.readouterr().out
    init_db(db, readonly=True)
    try:
        assert [row.removed for row in ProxyRegistration.select()] == [True]
    finally:
        close_db()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["recipient", "set", "--card", "NOBODY", "--tags", "a"], "No recipient has the card"),
        (["recipient", "set", "--card", "GRAN"], "Nothing to change"),
        (["recipient", "set", "--card", "GRAN", "--group", "vip"], "vip is not a group"),
        (["recipient", "set", "--card", "GRAN", "--disability", "maybe"], "invalid choice"),
        (["recipient", "set", "--card", "GRAN", "--tags", "장애", "--disability", "no"],
         "disability flag"),
        (["recipient", "set", "--card", "GRAN", "--tags", ",".join(map(str, range(500)))],
         "500 statuses are too many"),
        (["recipient", "set", "--card", "GRAN", "--tags", "가" * 10_000], "too long"),
        (["recipient", "set", "--card", "GRAN", "--household", "x" * 1000], "too long"),
        (["proxy", "add", "--card", "GRAN", "--proxy-card", "GRAN"], "themselves"),
        (["proxy", "add", "--card", "GRAN", "--proxy-card", "NOBODY"], "for the collector"),
        (["proxy", "add", "--card", "GRAN", "--proxy-card", "SON", "--until", "soon"],
         "not a date"),
        (["proxy", "add", "--card", "GRAN", "--proxy-card", "SON", "--until", "2001-01-01"],
         "has passed"),
        (["proxy", "remove", "--card", "GRAN", "--proxy-card", "SON"], "is not registered"),
        (["proxy", "list", "--card", "NOBODY"], "No recipient has the card"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_changes_nothing(
    db: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(db)
    assert cli(db, *argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.strip().count("\n") == 0
    assert dump(db) == before
