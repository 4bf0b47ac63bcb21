"""The merge report workbook and the merge/export commands on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exchange import corpus
from tests.services import exchange_stations as city
from ttasum_desk.cli import run
from ttasum_desk.exchange import reader
from ttasum_desk.services import merge, merge_report
from ttasum_desk.storage.db import close_db


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def test_report_workbook(day_files: list[Path], tmp_path: Path) -> None:
    bad = corpus.renamed_csv(tmp_path / "bad.xlsx")
    with city.Hub(tmp_path / "hub.db"):
        result = merge.merge([*day_files, bad])
        out = merge_report.write_report(result, tmp_path / "report.xlsx")
    book = reader.open_workbook(out)
    assert book.sheet_names == [
        "Files", "Conflicts", "Rejected", "DoubleDips", "SamePerson", "Refused",
    ]  # fmt: skip
    files = book.rows("Files")
    assert [row[0] for row in files[1:]] == [*(p.name for p in day_files), "bad.xlsx"]
    assert "not an Excel workbook" in files[-1][9]
    dips = book.rows("DoubleDips")[1:]
    assert len(dips) == 2
    assert all("*" in row[1] for row in dips)  # masked names
    assert book.rows("SamePerson")[1][0] == "도*미"


def test_cli_export_merge_json(
    day_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = tmp_path / "hub.db"
    with city.Hub(hub):
        pass
    args = ["--db", str(hub), "merge", *map(str, day_files), "--json"]
    assert run([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] is True
    assert run([*args, "--report", str(tmp_path / "r.xlsx")]) == 0
    done = json.loads(capsys.readouterr().out)
    assert set(done["files"][0]) >= {"file", "rows", "inserted", "duplicates", "conflicts",
                                     "rejected", "altered"}  # fmt: skip
    assert [f["inserted"] for f in done["files"]] == [f["inserted"] for f in dry["files"]]
    assert {tuple(sorted(d)) for d in done["double_dips"]} == {
        ("card_code", "item_code", "limit", "period", "quantity", "stations")
    }
    assert (tmp_path / "r.xlsx").exists()
    assert run([*args]) == 0
    again = json.loads(capsys.readouterr().out)
    assert sum(f["inserted"] for f in again["files"]) == 0
    out = tmp_path / "day.xlsx"
    assert run(["--db", str(hub), "export", "day", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["station_code"] == "OS-HUB"
    snap = tmp_path / "snap.xlsx"
    assert run(["--db", str(hub), "export", "snapshot", "--out", str(snap)]) == 0
    assert reader.open_workbook(snap).has_sheet("Rules")
    assert run(["--db", str(hub), "merge", str(corpus.empty(tmp_path / "e.xlsx"))]) == 2
    assert "is empty" in capsys.readouterr().err
    close_db()
