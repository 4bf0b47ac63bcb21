"""Korea's 2020 public-mask rules (the sample mask2020.toml), played through the service.

Spring 2020 at one pharmacy counter: the weekday rotation, weekends, one purchase a week,
proxies by birth-year cohort, a void and a re-issue, then the 3-a-week change of 27 April,
split purchases from 18 May, the June cohorts and ten a week from 18 June. Every request goes
through ``handouts.record`` on a real database; every decision and reason is asserted, with
the published rule it follows in a comment, and a refusal leaves the handout table as it was.
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
    Someone("CHILD", "김아이", "2012-07-01", "student", "kim"),  # Tuesday
    Someone("TEEN", "김십대", "2004-06-01", "student", "kim"),  # Thursday
    Someone("GRANDMA", "박할머니", "1938-01-15", "vulnerable", "kim"),  # Wednesday
    Someone("SINGLE", "최혼자", "1990-08-20", "public"),  # Friday, lives alone
    Someone("WEEKENDER", "정주말", "1977-11-11", "public"),  # Tuesday, lives alone
    Someone("LEEMOM", "이엄마", "1975-03-03", "public", "lee"),  # Friday
    Someone("KID2010", "이아이", "2010-01-05", "student", "lee"),  # Friday, already 10
    Someone("ELDER1940", "이할아버지", "1940-01-20", "vulnerable", "lee"),  # Friday, just 80
    Someone("YOUTH2002", "한청년", "2002-01-10", "public"),  # Tuesday, 18 in June
    Someone("ADULT2001", "한어른", "2001-12-31", "public"),  # Monday, 18 in June
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
    """The decision in short; the rules file's line that ends a refusal is asserted apart."""
    return (
        decision.allowed,
        decision.max_quantity,
        [(r.code, r.message.params) for r in decision.reasons if r.code != "rule_line"],
        decision.next_eligible,
        decision.rule.number if decision.rule else None,
    )


def allowed(most: int, used: int, limit: int, rule: int) -> tuple[Any, ...]:
    params = {"max_quantity": most, "used": used, "limit": limit, "unit": "매"}
    return (True, most, [("allowed", params)], None, rule)


def refused(
    code: str, params: dict[str, Any], later: date | None, rule: int | None, most: int = 0
) -> tuple[Any, ...]:
    return (False, most, [(code, params)], later, rule)


def visits(used: int) -> tuple[str, dict[str, Any]]:
    return ("visit_limit_reached", {"used": used, "limit": 1})


def limit(used: int, most: int) -> tuple[str, dict[str, Any]]:
    return ("limit_reached", {"used": used, "limit": most, "unit": "매"})


def cohort(birth_year: int, born_from: int = 2010) -> tuple[str, dict[str, Any]]:
    params = {"born_from": born_from, "born_until": 1940, "birth_year": birth_year}
    return ("proxy_not_in_cohort", params)


