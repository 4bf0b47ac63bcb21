"""The coordinator's day: 30 stations' day-files of 2,000 handouts each (a stated fraction at
small scale) exported, merged at the hub, and a snapshot exported there and imported at a
station. Each is held against a raw floor: reading the same workbook with python-calamine
plus a bare ``sqlite3.executemany`` of the same rows into tables of the same shape (for the
exports: a bare SELECT of the same rows written by openpyxl in write-only mode)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl import Workbook

from tests.perf.bench import Figure, repeat
from tests.perf.data import copy_db
from ttasum_desk.services import batches, dayfile, handouts, merge, snapshot, stations
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient

STATIONS = 30
PER_STATION = {"osan": 2_000, "small": repeat(200, 3)}
DAY = datetime.fromisoformat("2020-05-04T09:00:00+09:00")
ITEM_OF_GROUP = {"student": "COTTON-MASK", "public": "MASK-KIT", "vulnerable": "FINISHED-MASK"}
HANDOUT_COLUMNS = (
    "uid",
    "recipient_uid",
    "item_uid",
    "quantity",
    "batch_uid",
    "station_code",
    "operator",
    "handed_at",
    "receipt_no",
    "status",
    "void_of",
    "reason",
    "proxy_uid",
    "override_reason",
    "chain_hash",
    "origin",
    "created_at",
)
RECIPIENT_COLUMNS = (
    "uid",
    "card_code",
    "name",
    "name_key",
    "name_rev",
    "initials",
    "birth_date",
    "group",
    "household_uid",
    "school",
    "grade",
    "klass",
    "number",
    "district",
    "phone_last4",
    "created_at",
    "updated_at",
)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


HANDOUT_SQL = insert_sql("handout", HANDOUT_COLUMNS)
RECIPIENT_SQL = insert_sql("recipient", RECIPIENT_COLUMNS)


def station_codes() -> list[str]:
    centres = ["OS-JA01", "OS-DW01", "OS-NC01", "OS-SJ01", "OS-SM01", "OS-CP01"]
    return centres + [f"OS-SC{n:02d}" for n in range(1, STATIONS - len(centres) + 1)]


def record_day(code: str, people: Sequence[Recipient], index: int) -> None:
    """One station's day: a big batch per item, then a handout per person (entered from a
    paper tally, with an override reason so that each one is recorded)."""
    stations.set_station(code, code, "school" if "SC" in code else "centre")
    for item in ITEM_OF_GROUP.values():
        batches.receive(batches.BatchRequest(item, f"LOT-{code}-{item}", 100_000, "2020-05-01"))
    for n, person in enumerate(people):
        request = handouts.HandoutRequest(
            person.card_code,
            ITEM_OF_GROUP[person.group],
            1,
            at=DAY + timedelta(seconds=index * 7 + n),
            operator="김담당",
            override_reason="paper tally sheet",
        )
        handouts.record(request)


def read_all(path: Path) -> dict[str, list[list[Any]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def bare_db(path: Path) -> sqlite3.Connection:
    """A fresh database of the same schema (the real migrations), opened bare."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    init_db(path)
    close_db()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=2")
    return connection


def handout_rows(sheet: list[list[Any]]) -> list[tuple[Any, ...]]:
    return [
        (r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11] or None, r[12],
         r[13] or None, r[15] or "", r[14], "merge", r[8])
        for r in sheet[1:]
    ]  # fmt: skip


def recipient_rows(sheet: list[list[Any]]) -> list[tuple[Any, ...]]:
    return [
        (r[0], r[1], r[2], r[2], r[2], r[2], r[3] or None, r[4], None, r[6] or None,
         r[7] or None, r[8] or None, r[9] or None, r[10] or None, r[11] or None, r[12], r[12])
        for r in sheet[1:]
    ]  # fmt: skip


def import_floor(paths: Sequence[Path], target: Path) -> float:
    connection = bare_db(target)
    began = time.perf_counter()
    for path in paths:
        sheets = read_all(path)
        with connection:
            connection.executemany(RECIPIENT_SQL, recipient_rows(sheets["Recipients"]))
            connection.executemany(HANDOUT_SQL, handout_rows(sheets["Handouts"]))
    seconds = time.perf_counter() - began
    connection.close()
    return seconds


def export_floor(source: Path, target: Path, station: str | None) -> float:
    """A bare SELECT of the same rows, written with openpyxl in write-only mode."""
    began = time.perf_counter()
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    book = Workbook(write_only=True)
    where, params = ("WHERE station_code = ?", (station,)) if station else ("", ())
    for table in ("recipient", "handout"):
        sheet = book.create_sheet(table)
        for row in connection.execute(f"SELECT * FROM {table} {where}", params):
            sheet.append(row)
    book.save(target)
    connection.close()
    return time.perf_counter() - began


def run(city: Path, workdir: Path) -> list[Figure]:
    per_station = PER_STATION["osan" if "osan" in city.name else "small"]
    folder = workdir / "dayfiles"
    folder.mkdir(exist_ok=True)
    work = copy_db(city, workdir / "stations.db")
    init_db(work)
    exports: list[float] = []
    floors: list[float] = []
    files: list[Path] = []
    try:
        people = list(Recipient.select(Recipient.card_code, Recipient.group))
        rng = random.Random(9)
        for index, code in enumerate(station_codes()):
            record_day(code, rng.sample(people, per_station), index)
            out = folder / f"{code}.xlsx"
            began = time.perf_counter()
            dayfile.export_day(out)  # what the station wrote today
            exports.append(time.perf_counter() - began)
            files.append(out)
    finally:
        close_db()
    for code in station_codes()[:5]:
        floors.append(export_floor(work, workdir / "bare-export.xlsx", code))

    hub = copy_db(city, workdir / "hub.db")
    init_db(hub)
    try:
        stations.set_station("OS-HUB", "오산시청 평생교육과", "hub")
        began = time.perf_counter()
        merged = merge.merge(files)
        merge_s = time.perf_counter() - began
        snapshot_out = workdir / "snapshot.xlsx"
        began = time.perf_counter()
        snapshot.export_snapshot(snapshot_out)
        snapshot_export_s = time.perf_counter() - began
    finally:
        close_db()
    merge_floor = import_floor(files, workdir / "bare-merge.db")
    snapshot_export_floor = export_floor(hub, workdir / "bare-snapshot.xlsx", None)

    station = copy_db(city, workdir / "station.db")
    init_db(station)
    try:
        began = time.perf_counter()
        snapshot.import_snapshot(snapshot_out)
        snapshot_import_s = time.perf_counter() - began
    finally:
        close_db()
    snapshot_import_floor = import_floor([snapshot_out], workdir / "bare-snapshot.db")

    inserted = sum(f.inserted for f in merged.files)
    return [
        Figure(
            f"day-file export ({per_station:,} handouts)", statistics.median(exports), "s",
            statistics.median(floors), None, "ratio", {"files": len(exports)},
        ),
        Figure(
            f"merge of {STATIONS} day-files × {per_station:,} handouts", merge_s, "s",
            merge_floor, 3, "ratio", {"inserted": inserted},
        ),
        Figure("snapshot export", snapshot_export_s, "s", snapshot_export_floor, None, "ratio"),
        Figure("snapshot import", snapshot_import_s, "s", snapshot_import_floor, None, "ratio"),
    ]  # fmt: skip
