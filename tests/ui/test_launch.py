"""The first frame is the main window itself: painted before the database opens, then filled
on it, so no second window replaces it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ttasum_desk.services import stations
from ttasum_desk.storage.db import close_db
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.launch import open_on_database
from ttasum_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_before_its_first_frame_needs_no_database_code() -> None:
    probe = (
        "import sys, ttasum_desk.app, ttasum_desk.ui.launch;"
        "print(sorted(m for m in sys.modules if m.startswith(('peewee', 'ttasum_desk.services',"
        " 'ttasum_desk.storage', 'openpyxl', 'cryptography', 'reportlab'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_painted_frame_is_the_window_that_opens_on_the_database(
    tmp_path: Path, qtbot: QtBot
) -> None:
    window = MainWindow(opened=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage() == "Opening the database…"
    assert window.windowTitle() == "TTASUM Desk"
    try:
        open_on_database(window, tmp_path / "demo.db", create_demo=True)
        assert isinstance(window.pages["DeskPage"], DeskPage)
        assert window.statusBar().currentMessage() == ""
        assert window.isVisible()
        shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
        assert shown == [window]
        station = stations.current_station()
        assert station is not None
        assert station.code in window.windowTitle()
        qtbot.waitUntil(lambda: window.integrity_bar.checked)  # its check reads the database
    finally:
        window.shutdown()
        close_db()


def test_a_frame_closed_before_its_database_opened_closes_quietly(qtbot: QtBot) -> None:
    window = MainWindow(opened=False)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert not window.opened
