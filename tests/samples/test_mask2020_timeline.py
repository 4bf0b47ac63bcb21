"""Korea's public masks of 2020 (the sample mask2020.toml), played at one pharmacy counter
from 8 March to 12 July through the command line.

Every decision is asserted, with the published rule it checks in a comment: the weekday
rotation by birth year, weekends and open days (election day, holidays) for everyone, one
purchase a week until 17 May and split purchases from 18 May, the proxy scopes of 9 March,
6 April, 27 April and 18 May, the cohorts born in 2010 or later, 1940 or earlier and 2002 or
later, five a week from 1 June, ten from 18 June, no limit on 8-11 July and the end on 12 July.
"""

from __future__ import annotations

from pathlib import Path

from .counter import Counter, Person, gets, refused

PEOPLE = [
    Person("FATHER", "김아빠", "1981-05-10", household="kim"),  # Monday (1)
    Person("MOTHER", "이엄마", "1983-02-01", household="kim"),  # Wednesday (3)
    Person("CHILD", "김아이", "2012-07-01", "student", "kim"),  # Tuesday (2)
    Person("TEEN", "김십대", "2004-06-01", "student", "kim"),  # Thursday (4)
    Person("GRANDMA", "박할머니", "1938-01-15", "vulnerable", "kim"),  # Wednesday (8)
    Person("SINGLE", "최혼자", "1990-08-20"),  # Friday (0), lives alone
    Person("WEEKENDER", "정주말", "1977-11-11"),  # Tuesday (7), lives alone
    Person("AUNT", "정고모", "1969-09-09"),  # Thursday (9), his sister, lives elsewhere
    Person("LEEMOM", "이엄마", "1975-03-03", household="lee"),  # Friday (5)
    Person("KID2010", "이아이", "2010-01-05", "student", "lee"),  # Friday (0), already 10
    Person("ELDER1940", "이할아버지", "1940-01-20", "vulnerable", "lee"),  # Friday (0), just 80
    Person("PREGNANT", "박임신", "1992-04-04", household="park", tags="pregnancy"),  # Tuesday
    Person("HUSBAND", "박남편", "1989-06-06", household="park"),  # Thursday (9)
    Person("GRANDPA", "박할아버지", "1950-02-02", "vulnerable", "park", "long-term-care"),  # Fri
    Person("PATIENT", "최환자", "1966-10-10", household="choi", tags="hospitalised"),  # Monday
    Person("SON", "최아들", "1994-12-12", household="choi"),  # Thursday (4)
    Person("DISABLED", "한장애", "1962-03-03", "vulnerable", tags="disability"),  # Tuesday (2)
    Person("NEIGHBOUR", "옆이웃", "1976-07-07"),  # Monday (6), lives alone
    Person("YOUTH2002", "한청년", "2002-01-10"),  # Tuesday, 18 in June
    Person("ADULT2001", "한어른", "2001-12-31"),  # Monday, 18 in June
]

