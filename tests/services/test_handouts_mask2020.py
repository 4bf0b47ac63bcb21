"""Korea's 2020 public-mask rules (the sample mask2020.toml), played through the service.

Spring 2020 at one pharmacy counter: the weekday rotation, weekends, proxies, the household
cap, a void and a re-issue, then the 3-a-week change of 27 April and the June change. Every
request goes through ``handouts.record`` on a real database; every decision and reason is
asserted, and a refusal leaves the handout table as it was.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from ttasum_desk.domain.rules import Decision
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource
from ttasum_desk.services import handouts, rules
from ttasum_desk.storage.models import Handout, Recipient

from .people import OPERATOR, Someone, add_people, open_station

KST = timezone(timedelta(hours=9))
PEOPLE = [
    Someone("FATHER", "김아빠", "1981-05-10", "public", "kim"),  # Monday
    Someone("MOTHER", "이엄마", "1983-02-01", "public", "kim"),  # Wednesday
    Someone("CHILD", "김아이", "2012-07-01", "student", "kim"),  # Tuesday, 7 years old
    Someone("TEEN", "김십대", "2004-06-01", "student", "kim"),  # Thursday, 15-16
    Someone("GRANDMA", "박할머니", "1938-01-15", "vulnerable", "kim"),  # Wednesday, 82
    Someone("SINGLE", "최혼자", "1990-08-20", "public"),  # Friday, lives alone
    Someone("WEEKENDER", "정주말", "1977-11-11", "public"),  # Tuesday, lives alone
]


@pytest.fixture
def counter(empty_db: Path) -> None:
    open_station()
    add_people(PEOPLE)
    rules.load_file(resource("samples/mask2020.toml"))


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, month, day, hour, minute, tzinfo=KST)


def ask(
    moment: datetime, card: str, quantity: int | None = None, proxy: str | None = None
) -> tuple[Decision, handouts.RecordedHandout | None]:
    before = Handout.select().count()
    request = handouts.HandoutRequest(
        card, "MASK-KF94", quantity, at=moment, operator=OPERATOR, proxy_card=proxy
    )
    try:
        recorded = handouts.record(request)
    except handouts.RefusedByRule as refusal:
        recorded, decision = None, refusal.decision
    else:
        decision = recorded.decision
    assert Handout.select().count() == before + (recorded is not None)
    return decision, recorded


def summary(decision: Decision) -> tuple[Any, ...]:
    return (
        decision.allowed,
        decision.max_quantity,
        [(r.code, r.message.params) for r in decision.reasons],
        decision.next_eligible,
        decision.rule.number if decision.rule else None,
    )


def allowed(most: int, used: int, limit: int, rule: int) -> tuple[Any, ...]:
    params = {"max_quantity": most, "used": used, "limit": limit}
    return (True, most, [("allowed", params)], None, rule)


def refused(
    code: str, params: dict[str, Any], later: date | None, rule: int | None, most: int = 0
) -> tuple[Any, ...]:
    return (False, most, [(code, params)], later, rule)


# (moment, card, quantity, proxy card, expected summary, quantity recorded)
SPRING = [
    # before the campaign: the rules are not in force yet
    (
        at(3, 8),
        "FATHER",
        None,
        None,
        refused("not_in_force", {"item": "MASK-KF94", "day": "2020-03-08"}, date(2020, 3, 9), None),
        None,
    ),
    # week of 9 March: two a week, on the weekday of the birth year
    (at(3, 9), "FATHER", None, None, allowed(2, 0, 2, 1), 2),
    (
        at(3, 9, 11),
        "MOTHER",
        None,
        None,
        refused("wrong_weekday", {"birth_year": 1983}, date(2020, 3, 11), 1),
        None,
    ),
    (
        at(3, 9, 12),
        "FATHER",
        1,
        None,
        refused("limit_reached", {"used": 2, "limit": 2}, date(2020, 3, 16), 1),
        None,
    ),
    (at(3, 10), "CHILD", None, "FATHER", allowed(2, 0, 2, 1), 2),  # proxy for a child under 10
    (
        at(3, 10, 11),
        "TEEN",
        None,
        None,
        refused("wrong_weekday", {"birth_year": 2004}, date(2020, 3, 12), 1),
        None,
    ),
    (at(3, 11), "GRANDMA", None, "MOTHER", allowed(2, 0, 2, 1), 2),  # proxy for someone over 80
    (at(3, 11, 11), "MOTHER", 2, None, allowed(2, 0, 2, 1), 2),
    (at(3, 12), "TEEN", 1, "SINGLE", refused("proxy_not_household", {}, None, 1), None),
    (at(3, 12, 11), "TEEN", None, None, allowed(2, 0, 2, 1), 2),  # the household's 10th mask
    (at(3, 13), "SINGLE", 1, None, allowed(2, 0, 2, 1), 1),
    # the weekend: only for those who received nothing this week
    (at(3, 14), "SINGLE", 1, None, refused("weekend_received", {}, date(2020, 3, 20), 1), None),
    (at(3, 14, 11), "WEEKENDER", None, None, allowed(2, 0, 2, 1), 2),
    (
        at(3, 15),
        "WEEKENDER",
        1,
        None,
        (
            False,
            0,
            [("weekend_received", {}), ("limit_reached", {"used": 2, "limit": 2})],
            date(2020, 3, 17),
            1,
        ),
        None,
    ),
    # week of 16 March: nothing carries over; an adult can't send someone else
    (
        at(3, 16),
        "FATHER",
        None,
        "MOTHER",
        refused("proxy_not_allowed", {"under": 10, "over": 80, "age": 38}, None, 1),
        None,
    ),
    (at(3, 16, 11), "FATHER", None, None, allowed(2, 0, 2, 1), 2),
]
SPRING_LATE = [
    # the last week of two a week, then three a week from Monday 27 April
    (at(4, 24), "SINGLE", None, None, allowed(2, 0, 2, 1), 2),
    (at(4, 27), "FATHER", None, None, allowed(3, 0, 3, 2), 3),
    (
        at(4, 27, 11),
        "FATHER",
        1,
        None,
        refused("limit_reached", {"used": 3, "limit": 3}, date(2020, 5, 4), 2),
        None,
    ),
    (at(4, 29), "MOTHER", 2, None, allowed(3, 0, 3, 2), 2),
    (
        at(4, 29, 11),
        "MOTHER",
        2,
        None,
        refused("over_maximum", {"max_quantity": 1, "quantity": 2}, None, 2, most=1),
        None,
    ),
    # June: any weekday; five a week for under-18s, three for adults; 10 per household
    (at(6, 2), "FATHER", 3, None, allowed(3, 0, 3, 4), 3),  # a Tuesday, not his Monday
    (at(6, 2, 11), "TEEN", None, None, allowed(5, 0, 5, 3), 5),
    (at(6, 3), "CHILD", None, "FATHER", allowed(2, 0, 5, 3), 2),  # the household cap leaves 2
    (
        at(6, 3, 11),
        "MOTHER",
        1,
        None,
        refused("household_limit_reached", {"used": 10, "limit": 10}, date(2020, 6, 8), 4),
        None,
    ),
    (at(6, 6), "SINGLE", 3, None, allowed(3, 0, 3, 4), 3),  # a Saturday, like any day now
    # after the campaign
    (
        at(7, 12),
        "FATHER",
        None,
        None,
        refused("not_in_force", {"item": "MASK-KF94", "day": "2020-07-12"}, None, None),
        None,
    ),
]


def play(steps: list[tuple[Any, ...]]) -> list[handouts.RecordedHandout]:
    recorded = []
    for moment, card, quantity, proxy, expected, handed in steps:
        decision, made = ask(moment, card, quantity, proxy)
        assert summary(decision) == expected, (moment, card)
        if handed is None:
            assert made is None
        else:
            assert made is not None
            assert made.quantity == handed
            recorded.append(made)
    return recorded


def test_spring_2020_at_one_counter(counter: None) -> None:
    play(SPRING)
    # a void, then a re-issue: the father's second week is handed out again
    second_week = Handout.select().where(Handout.handed_at.startswith("2020-03-16")).get()
    handouts.void(second_week.uid, "scanned the wrong card", OPERATOR)
    again = handouts.check("FATHER", "MASK-KF94", at=at(3, 16, 12))
    assert summary(again) == allowed(2, 0, 2, 1)
    _, reissued = ask(at(3, 16, 12), "FATHER")
    assert reissued is not None
    assert reissued.receipt_no == "OS-JA01-000010"  # after 8 handouts and the void
    with pytest.raises(UserError, match="already voided"):
        handouts.void(second_week.uid, "twice", OPERATOR)
    play(SPRING_LATE)
    given = {  # net of the void, whose row carries the quantity negated
        card: sum(
            h.quantity
            for h in Handout.select()
            .join(Recipient, on=Handout.recipient == Recipient.uid)
            .where(Recipient.card_code == card)
        )
        for card in ("FATHER", "TEEN", "CHILD")
    }
    assert given == {"FATHER": 2 + 2 + 3 + 3, "TEEN": 2 + 5, "CHILD": 2 + 2}


def test_refusal_messages_read_well(counter: None) -> None:
    play(SPRING[:2])
    with pytest.raises(handouts.RefusedByRule) as caught:
        handouts.record(
            handouts.HandoutRequest("MOTHER", "MASK-KF94", at=at(3, 9, 11), operator=OPERATOR)
        )
    assert caught.value.english == (
        "Refused: Born in 1983, this person collects on Wednesdays or at the weekend. "
        "Eligible again on 2020-03-11."
    )
