"""The first run in the real window, the coordinator's PIN gate, and the rules page."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.services import exchange_stations as city
from ttasum_desk.services import roles
from ttasum_desk.services.rules_text import current_books
from ttasum_desk.storage.models import Handout, RuleSet, Setting
from ttasum_desk.ui import file_dialogs, pin_gate, preferences
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.pin_dialog import PinDialog
from ttasum_desk.ui.rules_page import RulesPage
from ttasum_desk.ui.setup_wizard import SetupWizard

TABLES = ("station", "operator", "setting", "item", "ruleset", "audit_log")


@pytest.fixture(autouse=True)
def locked_gate() -> Iterator[None]:
    pin_gate.lock()
    yield
    pin_gate.lock()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def fresh_window(qtbot: QtBot) -> tuple[MainWindow, SetupWizard]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(SetupWizard) is not None)
    wizard = window.findChild(SetupWizard)
    assert isinstance(wizard, SetupWizard)
    return window, wizard


def test_first_run_sets_up_the_desk(empty_db: Path, qtbot: QtBot) -> None:
    window, wizard = fresh_window(qtbot)
    assert "No station set" in window.station_label.text()
    station = wizard.station_page
    station.code.setText("os-ja01")
    station.name.setText("중앙동 주민센터")
    station.kind.setCurrentIndex(station.kind.findData("hub"))
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nobody named yet
    wizard.operators_page.rows[0][0].setText("김담당")
    wizard.operators_page.rows[0][1].setText("2468")
    wizard.next()
    chooser = wizard.rules_page
    assert chooser.sample.currentText() == "ttasum2020.toml"  # offered first
    assert "Target 학생 면마스크: 100,000 매" in chooser.preview.toPlainText()
    chooser.sample.setCurrentIndex(chooser.sample.findText("mask2020.toml"))
    assert "Rule 1, KF94 마스크: everyone; up to 2 매 a week" in chooser.preview.toPlainText()
    assert "Items: KF94 마스크 (MASK-KF94)" in chooser.preview.toPlainText()
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # a hub needs its coordinator PIN
    wizard.pin_page.pin.setText("9753")
    wizard.pin_page.again.setText("9753")
    assert finish.isEnabled()
    finish.click()
    assert not wizard.isVisible()
    assert "OS-JA01 중앙동 주민센터" in window.station_label.text()
    assert window.operator_combo.currentText() == "김담당"
    desk = window.show_page("DeskPage")
    assert isinstance(desk, DeskPage)
    assert desk.item_combo.itemText(0) == "KF94 마스크 (MASK-KF94)"
    stored = Setting.get(Setting.key == "coordinator_pin").value
    assert stored.startswith("scrypt$")
    assert "9753" not in stored
    assert roles.check_coordinator_pin("9753")
    window.shutdown()


def test_cancel_leaves_the_database_as_it_was(empty_db: Path, qtbot: QtBot) -> None:
    before = counts(empty_db)
    window, wizard = fresh_window(qtbot)
    wizard.station_page.code.setText("OS-JA01")
    wizard.station_page.name.setText("중앙동")
    wizard.next()
    wizard.operators_page.rows[0][0].setText("김담당")
    wizard.reject()
    assert counts(empty_db) == before
    assert "No station set" in window.station_label.text()
    window.shutdown()


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


@pytest.fixture
def hub(tmp_path: Path, qtbot: QtBot) -> Iterator[CoordinatorPage]:
    with city.Hub(tmp_path / "hub.db"):
        roles.set_coordinator_pin("1357", "coordinator")
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("CoordinatorPage")
        assert isinstance(page, CoordinatorPage)
        yield page
        window.shutdown()


def test_merge_needs_the_coordinator_pin(
    day_files: list[Path],
    hub: CoordinatorPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    hub.add_files(day_files)
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: "0000"))
    hub.merge_button.click()
    assert hub.merge_job is None
    assert warnings == ["Wrong PIN: nothing was done."]
    assert Handout.select().count() == 0
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: None))
    hub.merge_button.click()  # cancelled: nothing either
    assert hub.merge_job is None
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: "1357"))
    with qtbot.waitSignal(hub.merge_finished, timeout=60_000):
        hub.merge_button.click()
    assert Handout.select().count() > 0
    stored = Setting.get(Setting.key == "coordinator_pin").value
    assert "1357" not in stored
    assert stored.startswith("scrypt$")


def test_five_wrong_pins_make_the_gate_wait(
    hub: CoordinatorPage, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: "0000"))
    for _ in range(pin_gate.MAX_TRIES):
        assert pin_gate.require_coordinator(hub) is None
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: "1357"))
    assert pin_gate.require_coordinator(hub) is None  # even the right PIN waits
    assert warnings[-1].startswith("Too many wrong PINs. Try again in")
    pin_gate._state.waiting_until = 0.0  # the wait is over
    assert pin_gate.require_coordinator(hub) == preferences.operator()


def test_rules_page_refuses_a_bad_file(
    desk_db: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    page = window.show_page("RulesPage")
    assert isinstance(page, RulesPage)
    assert "Rule 1, 면마스크(필터교체형): students" in page.plain_text.toPlainText()
    assert 'code = "TTASUM2020"' in page.raw_text.toPlainText()
    before = [book.sha256 for book in current_books()]
    bad = tmp_path / "bad.toml"
    bad.write_text('[campaign]\ncode = "NEW"\nname = "new"\nstarts = "soon"\n', encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(bad), ""))
    page.load_button.click()
    assert "Line 4:" in page.problems.text()
    assert [book.sha256 for book in current_books()] == before
    assert RuleSet.select().count() == 1
    window.shutdown()