MARCH = [
    # before 9 March the rules are not in force
    refused("2020-03-08T10:00", "FATHER", "not_in_force", "2020-03-09"),
    # from 9 March two a week; a birth year ending in 1 buys on Monday
    gets("2020-03-09T10:00", "FATHER", 2),
    # a year ending in 3 buys on Wednesday
    refused("2020-03-09T11:00", "MOTHER", "wrong_weekday", "2020-03-11"),
    # two a week in one purchase: the week is used up
    refused("2020-03-09T12:00", "FATHER", "visit_limit_reached", "2020-03-16", qty=1),
    # a co-resident buys for a child born in 2010 or later, on the child's weekday (Tuesday)
    gets("2020-03-10T10:00", "CHILD", 2, proxy="FATHER"),
    # a year ending in 4 buys on Thursday
    refused("2020-03-10T11:00", "TEEN", "wrong_weekday", "2020-03-12"),
    # anyone may buy for a person with a disability (the card is shown), on his weekday
    gets("2020-03-10T12:00", "DISABLED", 2, proxy="NEIGHBOUR"),
    # a co-resident buys for an elder born in 1940 or earlier
    gets("2020-03-11T10:00", "GRANDMA", 2, proxy="MOTHER"),
    gets("2020-03-11T11:00", "MOTHER", 1, qty=1),
    # one purchase a week: the second mask can't be bought separately
    refused("2020-03-11T12:00", "MOTHER", "visit_limit_reached", "2020-03-18", qty=1),
    # a pupil born in 2004 has no proxy before 6 April; he comes himself
    refused("2020-03-12T10:00", "TEEN", "proxy_not_permitted", "2020-04-09", proxy="FATHER"),
    gets("2020-03-12T11:00", "TEEN", 2),
    # a proxy comes on the weekday of the person bought for (Tuesday), not on his own
    refused("2020-03-12T12:00", "PREGNANT", "wrong_weekday", "2020-03-14", proxy="HUSBAND"),
    # not a co-resident: no proxy for an elder
    refused("2020-03-13T09:00", "ELDER1940", "proxy_not_permitted", None, proxy="SINGLE"),
    # born in 2010 (already 10) and in 1940 (just 80): both in the proxy cohorts
    gets("2020-03-13T10:00", "KID2010", 2, proxy="LEEMOM"),
    gets("2020-03-13T10:30", "ELDER1940", 2, proxy="LEEMOM"),
    # a co-resident buys for a long-term-care recipient
    gets("2020-03-13T11:00", "GRANDPA", 2, proxy="HUSBAND"),
    gets("2020-03-13T12:00", "SINGLE", 1, qty=1),
    # the weekend is open to every birth year, but one purchase a week still holds
    refused("2020-03-14T10:00", "SINGLE", "visit_limit_reached", "2020-03-20", qty=1),
    gets("2020-03-14T11:00", "WEEKENDER", 2),
    refused("2020-03-15T10:00", "WEEKENDER", "visit_limit_reached", "2020-03-17", qty=1),
    # an adult born in 1981 can't send someone else, even a co-resident
    refused("2020-03-16T10:00", "FATHER", "proxy_not_permitted", "2020-05-18", proxy="MOTHER"),
    # nor a hospitalised patient before 6 April
    refused("2020-03-16T11:00", "PATIENT", "proxy_not_permitted", "2020-04-06", proxy="SON"),
    gets("2020-03-16T12:00", "FATHER", 2),
    # pregnant women are covered from 9 March: her husband comes on her Tuesday
    gets("2020-03-17T10:00", "PREGNANT", 2, proxy="HUSBAND"),
    # an unused week does not carry over: two, not four, after a week without a purchase
    gets("2020-03-26T10:00", "TEEN", 2, check=True),
]
APRIL = [
    # from 6 April a co-resident buys for a hospitalised patient ...
    gets("2020-04-06T10:00", "PATIENT", 2, proxy="SON"),
    # ... and for a pupil born in 2002 or later
    gets("2020-04-09T10:00", "TEEN", 2, proxy="FATHER"),
    # election day (15 April) is open to every birth year, like a weekend
    gets("2020-04-15T10:00", "SINGLE", 2),
    # the once-a-week two-mask limit stays: nothing more that week, even at the weekend
    refused("2020-04-18T10:00", "SINGLE", "visit_limit_reached", "2020-04-24"),
    # the day after, the rotation is back: a Monday buyer waits for the weekend
    refused("2020-04-16T10:00", "FATHER", "wrong_weekday", "2020-04-18"),
    # from 27 April three a week, still in one purchase on the own weekday
    gets("2020-04-27T10:00", "FATHER", 3),
    refused("2020-04-27T11:00", "FATHER", "visit_limit_reached", "2020-05-04", qty=1),
    # Buddha's Birthday (30 April, a Thursday) is open to every birth year
    gets("2020-04-30T10:00", "MOTHER", 3),
    # Children's Day (5 May, a Tuesday) too
    gets("2020-05-05T10:00", "TEEN", 3),
    refused("2020-05-07T09:00", "TEEN", "visit_limit_reached", "2020-05-14"),
    # from 27 April a proxy may come on his own weekday (Thursday) ...
    gets("2020-05-07T10:00", "PREGNANT", 3, proxy="HUSBAND"),
    # ... but not on a day that is neither his nor hers
    refused("2020-05-13T10:00", "PREGNANT", "wrong_weekday", "2020-05-14", proxy="HUSBAND"),
    # a registered family member living elsewhere may not buy before 18 May (then on his
    # Tuesday, or on her own Thursday)
    refused("2020-05-12T10:00", "WEEKENDER", "proxy_not_permitted", "2020-05-19", proxy="AUNT"),
]
MAY = [
    # from 18 May purchases may be split: one on the weekday, two at the weekend
    gets("2020-05-18T10:00", "FATHER", 1, qty=1),
    gets("2020-05-23T10:00", "FATHER", 2, qty=2),
    refused("2020-05-24T10:00", "FATHER", "limit_reached", "2020-05-25", qty=1),
    # from 18 May a family member living elsewhere (registered once) buys for him ...
    gets("2020-05-19T10:00", "WEEKENDER", 3, proxy="AUNT"),
    # ... and a co-resident for any adult of the family
    gets("2020-05-20T10:00", "MOTHER", 3, proxy="FATHER"),
    # someone who is neither family nor co-resident may not
    refused("2020-05-26T10:00", "WEEKENDER", "proxy_not_permitted", None, proxy="NEIGHBOUR"),
]
JUNE = [
    # from 1 June any day: born in 2002 or later five a week (a Monday, not his Thursday)
    gets("2020-06-01T10:00", "TEEN", 5),
    gets("2020-06-02T10:00", "YOUTH2002", 5),  # born in 2002, 18
    gets("2020-06-02T11:00", "ADULT2001", 3),  # born in 2001: three
    gets("2020-06-02T12:00", "FATHER", 3),  # a Tuesday, not his Monday
    refused("2020-06-04T10:00", "FATHER", "limit_reached", "2020-06-08", qty=1),
    # 6 June (Memorial Day) is a Saturday, like any day now
    gets("2020-06-06T10:00", "SINGLE", 3),
    # no household cap: the child gets five the week his brother got five
    gets("2020-06-03T10:00", "CHILD", 5, proxy="FATHER"),
    # three on 15-17 June leave seven for 18-21 June, when ten a week begins
    gets("2020-06-15T10:00", "MOTHER", 3),
    refused("2020-06-16T10:00", "MOTHER", "limit_reached", "2020-06-18", qty=1),
    gets("2020-06-18T10:00", "MOTHER", 7),
    refused("2020-06-19T10:00", "MOTHER", "limit_reached", "2020-06-22", qty=1),
    gets("2020-06-22T10:00", "FATHER", 10),
]
JULY = [
    gets("2020-07-07T10:00", "FATHER", 10, qty=10),
    refused("2020-07-07T11:00", "FATHER", "limit_reached", "2020-07-08", qty=1),
    # 8-11 July: no duplicate check and no limit
    gets("2020-07-08T10:00", "FATHER", 50, qty=50),
    gets("2020-07-11T10:00", "FATHER", 100, qty=100),
    # 12 July: the public-mask system has ended
    refused("2020-07-12T10:00", "FATHER", "not_in_force", None),
]


