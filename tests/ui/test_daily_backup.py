from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from ttasum_desk.services import backup
from ttasum_desk.ui.main_window import MainWindow


def test_the_window_takes_todays_backup_on_a_pool_thread(
    window: MainWindow, desk_db: Path, qtbot: QtBot
) -> None:
    window.daily_backup.start()
    window.daily_backup.wait()
    copy = backup.backup_folder(desk_db) / f"{desk_db.stem}-{date.today().isoformat()}.db"
    assert copy.is_file()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM recipient").fetchone()[0] == 400
