"""A school station on the small demo city, with Osan's campaign rules loaded."""

from __future__ import annotations

from ttasum_desk.paths import resource
from ttasum_desk.services import demo, rules, stations
from ttasum_desk.services.classes import ClassKey, class_numbers, grades, schools

OPERATOR = "김보건"


def make_school_station() -> str:
    """Turn the demo database into the station of its first school; returns the school's name."""
    school = schools()[0]
    code = next(s.code for s in demo.schools() if s.name == school)
    stations.set_station(code, school, "school")
    stations.add_operator(code, OPERATOR)
    rules.load_file(resource("samples/ttasum2020.toml"))
    return school


def first_classes(school: str, count: int) -> list[ClassKey]:
    keys = [
        ClassKey(school, grade, klass)
        for grade in grades(school)
        for klass in class_numbers(school, grade)
    ]
    return keys[:count]
