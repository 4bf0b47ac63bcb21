"""A school year of weekend backpacks (the sample school-backpacks.toml) through the command
line: Fridays only, the Thursday before Good Friday instead, one a week, pupils whose parents
consented."""

from __future__ import annotations

from pathlib import Path

from .counter import Counter, Person, gets, refused

PEOPLE = [
    Person("ANA", "Ana Pupil", "2015-02-02", "student", tags="consent"),
    Person("BEN", "Ben Pupil", "2014-03-03", "student"),  # no consent on file
    Person("CLEO", "Cleo Pupil", "2016-04-04", "student", tags="consent,allergy"),
    Person("PARENT", "Pat Parent", "1985-05-05", tags="consent"),
]

STEPS = [
    # backpacks go home on Fridays: not on a Thursday
    refused("2024-09-05T12:00", "ANA", "not_a_distribution_day", "2024-09-06"),
    gets("2024-09-06T12:00", "ANA", 1),
    # one a week
    refused("2024-09-06T12:05", "ANA", "limit_reached", "2024-09-13"),
    # only with a parent's consent on file
    refused("2024-09-06T12:10", "BEN", "no_rule", None),
    # only pupils
    refused("2024-09-06T12:15", "PARENT", "no_rule", None),
    gets("2024-09-06T12:20", "CLEO", 1),
    # not at the weekend either
    refused("2024-09-07T12:00", "CLEO", "limit_reached", "2024-09-13"),
    gets("2024-09-13T12:00", "ANA", 1),
    # Good Friday is a holiday: that week's backpacks go home on Thursday 17 April
    gets("2025-04-17T12:00", "ANA", 1),
    refused("2025-04-18T12:00", "ANA", "closed", "2025-04-25"),
    # nothing on Good Friday itself, for those who missed Thursday too
    refused("2025-04-18T12:05", "CLEO", "closed", "2025-04-25"),
    refused("2025-04-24T12:00", "CLEO", "not_a_distribution_day", "2025-04-25"),
    gets("2025-04-25T12:00", "CLEO", 1),
    gets("2025-04-25T12:05", "ANA", 1),
    # the last Friday of the school year, then nothing
    refused("2025-06-12T12:00", "ANA", "not_a_distribution_day", "2025-06-13"),
    gets("2025-06-13T12:00", "ANA", 1),
    refused("2025-06-20T12:00", "CLEO", "not_in_force", None),
]


def test_a_school_year_of_backpacks(tmp_path: Path) -> None:
    counter = Counter(tmp_path, "school-backpacks.toml", "BACKPACK", "-05:00", PEOPLE)
    counter.play(STEPS)
