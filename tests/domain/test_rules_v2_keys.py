"""Format version 2, key by key: each key loaded from a rules file and played as dated
decisions (resources/docs/rules-reference.md has the same examples)."""

from __future__ import annotations

from datetime import date

from ttasum_desk.domain.rule_model import MAX_QUANTITY, RegisteredProxy
from ttasum_desk.domain.rules import Decision, HistoryEntry, Person, Rule, decide
from ttasum_desk.domain.rules_file import parse_rules

HEAD = """\
[campaign]
format_version = 2
code = "C"
name = "Campaign"
starts = 2020-03-02
ends = 2020-12-31
{campaign}
[[items]]
code = "MASK"
name = "Mask"
unit = "pc"

[[items]]
code = "D1"
name = "Diaper 1"

[[items]]
code = "D2"
name = "Diaper 2"

"""
ADULT = Person("a", "public", birth_year=1981, household_uid="h", household_size=3)
SPOUSE = Person("s", "public", birth_year=1983, household_uid="h", household_size=3)
MON, TUE, WED, SAT = date(2020, 3, 9), date(2020, 3, 10), date(2020, 3, 11), date(2020, 3, 14)


def rules(body: str, campaign: str = "") -> list[Rule]:
    return list(parse_rules(HEAD.format(campaign=campaign) + body).rules)


def got(person: Person, day: date, quantity: int = 1, item: str = "MASK") -> HistoryEntry:
    return HistoryEntry(person.uid, item, quantity, day)


