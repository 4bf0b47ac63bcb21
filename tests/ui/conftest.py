from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ttasum_desk.i18n import install_translators
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk import handouts as desk_handouts
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.launch import equip_demo
from ttasum_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switches the language doesn't leave its translators installed."""
    yield
    install_translators("en")


@pytest.fixture(autouse=True)
def operator_reads_the_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Enter comes a second after the one before, as when a person reads the banner
    first; the test of the guard against a double Enter drives its own clock."""
    ticks = itertools.count()
    monkeypatch.setattr(desk_handouts, "clock", lambda: float(next(ticks)))


@pytest.fixture
def desk_db(station_db: Path) -> Path:
    """The small demo city with the TTASUM rules and a first batch of every item."""
    equip_demo()
    return station_db


@pytest.fixture
def receipts(tmp_path: Path) -> Path:
    folder = tmp_path / "receipts"
    preferences.set_print_mode("pdf")
    preferences.set_receipt_folder(folder)
    preferences.set_receipt_format("80mm")
    preferences.set_operator("김담당")
    return folder


@pytest.fixture
def window(desk_db: Path, receipts: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


@pytest.fixture
def desk(window: MainWindow) -> DeskPage:
    page = window.page("DeskPage")
    assert isinstance(page, DeskPage)
    return page
