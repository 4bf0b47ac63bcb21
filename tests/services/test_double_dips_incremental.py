"""A merge searches for double-dips only among the people its files name; merged one file at
a time, the hub still keeps exactly the double-dips a search over everyone finds."""

from __future__ import annotations

from pathlib import Path

from tests.pg import HubDatabase
from ttasum_desk.domain.records import ReviewKind
from ttasum_desk.services import double_dips, merge
from ttasum_desk.storage import review
from ttasum_desk.storage.db import close_db, reading

from .test_double_dips import HOUSEHOLD_CAP, MASK, open_rules_station, station_day


def four_day_files(folder: Path) -> tuple[Path, list[Path]]:
    """The rules file and four stations' day-files: the Kim household breaks its weekly cap
    across the first and third, the lone WEEKENDER the adults' limit across the second and
    fourth."""
    cap = folder / "cap.toml"
    cap.write_text(HOUSEHOLD_CAP, encoding="utf-8")
    given = {
        "OS-JA01": [("CHILD", 5, "2020-06-02T10:00:00"), ("TEEN", 5, "2020-06-02T10:05:00")],
        "OS-NC01": [("WEEKENDER", 2, "2020-06-04T09:00:00")],
        "OS-DW01": [("FATHER", 3, "2020-06-03T11:00:00")],
        "OS-SS01": [("WEEKENDER", 2, "2020-06-05T15:00:00")],
    }
    return cap, [station_day(folder, code, handed, cap) for code, handed in given.items()]


def searched_by_everyone() -> set[str]:
    with reading():
        return {dip.key for dip in double_dips.detect()}


def kept_for_review() -> set[str]:
    return {item.entity_key for item in review.items(ReviewKind.DOUBLE_DIP)}


def test_merging_file_by_file_keeps_what_a_search_over_everyone_finds(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    cap, files = four_day_files(tmp_path)
    open_rules_station(hub_db("hub"), "OS-HUB", "hub", cap)
    try:
        found = [[dip.card_code for dip in merge.merge([path]).double_dips] for path in files]
        assert found == [[], [], ["FATHER"], ["WEEKENDER"]]  # each when its second part came
        everyone = searched_by_everyone()
        assert len(everyone) == 2
        assert kept_for_review() == everyone
        assert {dip.item_code for dip in merge.merge(files[:1]).double_dips} == {MASK}
    finally:
        close_db()


def test_one_merge_of_every_file_reports_what_a_search_over_everyone_finds(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    cap, files = four_day_files(tmp_path)
    open_rules_station(hub_db("hub"), "OS-HUB", "hub", cap)
    try:
        reported = {dip.key for dip in merge.merge(files).double_dips}
        assert reported == searched_by_everyone() == kept_for_review()
        assert len(reported) == 2
    finally:
        close_db()
