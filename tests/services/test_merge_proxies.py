"""Proxy registrations at the hub: one row per pair, wherever it was made; of two versions the
later change wins, in whichever order the day-files are merged, and merging again adds
nothing. A snapshot carries the winner back, replacing an earlier change at a station."""

from __future__ import annotations

from pathlib import Path

from tests.exchange import people_data
from tests.services import exchange_stations as city
from ttasum_desk.domain.records import ProxyRecord
from ttasum_desk.exchange.workbook import write_exchange
from ttasum_desk.services import merge
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.services.snapshot import export_snapshot, import_snapshot
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import close_db, init_db


def registrations() -> dict[str, tuple[bool, str | None, str, str]]:
    """uid -> (removed, until, station_code, updated_at)."""
    return {
        r.uid: (r.removed, r.until, r.station_code, r.updated_at)
        for r in record_sql.read(ProxyRecord)
    }


Change = tuple[str, str | None, bool]  # at (today), until, removed


def station_day(folder: Path, code: str, changes: list[Change]) -> Path:
    """The station's day-file after the registration changes (adult collects for pupil)."""
    city.open_station(folder / f"{code}.db", code)
    people = city.cast()
    for at, until, removed in changes:
        people_data.register_proxy(
            people.pupil, people.adult, people_data.today_at(at), code, until=until, removed=removed
        )
    path = export_day(folder / f"day-{code}.xlsx").path
    close_db()
    return path


def test_the_later_change_wins_in_either_order_and_merging_again_adds_nothing(
    tmp_path: Path,
) -> None:
    added = station_day(tmp_path, "OS-JA01", [("10:00:00", "2020-12-31", False)])
    removed = station_day(
        tmp_path,
        "OS-DW01",
        [
            ("10:30:00", None, False),
            ("11:00:00", None, True),
        ],
    )
    winner = (True, None, "OS-DW01", people_data.today_at("11:00:00"))
    finals = []
    for name, files in (("hub-1.db", [added, removed]), ("hub-2.db", [removed, added])):
        with city.Hub(tmp_path / name):
            first = merge.merge(files).files
            assert [f.conflicts + f.rejected for f in first] == [0, 0]
            assert list(registrations().values()) == [winner]
            again = merge.merge(files).files
            assert [(f.inserted, f.conflicts, f.rejected) for f in again] == [(0, 0, 0)] * 2
            finals.append(registrations())
    assert finals[0] == finals[1]


def test_a_renewal_after_a_removal_reaches_the_station_that_removed_it(tmp_path: Path) -> None:
    removed = station_day(
        tmp_path,
        "OS-DW01",
        [
            ("10:30:00", None, False),
            ("11:00:00", None, True),
        ],
    )
    renewed = station_day(tmp_path, "OS-JA01", [("12:00:00", "2020-06-30", False)])
    with city.Hub(tmp_path / "hub.db"):
        merge.merge([removed, renewed])
        export_snapshot(tmp_path / "snapshot.xlsx")
    init_db(tmp_path / "OS-DW01.db")
    try:
        import_snapshot(tmp_path / "snapshot.xlsx")
        assert list(registrations().values()) == [
            (False, "2020-06-30", "OS-JA01", people_data.today_at("12:00:00"))
        ]
    finally:
        close_db()


def test_a_station_keeps_its_own_later_change_over_the_snapshot(tmp_path: Path) -> None:
    added = station_day(tmp_path, "OS-JA01", [("10:00:00", None, False)])
    with city.Hub(tmp_path / "hub.db"):
        merge.merge([added])
        export_snapshot(tmp_path / "snapshot.xlsx")
    init_db(tmp_path / "OS-JA01.db")
    try:
        people = city.cast()
        later = people_data.today_at("13:00:00")
        people_data.register_proxy(people.pupil, people.adult, later, "OS-JA01", removed=True)
        import_snapshot(tmp_path / "snapshot.xlsx")
        assert list(registrations().values()) == [(True, None, "OS-JA01", later)]
    finally:
        close_db()


def test_invalid_registrations_are_rejected_with_the_reason(tmp_path: Path) -> None:
    with city.Hub(tmp_path / "hub.db"):
        people = city.cast()
        person, proxy = people_data.uid_of(people.pupil), people_data.uid_of(people.adult)
        good = ProxyRecord(
            people_data.registration_uid(person, proxy), person, proxy, None, False,
            "OS-JA01", people_data.today_at("10:00:00"),
        )  # fmt: skip
        rows = [
            good,
            ProxyRecord("u-1", person, "no-such-person", None, False, "OS-JA01", good.updated_at),
            ProxyRecord("u-2", proxy, person, "next week", False, "OS-JA01", good.updated_at),
            ProxyRecord("u-3", proxy, person, None, False, "OS-JA01", "=yesterday"),
        ]
        meta = {"kind": "day", "station_code": "OS-JA01", "day": good.updated_at[:10]}
        path = write_exchange(
            tmp_path / "day.xlsx", meta, {"Proxies": [row.cells() for row in rows]}
        )
        (outcome,) = merge.merge([path]).files
        assert (outcome.rows, outcome.inserted, outcome.rejected) == (4, 1, 3)
        assert not outcome.altered
        assert [(r.key, r.reason) for r in outcome.rejections] == [
            ("u-1", "unknown proxy no-such-person: merge the file that holds it first"),
            ("u-2", "next week is not a date. Write it as 2020-03-05."),
            ("u-3", "=yesterday is not a date. Write it as 2020-03-05 or 2020-03-05T09:30."),
        ]
        assert list(registrations()) == [good.uid]
