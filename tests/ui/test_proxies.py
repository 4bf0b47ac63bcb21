"""Registered proxies at the desk, by keyboard: Shift+F7 registers and removes them, the
panel lists them masked with their end, and F7 says each collector's standing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.fit import inside, window_of_size
from tests.ui.test_desk import _with_household
from tests.ui.test_desk_keyboard import scanner
from tests.ui.test_profile_edit import focused, in_dialog
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.services import batches, people, rules
from ttasum_desk.storage.models import AuditLog, Handout, ProxyRegistration, Recipient
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.desk.profile_dialog import ProfileDialog
from ttasum_desk.ui.desk.proxies import ProxiesDialog
from ttasum_desk.ui.main_window import MainWindow

Return, Tab = Qt.Key.Key_Return, Qt.Key.Key_Tab
SHIFT = Qt.KeyboardModifier.ShiftModifier


def elder_and_helper() -> tuple[Recipient, Recipient]:
    """Someone who lives alone and a neighbour from another household."""
    elder = Recipient.select().where(Recipient.household.is_null(), Recipient.group == "public")
    helper = _with_household(Recipient.group == "public", Recipient.birth_year < 2000)
    return elder.order_by(Recipient.card_code).first(), helper


def test_shift_f7_registers_a_proxy_until_a_day_and_f7_shows_it(
    desk: DeskPage, qtbot: QtBot
) -> None:
    elder, helper = elder_and_helper()
    scanner(desk, qtbot, elder.card_code)
    assert desk.recipient_panel.proxies_label.text() == "—"

    def register(dialog: QWidget) -> None:
        assert isinstance(dialog, ProxiesDialog)
        assert focused() is dialog.search_field
        qtbot.keyClicks(focused(), helper.card_code)
        qtbot.keyClick(focused(), Return)  # finds the helper, chosen in the list
        assert focused() is dialog.found_list
        assert helper.card_code in dialog.found_list.currentItem().text()
        qtbot.keyClick(focused(), Tab)
        assert focused() is dialog.until_field
        qtbot.keyClicks(focused(), "2099-12-31")
        qtbot.keyClick(focused(), Return)
        assert dialog.registered_list.count() == 1
        assert "until 2099-12-31" in dialog.registered_list.item(0).text()
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    in_dialog(qtbot, register)
    with qtbot.waitSignal(desk.events.changed, check_params_cb=lambda c, _: c.recipients):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F7, SHIFT)
    row = ProxyRegistration.get(ProxyRegistration.recipient == elder.uid)
    assert (row.proxy_uid, row.until, row.removed) == (helper.uid, "2099-12-31", False)
    entry = AuditLog.get(AuditLog.action == "proxy_registered")
    assert entry.operator == "김담당"
    shown = desk.recipient_panel.proxies_label.text()
    assert mask_name(helper.name) in shown
    assert helper.name not in shown
    assert "until 2099-12-31" in shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search_field)

    qtbot.keyClick(desk.search_field, Qt.Key.Key_F7)  # the helper is a choice, with standing
    popup = desk.proxy_combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Return)
    assert desk.proxy_card() == helper.card_code
    assert "registered until 2099-12-31" in desk.proxy_combo.currentText()


def test_del_removes_a_registration_and_a_past_day_is_refused(desk: DeskPage, qtbot: QtBot) -> None:
    elder, helper = elder_and_helper()
    people.add_proxy(elder.uid, helper.card_code, None, "김담당")
    scanner(desk, qtbot, elder.card_code)
    assert "registered, no end" in desk.recipient_panel.proxies_label.text()
    said: list[str] = []

    def remove(dialog: QWidget) -> None:
        assert isinstance(dialog, ProxiesDialog)
        qtbot.keyClicks(focused(), helper.card_code)
        qtbot.keyClick(focused(), Return)
        qtbot.keyClick(focused(), Tab)
        qtbot.keyClicks(focused(), "2001-01-01")
        qtbot.keyClick(focused(), Return)
        said.append(dialog.message_label.text())  # refused: the day has passed
        for _ in range(2):  # until → add → the registrations
            qtbot.keyClick(focused(), Tab)
        assert focused() is dialog.registered_list
        qtbot.keyClick(focused(), Qt.Key.Key_Delete)
        assert dialog.registered_list.count() == 0
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    in_dialog(qtbot, remove)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F7, SHIFT)
    assert "has passed" in said[0]
    row = ProxyRegistration.get(ProxyRegistration.recipient == elder.uid)
    assert (row.until, row.removed) == (None, True)
    assert AuditLog.select().where(AuditLog.action == "proxy_removed").count() == 1
    assert desk.recipient_panel.proxies_label.text() == "—"
    assert desk.proxy_combo.count() == 1  # the person themself, no one else


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_panel_buttons_and_dialogs_fit_1024x768(
    desk_db: Path, receipts: Path, qtbot: QtBot, language: str
) -> None:
    window = window_of_size(qtbot, (1024, 768), language)
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    elder, _ = elder_and_helper()
    scanner(desk, qtbot, elder.card_code)
    panel = desk.recipient_panel
    for widget in (panel.edit_button, panel.proxies_button, panel.proxies_label):
        assert inside(widget, window), widget
    assert desk.profile is not None
    for dialog in (
        ProfileDialog(desk.profile, "김담당", desk.events, window),
        ProxiesDialog(desk.profile, "김담당", desk.events, window),
    ):
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint().expandedTo(dialog.size())
        assert hint.width() <= 1024, hint
        assert hint.height() <= 700, hint  # the window's title bar and the taskbar too
    window.shutdown()


REGISTERED_ONLY = """\
[campaign]
format_version = 2
code = "CARE"
name = "Care kits"
starts = 2020-03-01

[[items]]
code = "KIT"
name = "Care kit"

[[rules]]
item = "KIT"
limit = 1
period = "month"

[[proxies]]
who = "registered"
"""


def test_under_registered_only_proxies_f7_decides_by_the_registration(
    desk_db: Path, receipts: Path, qtbot: QtBot
) -> None:
    rules.load_text(REGISTERED_ONLY)
    batches.receive(batches.BatchRequest("KIT", "KIT-1", 10, operator="김담당"))
    adult, helper = elder_and_helper()
    relative = _with_household(Recipient.group == "public", Recipient.birth_year < 2000)
    member = Recipient.get(Recipient.household == relative.household, Recipient.uid != relative.uid)
    people.add_proxy(adult.uid, helper.card_code, None, "김담당")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    scanner(desk, qtbot, "KIT")
    scanner(desk, qtbot, relative.card_code)  # a household member is not registered
    desk.proxy_combo.setCurrentIndex(desk.proxy_combo.findData(member.card_code))
    assert "household" in desk.proxy_combo.currentText()
    assert desk.banner.state == "refused"
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Escape)
    scanner(desk, qtbot, adult.card_code)
    desk.proxy_combo.setCurrentIndex(desk.proxy_combo.findData(helper.card_code))
    assert "registered, no end" in desk.proxy_combo.currentText()
    assert desk.banner.state == "allowed"
    with qtbot.waitSignal(desk.events.changed, check_params_cb=lambda c, _: c.handouts):
        qtbot.keyClick(desk.search_field, Return)
    row = Handout.get(Handout.recipient == adult.uid)
    assert row.proxy_uid == helper.uid
    window.shutdown()
