"""The check at start: a handout edited behind the app shows a red bar naming its receipt;
a sound database shows none; the window's exports (the coordinator's and F10 at the desk)
refuse a broken database and write nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.tampering import edit_behind_the_app
from ttasum_desk.services import demo
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow

RECEIPT = "OS-JA01-000002"


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "station.db"
    init_db(path)
    demo.generate("small", 7)
    close_db()
    yield path
    close_db()


def open_window(path: Path, qtbot: QtBot) -> MainWindow:
    init_db(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.integrity_bar.checked, timeout=60_000)
    return window


def test_a_sound_database_shows_no_bar(city: Path, qtbot: QtBot) -> None:
    window = open_window(city, qtbot)
    assert window.integrity_bar.isHidden()
    window.shutdown()


def test_an_edited_handout_shows_a_red_bar_naming_its_receipt(
    city: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_behind_the_app(city, "UPDATE handout SET quantity = 50 WHERE receipt_no = ?", (RECEIPT,))
    window = open_window(city, qtbot)
    bar = window.integrity_bar
    assert bar.isVisible()
    assert RECEIPT in bar.text()
    assert "export nothing" in bar.text()
    assert "restore" in bar.text()

    out = tmp_path / "day.xlsx"
    warnings: list[str] = []
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *_, **__: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page = window.page("CoordinatorPage")
    assert isinstance(page, CoordinatorPage)
    with qtbot.waitSignal(page.job_ended, timeout=60_000):
        page.export_day_file()
    assert not out.exists()
    assert len(warnings) == 1
    assert RECEIPT in warnings[0]
    window.shutdown()


def test_f10_at_the_desk_refuses_a_broken_database_and_writes_nothing(
    city: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    edit_behind_the_app(city, "UPDATE handout SET quantity = 50 WHERE receipt_no = ?", (RECEIPT,))
    preferences.set_receipt_folder(tmp_path / "receipts")
    window = open_window(city, qtbot)
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.export_job is None, timeout=60_000)
    assert desk.banner.state == BannerState.REFUSED
    assert RECEIPT in desk.banner.detail.text()
    assert not list((tmp_path / "receipts").glob("*.xlsx"))
    window.shutdown()
