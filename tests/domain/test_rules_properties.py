"""Properties of the engine that must hold whatever the rules, order and timing of requests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ttasum_desk.domain.rules import (
    CampaignSpec,
    HistoryEntry,
    Period,
    Person,
    Rule,
    decide,
    room_on,
)

CAMPAIGN = CampaignSpec("C", "Campaign", date(2020, 3, 2), date(2020, 6, 28))
FIRST_DAY = date(2020, 2, 24)  # a week before the campaign, to include refusals
HOUSEHOLD = [
    Person("a", "public", birth_date=date(1981, 5, 10), household_uid="h"),
    Person("b", "public", birth_year=1984, household_uid="h"),
    Person("c", "student", birth_date=date(2013, 1, 5), household_uid="h"),
]

rules = st.builds(
    Rule,
    item=st.just("MASK"),
    limit=st.integers(1, 6),
    period=st.sampled_from(Period),
    campaign=st.just(CAMPAIGN),
    weekday_by_birth_year=st.booleans(),
    household_limit=st.none() | st.integers(1, 12),
    window_days=st.integers(1, 40),
).map(lambda rule: rule if rule.period == Period.ROLLING else replace(rule, window_days=None))
requests = st.lists(
    st.tuples(st.integers(0, 130), st.integers(0, 2), st.none() | st.integers(1, 7)),
    max_size=40,
)
# Two campaign weeks only, so that handouts of the same person and week meet often.
two_weeks_of_requests = st.lists(
    st.tuples(st.integers(7, 20), st.integers(0, 2), st.none() | st.integers(1, 7)),
    max_size=12,
)


def windows(rule: Rule, day: date) -> list[tuple[date, date]]:
    """The periods that contain ``day``: one calendar period, or every run of a rolling
    window's days."""
    if rule.window_days is None:
        return [rule.period_window(day)]
    span = timedelta(days=rule.window_days - 1)
    return [
        (day - span + timedelta(days=n), day + timedelta(days=n)) for n in range(rule.window_days)
    ]


def play(rule: Rule, plan: list[tuple[int, int, int | None]]) -> list[HistoryEntry]:
    """Every request decided against what was granted so far; granted ones join the history."""
    history: list[HistoryEntry] = []
    for offset, who, quantity in plan:
        day = FIRST_DAY + timedelta(days=offset)
        person = HOUSEHOLD[who]
        decision = decide([rule], person, "MASK", day, history, quantity)
        assert decision.max_quantity >= 0
        if decision.allowed:
            assert 1 <= decision.quantity <= decision.max_quantity
            history.append(HistoryEntry(person.uid, "MASK", decision.quantity, day))
        else:
            assert decision.reasons
    return history


def assert_weekend_grants_stand_alone(history: list[HistoryEntry]) -> None:
    """A weekend grant is the only handout of its person and ISO week."""
    for entry in history:
        if entry.day.weekday() >= 5:
            monday = entry.day - timedelta(days=entry.day.weekday())
            week = [
                e
                for e in history
                if e.recipient_uid == entry.recipient_uid
                and monday <= e.day <= monday + timedelta(days=6)
            ]
            assert week == [entry]


@settings(max_examples=150)
@given(rule=rules, plan=requests)
def test_granted_never_exceeds_a_limit_in_any_period(
    rule: Rule, plan: list[tuple[int, int, int | None]]
) -> None:
    history = play(rule, plan)
    for entry in history:
        assert rule.in_force(entry.day)
        for first, last in windows(rule, entry.day):
            in_period = [e for e in history if first <= e.day <= last]
            own = sum(e.quantity for e in in_period if e.recipient_uid == entry.recipient_uid)
            assert own <= rule.limit
            if rule.household_limit is not None:
                assert sum(e.quantity for e in in_period) <= rule.household_limit
    if rule.weekday_by_birth_year:
        assert_weekend_grants_stand_alone(history)


@settings(max_examples=150)
@given(rule=rules, plan=two_weeks_of_requests)
def test_a_weekend_grant_stands_alone_whatever_the_order_of_entry(
    rule: Rule, plan: list[tuple[int, int, int | None]]
) -> None:
    """Paper tally sheets are entered late and in any order: back-dated entries included."""
    rule = replace(rule, weekday_by_birth_year=True)
    by_day = sorted(plan, key=lambda request: request[0])
    for order in (plan, by_day, by_day[::-1]):
        assert_weekend_grants_stand_alone(play(rule, order))


@settings(max_examples=150)
@given(rule=rules, plan=requests, pick=st.integers(0, 10_000), other=st.integers(0, 2))
def test_a_void_restores_exactly_the_voided_quantity(
    rule: Rule, plan: list[tuple[int, int, int | None]], pick: int, other: int
) -> None:
    rule = replace(rule, weekday_by_birth_year=False)  # the weekend rule is not about quantity
    history = play(rule, plan)
    if not history:
        return
    voided = history[pick % len(history)]
    after_void = [replace(e, voided=e is voided) for e in history]
    owner = next(p for p in HOUSEHOLD if p.uid == voided.recipient_uid)
    before = room_on([rule], owner, "MASK", voided.day, history)
    assert room_on([rule], owner, "MASK", voided.day, after_void) == before + voided.quantity
    member = HOUSEHOLD[other]  # anyone else in the household gains at most that much
    gain = room_on([rule], member, "MASK", voided.day, after_void) - room_on(
        [rule], member, "MASK", voided.day, history
    )
    assert 0 <= gain <= voided.quantity
