"""Every field of every record that travels reaches the hub and back: a station's day-file,
merged at the hub, sent out in the hub's snapshot and imported at another station. Adding a
field to a record adds its case here by itself."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange import people_data
from tests.services import exchange_stations as city
from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    HandoutRecord,
    ProxyRecord,
    RecipientRecord,
)
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import read_exchange
from ttasum_desk.services import classes, handouts, merge, registration
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.services.snapshot import export_snapshot, import_snapshot
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import close_db, init_db

KINDS = (HandoutRecord, ClassCountRecord, BatchRecord, RecipientRecord, ProxyRecord)
READ: dict[type[Any], Callable[[], list[Any]]] = {
    kind: functools.partial(record_sql.read, kind) for kind in KINDS
}
SHEET = {
    HandoutRecord: formats.HANDOUTS,
    ClassCountRecord: formats.CLASS_COUNTS,
    BatchRecord: formats.BATCHES,
    RecipientRecord: formats.RECIPIENTS,
    ProxyRecord: formats.PROXIES,
}
# the snapshot carries people, handouts and proxy registrations
IN_SNAPSHOT = (HandoutRecord, RecipientRecord, ProxyRecord)
# another station's batches are its stock, not the receiving station's: dropped on import
NOT_IMPORTED = {(HandoutRecord, "batch_uid")}


def _people_data(people: city.Cast) -> None:
    """A household with its label, a person's statuses, a registered proxy until a day and a
    removed registration: each field of them with a value."""
    member = registration.register(
        registration.Walkin("나보호", "1980-04-04", "public", district="중앙동"), city.OPERATOR
    )
    person = registration.register(
        registration.Walkin(
            "나가족",
            "1982-06-06",
            "public",
            district="중앙동",
            household_card=member.card_code,
            disability=True,
        ),
        city.OPERATOR,
    )
    people_data.set_tags(person.card_code, "consent,pregnancy", people_data.today_at("09:00:00"))
    at = people_data.today_at("09:30:00")
    people_data.register_proxy(person.card_code, people.adult, at, "OS-JA01", until="2020-12-31")
    people_data.register_proxy(people.pupil, people.adult, at, "OS-JA01", removed=True)


def by_uid(records: list[Any]) -> dict[str, Any]:
    return {record.uid: record for record in records}


def in_workbook(path: Path, kind: type[Any]) -> dict[str, Any]:
    sheet = read_exchange(path).sheets.get(SHEET[kind], [])
    return by_uid([kind.from_cells(row) for row in sheet])


def read_db(path: Path) -> dict[type[Any], dict[str, Any]]:
    init_db(path)
    try:
        return {kind: by_uid(read()) for kind, read in READ.items()}
    finally:
        close_db()


@pytest.fixture(scope="module")
def journey(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The station's records, and each of them as it stands at every stop of the way."""
    folder = tmp_path_factory.mktemp("journey")
    city.open_station(folder / "station.db", "OS-JA01")
    people = city.cast()
    city.give(people.adult, "MASK-KIT", 1, "2020-03-17T10:00:00")
    request = handouts.HandoutRequest(
        people.adult, "MASK-KIT", 1, city.at("2020-03-17T10:01:00"), city.OPERATOR,
        override_reason="분실 재지급",
    )  # fmt: skip
    handouts.record(request)
    handouts.void(city.give(people.pupil, "COTTON-MASK", 2, "2020-03-18T09:00:00"), "오기", "x")
    classes.serve_count(
        classes.ClassKey("오산초등학교", 1, 1), "COTTON-MASK", 10, city.OPERATOR,
        city.at("2020-03-20T09:00:00"),
    )  # fmt: skip
    _people_data(people)
    day_file = export_day(folder / "day.xlsx").path
    close_db()
    with city.Hub(folder / "hub.db"):
        merge.merge([day_file])
        snapshot = folder / "snapshot.xlsx"
        export_snapshot(snapshot)
    city.open_station(folder / "other.db", "OS-DW01")
    import_snapshot(snapshot)
    close_db()
    station = read_db(folder / "station.db")
    sent = {kind: in_workbook(day_file, kind) for kind in READ}
    stops: dict[str, dict[type[Any], dict[str, Any]]] = {
        "day-file": sent,
        "hub": read_db(folder / "hub.db"),
        "snapshot": {kind: in_workbook(snapshot, kind) for kind in IN_SNAPSHOT},
        "other station": read_db(folder / "other.db"),
    }
    return {"station": station, "sent": sent, "stops": stops}


CASES = [(kind, field.name) for kind in KINDS for field in dataclasses.fields(kind)]


@pytest.mark.parametrize(("kind", "name"), CASES, ids=[f"{k.__name__}.{n}" for k, n in CASES])
def test_each_field_travels(journey: dict[str, Any], kind: type[Any], name: str) -> None:
    sent = journey["sent"][kind]
    assert sent, f"the day-file carries no {kind.__name__}"
    own = journey["station"][kind]
    expected = {uid: getattr(own[uid], name) for uid in sent}
    for stop, records in journey["stops"].items():
        skipped = kind not in IN_SNAPSHOT or (kind, name) in NOT_IMPORTED
        if kind not in records or (stop == "other station" and skipped):
            continue
        arrived = records[kind]
        assert {uid: getattr(arrived[uid], name) for uid in sent} == expected, stop
