"""Parsing and validating rules files: the samples load; every error names its line."""

from __future__ import annotations

from datetime import date

import pytest

from ttasum_desk.domain.rules import MAX_QUANTITY
from ttasum_desk.domain.rules_file import RulesFileError, parse_rules
from ttasum_desk.paths import resource

GOOD = """\
[campaign]
code = "C"
name = "Campaign"
starts = 2020-03-09
ends = 2020-07-11

[[items]]
code = "MASK"
name = "Mask"
unit = "pc"

[[rules]]
item = "MASK"
limit = 2
period = "week"
min_age = 0
max_age = 17
valid_from = 2020-03-09
valid_until = 2020-04-26
"""


def problems(text: str, known: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    with pytest.raises(RulesFileError) as caught:
        parse_rules(text, known)
    return [(p.line, p.message.english) for p in caught.value.problems]


def test_the_samples_load() -> None:
    mask = parse_rules(resource("samples/mask2020.toml").read_text(encoding="utf-8"))
    assert mask.campaign.code == "MASK2020"
    assert mask.campaign.ends == date(2020, 7, 11)
    assert mask.campaign.timezone == "Asia/Seoul"
    # the rules and their dated changes, expanded into segments
    assert [(r.number, r.limit, r.visits, r.valid_from, r.valid_until) for r in mask.rules] == [
        (1, 2, 1, date(2020, 3, 9), date(2020, 4, 26)),
        (1, 3, 1, date(2020, 4, 27), date(2020, 5, 17)),
        (1, 3, None, date(2020, 5, 18), date(2020, 5, 31)),  # split purchases
        (2, 5, None, date(2020, 6, 1), date(2020, 6, 17)),
        (3, 3, None, date(2020, 6, 1), date(2020, 6, 17)),
        (4, 10, None, date(2020, 6, 18), date(2020, 7, 7)),
        (4, MAX_QUANTITY, None, date(2020, 7, 8), date(2020, 7, 11)),  # no limit
    ]
    assert [r.weekday_by_birth_year for r in mask.rules] == [True] * 3 + [False] * 4
    assert [r.proxy_on_own_weekday for r in mask.rules[:3]] == [False, True, True]
    assert [(r.born_from, r.born_until) for r in mask.rules[3:5]] == [(2002, None), (None, 2001)]
    assert {r.household_limit for r in mask.rules} == {None}
    assert mask.campaign.open_days == {date(2020, 4, 15), date(2020, 4, 30), date(2020, 5, 5)}
    assert [(p.who, p.born_from, p.born_until, p.tags) for p in mask.campaign.proxies[:4]] == [
        ("household", 2010, None, ()),
        ("household", None, 1940, ()),
        ("household", None, None, ("long-term-care", "pregnancy")),
        ("anyone", None, None, ("disability",)),
    ]
    assert mask.warnings == ()
    ttasum = parse_rules(resource("samples/ttasum2020.toml").read_text(encoding="utf-8"))
    assert [i.code for i in ttasum.items] == [
        "COTTON-MASK",
        "FILTER-PACK",
        "MASK-KIT",
        "FINISHED-MASK",
    ]
    assert ttasum.campaign.ends is None
    assert {r.item: r.groups for r in ttasum.rules} == {
        "COTTON-MASK": ("student",),
        "FILTER-PACK": ("student",),
        "MASK-KIT": ("public",),
        "FINISHED-MASK": ("vulnerable",),
    }


def test_a_good_file_with_rule_lines() -> None:
    book = parse_rules(GOOD)
    (rule,) = book.rules
    assert (rule.number, rule.line, rule.min_age, rule.max_age) == (1, 12, 0, 17)
    assert book.sha256 == parse_rules(GOOD).sha256
    assert rule.groups == ("student", "public", "vulnerable")


def test_unknown_keys_with_their_lines() -> None:
    text = GOOD.replace('unit = "pc"', 'unit = "pc"\ncolour = "red"').replace(
        "limit = 2", "limt = 2\nlimit = 2"
    )
    assert problems(text) == [
        (11, 'unknown key "colour" in [[items]] #1; the keys are: code, name, unit, guide'),
        (
            15,
            'unknown key "limt" in [[rules]] #1; the keys are: item, groups, min_age, max_age, '
            "limit, period, weekday_by_birth_year, household_limit, proxy_under, proxy_over, "
            "valid_from, valid_until, visits, born_from, born_until, proxy_born_from, "
            "proxy_born_until, name, items, per, limit_by_household_size, limit_per_member, "
            "tags, schools, grades, classes, districts, weekdays, month_days, closed, "
            "proxy_on_own_weekday",
        ),
    ]


def test_bad_dates_ages_and_order() -> None:
    text = (
        GOOD.replace("valid_from = 2020-03-09", 'valid_from = "2020-04-31"')
        .replace("max_age = 17", "max_age = 5\nmin_age_x = 1")
        .replace("min_age = 0", "min_age = 10")
        .replace("valid_until = 2020-04-26", "valid_until = 2020-04-26T10:00:00")
    )
    found = problems(text)
    assert (16, "min_age (10) must not exceed max_age (5)") in found
    assert (18, 'unknown key "min_age_x" in [[rules]] #1') in [
        (n, t.split(";")[0]) for n, t in found
    ]
    assert (19, '"valid_from" must be a date such as 2020-03-09, not 2020-04-31') in found
    assert (20, '"valid_until" must be a date such as 2020-03-09, not 2020-04-26 10:00:00') in found


def test_an_unknown_item_unless_the_database_knows_it() -> None:
    text = GOOD.replace('item = "MASK"', 'item = "KF94"')
    assert problems(text) == [(13, "unknown item KF94: list it under [[items]] first")]
    assert parse_rules(text, frozenset({"KF94"})).rules[0].item == "KF94"


def test_missing_and_wrong_values() -> None:
    text = (
        GOOD.replace('period = "week"', 'period = "fortnight"')
        .replace("limit = 2", "limit = 0")
        .replace('name = "Mask"\n', "")
        .replace("max_age = 17", 'max_age = 17\ngroups = ["pupils"]\nweekday_by_birth_year = "yes"')
        .replace("ends = 2020-07-11", "ends = 2020-03-01")
    )
    found = problems(text)
    assert found == [
        (4, "starts (2020-03-09) must not exceed ends (2020-03-01)"),
        (7, '"name" is missing in [[items]] #1'),
        (12, "unknown item MASK: list it under [[items]] first"),
        (13, '"limit" must be a whole number of 1 or more, not 0'),
        (
            14,
            '"period" must be one of once, day, week, month, year, campaign, "1 days" to '
            '"3660 days", not fortnight',
        ),
        (17, "\"groups\" must list some of student, public, vulnerable, not ['pupils']"),
        (18, '"weekday_by_birth_year" must be true or false'),
    ]


def test_not_toml_at_all() -> None:
    ((line, text),) = problems('[campaign]\ncode = "C"\nname = \n')
    assert line == 3
    assert text.startswith("not valid TOML")


def test_the_error_is_one_line() -> None:
    with pytest.raises(RulesFileError) as caught:
        parse_rules(GOOD.replace("limit = 2", "limit = -1").replace('code = "C"', "code = 5"))
    assert "\n" not in caught.value.english
    assert caught.value.english.startswith("The rules file has 2 problem(s): line 2:")
