"""A food pantry's year (the sample foodbank.toml) through the command line: one visit every
30 days per household, at most twelve a year, bags by household size, a registered proxy."""

from __future__ import annotations

from pathlib import Path

from .counter import Counter, Person, gets, refused

PEOPLE = [
    Person("ALONE", "Ann Alone", "1950-04-01", household="h1"),
    Person("SHARED", "Sam Shared", "1980-01-01", household="h2", tags="shared-kitchen"),
    Person("COUPLE-A", "Cat Couple", "1960-05-05", household="h3"),
    Person("COUPLE-B", "Carl Couple", "1958-06-06", household="h3"),
    *(
        Person(f"FAMILY-{n}", f"Fay Family {n}", f"19{80 + n}-01-01", household="h4")
        for n in range(1, 6)
    ),
    Person("HELPER", "Hal Helper", "1975-07-07", household="h5"),
    Person("STRANGER", "Stan Stranger", "1970-08-08", household="h6"),
]
# 2024 is a leap year: 30 days after 1 February is 2 March
ALONE_EVERY_30_DAYS = ["04-01", "05-01", "05-31", "06-30", "07-30", "08-29", "09-28", "10-28"]

STEPS = [
    # one person with a kitchen of her own: 2 bags
    gets("2024-01-02T12:00", "ALONE", 2),
    # one visit every 30 days: the next on 1 February
    refused("2024-01-15T12:00", "ALONE", "visit_limit_reached", "2024-02-01"),
    # one person sharing a kitchen: 1 bag
    gets("2024-01-03T12:00", "SHARED", 1),
    refused("2024-01-04T12:00", "SHARED", "visit_limit_reached", "2024-02-02"),
    # a household of two: 3 bags
    gets("2024-01-03T12:00", "COUPLE-A", 3),
    # one allotment per household: her husband's visit is the household's
    refused("2024-01-10T12:00", "COUPLE-B", "visit_limit_reached", "2024-02-02"),
    # a household of five: 4 bags, not more
    refused("2024-01-04T12:00", "FAMILY-1", "over_maximum", None, qty=5),
    gets("2024-01-04T12:00", "FAMILY-1", 4),
    refused("2024-01-20T12:00", "FAMILY-3", "visit_limit_reached", "2024-02-03"),
    gets("2024-02-03T12:00", "FAMILY-3", 4),
    # the designated proxy, with the authorisation on file, collects for her
    gets("2024-02-01T12:00", "ALONE", 2, proxy="HELPER"),
    # someone without one may not
    refused("2024-03-02T12:00", "ALONE", "proxy_not_permitted", None, proxy="STRANGER"),
    gets("2024-03-02T12:00", "ALONE", 2),
    *(gets(f"2024-{day}T12:00", "ALONE", 2) for day in ALONE_EVERY_30_DAYS[:4]),
    # the authorisation is valid for one year from its date (it ended on 30 June)
    refused("2024-07-30T12:00", "ALONE", "proxy_not_permitted", None, proxy="HELPER"),
    *(gets(f"2024-{day}T12:00", "ALONE", 2) for day in ALONE_EVERY_30_DAYS[4:]),
    gets("2024-11-27T12:00", "ALONE", 2),  # her twelfth visit of the year
    # at most twelve visits a calendar year, though 30 days have passed
    refused("2024-12-27T12:00", "ALONE", "visit_limit_reached", None),
    # the household of two, which came once, still may
    gets("2024-12-27T12:00", "COUPLE-B", 3),
]


def test_a_year_at_the_pantry(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "foodbank.toml", "FOOD-BAG", "-05:00", PEOPLE)
    counter.register_proxy("2024-01-02", "ALONE", "HELPER", until="2024-06-30")
    counter.play(STEPS)
