"""The window at community-centre screen sizes, the operator of each database, the language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.fit import inside, window_of_size
from tests.ui.test_desk import student, type_text
from tests.ui.test_desk_keyboard import scanner, when_modal
from ttasum_desk import app, i18n
from ttasum_desk.i18n import install_translators
from ttasum_desk.services import demo, stations
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Handout
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.launch import equip_demo
from ttasum_desk.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_desk_fits_small_screens(
    desk_db: Path, receipts: Path, qtbot: QtBot, language: str, size: tuple[int, int]
) -> None:
    window = window_of_size(qtbot, size, language)
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    for widget in (
        desk.search_field, desk.item_combo, desk.record_button, desk.override_button,
        desk.proxy_button, desk.register_button, desk.today.void_button,
        desk.today.reprint_button, desk.today.log_view,
    ):  # fmt: skip
        assert inside(widget, window), widget
    log = desk.today.log_view
    assert log.horizontalHeader().length() <= log.viewport().width()  # every column in view
    window.shutdown()


def test_the_first_start_on_a_small_screen_is_maximized(
    desk_db: Path, receipts: Path, qtbot: QtBot
) -> None:
    window = MainWindow()  # the offscreen screen is 800x600; nothing saved yet
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.shutdown()


@pytest.fixture
def new_station_db(tmp_path: Path, desk_db: Path) -> Iterator[Path]:
    """A second database: a new station with no operator yet; the first chose 김담당."""
    preferences.use_database(desk_db)
    preferences.set_operator("김담당")
    close_db()
    path = tmp_path / "new-station.db"
    init_db(path)
    demo.generate("small", 7, history=False)
    stations.set_station("OS-NEW1", "새 배부처", "centre")
    equip_demo()
    yield path
    close_db()


def test_the_operator_belongs_to_the_database_and_is_asked_for_when_none(
    new_station_db: Path, desk_db: Path, receipts: Path, qtbot: QtBot
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    assert window.operator_label.text() == "Operator: none"
    scanner(desk, qtbot, student().card_code)

    def name_myself(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        type_text(dialog.reason_field, "박새봄")
        qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)

    when_modal(name_myself)
    with qtbot.waitSignal(desk.events.changed, check_params_cb=lambda c, _: c.handouts):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    assert {h.operator for h in Handout.select()} == {"박새봄"}  # every line of the visit
    assert window.operator_label.text() == "Operator: 박새봄"
    assert stations.operators("OS-NEW1") == ["박새봄"]
    window.shutdown()
    preferences.use_database(desk_db)
    assert preferences.operator() == "김담당"  # the first database keeps its own


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({}, "ko"),
        ({"LANG": "C"}, "ko"),
        ({"LC_ALL": "POSIX"}, "ko"),
        ({"LANG": "C.UTF-8"}, "ko"),
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "ko_KR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "ko:en"}, "ko"),
        ({"LANG": "C", "LANGUAGE": "en"}, "ko"),
    ],
)
def test_korean_unless_the_system_names_another_language(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str
) -> None:
    for name in ("TTASUM_DESK_LANG", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.chosen_language() == language


def test_lang_on_the_command_line_outranks_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ttasum_desk.ui import launch

    preferences.set_language("en")
    opened: list[str] = []
    monkeypatch.setattr(launch, "launch", lambda *_, **__: opened.append(i18n.chosen_language()))
    monkeypatch.setattr(i18n, "_requested", "")
    app.main(["--db", str(tmp_path / "x.db"), "--lang", "ko"])
    assert opened == ["ko"]
    assert install_translators() == "ko"
    assert QApplication.translate("MainWindow", "Station desk") == "지급 창구"
