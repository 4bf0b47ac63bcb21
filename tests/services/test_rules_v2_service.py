"""Format version 2 through the services: reasons with the item's unit, the rules file's line
in every refusal, and the rules in plain words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ttasum_desk.domain.rules_file import parse_rules
from ttasum_desk.i18n import install_translators, shown
from ttasum_desk.paths import resource
from ttasum_desk.services import handouts, rules, rules_text

from .people import OPERATOR, Someone, add_people

KST = timezone(timedelta(hours=9))
RATIONS = """\
[campaign]
format_version = 2
code = "GFD"
name = "General food distribution"
starts = 2019-01-01
open_days = [2019-04-20]

[[items]]
code = "RICE"
name = "Rice"
unit = "kg"

[[items]]
code = "MASK"
name = "마스크"
unit = "매"

[[rules]]
name = "monthly"
item = "RICE"
per = "household"
limit_by_household_size = { 1 = 30, 4 = 60, 8 = 120 }
period = "month"
month_days = "1-10"

[[rules]]
item = "MASK"
limit = 2
visits = 1
period = "week"
weekday_by_birth_year = true

[[changes]]
rule = "monthly"
from = 2019-05-01
until = 2019-05-31
closed = true

[[proxies]]
who = "household"
born_from = 2010
"""


@pytest.fixture
def camp(station_db: Path, tmp_path: Path) -> None:
    add_people([Someone("P1", "김하루", "1981-04-02", "public", "h1")])
    path = tmp_path / "rations.toml"
    path.write_text(RATIONS, encoding="utf-8")
    rules.load_file(path)


def ask(card: str, item: str, day: datetime, quantity: int | None = None) -> str:
    request = handouts.HandoutRequest(card, item, quantity, at=day, operator=OPERATOR)
    with pytest.raises(handouts.RefusedByRule) as refused:
        handouts.record(request)
    return refused.value.english


def test_reasons_name_units_and_the_deciding_line(camp: None) -> None:
    made = handouts.record(
        handouts.HandoutRequest(
            "P1", "RICE", at=datetime(2019, 4, 2, 10, tzinfo=KST), operator=OPERATOR
        )
    )
    assert made.quantity == 30  # a household of one
    assert made.decision.reasons[0].english == "Up to 30 kg now; 0 of 30 kg received this month."
    assert ask("P1", "RICE", datetime(2019, 4, 3, 10, tzinfo=KST)) == (
        "Refused: The household has already received 30 of its 30 kg this month. "
        "Decided by rules file line 18. Eligible again on 2019-06-01."
    )  # May is closed
    assert ask("P1", "RICE", datetime(2019, 6, 11, 10, tzinfo=KST)) == (
        "Refused: This is handed out only on days 1 to 10 of each month. "
        "Decided by rules file line 18. Eligible again on 2019-07-01."
    )
    assert ask("P1", "RICE", datetime(2019, 5, 2, 10, tzinfo=KST)) == (
        "Refused: Nothing of this is handed out on 2019-05-02. "
        "Decided by rules file line 18, as changed on line 33. Eligible again on 2019-06-01."
    )
    monday = datetime(2019, 4, 15, 10, tzinfo=KST)  # born 1981: Monday
    assert ask("P1", "MASK", monday, 3) == (
        "Refused: At most 2매 may be handed out now; 3매 were asked for. "
        "Decided by rules file line 26."
    )


def test_rules_in_plain_words() -> None:
    lines = rules_text.describe_book(parse_rules(RATIONS))
    assert lines[1] == (
        "Rule 1, Rice: everyone; 30 kg for a household of 1 to 3, 60 kg for a household of 4 "
        "to 7, 120 kg for a household of 8 or more a calendar month; any day; counted for the "
        "whole household together; only on days 1 to 10 of each month; from 2019-01-01 to "
        "2019-04-30"
    )
    assert lines[2].endswith(
        "closed: nothing is handed out; from 2019-05-01 to 2019-05-31; as changed on line(s) 33"
    )
    assert "Saturday, Sunday and the open days are open to every birth year" in lines[4]
    assert lines[-2] == "Open days, on which every weekday restriction lifts: 2019-04-20"
    assert lines[-1] == "a household member may collect for everyone born in 2010 or later"


def test_a_changed_rule_loads_as_one_rule(station_db: Path) -> None:
    result = rules.load_text(RATIONS)
    assert result.rules == 2
    assert len(rules.current_rules().rules) == 4  # the rice rule in three stretches of days
    assert rules.current_rules().items_sharing("RICE") == {"RICE"}


def test_the_campaign_targets_are_said_with_the_rules(qtbot: QtBot) -> None:
    """Osan's promises read beside its rules, in English and in Korean, and never as a limit."""
    book = parse_rules(resource("samples/ttasum2020.toml").read_text(encoding="utf-8"))
    assert rules_text.describe_book(book)[-3:] == [
        "Target 학생 면마스크: 100,000 매 of 면마스크(필터교체형), to 46,000 people among "
        "students, by 2020-06-30",
        "Target 시민 마스크 만들기 키트: 25,000 세트 of 마스크 만들기 키트, for the public, "
        "by 2020-06-30",
        "Target 취약계층 기부 마스크: 12,000 매 of 완제품 마스크, for vulnerable residents, "
        "by 2020-12-31",
    ]
    install_translators("ko")
    try:
        korean = rules_text.describe_book(book, shown)[-3]
    finally:
        install_translators("en")
    assert (
        korean
        == "목표 학생 면마스크: 면마스크(필터교체형) 100,000매, 학생 46,000명에게, 2020-06-30까지"
    )
