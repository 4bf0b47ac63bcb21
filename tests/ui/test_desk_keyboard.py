"""The desk as a scanner and a keyboard drive it: every scan replaces the field, nothing is
recorded unseen, dialogs hand the keys back, printing never blocks, voids name their line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_desk import _with_household, student, type_text
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.paths import resource
from ttasum_desk.services import batches, demo, rules
from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk import handouts as desk_handouts
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.hints import DEMO_CARDS, idle_hint
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow

Return = Qt.Key.Key_Return


def scanner(desk: DeskPage, qtbot: QtBot, code: str) -> None:
    """A USB barcode scanner: the code as key presses, then Enter."""
    qtbot.keyClicks(desk.search_field, code)
    qtbot.keyClick(desk.search_field, Return)


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog once it is up (it runs its own event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def test_each_scan_replaces_the_field_after_no_one_was_found(desk: DeskPage, qtbot: QtBot) -> None:
    person = student()
    scanner(desk, qtbot, "OS99999999")
    assert "No one found" in desk.banner.headline.text()
    scanner(desk, qtbot, person.card_code)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Escape)
    type_text(desk.search_field, "없는이름")
    qtbot.keyClick(desk.search_field, Return)
    assert "No one found" in desk.banner.headline.text()
    scanner(desk, qtbot, person.card_code)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid


def test_a_second_enter_right_after_the_decision_records_nothing(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(desk_handouts, "clock", lambda: now[0])
    scanner(desk, qtbot, student().card_code)
    assert desk.banner.state == "allowed"
    qtbot.keyClick(desk.search_field, Return)  # CODE+Enter+Enter from the scanner
    now[0] += desk_handouts.ENTER_GUARD_S - 0.01
    qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == 0
    assert desk.profile is not None
    now[0] += 0.02  # the operator has seen the decision
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == 2  # the visit: masks and a filter pack
    qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == 2


def test_a_refusal_sounds_and_shows_red(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sounded: list[str] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: sounded.append("beep")))
    adult = Recipient.get(Recipient.card_code == "OS00000001")  # no rule covers adults here
    scanner(desk, qtbot, adult.card_code)
    assert desk.banner.state == "refused"
    assert "#b71c1c" in desk.banner.styleSheet()
    assert sounded == ["beep"]
    scanner(desk, qtbot, student().card_code)
    assert desk.banner.state == "allowed"
    assert sounded == ["beep"]  # an allowed decision is silent


def test_after_choosing_a_proxy_with_f7_enter_records(desk: DeskPage, qtbot: QtBot) -> None:
    child = _with_household(Recipient.group == "public", Recipient.birth_year >= 2018)
    scanner(desk, qtbot, "MASK-KIT")
    scanner(desk, qtbot, child.card_code)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F7)
    popup = desk.proxy_combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    collector = desk.proxy_combo.currentData()
    assert collector
    assert QApplication.focusWidget() is desk.search_field
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(QApplication.focusWidget(), Return)
    row = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert Recipient.get(Recipient.uid == row.proxy_uid).card_code == collector


def test_no_printer_says_so_in_a_bar_and_the_next_scan_goes_through(
    desk: DeskPage, qtbot: QtBot
) -> None:
    preferences.set_print_mode("direct")
    preferences.set_printer_name("No Such Printer 9")
    first, second = student(0), student(1)
    scanner(desk, qtbot, first.card_code)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    assert QApplication.activeModalWidget() is None
    assert desk.print_bar.isVisible()
    assert "No Such Printer 9" in desk.print_bar.text()
    assert Handout.select().count() == 2  # recorded all the same
    scanner(desk, qtbot, second.card_code)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == second.uid


def test_the_void_dialog_names_the_line_and_the_banner_says_voided(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = student()
    scanner(desk, qtbot, person.card_code)
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Return)
    desk.today.log_view.selectRow(1)  # the masks; the filter pack is the newest line
    receipt_no = Handout.get(Handout.uid == seen.args[0].uids[0]).receipt_no
    asked: list[str] = []

    def give_a_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        asked.append(dialog.prompt.text())
        qtbot.keyClicks(dialog.reason_field, "wrong person")
        qtbot.keyClick(dialog.reason_field, Return)

    when_modal(give_a_reason)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F6)
    assert receipt_no in asked[0]
    assert mask_name(person.name) in asked[0]
    assert "면마스크(필터교체형) × 2" in asked[0]
    assert desk.banner.headline.text() == f"Voided: receipt {receipt_no}"
    assert Handout.select().where(Handout.status == "void").count() == 1
    qtbot.waitUntil(desk.search_field.hasFocus)  # the dialog gave the keys back

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda *_: pytest.fail("asked")))
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F6)  # the newest line is the void itself
    assert desk.banner.headline.text() == f"Already voided: receipt {receipt_no}"
    desk.today.log_view.selectRow(2)  # the voided handout, under the void and the filter pack
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F6)
    assert desk.banner.headline.text() == f"Already voided: receipt {receipt_no}"
    assert Handout.select().where(Handout.status == "void").count() == 1
    assert desk.search_field.hasFocus()


def test_the_empty_demo_desk_suggests_cards_that_behave_as_it_says(
    desk: DeskPage, qtbot: QtBot
) -> None:
    hint = desk.banner.detail.text()
    assert all(code in hint for code in DEMO_CARDS.values())
    scanner(desk, qtbot, DEMO_CARDS["allowed"])
    assert desk.banner.state == "allowed"
    scanner(desk, qtbot, DEMO_CARDS["refused"])
    assert desk.banner.state == "refused"
    scanner(desk, qtbot, "MASK-KIT")
    scanner(desk, qtbot, DEMO_CARDS["household"])
    assert desk.proxy_combo.count() >= 2
    desk.proxy_combo.setCurrentIndex(1)
    assert desk.banner.state == "allowed"  # a parent may collect for a small child


def test_stock_short_of_the_quantity_warns_and_the_service_refuses(
    desk: DeskPage, qtbot: QtBot
) -> None:
    lot = batches.lot_uid("COTTON-MASK", "DEMO-COTTON-MASK")
    batches.correct(lot, 1, "counted the shelf", "김담당")
    scanner(desk, qtbot, student().card_code)
    assert desk.banner.state == "short"
    assert desk.banner.headline.text().startswith("Stock short: 1 ")
    qtbot.keyClick(desk.search_field, Return)
    assert desk.banner.headline.text() == "Not recorded"
    assert "Only 1" in desk.banner.detail.text()
    assert Handout.select().count() == 0


@pytest.fixture
def unstocked_desk(station_db: Path, receipts: Path, qtbot: QtBot) -> Iterator[DeskPage]:
    """The demo city with its rules but no batch received yet."""
    rules.load_file(resource("samples/ttasum2020.toml"), operator="demo")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.page("DeskPage")
    assert isinstance(page, DeskPage)
    yield page
    window.shutdown()


def test_with_no_batch_received_a_handout_is_recorded_only_when_confirmed(
    unstocked_desk: DeskPage, qtbot: QtBot
) -> None:
    desk = unstocked_desk
    scanner(desk, qtbot, student().card_code)
    assert desk.banner.state == "short"
    assert "No batch" in desk.banner.detail.text()
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))  # Esc: no
    qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == 0

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == 2  # one question for the masks and the filter pack
    qtbot.waitUntil(desk.search_field.hasFocus)


def test_cancelling_a_dialog_with_esc_returns_the_keys_to_the_search_field(
    desk: DeskPage, qtbot: QtBot
) -> None:
    scanner(desk, qtbot, student().card_code)
    shown: list[str] = []

    def cancel(dialog: QWidget) -> None:
        shown.append(type(dialog).__name__)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(cancel)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F2)  # register a walk-in, then cancel
    assert shown == ["RegisterDialog"]
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search_field)


def test_another_demo_city_suggests_no_cards(empty_db: Path) -> None:
    """The same card codes are other people in a city of another seed or scale."""
    demo.generate("small", 8, history=False)
    assert idle_hint() == ""
