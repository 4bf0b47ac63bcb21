"""The loader's checks of the version 2 keys: each problem on the line it is on."""

from __future__ import annotations

import pytest

from ttasum_desk.domain.rules_file import RulesFileError, parse_rules

HEAD = """\
[campaign]
format_version = 2
code = "C"
name = "Campaign"
starts = 2020-03-02
ends = 2020-07-11

[[items]]
code = "MASK"
name = "Mask"

[[rules]]
name = "weekly"
item = "MASK"
limit = 2
period = "week"
"""  # the rule's header is on line 12, its keys on lines 13 to 16


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(RulesFileError) as caught:
        parse_rules(text)
    return [(p.line, p.message.english) for p in caught.value.problems]


def test_bad_rule_values_each_on_its_line() -> None:
    text = HEAD + (
        'per = "family"\n'  # 17
        "limit_by_household_size = { 2 = 3 }\n"  # 18
        "limit_per_member = 0\n"  # 19
        'weekdays = ["friday"]\n'  # 20
        'month_days = "10-1"\n'  # 21
        'closed = "yes"\n'  # 22
        "grades = [0]\n"  # 23
        "tags = []\n"  # 24
        'visits = "never"\n'  # 25
    )
    assert problems(text) == [
        (17, '"per" must be "person" or "household", not family'),
        (
            18,
            '"limit_by_household_size" must map household sizes, 1 first, to limits from 1 to '
            "1000000, such as { 1 = 2, 2 = 3, 4 = 4 }, not {'2': 3}",
        ),
        (19, '"limit_per_member" must be a whole number of 1 or more, not 0'),
        (20, "\"weekdays\" must list some of mon, tue, wed, thu, fri, sat, sun, not ['friday']"),
        (21, '"month_days" must be days of the month such as "1-10", not 10-1'),
        (22, '"closed" must be true or false'),
        (23, '"grades" must list whole numbers from 1 to 99, not [0]'),
        (24, '"tags" must be a list of text, not []'),
        (25, '"visits" must be a whole number of 1 or more, not never'),
    ]


def test_item_and_items_and_limits() -> None:
    both = HEAD.replace('item = "MASK"', 'item = "MASK"\nitems = ["MASK"]')
    assert problems(both) == [(12, 'give either "item" or "items" in [[rules]] #1')]
    unknown = HEAD.replace('item = "MASK"', 'items = ["MASK", "GLOVE"]')
    assert problems(unknown) == [(14, "unknown item GLOVE: list it under [[items]] first")]
    no_limit = HEAD.replace("limit = 2\n", "")
    assert problems(no_limit) == [(12, '"limit" is missing in [[rules]] #1')]
    sized = no_limit + "limit_per_member = 2\n"
    assert parse_rules(sized).rules[0].limit_per_member == 2
    huge = HEAD.replace("limit = 2", "limit_per_member = 1000001")
    assert problems(huge) == [(15, '"limit_per_member" must be at most 1000000, not 1000001')]


def test_open_days_and_proxies_within_the_campaign() -> None:
    text = HEAD.replace(
        "ends = 2020-07-11", "ends = 2020-07-11\nopen_days = [2020-04-15, 2021-04-15]"
    )
    text += (
        '\n[[proxies]]\nwho = "neighbour"\n'  # 19, 20
        '\n[[proxies]]\nwho = "family"\nvalid_from = 2019-01-01\nitems = ["KIT"]\n'  # 22..25
        '\n[[proxies]]\nwho = "anyone"\nmin_age = 80\nmax_age = 70\n'  # 27..30
    )
    assert problems(text) == [
        (
            7,
            '"open_days" (2021-04-15) is outside the campaign, which runs from 2020-03-02 to '
            "2020-07-11",
        ),
        (20, '"who" must be one of household, family, registered, anyone, not neighbour'),
        (
            24,
            '"valid_from" (2019-01-01) is outside the campaign, which runs from 2020-03-02 to '
            "2020-07-11",
        ),
        (25, "unknown item KIT: list it under [[items]] first"),
        (29, "min_age (80) must not exceed max_age (70)"),
    ]


def test_changes_name_a_rule_stay_within_it_and_do_not_overlap() -> None:
    text = HEAD + (
        '\n[[changes]]\nrule = "weeky"\nfrom = 2020-04-27\nlimit = 3\n'
        '\n[[changes]]\nrule = "weekly"\nfrom = 2020-06-01\nuntil = 2020-06-30\nlimit = 5\n'
        '\n[[changes]]\nrule = "weekly"\nfrom = 2020-06-15\nuntil = 2020-06-20\nclosed = true\n'
        '\n[[changes]]\nrule = "weekly"\nfrom = 2020-07-01\nuntil = 2020-08-01\nitem = "X"\n'
        '\n[[changes]]\nrule = "weekly"\nfrom = 2020-07-05\n'
    )
    assert problems(text) == [
        (19, 'no rule has the name weeky: give the rule name = "weeky" first'),
        (
            29,
            "this change to rule weekly overlaps the change on line 23; give them days that "
            "don't meet",
        ),
        (35, "this change sets nothing: add the keys it changes"),
        (
            38,
            '"until" (2020-08-01) is outside the days of rule weekly, 2020-03-02 to 2020-07-11',
        ),
        (
            39,
            'unknown key "item" in [[changes]] #4; the keys are: rule, from, until, groups, '
            "min_age, max_age, limit, period, weekday_by_birth_year, household_limit, "
            "proxy_under, proxy_over, visits, born_from, born_until, proxy_born_from, "
            "proxy_born_until, per, limit_by_household_size, limit_per_member, tags, schools, "
            "grades, classes, districts, weekdays, month_days, closed, proxy_on_own_weekday",
        ),
        (41, "this change sets nothing: add the keys it changes"),
    ]


def test_rule_names_are_unique() -> None:
    text = HEAD + '\n[[rules]]\nname = "weekly"\nitem = "MASK"\nlimit = 1\nperiod = "day"\n'
    assert problems(text) == [(18, "the rule name weekly is already used on line 12")]
