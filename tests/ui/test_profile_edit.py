"""Editing the person on the desk (F3) and registering walk-ins with a household key,
statuses and a disability, by keyboard; the rows in the database are what counts."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_desk import type_text
from tests.ui.test_desk_keyboard import scanner, when_modal
from ttasum_desk.services import people
from ttasum_desk.storage.models import AuditLog, Household, Recipient
from ttasum_desk.ui.desk.hints import DEMO_CARDS
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.desk.profile_dialog import ProfileDialog
from ttasum_desk.ui.register_dialog import RegisterDialog

Return, Tab = Qt.Key.Key_Return, Qt.Key.Key_Tab
SELECT_ALL = Qt.KeyboardModifier.ControlModifier


def in_dialog(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """``when_modal`` once the dialog has the keys, closing it when a check fails (else its
    loop never ends); pytest-qt reports the failure."""

    def guarded(dialog: QWidget) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
            act(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):
                dialog.reject()
            raise

    when_modal(guarded)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_f3_saves_household_statuses_group_and_disability_and_decides_again(
    desk: DeskPage, qtbot: QtBot
) -> None:
    adult = Recipient.get(Recipient.card_code == DEMO_CARDS["refused"])
    scanner(desk, qtbot, "COTTON-MASK")
    scanner(desk, qtbot, adult.card_code)
    assert desk.banner.state == "refused"  # no rule covers an adult for cotton masks
    assert desk.recipient_panel.statuses_label.text() == "—"

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        assert focused() is dialog.household_field
        qtbot.keyClick(focused(), Qt.Key.Key_A, SELECT_ALL)
        qtbot.keyClicks(focused(), "kim-0412")
        qtbot.keyClick(focused(), Tab)
        assert focused() is dialog.statuses_field
        qtbot.keyClicks(focused(), "Consent, pregnancy")
        qtbot.keyClick(focused(), Tab)
        assert focused() is dialog.group_combo
        qtbot.keyClick(focused(), Qt.Key.Key_Up)  # public → student
        qtbot.keyClick(focused(), Tab)
        assert focused() is dialog.disability_box
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        qtbot.keyClick(focused(), Return)

    in_dialog(qtbot, edit)
    with qtbot.waitSignal(desk.events.changed, check_params_cb=lambda c, _: c.recipients):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F3)
    row = Recipient.get(Recipient.uid == adult.uid)
    keyed = people.household_of_key("kim-0412")
    assert keyed is not None
    assert (row.tags, row.disability, row.group) == ("consent,pregnancy", True, "student")
    assert row.household_uid == keyed.uid
    assert Household.get_by_id(keyed.uid).label == "kim-0412"
    entry = AuditLog.select().where(AuditLog.action == "recipient_edited").get()
    assert (entry.entity_uid, entry.operator) == (adult.uid, "김담당")
    assert json.loads(entry.payload)["tags"] == "consent,pregnancy"
    # the desk shows the new data and decides again: a student may have cotton masks
    assert desk.recipient_panel.statuses_label.text() == "consent, disability, pregnancy"
    assert desk.recipient_panel.household_label.text().startswith("kim-0412: ")
    assert desk.banner.state == "allowed"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search_field)


def test_a_refused_edit_stays_open_and_changes_nothing(desk: DeskPage, qtbot: QtBot) -> None:
    adult = Recipient.get(Recipient.card_code == DEMO_CARDS["refused"])
    scanner(desk, qtbot, adult.card_code)
    shown: list[str] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        qtbot.keyClick(focused(), Tab)
        qtbot.keyClicks(focused(), ", ".join(f"s{n}" for n in range(people.MAX_STATUSES + 1)))
        qtbot.keyClick(focused(), Return)
        shown.append(dialog.error_label.text())
        assert dialog.isVisible()
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    in_dialog(qtbot, edit)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: bool(shown))
    assert "too many" in shown[0]
    assert Recipient.get(Recipient.uid == adult.uid).tags == ""
    assert not AuditLog.select().where(AuditLog.action == "recipient_edited").exists()


def test_a_walkin_gets_a_household_key_statuses_and_a_disability(
    desk: DeskPage, qtbot: QtBot
) -> None:
    neighbour = Recipient.get(Recipient.card_code == DEMO_CARDS["allowed"])
    people.set_details(neighbour.uid, tags="consent", operator="김담당")

    def register(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        type_text(dialog.name_field, "한새봄")
        qtbot.keyClicks(dialog.birth_field, "1950-05-05")
        type_text(dialog.district_field, "중앙동")
        qtbot.keyClicks(dialog.household_key_field, "park-7")
        dialog.statuses_field.setFocus()  # the completer serves the field with the keys
        qtbot.keyClicks(dialog.statuses_field, "pregnancy, con")
        completer = dialog.statuses_field.completer()
        assert completer.currentCompletion() == "pregnancy, consent"  # a status in use
        popup = completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Return)
        assert dialog.statuses_field.text() == "pregnancy, consent"
        qtbot.keyClick(dialog.disability_box, Qt.Key.Key_Space)
        when_modal(lambda no_card_now: qtbot.keyClick(no_card_now, Qt.Key.Key_Escape))
        qtbot.keyClick(dialog.phone_field, Return)

    in_dialog(qtbot, register)
    with qtbot.waitSignal(desk.events.changed, check_params_cb=lambda c, _: c.recipients):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F2)
    row = Recipient.get(Recipient.name == "한새봄")
    keyed = people.household_of_key("park-7")
    assert keyed is not None
    assert (row.tags, row.disability, row.household_uid) == ("consent,pregnancy", True, keyed.uid)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == row.uid
    assert desk.recipient_panel.statuses_label.text() == "consent, disability, pregnancy"
