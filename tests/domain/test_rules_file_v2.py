"""The loader's checks for format version 2: every problem on its own line, bounded numbers,
rule dates within the campaign, overlapping rules reported with both lines."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ttasum_desk.domain.periods import Period
from ttasum_desk.domain.rules_file import RulesFileError, parse_rules
from ttasum_desk.i18n import install_translators, message

BASE = """\
[campaign]
format_version = 2
code = "PANTRY"
name = "Pantry"
starts = 2021-01-01
ends = 2021-12-31
timezone = "America/Chicago"

[[items]]
code = "FOOD"
name = "Food bag"

[[rules]]
item = "FOOD"
limit = 1
visits = 1
period = "30 days"
"""


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(RulesFileError) as caught:
        parse_rules(text)
    return [(p.line, p.message.english) for p in caught.value.problems]


def test_version_2_keys_load() -> None:
    book = parse_rules(BASE)
    (rule,) = book.rules
    assert (rule.period, rule.window_days, rule.visits) == (Period.ROLLING, 30, 1)
    assert book.campaign.timezone == "America/Chicago"
    assert book.warnings == ()
    assert parse_rules(BASE.replace('"30 days"', '"year"')).rules[0].period == Period.YEAR


def test_version_1_has_no_format_version_and_seoul_time() -> None:
    text = BASE.replace("format_version = 2\n", "").replace('timezone = "America/Chicago"\n', "")
    text = text.replace("visits = 1\n", "").replace('"30 days"', '"month"')
    assert parse_rules(text).campaign.timezone == "Asia/Seoul"


def test_an_unknown_version_and_time_zone_at_their_lines() -> None:
    text = BASE.replace("format_version = 2", "format_version = 3").replace(
        "America/Chicago", "Mars/Olympus"
    )
    assert problems(text) == [
        (2, '"format_version" must be at most 2, not 3'),
        (
            7,
            '"timezone" must be a time zone name such as Asia/Seoul or Europe/Berlin, '
            "not Mars/Olympus",
        ),
    ]


def test_a_misspelt_table_is_reported_at_its_own_line() -> None:
    text = BASE.replace("[[rules]]", "[[rule]]")
    found = problems(text)
    assert found[0][0] == 13
    assert found[0][1].startswith('unknown key "rule" in the file\'s top level')


def test_rule_dates_outside_the_campaign_are_refused() -> None:
    text = BASE + "valid_from = 2020-12-01\nvalid_until = 2022-01-31\n"
    assert problems(text) == [
        (
            18,
            '"valid_from" (2020-12-01) is outside the campaign, which runs from 2021-01-01 '
            "to 2021-12-31",
        ),
        (
            19,
            '"valid_until" (2022-01-31) is outside the campaign, which runs from 2021-01-01 '
            "to 2021-12-31",
        ),
    ]


@pytest.mark.parametrize("key", ["limit", "visits", "household_limit", "min_age"])
def test_numbers_are_bounded(key: str) -> None:
    text = BASE.replace(f"{key} = 1\n", "")
    found = problems(text + f"{key} = 18446744073709551616\n")
    assert found == [
        (len(text.splitlines()) + 1, f'"{key}" must be at most 1000000, not 18446744073709551616')
    ]


def test_birth_years_and_windows_are_checked() -> None:
    text = BASE.replace('"30 days"', '"0 days"') + "born_from = 20002\nborn_until = 1990\n"
    assert problems(text) == [
        (
            17,
            '"period" must be one of once, day, week, month, year, campaign, "1 days" to '
            '"3660 days", not 0 days',
        ),
        (18, '"born_from" must be at most 2200, not 20002'),
    ]
    reversed_years = BASE + "born_from = 2002\nborn_until = 1990\n"
    assert problems(reversed_years) == [(18, "born_from (2002) must not exceed born_until (1990)")]


def test_overlapping_rules_that_differ_are_a_warning_naming_both_lines() -> None:
    text = (
        BASE + '\n[[rules]]\nitem = "FOOD"\nlimit = 2\nperiod = "month"\nvalid_from = 2021-06-01\n'
    )
    book = parse_rules(text)
    assert len(book.rules) == 2
    assert [(w.line, w.message.english) for w in book.warnings] == [
        (
            19,
            "this rule overlaps the rule on line 13 for FOOD but sets a different limit or "
            "period; both apply, and the tighter one decides",
        )
    ]
    # disjoint birth-year cohorts or dates don't overlap
    apart = text.replace("limit = 2\n", "limit = 2\nborn_from = 2002\n").replace(
        "visits = 1\n", "visits = 1\nborn_until = 2001\n"
    )
    assert parse_rules(apart).warnings == ()
    dated = text.replace("visits = 1\n", "visits = 1\nvalid_until = 2021-05-31\n")
    assert parse_rules(dated).rules[0].valid_until == date(2021, 5, 31)
    assert parse_rules(dated).warnings == ()


def test_a_korean_coordinator_reads_the_loader_problems_in_korean(qtbot: QtBot) -> None:
    """Each problem, and the words inside it, are translated with the message around them."""
    install_translators("ko")
    try:
        with pytest.raises(RulesFileError) as refused:
            parse_rules('[campaign]\ncode = "X"\nname = "x"\nstarts = 2020-01-01\n\n[[rule]]\n')
        text = message(refused.value)
    finally:
        install_translators("en")
    for korean in ("6행", "알 수 없는 키", "파일 최상위"):
        assert korean in text
    for english in ("unknown", "line"):
        assert english not in text
