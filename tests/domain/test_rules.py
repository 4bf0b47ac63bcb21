"""The entitlement engine on its own: no database, rules built in the test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ttasum_desk.domain.rules import (
    CampaignSpec,
    HistoryEntry,
    Period,
    Person,
    Rule,
    decide,
    room_on,
)

CAMPAIGN = CampaignSpec("C", "Campaign", date(2020, 3, 1), date(2020, 12, 31))
WEEKLY = Rule(item="MASK", limit=2, period=Period.WEEK, campaign=CAMPAIGN)
ADULT = Person("adult", "public", birth_date=date(1981, 5, 10), household_uid="h1")
CHILD = Person("child", "student", birth_date=date(2012, 7, 1), household_uid="h1")


def had(person: Person, day: date, quantity: int = 1, voided: bool = False) -> HistoryEntry:
    return HistoryEntry(person.uid, "MASK", quantity, day, voided)


def codes(decision: object) -> list[str]:
    """The reasons' codes, without the deciding rule's line that ends every refusal."""
    reasons = decision.reasons  # type: ignore[attr-defined]
    return [reason.code for reason in reasons if reason.code != "rule_line"]


def test_allowed_with_the_full_limit_and_the_deciding_rule() -> None:
    decision = decide([WEEKLY], ADULT, "MASK", date(2020, 3, 10))
    assert decision.allowed
    assert (decision.max_quantity, decision.quantity, decision.used, decision.limit) == (2, 2, 0, 2)
    assert decision.rule is WEEKLY
    assert codes(decision) == ["allowed"]
    assert decision.reasons[0].english == "Up to 2 now; 0 of 2 received this week."
    assert not decision.partly_used


def test_partly_used_then_refused_with_the_next_monday() -> None:
    history = [had(ADULT, date(2020, 3, 9))]
    partly = decide([WEEKLY], ADULT, "MASK", date(2020, 3, 11), history)
    assert partly.allowed
    assert partly.partly_used
    assert partly.max_quantity == 1
    refused = decide([WEEKLY], ADULT, "MASK", date(2020, 3, 11), [*history, *history])
    assert not refused.allowed
    assert refused.max_quantity == 0
    assert codes(refused) == ["limit_reached"]
    assert refused.reasons[0].message.params == {"used": 2, "limit": 2, "unit": ""}
    assert refused.next_eligible == date(2020, 3, 16)


def test_no_carry_over_between_weeks() -> None:
    """Nothing received last week still gives two this week, not four."""
    decision = decide([WEEKLY], ADULT, "MASK", date(2020, 3, 16), [])
    assert decision.max_quantity == 2


def test_asking_for_more_than_the_maximum_names_the_maximum() -> None:
    decision = decide([WEEKLY], ADULT, "MASK", date(2020, 3, 10), [had(ADULT, date(2020, 3, 9))], 2)
    assert not decision.allowed
    assert codes(decision) == ["over_maximum"]
    assert decision.reasons[0].message.params == {"max_quantity": 1, "quantity": 2, "unit": ""}
    assert decision.max_quantity == 1


@pytest.mark.parametrize("quantity", [0, -1])
def test_a_quantity_below_one_is_a_programming_error(quantity: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        decide([WEEKLY], ADULT, "MASK", date(2020, 3, 10), quantity=quantity)


@pytest.mark.parametrize(
    ("period", "history_day", "counted"),
    [
        (Period.DAY, date(2020, 3, 10), True),
        (Period.DAY, date(2020, 3, 9), False),
        (Period.WEEK, date(2020, 3, 9), True),  # Monday of the same ISO week
        (Period.WEEK, date(2020, 3, 8), False),  # the Sunday before
        (Period.MONTH, date(2020, 3, 1), True),
        (Period.MONTH, date(2020, 2, 29), False),
        (Period.CAMPAIGN, date(2020, 3, 1), True),
        (Period.CAMPAIGN, date(2020, 2, 29), False),  # before the campaign
        (Period.ONCE, date(2019, 1, 1), True),
    ],
)
def test_periods(period: Period, history_day: date, counted: bool) -> None:
    rule = replace(WEEKLY, period=period, limit=3)
    room = room_on([rule], ADULT, "MASK", date(2020, 3, 10), [had(ADULT, history_day)])
    assert room == (2 if counted else 3)


def test_once_used_up_has_no_next_date() -> None:
    rule = replace(WEEKLY, period=Period.ONCE, limit=1)
    decision = decide([rule], ADULT, "MASK", date(2020, 3, 10), [had(ADULT, date(2020, 3, 9))])
    assert not decision.allowed
    assert decision.next_eligible is None
    assert decision.reasons[0].english == (
        "Already received 1 of 1; this item is handed out only once."
    )


def test_voided_handouts_do_not_count() -> None:
    history = [had(ADULT, date(2020, 3, 9), 2, voided=True)]
    assert decide([WEEKLY], ADULT, "MASK", date(2020, 3, 10), history).max_quantity == 2


def test_age_in_full_years_on_the_day() -> None:
    teen = Person("t", "public", birth_date=date(2002, 6, 10))
    assert teen.age_on(date(2020, 6, 9)) == 17
    assert teen.age_on(date(2020, 6, 10)) == 18
    year_only = Person("y", "public", birth_year=2002)
    assert year_only.age_on(date(2020, 1, 1)) == 18  # birthday taken as 1 January


def test_age_bounds_and_the_tightest_covering_rule() -> None:
    young = replace(WEEKLY, max_age=17, limit=5, number=1)
    adults = replace(WEEKLY, min_age=18, limit=3, number=2)
    teen = Person("t", "public", birth_date=date(2002, 6, 10))
    before = decide([young, adults], teen, "MASK", date(2020, 6, 9))
    on_birthday = decide([young, adults], teen, "MASK", date(2020, 6, 10))
    assert (before.max_quantity, before.rule) == (5, young)
    assert (on_birthday.max_quantity, on_birthday.rule) == (3, adults)
    everyone = replace(WEEKLY, limit=4, number=3)
    both = decide([young, everyone], teen, "MASK", date(2020, 6, 9))
    assert (both.max_quantity, both.rule) == (4, everyone)


def test_unknown_age_matches_no_age_bounded_rule() -> None:
    unknown = Person("u", "public")
    decision = decide([replace(WEEKLY, min_age=18)], unknown, "MASK", date(2020, 6, 9))
    assert codes(decision) == ["no_rule"]
    assert decide([WEEKLY], unknown, "MASK", date(2020, 6, 9)).allowed


def test_groups_and_no_rule_covers_this_person() -> None:
    students_only = replace(WEEKLY, groups=("student",))
    decision = decide([students_only], ADULT, "MASK", date(2020, 3, 10))
    assert not decision.allowed
    assert decision.reasons[0].english == "No rule covers this person for MASK."
    assert decision.next_eligible is None
    assert decide([students_only], CHILD, "MASK", date(2020, 3, 10)).allowed
    assert codes(decide([WEEKLY], ADULT, "GLOVES", date(2020, 3, 10))) == ["no_rule"]


def test_validity_dates_are_inclusive_and_the_next_date_is_the_start() -> None:
    rule = replace(WEEKLY, valid_from=date(2020, 4, 27), valid_until=date(2020, 5, 31))
    assert decide([rule], ADULT, "MASK", date(2020, 4, 27)).allowed
    assert decide([rule], ADULT, "MASK", date(2020, 5, 31)).allowed
    early = decide([rule], ADULT, "MASK", date(2020, 4, 26))
    assert codes(early) == ["not_in_force"]
    assert early.next_eligible == date(2020, 4, 27)
    late = decide([rule], ADULT, "MASK", date(2020, 6, 1))
    assert codes(late) == ["not_in_force"]
    assert late.next_eligible is None


def test_open_ended_campaign() -> None:
    rule = replace(WEEKLY, campaign=CampaignSpec("O", "Open", date(2020, 3, 16)))
    assert decide([rule], ADULT, "MASK", date(2031, 1, 6)).allowed


@pytest.mark.parametrize(
    ("year", "weekday"),
    [
        (1981, 0),
        (1986, 0),
        (1992, 1),
        (1997, 1),
        (1983, 2),
        (1938, 2),
        (1954, 3),
        (1999, 3),
        (1985, 4),
        (1990, 4),
    ],
)
def test_weekday_by_birth_year(year: int, weekday: int) -> None:
    rule = replace(WEEKLY, weekday_by_birth_year=True)
    person = Person("p", "public", birth_year=year)
    monday = date(2020, 3, 9)
    for offset in range(5):
        day = date.fromordinal(monday.toordinal() + offset)
        decision = decide([rule], person, "MASK", day)
        assert decision.allowed == (offset == weekday)
        if offset != weekday:
            assert codes(decision) == ["wrong_weekday"]
            # their own day later this week, else Saturday (open to all who had none)
            expected = weekday if weekday > offset else 5
            assert decision.next_eligible == date.fromordinal(monday.toordinal() + expected)


def test_weekends_are_for_those_who_received_nothing_this_week() -> None:
    rule = replace(WEEKLY, weekday_by_birth_year=True)
    saturday, sunday = date(2020, 3, 14), date(2020, 3, 15)
    assert decide([rule], ADULT, "MASK", saturday).max_quantity == 2
    history = [had(ADULT, date(2020, 3, 9))]
    refused = decide([rule], ADULT, "MASK", sunday, history)
    assert codes(refused) == ["weekend_received"]
    assert refused.next_eligible == date(2020, 3, 16)  # his Monday


@pytest.mark.parametrize("limit", [1, 2])
@pytest.mark.parametrize("period", [Period.DAY, Period.WEEK])
def test_a_weekend_handout_is_the_only_one_of_its_week_whatever_the_order_of_entry(
    period: Period, limit: int
) -> None:
    """A tally sheet's Monday entered after the Saturday must not stand beside it."""
    rule = replace(WEEKLY, period=period, limit=limit, weekday_by_birth_year=True)
    monday, saturday = date(2020, 3, 9), date(2020, 3, 14)  # born 1981: his day is Monday

    def entered(days: list[date]) -> tuple[list[date], list[str]]:
        history: list[HistoryEntry] = []
        refusals: list[str] = []
        for day in days:
            decision = decide([rule], ADULT, "MASK", day, history, 1)
            if decision.allowed:
                history.append(had(ADULT, day))
            else:
                refusals.append(decision.reasons[0].code)
        return [entry.day for entry in history], refusals

    assert entered([monday, saturday]) == ([monday], ["weekend_received"])
    assert entered([saturday, monday]) == ([saturday], ["received_at_weekend"])
    late_monday = decide([rule], ADULT, "MASK", monday, [had(ADULT, saturday)])
    assert late_monday.max_quantity == 0
    assert late_monday.reasons[0].english == (
        "Already received at the weekend of this week (2020-03-14); a weekend handout is the "
        "only one of its week."
    )
    next_monday = date(2020, 3, 16)
    assert decide([rule], ADULT, "MASK", next_monday, [had(ADULT, saturday)]).allowed


