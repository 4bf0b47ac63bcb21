"""Format version 2 in the engine: the campaign's time zone, rolling windows, yearly periods,
visit limits and birth-year cohorts, each as dated decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from ttasum_desk.domain.rules import CampaignSpec, HistoryEntry, Period, Person, Rule, decide

KST = timezone(timedelta(hours=9))
SEOUL = CampaignSpec("C", "Campaign", date(2020, 1, 1), date(2022, 12, 31))
DAILY = Rule(item="MASK", limit=1, period=Period.DAY, campaign=SEOUL)
PANTRY = Rule(item="FOOD", limit=1, period=Period.ROLLING, window_days=30, campaign=SEOUL)
HOUSEHOLD = Person("p", "public", birth_date=date(1981, 5, 10), household_uid="h")


def got(item: str, day: date, quantity: int = 1, at: datetime | None = None) -> HistoryEntry:
    return HistoryEntry(HOUSEHOLD.uid, item, quantity, day, at=at)


def test_one_instant_is_one_day_in_the_campaign_zone_whatever_its_offset() -> None:
    # 23:30 UTC on 22 March is 08:30 on 23 March in Seoul: the same instant, the same day
    first = datetime(2020, 3, 22, 23, 30, tzinfo=UTC)
    second = datetime(2020, 3, 23, 8, 30, tzinfo=KST)
    assert decide([DAILY], HOUSEHOLD, "MASK", first).allowed
    # the history as stored: the day written with the UTC offset, and the instant
    history = [got("MASK", date(2020, 3, 22), at=first)]
    refused = decide([DAILY], HOUSEHOLD, "MASK", second, history)
    assert not refused.allowed
    assert [r.code for r in refused.reasons] == ["limit_reached", "rule_line"]
    assert refused.next_eligible == date(2020, 3, 24)


def test_another_campaign_zone_counts_its_own_days() -> None:
    berlin = replace(DAILY, campaign=replace(SEOUL, timezone="Europe/Berlin"))
    first = datetime(2020, 3, 22, 23, 30, tzinfo=UTC)  # 00:30 on 23 March in Berlin
    history = [got("MASK", date(2020, 3, 22), at=first)]
    # 22:00 on 22 March in Berlin: a day before the handout there, so allowed
    earlier = decide([berlin], HOUSEHOLD, "MASK", datetime(2020, 3, 22, 21, tzinfo=UTC), history)
    assert earlier.allowed
    later = decide([berlin], HOUSEHOLD, "MASK", datetime(2020, 3, 23, 12, tzinfo=UTC), history)
    assert not later.allowed


def test_once_every_30_days_counts_the_window_not_the_month() -> None:
    history = [got("FOOD", date(2021, 1, 31))]
    refused = decide([PANTRY], HOUSEHOLD, "FOOD", date(2021, 2, 1), history)
    assert not refused.allowed
    assert refused.reasons[0].english == "Already received 1 of 1 within 30 days."
    assert refused.next_eligible == date(2021, 3, 2)  # the 30th day after 31 January
    assert not decide([PANTRY], HOUSEHOLD, "FOOD", date(2021, 3, 1), history).allowed
    allowed = decide([PANTRY], HOUSEHOLD, "FOOD", date(2021, 3, 2), history)
    assert allowed.allowed
    assert allowed.reasons[0].english == "Up to 1 now; 0 of 1 received within 30 days."


def test_a_back_dated_visit_must_fit_the_windows_after_it_too() -> None:
    history = [got("FOOD", date(2021, 3, 2))]
    # entered late: a visit dated 20 days before a recorded one is within 30 days of it
    refused = decide([PANTRY], HOUSEHOLD, "FOOD", date(2021, 2, 10), history)
    assert not refused.allowed
    assert decide([PANTRY], HOUSEHOLD, "FOOD", date(2021, 1, 31), history).allowed


def test_twice_per_calendar_year() -> None:
    yearly = Rule(item="BAG", limit=2, period=Period.YEAR, campaign=SEOUL)
    history = [got("BAG", date(2021, 1, 5)), got("BAG", date(2021, 12, 1))]
    refused = decide([yearly], HOUSEHOLD, "BAG", date(2021, 12, 31), history)
    assert refused.reasons[0].english == "Already received 2 of 2 this year."
    assert refused.next_eligible == date(2022, 1, 1)


def test_one_visit_a_week_whatever_the_quantity_left() -> None:
    weekly = Rule(item="MASK", limit=3, visits=1, period=Period.WEEK, campaign=SEOUL)
    history = [got("MASK", date(2020, 6, 1))]  # a Monday, 1 of 3
    refused = decide([weekly], HOUSEHOLD, "MASK", date(2020, 6, 3), history)
    assert not refused.allowed
    assert [r.english for r in refused.reasons] == [
        "Already came 1 of 1 times this week.",
        "Decided by rules file line 0.",
    ]
    assert refused.next_eligible == date(2020, 6, 8)
    # without the visit limit the same split purchase is allowed: two rows, two visits
    split = decide([replace(weekly, visits=2)], HOUSEHOLD, "MASK", date(2020, 6, 3), history)
    assert (split.allowed, split.max_quantity) == (True, 2)
    second = [*history, got("MASK", date(2020, 6, 3))]
    assert not decide(
        [replace(weekly, visits=2)], HOUSEHOLD, "MASK", date(2020, 6, 4), second
    ).allowed


def test_birth_year_cohorts_cover_whole_years() -> None:
    young = Rule(item="MASK", limit=5, period=Period.WEEK, campaign=SEOUL, born_from=2002)
    old = Rule(item="MASK", limit=3, period=Period.WEEK, campaign=SEOUL, born_until=2001)
    day = date(2020, 6, 2)
    for born, most in ((date(2002, 1, 10), 5), (date(2002, 12, 31), 5), (date(2001, 12, 31), 3)):
        person = Person("x", "public", birth_date=born)
        assert decide([young, old], person, "MASK", day).max_quantity == most, born
    unknown = decide([young, old], Person("x", "public"), "MASK", day)
    assert [r.code for r in unknown.reasons] == ["no_rule"]


def test_proxies_by_birth_year_cohort() -> None:
    rule = replace(DAILY, proxy_born_from=2010, proxy_born_until=1940)
    collector = Person("c", "public", birth_year=1975, household_uid="h")
    for year, allowed in ((2010, True), (1940, True), (2009, False), (1941, False)):
        person = Person("x", "public", birth_date=date(year, 1, 5), household_uid="h")
        decision = decide([rule], person, "MASK", date(2020, 3, 9), proxy=collector)
        assert decision.allowed is allowed, year
    refused = decide(
        [rule], Person("x", "public", birth_year=1981, household_uid="h"), "MASK",
        date(2020, 3, 9), proxy=collector,
    )  # fmt: skip
    assert refused.reasons[0].english == (
        "Someone else may collect only for a person born in 2010 or later, in 1940 or earlier, "
        "or with a disability; this person was born in 1981."
    )
