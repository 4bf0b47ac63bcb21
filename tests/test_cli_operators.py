"""Audited commands run without --operator still name who acted: the station's first
operator, else the system user, the one rule every command follows."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import openpyxl

from ttasum_desk.cli import run
from ttasum_desk.services import stations
from ttasum_desk.storage.db import close_db, db, init_db


def audited(database: Path, action: str) -> list[str]:
    init_db(database, readonly=True)
    try:
        rows = db.execute_sql("SELECT operator FROM audit_log WHERE action = ?", (action,))
        return [operator for (operator,) in rows]
    finally:
        close_db()


def test_roster_import_and_merge_without_operator_name_the_first_operator(
    station_db: Path, tmp_path: Path
) -> None:
    first = stations.first_operator()
    close_db()
    roster = tmp_path / "roster.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["성명", "생년월일", "주소"])
    book.active.append(["박할머니", date(1938, 2, 3), "중앙동"])
    book.save(roster)
    day_file = tmp_path / "day.xlsx"
    assert run(["--db", str(station_db), "import", "roster", str(roster)]) == 0
    assert run(["--db", str(station_db), "export", "day", "--out", str(day_file)]) == 0
    hub = tmp_path / "hub.db"
    assert run(["--db", str(hub), "merge", str(day_file)]) == 0
    assert audited(station_db, "roster_imported") == [first]
    assert first
    assert audited(hub, "day_file_merged") == [getpass.getuser()]  # a hub without operators