def test_unknown_birth_year_collects_only_at_the_weekend() -> None:
    rule = replace(WEEKLY, weekday_by_birth_year=True)
    unknown = Person("u", "public")
    weekday = decide([rule], unknown, "MASK", date(2020, 3, 10))
    assert codes(weekday) == ["birth_year_unknown"]
    assert weekday.next_eligible == date(2020, 3, 14)


def test_household_limit_counts_every_member() -> None:
    rule = replace(WEEKLY, limit=5, household_limit=6)
    history = [had(ADULT, date(2020, 3, 9), 4), had(CHILD, date(2020, 3, 10), 1)]
    assert decide([rule], CHILD, "MASK", date(2020, 3, 11), history).max_quantity == 1
    refused = decide(
        [rule], CHILD, "MASK", date(2020, 3, 11), [*history, had(ADULT, date(2020, 3, 11))]
    )
    assert codes(refused) == ["household_limit_reached"]
    assert refused.reasons[0].message.params == {"used": 6, "limit": 6, "unit": ""}
    assert refused.next_eligible == date(2020, 3, 16)


def test_proxy_rules() -> None:
    rule = replace(WEEKLY, proxy_under=10, proxy_over=80)
    day = date(2020, 3, 10)
    assert decide([rule], CHILD, "MASK", day, proxy=ADULT).allowed
    adult_for_adult = decide([rule], ADULT, "MASK", day, proxy=CHILD)
    assert codes(adult_for_adult) == ["proxy_not_allowed"]
    assert adult_for_adult.reasons[0].message.params == {"under": 10, "over": 80, "age": 38}
    assert adult_for_adult.max_quantity == 0
    stranger = Person("s", "public", birth_year=1990, household_uid="h2")
    assert codes(decide([rule], CHILD, "MASK", day, proxy=stranger)) == ["proxy_not_household"]
    elder = Person("e", "vulnerable", birth_date=date(1938, 1, 15), household_uid="h1")
    assert decide([rule], elder, "MASK", day, proxy=ADULT).allowed
    disabled = replace(ADULT, uid="d", disability=True)
    assert decide([rule], disabled, "MASK", day, proxy=CHILD).allowed
    assert decide([rule], ADULT, "MASK", day, proxy=ADULT).allowed  # collecting for oneself