# (moment, card, quantity, proxy card, expected summary, quantity recorded)
SPRING = [
    # before 9 March the rules are not in force
    (
        at(3, 8),
        "FATHER",
        None,
        None,
        refused(
            "not_in_force", {"item": "KF94 마스크", "day": "2020-03-08"}, date(2020, 3, 9), None
        ),
        None,
    ),
    # from 9 March: 2 a week; birth year ending in 1 buys on Monday
    (at(3, 9), "FATHER", None, None, allowed(2, 0, 2, 1), 2),
    # a year ending in 3 buys on Wednesday
    (
        at(3, 9, 11),
        "MOTHER",
        None,
        None,
        refused("wrong_weekday", {"birth_year": 1983}, date(2020, 3, 11), 1),
        None,
    ),
    # 2 a week in one purchase: both the quantity and the purchase are used up
    (
        at(3, 9, 12),
        "FATHER",
        1,
        None,
        (False, 0, [limit(2, 2), visits(1)], date(2020, 3, 16), 1),
        None,
    ),
    # a co-resident may buy for a child born in 2010 or later, on the child's weekday (Tuesday)
    (at(3, 10), "CHILD", None, "FATHER", allowed(2, 0, 2, 1), 2),
    # a year ending in 4 buys on Thursday
    (
        at(3, 10, 11),
        "TEEN",
        None,
        None,
        refused("wrong_weekday", {"birth_year": 2004}, date(2020, 3, 12), 1),
        None,
    ),
    # ... or for an elder born in 1940 or earlier
    (at(3, 11), "GRANDMA", None, "MOTHER", allowed(2, 0, 2, 1), 2),
    (at(3, 11, 11), "MOTHER", 1, None, allowed(2, 0, 2, 1), 1),
    # one purchase a week: the second mask of the week can't be bought separately
    (at(3, 11, 12), "MOTHER", 1, None, (False, 0, [visits(1)], date(2020, 3, 18), 1), None),
    # before 6 April, no proxy for a pupil born in 2004; nor from outside the household
    # (the father may buy for him from 6 April, on the pupil's Thursday)
    (at(3, 12), "TEEN", None, "FATHER", (False, 0, [cohort(2004)], date(2020, 4, 9), 1), None),
    (at(3, 12, 10, 30), "TEEN", 1, "SINGLE", refused("proxy_not_household", {}, None, 1), None),
    (at(3, 12, 11), "TEEN", None, None, allowed(2, 0, 2, 1), 2),
    # born in 2010 (already 10) and born in 1940 (just 80): both in the proxy cohorts
    (at(3, 13), "KID2010", None, "LEEMOM", allowed(2, 0, 2, 1), 2),
    (at(3, 13, 10, 30), "ELDER1940", None, "LEEMOM", allowed(2, 0, 2, 1), 2),
    (at(3, 13, 11), "SINGLE", 1, None, allowed(2, 0, 2, 1), 1),
    # Saturday and Sunday are open to every birth year, but a weekday purchase used the week's
    (at(3, 14), "SINGLE", 1, None, (False, 0, [visits(1)], date(2020, 3, 20), 1), None),
    (at(3, 14, 11), "WEEKENDER", None, None, allowed(2, 0, 2, 1), 2),
    (
        at(3, 15),
        "WEEKENDER",
        1,
        None,
        (
            False,
            0,
            [limit(2, 2), visits(1)],
            date(2020, 3, 17),
            1,
        ),
        None,
    ),
    # an unused week does not carry over; an adult born in 1981 can't send someone else
    (at(3, 16), "FATHER", None, "MOTHER", (False, 0, [cohort(1981)], None, 1), None),
    (at(3, 16, 11), "FATHER", None, None, allowed(2, 0, 2, 1), 2),
]
SPRING_LATE = [
    # from 6 April proxies may buy for pupils born in 2002 or later too
    (at(4, 9), "TEEN", None, "FATHER", allowed(2, 0, 2, 2), 2),
    (at(4, 24), "SINGLE", None, None, allowed(2, 0, 2, 2), 2),
    # from 27 April: 3 a week, still in one purchase on the own weekday
    (at(4, 27), "FATHER", None, None, allowed(3, 0, 3, 3), 3),
    (
        at(4, 27, 11),
        "FATHER",
        1,
        None,
        (False, 0, [limit(3, 3), visits(1)], date(2020, 5, 4), 3),
        None,
    ),
    (at(4, 29), "MOTHER", 2, None, allowed(3, 0, 3, 3), 2),
    (at(4, 29, 11), "MOTHER", 1, None, (False, 0, [visits(1)], date(2020, 5, 6), 3), None),
    # from 18 May a purchase may be split, up to 3 in the week
    (at(5, 18), "FATHER", 1, None, allowed(3, 0, 3, 4), 1),
    (at(5, 18, 15), "FATHER", 2, None, allowed(2, 1, 3, 4), 2),
    (
        at(5, 18, 16),
        "FATHER",
        1,
        None,
        refused("limit_reached", {"used": 3, "limit": 3, "unit": "매"}, date(2020, 5, 25), 4),
        None,
    ),
    # from 1 June: any weekday; 3 a week, 5 for those born in 2002 or later
    (at(6, 2), "FATHER", 3, None, allowed(3, 0, 3, 6), 3),  # a Tuesday, not his Monday
    (at(6, 2, 11), "TEEN", None, None, allowed(5, 0, 5, 5), 5),
    (at(6, 2, 12), "YOUTH2002", None, None, allowed(5, 0, 5, 5), 5),  # born 2002, aged 18
    (at(6, 2, 13), "ADULT2001", None, None, allowed(3, 0, 3, 6), 3),  # born 2001
    (at(6, 6), "SINGLE", 3, None, allowed(3, 0, 3, 6), 3),  # a Saturday, like any day now
    (at(6, 8), "CHILD", None, "FATHER", allowed(5, 0, 5, 5), 5),  # no household cap
    # from 18 June: 10 a week; 3 bought on 15-17 June leave 7 for 18-21 June
    (at(6, 16), "MOTHER", 3, None, allowed(3, 0, 3, 6), 3),
    (at(6, 18), "MOTHER", None, None, allowed(7, 3, 10, 7), 7),
    (
        at(6, 19),
        "MOTHER",
        1,
        None,
        refused("limit_reached", {"used": 10, "limit": 10, "unit": "매"}, date(2020, 6, 22), 7),
        None,
    ),
    # 8-11 July: no check and no limit, so no rule is in force; the system ends on 12 July
    (
        at(7, 8),
        "FATHER",
        None,
        None,
        refused("not_in_force", {"item": "KF94 마스크", "day": "2020-07-08"}, None, None),
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
    assert reissued.receipt_no == "OS-JA01-000012"  # after 10 handouts and the void
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
        for card in ("FATHER", "TEEN", "CHILD", "MOTHER")
    }
    assert given == {
        "FATHER": 2 + 2 + 3 + 1 + 2 + 3,
        "TEEN": 2 + 2 + 5,
        "CHILD": 2 + 5,
        "MOTHER": 1 + 2 + 3 + 7,
    }


def test_refusal_messages_read_well(counter: None) -> None:
    play(SPRING[:2])
    with pytest.raises(handouts.RefusedByRule) as caught:
        handouts.record(
            handouts.HandoutRequest("MOTHER", "MASK-KF94", at=at(3, 9, 11), operator=OPERATOR)
        )
    assert caught.value.english == (
        "Refused: Born in 1983, this person collects on Wednesdays or at the weekend. "
        "Decided by rules file line 34. Eligible again on 2020-03-11."
    )
