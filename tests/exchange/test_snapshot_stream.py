"""Snapshots written from SQL cursors and read back a sheet at a time: the rows arrive as the
hub holds them, and a snapshot found altered late in the file changes nothing at the station."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.services import exchange_stations as city
from ttasum_desk.domain.records import HandoutRecord, ProxyRecord, RecipientRecord
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import normalized, read_exchange, write_exchange
from ttasum_desk.services import merge, snapshot
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import close_db, init_db

KINDS = {
    formats.RECIPIENTS: RecipientRecord,
    formats.HANDOUTS: HandoutRecord,
    formats.PROXIES: ProxyRecord,
}


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, list[Any]]]:
    """The stations' folder, the merged hub's snapshot and the hub's rows of each sheet."""
    folder = tmp_path_factory.mktemp("stream")
    city.three_day_files(folder)
    with city.Hub(folder / "hub.db"):
        merge.merge(sorted(folder.glob("day-*.xlsx")))
        snapshot.export_snapshot(folder / "snapshot.xlsx")
        held = {sheet: _rows(kind) for sheet, kind in KINDS.items()}
    return folder, folder / "snapshot.xlsx", held


def _rows(kind: type[Any], where: str = "") -> list[Any]:
    sheet = next(sheet for sheet, k in KINDS.items() if k is kind)
    records = record_sql.read(kind, where)
    return sorted((normalized(sheet, r.cells()) for r in records), key=lambda r: str(r))


def test_the_snapshot_holds_every_row_of_the_hub(hub: tuple[Path, Path, dict[str, Any]]) -> None:
    _, path, held = hub
    written = read_exchange(path, kind=formats.KIND_SNAPSHOT)
    assert not written.problems
    assert written.signature_holds
    assert held[formats.RECIPIENTS]
    assert held[formats.HANDOUTS]
    for sheet, rows in held.items():
        assert sorted(written.sheets[sheet], key=lambda r: str(r)) == rows
        assert written.meta[formats.count_key(sheet)] == str(len(rows))


def test_a_station_takes_the_other_stations_rows_as_the_hub_holds_them(
    hub: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, path, held = hub
    station = tmp_path / "OS-DW01.db"
    shutil.copy(folder / "OS-DW01.db", station)
    init_db(station)
    try:
        summary = snapshot.import_snapshot(path)
        others = "h.station_code != 'OS-DW01'"
        theirs = [
            {**row, "batch_uid": None}  # their batches are their stock, not the station's
            for row in held[formats.HANDOUTS]
            if row["station_code"] != "OS-DW01"
        ]
        assert _rows(HandoutRecord, others) == sorted(theirs, key=lambda r: str(r))
        assert summary.handouts_added == len(theirs)
        assert {r["recipient_uid"] for r in _rows(RecipientRecord)} == {
            r["recipient_uid"] for r in held[formats.RECIPIENTS]
        }
        assert _rows(ProxyRecord) == held[formats.PROXIES]
    finally:
        close_db()


def test_a_snapshot_altered_in_its_last_rows_leaves_the_station_unchanged(
    hub: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, path, _ = hub
    altered = tmp_path / "altered.xlsx"
    book = load_workbook(path)
    sheet = book[formats.HANDOUTS]
    column = formats.COLUMNS[formats.HANDOUTS].index("quantity") + 1
    sheet.cell(sheet.max_row, column).value = 99  # read only after people were added
    book.save(altered)
    station = tmp_path / "OS-DW01.db"
    shutil.copy(folder / "OS-DW01.db", station)
    before = _dump(station)
    init_db(station)
    try:
        with pytest.raises(snapshot.AlteredSnapshotError, match="Handouts differs"):
            snapshot.import_snapshot(altered)
    finally:
        close_db()
    assert _dump(station) == before


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_streamed_rows_must_come_in_the_order_they_are_hashed_in(tmp_path: Path) -> None:
    meta = {"kind": "day", "station_code": "X"}
    stations = [("S2", "B", "b", "centre"), ("S1", "A", "a", "centre")]
    listed = write_exchange(tmp_path / "listed.xlsx", meta, {formats.STATIONS: stations})
    assert not read_exchange(listed).problems  # a list is hashed in any order
    with pytest.raises(ValueError, match="sorted by their first column"):
        write_exchange(tmp_path / "streamed.xlsx", meta, {formats.STATIONS: iter(stations)})


def test_hostile_text_reads_back_as_written(tmp_path: Path) -> None:
    """xlsxwriter would write <r>…</r> as raw rich text and leave blank-only text as it is;
    the guard makes every one read back unchanged."""
    names = ["<r><t>x</t></r>", "=1+1", "\x01 bell", "_x0041_", "   ", " lead", "@sum", "-3"]
    stations = sorted((f"S{n}", f"C{n}", name, "centre") for n, name in enumerate(names))
    path = write_exchange(tmp_path / "hostile.xlsx", {"kind": "day"}, {formats.STATIONS: stations})
    back = read_exchange(path)
    assert not back.problems
    assert [row["name"] for row in back.sheets[formats.STATIONS]] == names
