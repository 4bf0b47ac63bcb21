"""Whom a rule or a proxy permission is about: the "who" conditions both share.

Every condition given must hold; a list means "any of". An unknown birth year, school, grade,
class or district matches no condition that names one, so a missing roster field never grants.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from ttasum_desk.domain.rule_model import Person


class WhoConditions(Protocol):
    """The who-keys of a ``[[rules]]`` or ``[[proxies]]`` table."""

    @property
    def groups(self) -> tuple[str, ...]: ...
    @property
    def min_age(self) -> int | None: ...
    @property
    def max_age(self) -> int | None: ...
    @property
    def born_from(self) -> int | None: ...
    @property
    def born_until(self) -> int | None: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def schools(self) -> tuple[str, ...]: ...
    @property
    def grades(self) -> tuple[int, ...]: ...
    @property
    def classes(self) -> tuple[int, ...]: ...
    @property
    def districts(self) -> tuple[str, ...]: ...


def fits(who: WhoConditions, person: Person, day: date) -> bool:
    """Every condition of ``who`` holds for ``person`` on ``day``."""
    if person.group not in who.groups:
        return False
    if who.born_from is not None or who.born_until is not None:
        year = person.year_of_birth
        if year is None or not within(year, who.born_from, who.born_until):
            return False
    if who.tags and not person.statuses & set(who.tags):
        return False
    for wanted, value in (
        (who.schools, person.school),
        (who.grades, person.grade),
        (who.classes, person.klass),
        (who.districts, person.district),
    ):
        if wanted and value not in wanted:
            return False
    if who.min_age is None and who.max_age is None:
        return True
    age = person.age_on(day)
    return age is not None and within(age, who.min_age, who.max_age)


def within(value: int, least: int | None, most: int | None) -> bool:
    return (least is None or value >= least) and (most is None or value <= most)
