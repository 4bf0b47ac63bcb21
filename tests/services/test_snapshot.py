"""Snapshots: the hub's ledger back at a station counts in its decisions; same snapshot twice
changes nothing; an older one is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.pg import HubDatabase
from tests.services import exchange_stations as city
from ttasum_desk.cli import run
from ttasum_desk.services import handouts, merge, snapshot
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Handout, Recipient


@pytest.fixture(scope="module")
def stations_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stations")
    city.three_day_files(folder)
    return folder


def hub_snapshots(folder: Path, tmp_path: Path, hub: Path | str) -> tuple[Path, Path]:
    """Two snapshots of the merged hub, the second one newer."""
    with city.Hub(hub):
        merge.merge(sorted(folder.glob("day-*.xlsx")))
        older = snapshot.export_snapshot(tmp_path / "older.xlsx")
        newer = snapshot.export_snapshot(tmp_path / "newer.xlsx")
    assert older.as_of < newer.as_of
    return tmp_path / "older.xlsx", tmp_path / "newer.xlsx"


def test_snapshot_counts_other_stations_in_decisions(
    stations_folder: Path, tmp_path: Path, hub_db: HubDatabase
) -> None:
    older, newer = hub_snapshots(stations_folder, tmp_path, hub_db("hub"))
    station = tmp_path / "OS-DW01.db"
    shutil.copy(stations_folder / "OS-DW01.db", station)
    init_db(station)
    try:
        pupil = city.cast().pupil  # had 2 + 2 cotton masks in March at JA01 and NC01
        when = city.at("2020-03-25T10:00:00")
        assert handouts.check(pupil, "COTTON-MASK", at=when).allowed
        own = [h.uid for h in Handout.select().where(Handout.station_code == "OS-DW01")]
        summary = snapshot.import_snapshot(older)
        assert summary.handouts_added > 0
        assert summary.recipients_added == 1  # the person NC01 registered
        decision = handouts.check(pupil, "COTTON-MASK", at=when)
        assert not decision.allowed
        assert snapshot.as_of() == summary.as_of
        kept = [h.uid for h in Handout.select().where(Handout.station_code == "OS-DW01")]
        assert kept == own
        assert {h.origin for h in Handout.select().where(Handout.station_code != "OS-DW01")} == {
            "snapshot"
        }
        count = Handout.select().count()
        assert snapshot.import_snapshot(older).unchanged
        assert Handout.select().count() == count
        assert not snapshot.import_snapshot(newer).unchanged
        assert Handout.select().count() == count
        with pytest.raises(snapshot.SnapshotError, match="older than the one already imported"):
            snapshot.import_snapshot(older)
        with pytest.raises(Exception, match="not snapshot"):
            snapshot.import_snapshot(stations_folder / "day-OS-JA01.xlsx")
        walkin = Recipient.get(Recipient.card_code == "OS-NC01-00001")
        assert walkin.station_code == "OS-HUB"  # came by the hub's snapshot
    finally:
        close_db()


def test_cli_import_snapshot(
    stations_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], hub_db: HubDatabase
) -> None:
    older, newer = hub_snapshots(stations_folder, tmp_path, hub_db("hub"))
    station = tmp_path / "OS-NC01.db"
    shutil.copy(stations_folder / "OS-NC01.db", station)
    assert run(["--db", str(station), "import", "snapshot", str(newer), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["handouts_added"] > 0
    assert run(["--db", str(station), "import", "snapshot", str(older)]) == 2
    assert "older than the one already imported" in capsys.readouterr().err
