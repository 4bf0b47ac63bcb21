"""The station desk driven as a scanner and a keyboard would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import StorageError
from ttasum_desk.services import handouts
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.page import DeskPage

Return, Escape = Qt.Key.Key_Return, Qt.Key.Key_Escape


def student(index: int = 0) -> Recipient:
    return (
        Recipient.select().where(Recipient.group == "student").order_by(Recipient.card_code)[index]
    )


def scan(desk: DeskPage, qtbot: QtBot, code: str) -> None:
    """A barcode scanner: the code typed at once, then Enter."""
    desk.search_field.setText(code)
    qtbot.keyClick(desk.search_field, Return)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as an input method delivers Hangul (QTest's
    keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        QApplication.processEvents()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_scan_opens_the_person_and_enter_records_with_a_receipt(
    desk: DeskPage, qtbot: QtBot, receipts: Path
) -> None:
    person = student()
    scan(desk, qtbot, person.card_code)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid
    assert desk.recipient_panel.name_label.text() == person.name
    assert desk.banner.state == "allowed"
    assert desk.quantity_spin.value() == 2  # the allowed maximum: 2 cotton masks a month
    assert desk.record_button.isEnabled()
    assert not desk.override_button.isEnabled()
    assert desk.record_button.text() == "Record (Enter)"
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Return)
    row = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert (row.recipient_uid, row.quantity, row.operator, row.status) == (
        person.uid,
        2,
        "김담당",
        "ok",
    )
    text = pdf_text(receipts / f"{row.receipt_no}.pdf")
    assert mask_name(person.name) in text
    assert row.receipt_no in text
    assert desk.profile is None
    assert desk.search_field.text() == ""
    assert desk.banner.state == "done"
    # a student's visit: two cotton masks and the month's filter pack, on one receipt
    filters = Handout.get(Handout.uid == seen.args[0].uids[1])
    assert (filters.item.code, filters.quantity) == ("FILTER-PACK", 1)
    assert "교체용 필터 팩" in text
    assert filters.receipt_no in text
    assert [line.uid for line in desk.today.log_model.rows] == [filters.uid, row.uid]


def test_refused_shows_a_red_banner_with_reason_and_enter_records_nothing(
    desk: DeskPage, qtbot: QtBot
) -> None:
    person = student()
    handouts.record(HandoutRequest(person.card_code, "COTTON-MASK", operator="김담당"))
    handouts.record(HandoutRequest(person.card_code, "FILTER-PACK", operator="김담당"))
    scan(desk, qtbot, person.card_code)
    assert desk.banner.state == "refused"
    detail = desk.banner.detail.text()
    assert "Already received 2 of 2매 this month. Decided by rules file line 30." in detail
    assert "Eligible again on" in detail
    assert desk.banner.icon.text() == "✖"  # never colour alone
    assert not desk.record_button.isEnabled()
    assert desk.override_button.isEnabled()
    assert desk.override_button.text() == "Override… (F8)"
    before = Handout.select().count()
    qtbot.keyClick(desk.search_field, Return)
    assert Handout.select().count() == before
    assert desk.profile is not None  # still on screen, for an override


def test_override_records_the_refused_handout_with_its_reason(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = student()
    handouts.record(HandoutRequest(person.card_code, "COTTON-MASK", operator="김담당"))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "마스크 분실, 교감 확인"))
    scan(desk, qtbot, person.card_code)
    desk.quantity_spin.setValue(1)
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F8)
    row = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert (row.quantity, row.override_reason) == (1, "마스크 분실, 교감 확인")
    assert desk.banner.state == "override"
    assert desk.today.log_model.rows[0].override_reason == "마스크 분실, 교감 확인"


def test_void_from_the_log(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, receipts: Path
) -> None:
    person = student()
    scan(desk, qtbot, person.card_code)
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Return)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "wrong person"))
    desk.today.log_view.selectRow(1)  # the masks; the filter pack is the newest line
    with qtbot.waitSignal(desk.events.changed) as voided:
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F6)
    assert voided.args[0].uids[0] == seen.args[0].uids[0]
    void = Handout.get(Handout.void_of == seen.args[0].uids[0])
    assert (void.status, void.reason, void.quantity) == ("void", "wrong person", -2)
    assert [row.status for row in desk.today.log_model.rows] == ["void", "ok", "ok"]
    assert desk.today.log_model.rows[2].voided_by == void.uid
    original = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert (receipts / f"{original.receipt_no}-void.pdf").exists()
    scan(desk, qtbot, person.card_code)
    assert desk.banner.state == "allowed"  # the void gave the masks back


def test_reprint_writes_a_copy(desk: DeskPage, qtbot: QtBot, receipts: Path) -> None:
    scan(desk, qtbot, student().card_code)
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Return)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F5)  # the newest line: the visit's last
    receipt_no = Handout.get(Handout.uid == seen.args[0].uids[-1]).receipt_no
    assert receipt_no in pdf_text(receipts / f"{receipt_no}-copy.pdf")


def test_an_item_code_scanned_selects_the_item(desk: DeskPage, qtbot: QtBot) -> None:
    person = student()
    scan(desk, qtbot, person.card_code)
    scan(desk, qtbot, "filter-pack")
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid  # still the person at the desk
    assert desk.quantity_spin.value() == 1  # one filter pack a month
    assert desk.item is not None
    assert desk.item.code == "FILTER-PACK"
    assert desk.search_field.text() == ""


def _with_household(*where: object) -> Recipient:
    query = Recipient.select().where(Recipient.household.is_null(False), *where)
    return query.order_by(Recipient.card_code).first()


def test_proxy_pickup_by_a_household_member(desk: DeskPage, qtbot: QtBot) -> None:
    child = _with_household(Recipient.group == "public", Recipient.birth_year >= 2018)
    scan(desk, qtbot, "MASK-KIT")
    scan(desk, qtbot, child.card_code)
    assert desk.proxy_combo.count() >= 2
    desk.proxy_combo.setCurrentIndex(1)  # a parent collects for a child under 10
    collector = desk.proxy_combo.currentData()
    assert desk.banner.state == "allowed"
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Return)
    row = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert Recipient.get(Recipient.uid == row.proxy_uid).card_code == collector


def test_proxy_for_an_adult_is_refused(desk: DeskPage, qtbot: QtBot) -> None:
    adult = _with_household(Recipient.group == "public", Recipient.birth_year.between(1960, 1990))
    scan(desk, qtbot, "MASK-KIT")
    scan(desk, qtbot, adult.card_code)
    desk.proxy_combo.setCurrentIndex(1)
    assert desk.banner.state == "refused"
    assert "Someone else may collect only" in desk.banner.detail.text()


def test_typing_a_name_lists_ranked_results_and_arrows_pick(desk: DeskPage, qtbot: QtBot) -> None:
    person = student(3)
    type_text(desk.search_field, person.name[:1])
    qtbot.waitUntil(lambda: desk.results_query == person.name[:1])
    first, second = desk.results_model.rows[0], desk.results_model.rows[1]
    assert all(row.name.startswith(person.name[0]) for row in desk.results_model.rows)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == second.recipient_uid != first.recipient_uid


def test_keyboard_only_loop(desk: DeskPage, qtbot: QtBot) -> None:
    """Scan, record, search by initials, pick, record, clear: keys only, never the mouse."""
    person, other = student(0), student(1)
    qtbot.keyClicks(desk.search_field, person.card_code)
    qtbot.keyClick(desk.search_field, Return)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    type_text(desk.search_field, other.initials)
    qtbot.waitUntil(lambda: desk.results_query == other.initials)
    assert other.uid in [row.recipient_uid for row in desk.results_model.rows]
    position = [row.recipient_uid for row in desk.results_model.rows].index(other.uid)
    for _ in range(position):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search_field, Return)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == other.uid
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    type_text(desk.search_field, "김")
    qtbot.keyClick(desk.search_field, Escape)
    assert desk.search_field.text() == ""
    assert desk.profile is None
    assert desk.search_field.hasFocus()
    owners = {row.recipient_uid for row in desk.today.log_model.rows}
    assert owners == {person.uid, other.uid}


def test_an_unknown_name_says_so(desk: DeskPage, qtbot: QtBot) -> None:
    scan(desk, qtbot, "없는사람이름")
    assert desk.profile is None
    assert "No one found" in desk.banner.headline.text()


def test_counters_show_today_and_stock(desk: DeskPage, qtbot: QtBot) -> None:
    scan(desk, qtbot, student().card_code)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    text = desk.today.counters_label.text()
    assert "면마스크(필터교체형) 2" in text
    assert "면마스크(필터교체형) 498" in text


def test_a_database_failure_on_record_says_not_recorded_and_announces_nothing(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = student()
    scan(desk, qtbot, person.card_code)
    assert desk.banner.state == BannerState.ALLOWED

    def disk_full(requests: list[HandoutRequest]) -> None:
        raise StorageError("The disk is full: nothing was written. Free some space.")

    monkeypatch.setattr(handouts, "record_visit", disk_full)
    with qtbot.assertNotEmitted(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    assert desk.banner.state == BannerState.REFUSED
    assert desk.banner.headline.text() == "Not recorded"
    assert "The disk is full" in desk.banner.detail.text()
    assert desk.profile is not None  # still at the desk, to try again
    assert Handout.select().count() == 0
    assert desk.today.log_model.rowCount() == 0
