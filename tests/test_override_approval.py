"""Overrides above the station's limit need the coordinator's PIN, in the service and on the
command line: without it nothing is recorded; with it the handout is recorded and its audit
entry names the operator and the approving coordinator. The PIN is never an argument."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_tools import cli, dump
from tests.test_cli_handouts import db  # noqa: F401  (the fixture)
from ttasum_desk.cli.handouts import COORDINATOR_PIN_VARIABLE
from ttasum_desk.services import handouts, roles
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import AuditLog, Handout

PIN = "2468"
AT = "2020-03-16"
OVERRIDE = ["handout", "--card", "ST1", "--item", "MASK-KIT", "--at", AT, "--override-reason"]


@pytest.fixture
def guarded(db: Path) -> Path:  # noqa: F811
    """The station with a coordinator PIN and overrides of more than 2 guarded by it."""
    init_db(db)
    roles.set_coordinator_pin(PIN, "coordinator")
    roles.set_override_limit(2, "coordinator")
    close_db()
    return db


def refused_kit(quantity: int, pin: str = "") -> HandoutRequest:
    """A mask-making kit, which no rule gives a pupil: only an override records it."""
    return HandoutRequest("ST1", "MASK-KIT", quantity, handouts.parse_at(AT), "김담당",
                          override_reason="teacher asked", coordinator_pin=pin)  # fmt: skip


def override_audit(handout_uid: str) -> dict[str, object]:
    entry = AuditLog.get(
        (AuditLog.entity_uid == handout_uid) & (AuditLog.action == "handout_override")
    )
    assert entry.operator == "김담당"
    return dict(json.loads(entry.payload))


def test_an_override_above_the_limit_needs_the_coordinators_pin(guarded: Path) -> None:
    init_db(guarded)
    for pin in ("", "1111"):
        with pytest.raises(roles.CoordinatorPinNeeded, match="more than 2 needs the coordinator"):
            handouts.record(refused_kit(3, pin))
    assert Handout.select().count() == 0
    recorded = handouts.record(refused_kit(3, PIN))
    row = Handout.get(Handout.uid == recorded.handout_uid)
    assert (row.quantity, row.override_reason, row.operator) == (3, "teacher asked", "김담당")
    assert override_audit(recorded.handout_uid)["approved_by"] == "coordinator"
    assert PIN not in repr(refused_kit(3, PIN))


def test_an_override_within_the_limit_or_with_the_limit_off_needs_no_pin(guarded: Path) -> None:
    init_db(guarded)
    small = handouts.record(refused_kit(2))
    assert "approved_by" not in override_audit(small.handout_uid)
    roles.set_override_limit(None, "coordinator")
    assert roles.override_limit() is None
    large = handouts.record(refused_kit(9))
    assert "approved_by" not in override_audit(large.handout_uid)
    assert Handout.select().count() == 2
    limit_set = AuditLog.select().where(AuditLog.action == "override_limit_set").count()
    assert limit_set == 2  # the limit set, then turned off: both audited


def test_the_command_line_refuses_an_override_above_the_limit_without_the_pin(
    guarded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(guarded)
    monkeypatch.delenv(COORDINATOR_PIN_VARIABLE, raising=False)
    assert cli(guarded, *OVERRIDE, "teacher asked", "--qty", "3") == 2
    assert "An override of more than 2 needs the coordinator's PIN" in capsys.readouterr().err
    monkeypatch.setenv(COORDINATOR_PIN_VARIABLE, "1111")
    assert cli(guarded, *OVERRIDE, "teacher asked", "--qty", "3") == 2
    assert dump(guarded) == before
    monkeypatch.setenv(COORDINATOR_PIN_VARIABLE, PIN)
    assert cli(guarded, *OVERRIDE, "teacher asked", "--qty", "3", "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["overridden"], made["quantity"]) == (True, 3)
    init_db(guarded)
    assert override_audit(made["handout_uid"])["approved_by"] == "coordinator"


def test_the_command_line_asks_for_the_pin_on_a_terminal(
    guarded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(COORDINATOR_PIN_VARIABLE, raising=False)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PIN)
    assert cli(guarded, *OVERRIDE, "teacher asked", "--qty", "3", "--json") == 0
    assert asked == ["Coordinator PIN: "]
    assert json.loads(capsys.readouterr().out)["overridden"] is True
