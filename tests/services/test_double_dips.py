"""Double-dips are found by the entitlement rules themselves: a household cap and the weekend
rule of Korea's 2020 mask rules, each broken only when two stations' handouts come together."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.pg import HubDatabase
from ttasum_desk.paths import resource
from ttasum_desk.services import handouts, merge, rules, stations
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage.db import close_db, init_db

from .people import OPERATOR, Someone, add_people

MASK = "MASK-KF94"
PEOPLE = [
    Someone("FATHER", "김아빠", "1981-05-10", "public", "kim"),
    Someone("CHILD", "김아이", "2012-07-01", "student", "kim"),
    Someone("TEEN", "김십대", "2004-06-01", "student", "kim"),
    Someone("WEEKENDER", "정주말", "1977-11-11", "public"),  # Tuesday, lives alone
]


MASK2020 = resource("samples/mask2020.toml")
# June 2020's limits with a household cap of ten a week (the national rules had none)
HOUSEHOLD_CAP = """
[campaign]
code = "CAP2020"
name = "가구 한도"
starts = 2020-06-01
ends = 2020-06-30

[[items]]
code = "MASK-KF94"
name = "KF94 마스크"
unit = "매"

[[rules]]
item = "MASK-KF94"
limit = 5
period = "week"
born_from = 2002
household_limit = 10

[[rules]]
item = "MASK-KF94"
limit = 3
period = "week"
born_until = 2001
household_limit = 10
"""


def open_rules_station(path: Path | str, code: str, kind: str, rules_file: Path) -> None:
    init_db(path)
    stations.set_station(code, code, kind)
    stations.add_operator(code, OPERATOR)
    add_people(PEOPLE)
    rules.load_file(rules_file)


def station_day(
    folder: Path, code: str, given: list[tuple[str, int, str]], rules_file: Path = MASK2020
) -> Path:
    """The station hands out ``(card, quantity, moment)`` and exports its day-file."""
    open_rules_station(folder / f"{code}.db", code, "centre", rules_file)
    try:
        for card, quantity, moment in given:
            request = handouts.HandoutRequest(
                card, MASK, quantity, datetime.fromisoformat(moment + "+09:00"), OPERATOR
            )
            handouts.record(request)
        return export_day(folder / f"day-{code}.xlsx").path
    finally:
        close_db()


def dips_at_hub(
    hub: Path | str, files: list[Path], rules_file: Path = MASK2020
) -> list[dict[str, object]]:
    open_rules_station(hub, "OS-HUB", "hub", rules_file)
    try:
        return [dip.as_json() for dip in merge.merge(files).double_dips]
    finally:
        close_db()


def test_a_household_cap_exceeded_across_two_stations_is_reported(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    # under-18s five a week, adults three, a household at most ten a week
    cap = tmp_path / "cap.toml"
    cap.write_text(HOUSEHOLD_CAP, encoding="utf-8")
    first = station_day(
        tmp_path,
        "OS-JA01",
        [("CHILD", 5, "2020-06-02T10:00:00"), ("TEEN", 5, "2020-06-02T10:05:00")],
        cap,
    )
    second = station_day(tmp_path, "OS-DW01", [("FATHER", 3, "2020-06-03T11:00:00")], cap)
    assert dips_at_hub(hub_db("hub"), [first, second], cap) == [
        {
            "card_code": "FATHER", "item_code": MASK, "period": "2020-06-01..2020-06-07",
            "stations": ["OS-DW01", "OS-JA01"], "quantity": 13, "limit": 10,
        }
    ]  # fmt: skip


def test_a_weekend_visit_after_a_weekday_one_elsewhere_is_reported(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    # March 2020: two a week on the birth year's weekday; the weekend only for those who got none
    first = station_day(tmp_path, "OS-JA01", [("WEEKENDER", 1, "2020-03-10T10:00:00")])
    second = station_day(tmp_path, "OS-DW01", [("WEEKENDER", 1, "2020-03-14T10:00:00")])
    assert dips_at_hub(hub_db("hub"), [first, second]) == [
        {
            "card_code": "WEEKENDER", "item_code": MASK, "period": "2020-03-09..2020-03-15",
            "stations": ["OS-DW01", "OS-JA01"], "quantity": 2, "limit": 2,
        }
    ]  # fmt: skip


def test_handouts_the_rules_allow_together_are_no_double_dip(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    first = station_day(tmp_path, "OS-JA01", [("WEEKENDER", 1, "2020-03-10T10:00:00")])
    second = station_day(tmp_path, "OS-DW01", [("WEEKENDER", 1, "2020-03-17T10:00:00")])
    assert dips_at_hub(hub_db("hub"), [first, second]) == []
