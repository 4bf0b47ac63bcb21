"""Entry order never changes decisions: tally sheets are entered late and in any order.

For random rules (rolling windows, weeks with the birth-year rotation, visits, household
limits and per-household counting) and random back-dated requests, the requests allowed when
entered in date order are allowed in any other order too, and the decisions that follow from
the history are the same whichever order built it, also when a limit changes within a period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ttasum_desk.domain.rules import CampaignSpec, HistoryEntry, Period, Person, Rule, decide

V1 = CampaignSpec("C", "Campaign", date(2020, 3, 2), date(2020, 6, 28))
V2 = replace(V1, format_version=2, open_days=frozenset({date(2020, 3, 18)}))
FIRST_DAY = date(2020, 3, 2)
HOUSEHOLD = [
    Person("a", "public", birth_date=date(1981, 5, 10), household_uid="h", household_size=3),
    Person("b", "public", birth_year=1984, household_uid="h", household_size=3),
    Person("c", "student", birth_date=date(2013, 1, 5), household_uid="h", household_size=3),
]

rules = st.builds(
    Rule,
    item=st.just("MASK"),
    limit=st.integers(1, 6),
    period=st.sampled_from([Period.WEEK, Period.ROLLING, Period.MONTH, Period.DAY]),
    campaign=st.sampled_from([V1, V2]),
    weekday_by_birth_year=st.booleans(),
    household_limit=st.none() | st.integers(1, 12),
    visits=st.none() | st.integers(1, 3),
    per_household=st.booleans(),
    window_days=st.integers(1, 20),
).map(lambda rule: rule if rule.period == Period.ROLLING else replace(rule, window_days=None))
requests = st.lists(
    st.tuples(st.integers(0, 34), st.integers(0, 2), st.integers(1, 8)), min_size=1, max_size=14
)


def entered(
    rules: list[Rule], plan: list[tuple[int, int, int]]
) -> tuple[list[tuple[int, int, int]], list[HistoryEntry]]:
    """The requests allowed when entered in this order, and the history they make."""
    granted, history = [], []
    for offset, who, quantity in plan:
        person, day = HOUSEHOLD[who], FIRST_DAY + timedelta(days=offset)
        if decide(rules, person, "MASK", day, history, quantity).allowed:
            granted.append((offset, who, quantity))
            history.append(HistoryEntry(person.uid, "MASK", quantity, day))
    return granted, history


def split(rule: Rule, offset: int, limit: int) -> list[Rule]:
    """``rule`` changed from the day ``offset`` on to ``limit``: two dated segments."""
    day = FIRST_DAY + timedelta(days=offset)
    return [
        replace(rule, valid_until=day - timedelta(days=1)),
        replace(rule, valid_from=day, limit=limit, changed=(("limit", 99),)),
    ]


@settings(max_examples=300)
@given(rule=rules, plan=requests, order=st.data(), later=st.integers(0, 40))
def test_any_entry_order_gives_the_same_decisions(
    rule: Rule, plan: list[tuple[int, int, int]], order: st.DataObject, later: int
) -> None:
    assert_order_free([rule], plan, order, later)


@settings(max_examples=300)
@given(
    rule=rules,
    change=st.tuples(st.integers(1, 33), st.integers(1, 8)),
    plan=requests,
    order=st.data(),
    later=st.integers(0, 40),
)
def test_a_limit_changed_within_a_period_keeps_entry_order_free(
    rule: Rule,
    change: tuple[int, int],
    plan: list[tuple[int, int, int]],
    order: st.DataObject,
    later: int,
) -> None:
    """Such as ten a week from Thursday 18 June 2020, after three a week until Wednesday."""
    assert_order_free(split(rule, *change), plan, order, later)


def test_three_by_wednesday_then_seven_more_from_thursday() -> None:
    weekly = Rule(item="MASK", limit=3, period=Period.WEEK, campaign=V2)
    rules = split(weekly, 17, 10)  # Thursday 19 March
    adult = HOUSEHOLD[0]
    monday, thursday = FIRST_DAY + timedelta(days=14), FIRST_DAY + timedelta(days=17)
    assert (
        decide(rules, adult, "MASK", thursday, [HistoryEntry("a", "MASK", 3, monday)]).max_quantity
        == 7
    )
    # entered the other way round: the Monday still gets its three, the week no more than ten
    late = [HistoryEntry("a", "MASK", 7, thursday)]
    assert decide(rules, adult, "MASK", monday, late).max_quantity == 3
    over = decide(rules, adult, "MASK", monday, [HistoryEntry("a", "MASK", 8, thursday)])
    assert over.max_quantity == 2
    assert over.rule == rules[1]


def assert_order_free(
    rules: list[Rule], plan: list[tuple[int, int, int]], order: st.DataObject, later: int
) -> None:
    fitting, by_date = entered(rules, sorted(plan, key=lambda request: request[0]))
    shuffled = order.draw(st.permutations(fitting))
    granted, history = entered(rules, shuffled)
    assert granted == shuffled  # every one of them allowed in this order too
    day = FIRST_DAY + timedelta(days=later)
    for person in HOUSEHOLD:
        ours = decide(rules, person, "MASK", day, history)
        theirs = decide(rules, person, "MASK", day, by_date)
        assert (ours.allowed, ours.max_quantity, ours.next_eligible, ours.reasons) == (
            theirs.allowed,
            theirs.max_quantity,
            theirs.next_eligible,
            theirs.reasons,
        )
