"""The coordinator's day: 30 stations' day-files of 2,000 handouts each (a stated fraction at
small scale) exported, merged at the hub, and a snapshot exported there and imported at a
station. Each is held against a raw floor: reading the same workbook with python-calamine
plus a bare ``sqlite3.executemany`` of the same rows into tables of the same shape; for the
exports, a bare SELECT of the same rows written by the faster of xlsxwriter's constant-memory
mode and openpyxl's write-only mode, both measured in the run. The snapshot's export and
import each run in a process of their own, for their peak memory (``python -m
tests.perf.fig_exchange export|import DB SNAPSHOT`` prints seconds and peak MB as JSON)."""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import python_calamine
import xlsxwriter
from openpyxl import Workbook

from tests.perf.bench import Figure, peak_rss_mb, repeat, table
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


TABLES = ("recipient", "handout", "proxy_registration")
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


def export_floor(source: Path, target: Path, station: str | None) -> dict[str, float]:
    """Seconds of a bare SELECT of the same rows written by each well-kept writer."""
    where, params = ("WHERE station_code = ?", (station,)) if station else ("", ())
    queries = [(table, f"SELECT * FROM {table} {where}") for table in TABLES]
    seconds = {}
    for name, write in (("xlsxwriter", _xlsxwriter_rows), ("openpyxl", _openpyxl_rows)):
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        began = time.perf_counter()
        write(target, [(table, connection.execute(sql, params)) for table, sql in queries])
        seconds[name] = time.perf_counter() - began
        connection.close()
    return seconds


def _xlsxwriter_rows(target: Path, sheets: Sequence[tuple[str, Iterable[Sequence[Any]]]]) -> None:
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for number, row in enumerate(rows):
            sheet.write_row(number, 0, row)
    book.close()


def _openpyxl_rows(target: Path, sheets: Sequence[tuple[str, Iterable[Sequence[Any]]]]) -> None:
    book = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(target)


def in_child(action: str, db: Path, snapshot_file: Path) -> dict[str, float]:
    """Seconds (on the clock and of CPU: on a shared machine the clock also counts the other
    processes' turns) and peak memory of a snapshot export or import, in a process of its own."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.perf.fig_exchange", action, str(db), str(snapshot_file)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(action: str, db: Path, snapshot_file: Path) -> None:
    init_db(db)
    try:
        began, cpu = time.perf_counter(), time.process_time()
        if action == "export":
            snapshot.export_snapshot(snapshot_file)
        else:
            snapshot.import_snapshot(snapshot_file)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    finally:
        close_db()
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": own_peak_mb()}))


def own_peak_mb() -> float:
    """This process's own peak (VmHWM, on Linux): getrusage's counts the peak of the process
    that started it, up to its exec (the exchange group's worker holds 350 MB of the city)."""
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.exists() else []
    kib = [int(line.split()[1]) for line in lines if line.startswith("VmHWM:")]
    return kib[0] / 1024 if kib else peak_rss_mb()


def run(city: Path, workdir: Path) -> list[Figure]:
    per_station = PER_STATION["osan" if "osan" in city.name else "small"]
    folder = workdir / "dayfiles"
    folder.mkdir(exist_ok=True)
    work = copy_db(city, workdir / "stations.db")
    init_db(work)
    exports: list[float] = []
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
    day_floors = [export_floor(work, workdir / "bare-export.xlsx", code)
                  for code in station_codes()[:5]]  # fmt: skip

    hub = copy_db(city, workdir / "hub.db")
    init_db(hub)
    try:
        stations.set_station("OS-HUB", "오산시청 평생교육과", "hub")
        began = time.perf_counter()
        merged = merge.merge(files)
        merge_s = time.perf_counter() - began
    finally:
        close_db()
    merge_floor = import_floor(files, workdir / "bare-merge.db")
    inserted = sum(f.inserted for f in merged.files)
    day_floor = statistics.median(min(floors.values()) for floors in day_floors)
    return [
        Figure(
            f"day-file export ({per_station:,} handouts)", statistics.median(exports), "s",
            day_floor, None, "ratio", {"files": len(exports)},
        ),
        Figure(
            f"merge of {STATIONS} day-files × {per_station:,} handouts", merge_s, "s",
            merge_floor, 3, "ratio", {"inserted": inserted},
        ),
        *snapshot_figures(hub, city, workdir),
    ]  # fmt: skip


def snapshot_figures(hub: Path, city: Path, workdir: Path) -> list[Figure]:
    """The hub's snapshot exported, then imported at a station of the city, each in a process
    of its own."""
    snapshot_out = workdir / "snapshot.xlsx"
    exported = in_child("export", hub, snapshot_out)
    floors = export_floor(hub, workdir / "bare-snapshot.xlsx", None)
    station = copy_db(city, workdir / "station.db")
    imported = in_child("import", station, snapshot_out)
    import_floor_s = import_floor([snapshot_out], workdir / "bare-snapshot.db")
    rows = {"handouts": _count(hub, "handout"), "recipients": _count(hub, "recipient")}
    return [
        Figure("snapshot export", exported["seconds"], "s", min(floors.values()), 2, "ratio",
               {**rows, **{f"{name} floor s": round(value, 2) for name, value in floors.items()},
                "cpu s": round(exported["cpu_seconds"], 2)}),
        Figure("snapshot export peak memory", exported["peak_mb"], "MB", 0.0, None, "value"),
        Figure("snapshot import", imported["seconds"], "s", import_floor_s, None, "ratio",
               {**rows, "cpu s": round(imported["cpu_seconds"], 2)}),
        Figure("snapshot import peak memory", imported["peak_mb"], "MB", 0.0, 400, "value"),
    ]  # fmt: skip


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def city_ledger(city: Path, workdir: Path, per_person: int) -> list[Figure]:
    """The snapshot figures at a hub whose ledger holds ``per_person`` handouts of each person
    of the city, at 30 stations (a city's campaign: the demo city records only a few dozen)."""
    hub = copy_db(city, workdir / "ledger-hub.db")
    init_db(hub)
    try:
        stations.set_station("OS-HUB", "오산시청 평생교육과", "hub")
    finally:
        close_db()
    codes = station_codes()
    with sqlite3.connect(hub) as connection:
        item = connection.execute("SELECT uid FROM item ORDER BY code LIMIT 1").fetchone()[0]
        for n in range(per_person):
            connection.executemany(
                "INSERT INTO handout (uid, recipient_uid, item_uid, quantity, station_code,"
                " operator, handed_at, receipt_no, status, chain_hash, origin, created_at)"
                " VALUES (?, ?, ?, 1, ?, '김담당', ?, ?, 'ok', ?, 'merge', ?)",
                (
                    (f"{n}{uid}", uid, item, codes[i % len(codes)], DAY.isoformat(),
                     f"{codes[i % len(codes)]}-{n}{i:07d}", f"{i:064x}", DAY.isoformat())
                    for i, (uid,) in enumerate(connection.execute("SELECT uid FROM recipient"))
                ),
            )  # fmt: skip
    return snapshot_figures(hub, city, workdir)


if __name__ == "__main__":
    if sys.argv[1] == "ledger":  # python -m tests.perf.fig_exchange ledger CITY WORKDIR N
        figures = city_ledger(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        print(table(figures))
        print(json.dumps([figure.as_json() for figure in figures]))  # each writer's floor too
    else:
        child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
