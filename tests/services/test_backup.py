from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ttasum_desk.services import backup


def test_one_backup_a_day_and_the_newest_seven_kept(station_db: Path) -> None:
    first = backup.backup_now(date(2020, 3, 1))
    assert first is not None
    assert backup.backup_now(date(2020, 3, 1)) is None
    with sqlite3.connect(first) as copy:
        assert copy.execute("SELECT count(*) FROM recipient").fetchone()[0] == 400
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for day in range(1, 10):
        backup.backup_now(date(2020, 3, 1) + timedelta(days=day))
    kept = sorted(p.name for p in backup.backup_folder(station_db).glob("*.db"))
    assert len(kept) == backup.KEEP
    assert kept[-1] == "station-2020-03-10.db"
    assert not list(backup.backup_folder(station_db).glob("*.partial"))