def test_spring_and_summer_2020_at_one_counter(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "mask2020.toml", "MASK-KF94", "+09:00", PEOPLE)
    counter.register_proxy("2020-05-11", "WEEKENDER", "AUNT")  # the family certificate was seen
    counter.play(MARCH + APRIL + MAY + JUNE + JULY)
    assert counter.handouts() == sum(
        1 for step in MARCH + APRIL + MAY + JUNE + JULY if step.given and not step.check
    )


def test_refusals_read_well_and_name_their_lines(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "mask2020.toml", "MASK-KF94", "+09:00", PEOPLE[:2])
    handout = ["handout", "--card", "MOTHER", "--item", "MASK-KF94", "--at"]
    assert counter.cli(*handout, "2020-03-09T10:00+09:00", expect=3).strip() == (
        "Refused: Born in 1983, this person collects on Wednesdays or at the weekend. "
        "Decided by rules file line 47. Eligible again on 2020-03-11."
    )
    counter.cli(*handout, "2020-04-29T10:00+09:00")
    # the three a week come from the change on line 56; 5 May, Children's Day, is open to all
    refusal = counter.cli(*handout, "2020-04-29T11:00+09:00", expect=3).strip()
    assert refusal == (
        "Refused: Already received 3 of 3매 this week. Already came 1 of 1 times this week. "
        "Decided by rules file line 47, as changed on line 56. Eligible again on 2020-05-05."
    )