def codes(decision: Decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


WEEKLY = '[[rules]]\nitem = "MASK"\nperiod = "week"\n'


def test_limit_and_visits_none() -> None:
    (rule,) = rules(WEEKLY + 'limit = "none"\nvisits = "none"\n')
    assert (rule.limit, rule.visits) == (MAX_QUANTITY, None)
    history = [got(ADULT, MON, 500)] * 3
    assert decide([rule], ADULT, "MASK", TUE, history, 1000).allowed


def test_items_share_one_limit() -> None:
    (rule,) = rules('[[rules]]\nitems = ["D1", "D2"]\nlimit = 50\nperiod = "month"\n')
    assert rule.items == ("D1", "D2")
    assert rule.covers_item("D2")
    history = [got(ADULT, MON, 30, "D1")]
    assert decide([rule], ADULT, "D2", TUE, history).max_quantity == 20
    assert not decide([rule], ADULT, "D1", TUE, [*history, got(ADULT, MON, 20, "D2")]).allowed


def test_per_household_counts_every_member() -> None:
    (rule,) = rules(WEEKLY + 'limit = 4\nvisits = 1\nper = "household"\n')
    refused = decide([rule], ADULT, "MASK", TUE, [got(SPOUSE, MON, 1)])
    assert codes(refused) == ["visit_limit_reached", "rule_line"]
    assert refused.next_eligible == date(2020, 3, 16)
    (by_quantity,) = rules(WEEKLY + 'limit = 4\nper = "household"\n')
    assert decide([by_quantity], ADULT, "MASK", TUE, [got(SPOUSE, MON, 3)]).max_quantity == 1


def test_limit_by_household_size_in_bands() -> None:
    (rule,) = rules(
        '[[rules]]\nitem = "MASK"\nperiod = "month"\nper = "household"\n'
        "limit_by_household_size = { 1 = 2, 2 = 3, 4 = 4 }\n"
    )
    assert rule.limit_by_household_size == ((1, 2), (2, 3), (4, 4))
    for size, most in ((1, 2), (2, 3), (3, 3), (4, 4), (9, 4)):
        person = Person("p", "public", household_size=size)
        assert decide([rule], person, "MASK", TUE).max_quantity == most, size


def test_limit_per_member_capped_by_limit() -> None:
    (rule,) = rules(WEEKLY + "limit_per_member = 10\nlimit = 25\n")
    assert decide([rule], Person("p", "public", household_size=2), "MASK", TUE).max_quantity == 20
    assert decide([rule], ADULT, "MASK", TUE).max_quantity == 25
    (alone,) = rules(WEEKLY + "limit_per_member = 50\n")
    assert decide([alone], ADULT, "MASK", TUE).max_quantity == 150


def test_who_conditions() -> None:
    (rule,) = rules(
        WEEKLY + 'limit = 1\ntags = ["consent"]\nschools = ["오산초등학교"]\ngrades = [1, 2]\n'
        'classes = [3]\ndistricts = ["중앙동"]\n'
    )
    pupil = Person(
        "k", "student", tags=frozenset({"consent"}), school="오산초등학교", grade=2, klass=3,
        district="중앙동",
    )  # fmt: skip
    assert decide([rule], pupil, "MASK", TUE).allowed
    for other in (
        Person("k", "student", school="오산초등학교", grade=2, klass=3, district="중앙동"),
        Person("k", "student", tags=frozenset({"consent"}), school="X", grade=2, klass=3,
               district="중앙동"),
        Person("k", "student", tags=frozenset({"consent"}), school="오산초등학교", grade=3,
               klass=3, district="중앙동"),
        Person("k", "student", tags=frozenset({"consent"}), school="오산초등학교", grade=2,
               klass=4, district="중앙동"),
        Person("k", "student", tags=frozenset({"consent"}), school="오산초등학교", grade=2,
               klass=3),
    ):  # fmt: skip
        assert codes(decide([rule], other, "MASK", TUE)) == ["no_rule"]


def test_the_disability_flag_is_the_tag_disability() -> None:
    (rule,) = rules(WEEKLY + 'limit = 1\ntags = ["disability"]\n')
    assert decide([rule], Person("d", "public", disability=True), "MASK", TUE).allowed


def test_v2_rotation_opens_the_weekend_and_open_days_to_everyone() -> None:
    body = WEEKLY + "limit = 2\nvisits = 1\nweekday_by_birth_year = true\n"
    (rule,) = rules(body, campaign="open_days = [2020-03-12]")
    assert decide([rule], ADULT, "MASK", MON).allowed  # 1981: Monday
    wrong = decide([rule], ADULT, "MASK", TUE)
    assert codes(wrong) == ["wrong_weekday", "rule_line"]
    assert wrong.next_eligible == date(2020, 3, 12)  # the open day comes first
    assert decide([rule], ADULT, "MASK", date(2020, 3, 12)).allowed
    # a weekday purchase closes the week through the visit limit, not a weekend rule
    after = decide([rule], ADULT, "MASK", SAT, [got(ADULT, MON, 1)])
    assert codes(after) == ["visit_limit_reached", "rule_line"]
    (split,) = rules(WEEKLY + "limit = 3\nweekday_by_birth_year = true\n")
    assert decide([split], ADULT, "MASK", SAT, [got(ADULT, MON, 1)]).max_quantity == 2


def test_fixed_weekdays_and_open_days() -> None:
    (rule,) = rules(WEEKLY + 'limit = 1\nweekdays = ["fri"]\n', campaign="open_days = [2020-03-11]")
    assert rule.weekdays == (4,)
    refused = decide([rule], ADULT, "MASK", TUE)
    assert codes(refused) == ["not_a_distribution_day", "rule_line"]
    assert refused.next_eligible == WED
    assert decide([rule], ADULT, "MASK", date(2020, 3, 13)).allowed


def test_month_days_window() -> None:
    (rule,) = rules('[[rules]]\nitem = "MASK"\nlimit = 1\nperiod = "month"\nmonth_days = "1-10"\n')
    assert rule.month_days == (1, 10)
    refused = decide([rule], ADULT, "MASK", date(2020, 3, 11))
    assert codes(refused) == ["outside_month_days", "rule_line"]
    assert refused.reasons[0].english == "This is handed out only on days 1 to 10 of each month."
    assert refused.next_eligible == date(2020, 4, 1)


def test_closed_rule_and_named_rule() -> None:
    (rule,) = rules(WEEKLY + 'name = "weekly"\nlimit = 1\nclosed = true\n')
    assert rule.name == "weekly"
    refused = decide([rule], ADULT, "MASK", TUE)
    assert codes(refused) == ["closed", "rule_line"]
    assert refused.next_eligible is None


def test_changes_expand_into_dated_segments_naming_their_lines() -> None:
    text = (
        WEEKLY + 'name = "weekly"\nlimit = 2\nvisits = 1\n\n'
        '[[changes]]\nrule = "weekly"\nfrom = 2020-04-27\nlimit = 3\n\n'
        '[[changes]]\nrule = "weekly"\nfrom = 2020-05-18\nvisits = "none"\n\n'
        '[[changes]]\nrule = "weekly"\nfrom = 2020-06-01\nuntil = 2020-06-30\nclosed = true\n'
    )
    segments = rules(text)
    assert [(s.valid_from, s.valid_until, s.limit, s.visits, s.closed) for s in segments] == [
        (date(2020, 3, 2), date(2020, 4, 26), 2, 1, False),
        (date(2020, 4, 27), date(2020, 5, 17), 3, 1, False),
        (date(2020, 5, 18), date(2020, 5, 31), 3, None, False),
        (date(2020, 6, 1), date(2020, 6, 30), 3, None, True),
        (date(2020, 7, 1), date(2020, 12, 31), 3, None, False),
    ]
    assert {s.line for s in segments} == {21}
    refused = decide(segments, ADULT, "MASK", date(2020, 4, 28), [got(ADULT, date(2020, 4, 27), 3)])
    assert refused.reasons[-1].english == "Decided by rules file line 21, as changed on line 28."
    closed = decide(segments, ADULT, "MASK", date(2020, 6, 2))
    assert closed.reasons[-1].english == "Decided by rules file line 21, as changed on line 38."
    assert closed.next_eligible == date(2020, 7, 1)
    unchanged = decide(segments, ADULT, "MASK", MON, [got(ADULT, MON, 1)])
    assert unchanged.reasons[-1].english == "Decided by rules file line 21."
    assert not parse_rules(HEAD.format(campaign="") + text).warnings


def test_proxies_by_scope_and_conditions() -> None:
    body = (
        WEEKLY
        + "limit = 2\n\n"
        + (
            '[[proxies]]\nwho = "household"\nborn_from = 2010\n\n'
            '[[proxies]]\nwho = "anyone"\ntags = ["disability"]\n\n'
            '[[proxies]]\nwho = "registered"\nvalid_from = 2020-05-18\n\n'
            '[[proxies]]\nwho = "family"\nitems = ["D1"]\n'
        )
    )
    segments = rules(body)
    child = Person("c", "student", birth_year=2012, household_uid="h")
    stranger = Person("x", "public", birth_year=1970)
    assert decide(segments, child, "MASK", TUE, proxy=ADULT).allowed
    refused = decide(segments, child, "MASK", TUE, proxy=stranger)
    assert codes(refused) == ["proxy_not_permitted", "rule_line"]
    assert refused.next_eligible is None
    assert codes(decide(segments, SPOUSE, "MASK", TUE, proxy=ADULT))[0] == "proxy_not_permitted"
    disabled = Person("d", "public", birth_year=1950, disability=True)
    assert decide(segments, disabled, "MASK", TUE, proxy=stranger).allowed
    registered = Person("r", "public", birth_year=1950, proxies=(RegisteredProxy("x"),))
    early = decide(segments, registered, "MASK", TUE, proxy=stranger)
    assert (early.allowed, early.next_eligible) == (False, date(2020, 5, 18))
    assert decide(segments, registered, "MASK", date(2020, 5, 18), proxy=stranger).allowed
    expired = Person("r", "public", proxies=(RegisteredProxy("x", date(2020, 5, 1)),))
    assert not decide(segments, expired, "MASK", date(2020, 5, 18), proxy=stranger).allowed


def test_proxy_on_own_weekday() -> None:
    body = WEEKLY + "limit = 2\nweekday_by_birth_year = true\nproxy_on_own_weekday = true\n"
    segments = rules(body + '\n[[proxies]]\nwho = "household"\n')
    child = Person("c", "student", birth_year=2012, household_uid="h")  # Tuesday
    assert decide(segments, child, "MASK", TUE, proxy=ADULT).allowed
    assert decide(segments, child, "MASK", MON, proxy=ADULT).allowed  # the collector's Monday
    assert not decide(segments, child, "MASK", WED, proxy=ADULT).allowed
    assert not decide(segments, child, "MASK", MON).allowed
