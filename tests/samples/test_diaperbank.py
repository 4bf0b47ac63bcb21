"""A diaper bank's months (the sample diaperbank.toml) through the command line: 50 a child
a month, sizes 1-6 sharing that limit, collected by the family members authorised."""

from __future__ import annotations

from pathlib import Path

from .counter import Counter, Person, gets, refused

PEOPLE = [
    Person("BABY", "Bea Baby", "2023-05-01", "student", "a"),
    Person("TODDLER", "Tom Toddler", "2021-02-01", "student", "a"),
    Person("KID", "Kit Kid", "2019-06-15", "student", "a"),  # 5 on 15 June 2024
    Person("MOM", "Mia Mom", "1995-03-03", household="a"),
    Person("DAD", "Dan Dad", "1994-04-04", household="a"),
    Person("GRANDMA", "Gail Grandma", "1965-05-05", household="g"),
]

STEPS = [
    # an authorised family member collects 50 of the size the child needs
    gets("2024-01-05T12:00", "BABY", 50, item="DIAPER-2", proxy="MOM"),
    # sizes share the limit: no size 3 on top of the month's 50 of size 2
    refused(
        "2024-01-20T12:00",
        "BABY",
        "limit_reached",
        "2024-02-01",
        item="DIAPER-3",
        qty=10,
        proxy="MOM",
    ),
    # 50 per child: her brother gets his own 50
    gets("2024-01-05T12:05", "TODDLER", 50, item="DIAPER-5", proxy="MOM"),
    # a parent who is not authorised may not collect, though he lives with them
    refused("2024-01-06T12:00", "KID", "proxy_not_permitted", None, item="DIAPER-6", proxy="DAD"),
    gets("2024-01-06T12:05", "KID", 50, item="DIAPER-6", proxy="MOM"),
    # a grandmother living elsewhere, authorised until March
    gets("2024-02-02T12:00", "BABY", 30, item="DIAPER-2", qty=30, proxy="GRANDMA"),
    # the baby outgrew size 2 this month: what is left of 50 in size 3
    gets("2024-02-10T12:00", "BABY", 20, item="DIAPER-3", proxy="MOM"),
    refused(
        "2024-02-11T12:00", "BABY", "limit_reached", "2024-03-01", item="DIAPER-3", proxy="MOM"
    ),
    # her authorisation ended on 31 March
    refused(
        "2024-04-02T12:00", "BABY", "proxy_not_permitted", None, item="DIAPER-3", proxy="GRANDMA"
    ),
    gets("2024-04-02T12:05", "BABY", 50, item="DIAPER-3", proxy="MOM"),
    # a child is covered up to the age of four
    gets("2024-06-10T12:00", "KID", 50, item="DIAPER-6", proxy="MOM"),
    refused("2024-07-01T12:00", "KID", "no_rule", None, item="DIAPER-6", proxy="MOM"),
]


def test_months_at_the_diaper_bank(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "diaperbank.toml", "DIAPER-1", "-06:00", PEOPLE)
    for child in ("BABY", "TODDLER", "KID"):
        counter.register_proxy("2024-01-02", child, "MOM")
    counter.register_proxy("2024-01-02", "BABY", "GRANDMA", until="2024-03-31")
    counter.play(STEPS)
