"""A window that has begun closing never starts its daily backup: the database is closing.

Without this, a window closed within the backup's delay started the backup afterwards, on a
database already closed or deleted (seen as "init_db() has not been called" and "disk I/O
error" in whichever test ran next)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ttasum_desk.services import backup
from ttasum_desk.ui import daily_backup
from ttasum_desk.ui.main_window import MainWindow


def test_a_window_shut_down_before_the_delay_never_backs_up(
    desk_db: Path, receipts: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(daily_backup, "DELAY_MS", 10)
    main = MainWindow()
    qtbot.addWidget(main)
    main.shutdown()
    qtbot.wait(500)  # well past the delay: a backup would have been taken by now
    main.shutdown()  # and one under way would be finished
    assert not backup.backup_folder(desk_db).exists()
