"""PINs kept as scrypt hashes, audited without them; the first-run setup in one transaction;
rules said in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.domain.rules_file import parse_rules
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource
from ttasum_desk.services import roles, rules_text, setup, stations
from ttasum_desk.services.catalogue import item_list
from ttasum_desk.storage.models import AuditLog, Operator, Setting

MASKS = resource("samples/mask2020.toml")


def first_run(pin: str = "4321", rules: str | None = None) -> setup.SetupRequest:
    return setup.SetupRequest(
        code="os-hub",
        name="오산 본부",
        kind="hub",
        operators=(setup.OperatorSetup("김담당", "2468"), setup.OperatorSetup("이봉사")),
        rules_text=MASKS.read_text(encoding="utf-8") if rules is None else rules,
        rules_source="mask2020.toml",
        coordinator_pin=pin,
    )


def test_setup_makes_station_operators_rules_and_pins(empty_db: Path) -> None:
    station = setup.set_up(first_run())
    assert station.code == "OS-HUB"
    assert not setup.needs_setup()
    assert stations.operators("OS-HUB") == ["김담당", "이봉사"]
    assert [item.code for item in item_list()] == ["MASK-KF94"]
    stored = Setting.get(Setting.key == "coordinator_pin").value
    assert stored.startswith("scrypt$")
    assert "4321" not in stored
    assert roles.check_coordinator_pin("4321")
    assert not roles.check_coordinator_pin("1234")
    assert roles.check_operator_pin("김담당", "2468")
    assert not roles.check_operator_pin("김담당", "0000")
    assert roles.check_operator_pin("이봉사", "")  # no PIN of her own
    pin_entries = AuditLog.select().where(AuditLog.action.contains("pin"))
    assert {entry.operator for entry in pin_entries} == {"김담당"}
    for entry in AuditLog.select():
        assert "4321" not in entry.payload
        assert "2468" not in entry.payload
        assert "scrypt" not in entry.payload


def test_a_failing_setup_writes_nothing(empty_db: Path) -> None:
    broken = MASKS.read_text(encoding="utf-8").replace('period = "week"', 'period = "fortnight"', 1)
    with pytest.raises(UserError):
        setup.set_up(first_run(rules=broken))
    with pytest.raises(UserError):
        setup.set_up(first_run(pin=""))  # a hub needs its coordinator PIN
    assert setup.needs_setup()
    assert Operator.select().count() == 0
    assert AuditLog.select().count() == 0
    assert item_list() == []


def test_pins_are_digits_and_salted(empty_db: Path) -> None:
    setup.set_up(first_run())
    with pytest.raises(UserError):
        roles.set_coordinator_pin("abcd", "김담당")
    first = roles.hash_pin("4321")
    assert first != roles.hash_pin("4321")  # a new salt each time
    assert roles.pin_matches("4321", first)
    assert not roles.pin_matches("4321", "garbage")
    roles.set_coordinator_pin("", "김담당")
    assert not roles.coordinator_pin_set()
    assert AuditLog.select().where(AuditLog.action == "coordinator_pin_removed").count() == 1


def test_rules_in_plain_words() -> None:
    book = parse_rules(MASKS.read_text(encoding="utf-8"))
    lines = rules_text.describe_book(book)
    assert lines[0] == "Campaign 공적 마스크 (MASK2020), 2020-03-09 to 2020-07-11"
    assert lines[1].startswith("Rule 1, KF94 마스크: everyone; up to 2 매 a week")
    assert "weekday of the birth year's last digit" in lines[1]
    assert "at most 1 visit(s) in that time" in lines[1]
    assert "from 2020-03-09 to 2020-04-26" in lines[1]
    assert lines[4].startswith("Rule 2, KF94 마스크: everyone born in 2002 or later; up to 5 매")
    assert "any day" in lines[4]


def test_preview_lists_problems_with_lines(empty_db: Path) -> None:
    preview = rules_text.preview_text('[campaign]\ncode = "X"\nname = "x"\nstarts = "soon"\n')
    assert preview.book is None
    assert [problem.line for problem in preview.problems] == [4]
