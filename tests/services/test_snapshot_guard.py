"""A snapshot can't be quietly edited (its Rules sheet is hashed in Meta) and can't switch a
station to another campaign's rules unless the coordinator says so."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ttasum_desk.cli import run
from ttasum_desk.domain import signing
from ttasum_desk.exchange import formats
from ttasum_desk.paths import resource
from ttasum_desk.services import demo, rules, snapshot, stations
from ttasum_desk.storage import rulesets
from ttasum_desk.storage.db import close_db, init_db


def open_station(path: Path, code: str, rules_file: str | None) -> None:
    init_db(path)
    demo.generate("small", 7, history=False)
    stations.set_station(code, "오산시청" if code == "OS-HUB" else "중앙동", "centre")
    if rules_file:
        rules.load_file(resource(f"samples/{rules_file}"))


def hub_snapshot(tmp_path: Path, rules_file: str) -> Path:
    open_station(tmp_path / f"hub-{rules_file}.db", "OS-HUB", rules_file)
    try:
        out = tmp_path / f"snapshot-{rules_file}.xlsx"
        snapshot.export_snapshot(out)
    finally:
        close_db()
    return out


def edit_workbook(path: Path, edit: str) -> None:
    """Change the file as someone with Excel would: the rules limit, or drop Meta's Rules keys
    and the signature (which is what a snapshot written before they existed looks like)."""
    book = openpyxl.load_workbook(path)
    if edit == "limit":
        cell = book[formats.RULES]["B2"]
        assert "limit = 1\n" in cell.value
        cell.value = cell.value.replace("limit = 1\n", "limit = 500\n")
    else:
        meta = book[formats.META]
        for row in reversed(range(1, meta.max_row + 1)):
            if meta.cell(row, 1).value in (
                formats.count_key(formats.RULES),
                formats.hash_key(formats.RULES),
                signing.SIGNED_BY,
                signing.SIGNATURE,
            ):
                meta.delete_rows(row)
    book.save(path)


def test_edited_rules_refuse_the_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snap = hub_snapshot(tmp_path, "ttasum2020.toml")
    edit_workbook(snap, "limit")
    station = tmp_path / "OS-JA01.db"
    open_station(station, "OS-JA01", None)
    try:
        with pytest.raises(snapshot.AlteredSnapshotError, match="sheet Rules differs"):
            snapshot.import_snapshot(snap)
        assert rulesets.current_texts() == []
        assert snapshot.as_of() is None
    finally:
        close_db()
    assert run(["--db", str(station), "import", "snapshot", str(snap)]) == 5
    assert "the content of sheet Rules differs from its Meta hash" in capsys.readouterr().err


def test_snapshot_without_a_rules_hash_is_taken(tmp_path: Path) -> None:
    snap = hub_snapshot(tmp_path, "ttasum2020.toml")
    edit_workbook(snap, "drop Meta keys")
    open_station(tmp_path / "OS-JA01.db", "OS-JA01", None)
    try:
        summary = snapshot.import_snapshot(snap)  # the first snapshot brings the rules
        assert summary.rules_changed == 1
        assert [book.campaign.code for book in rules.current_rules().books] == ["TTASUM2020"]
        assert "limit = 1\n" in rulesets.current_texts()[0][1]
    finally:
        close_db()


def test_other_campaign_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snap = hub_snapshot(tmp_path, "mask2020.toml")
    station = tmp_path / "OS-JA01.db"
    open_station(station, "OS-JA01", "ttasum2020.toml")
    try:
        with pytest.raises(snapshot.OtherCampaignError, match="campaign MASK2020") as refusal:
            snapshot.import_snapshot(snap)
        assert refusal.value.params["ours"] == "TTASUM2020"
        assert snapshot.as_of() is None
        assert [book.campaign.code for book in rules.current_rules().books] == ["TTASUM2020"]
    finally:
        close_db()
    assert run(["--db", str(station), "import", "snapshot", str(snap)]) == 2
    assert "runs TTASUM2020" in capsys.readouterr().err
    command = ["--db", str(station), "import", "snapshot", str(snap), "--other-campaign"]
    assert run(command) == 0
    init_db(station)
    try:
        codes = {book.campaign.code for book in rules.current_rules().books}
        assert codes == {"TTASUM2020", "MASK2020"}
        assert snapshot.as_of() is not None
    finally:
        close_db()
