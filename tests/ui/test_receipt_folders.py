"""Each database keeps its receipts in its own folder unless one is chosen: receipt numbers
start at 1 in every database, so a shared default let one's receipt overwrite another's."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.ui import preferences


def test_each_database_has_its_own_receipt_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "station.db", tmp_path / "b" / "station.db"
    preferences.set_receipt_folder("")
    preferences.use_database(first)
    assert preferences.receipt_folder() == first.resolve().with_name("station-receipts")
    preferences.use_database(second)
    assert preferences.receipt_folder() == second.resolve().with_name("station-receipts")
    preferences.set_receipt_folder(tmp_path / "printed")
    assert preferences.receipt_folder() == tmp_path / "printed"
