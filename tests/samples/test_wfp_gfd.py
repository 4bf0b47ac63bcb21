"""A camp's general food distribution in 2019 (the sample wfp-gfd.toml) through the command
line: rations by household-size band, a monthly cycle on days 1-10, the double ration of
April and no cycle in May, and the alternate collector the card holder designated."""

from __future__ import annotations

from pathlib import Path

from .counter import Counter, Person, gets, refused


def household(code: str, size: int) -> list[Person]:
    return [
        Person(f"{code}{n}", f"{code} member {n}", f"{1960 + n}-03-01", household=code)
        for n in range(1, size + 1)
    ]


PEOPLE = [
    *household("S", 2),  # 1-3 members
    *household("M", 5),  # 4-7 members
    *household("L", 9),  # 8 or more
    Person("ALT", "Designated alternate", "1990-01-01", household="A"),
]

STEPS = [
    # the January cycle: a household of two gets the 1-3 band's ration
    gets("2019-01-02T12:00", "S1", 30, item="RICE"),
    gets("2019-01-02T12:05", "S1", 9, item="LENTILS"),
    gets("2019-01-02T12:10", "S1", 3, item="OIL"),
    # one ration per household (card): another member gets nothing more this month
    refused("2019-01-05T12:00", "S2", "visit_limit_reached", "2019-02-01", item="RICE"),
    # five members: the 4-7 band; nine: the band of 8 or more
    gets("2019-01-03T12:00", "M1", 60, item="RICE"),
    gets("2019-01-03T12:05", "M2", 18, item="LENTILS"),
    gets("2019-01-03T12:10", "L1", 120, item="RICE"),
    gets("2019-01-03T12:15", "L4", 12, item="OIL"),
    refused("2019-01-03T12:20", "L2", "over_maximum", None, item="LENTILS", qty=30),
    # the window is days 1-10: a missed cycle is not handed out later
    refused("2019-01-15T12:00", "L2", "outside_month_days", "2019-02-01", item="LENTILS"),
    # the alternate collector the card holder designated collects the February ration
    gets("2019-02-01T12:00", "S1", 30, item="RICE", proxy="ALT"),
    # a member of another household, not designated, may not
    refused("2019-02-03T12:00", "M1", "proxy_not_permitted", None, item="RICE", proxy="L1"),
    # April: the double (two-month) ration
    gets("2019-04-02T12:00", "S1", 60, item="RICE"),
    gets("2019-04-02T12:05", "M3", 120, item="RICE"),
    gets("2019-04-02T12:10", "L1", 24, item="OIL"),
    gets("2019-04-02T12:15", "L9", 54, item="LENTILS"),
    # no cycle in May: the next is on 1 June
    refused("2019-05-02T12:00", "M1", "closed", "2019-06-01", item="RICE"),
    # June: the single ration again
    gets("2019-06-01T12:00", "S1", 30, item="RICE"),
    gets("2019-06-10T12:00", "M1", 60, item="RICE"),
    refused("2019-06-11T12:00", "L1", "outside_month_days", "2019-07-01", item="RICE"),
]


def test_a_year_of_cycles(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "wfp-gfd.toml", "RICE", "+06:00", PEOPLE)
    counter.register_proxy("2019-01-01", "S1", "ALT")
    counter.play(STEPS)
