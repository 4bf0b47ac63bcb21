"""The Donations and workshops page on a real window, by keyboard: a donation raises stock,
a card scanned at a session marks attendance, a full session asks first; the dashboard line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.services.people import Someone, add_people
from tests.ui.fit import window_of_size
from tests.ui.test_desk_keyboard import when_modal
from ttasum_desk.services import workshops
from ttasum_desk.storage import stock
from ttasum_desk.storage.models import Item
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.donations_page import DonationsPage
from ttasum_desk.ui.main_window import MainWindow

Return = Qt.Key.Key_Return


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> DonationsPage:
    add_people([
        Someone("MAKER1", "박만듦", "1975-05-05", "public", "m1"),
        Someone("ELDER1", "최어르신", "1940-02-02", "vulnerable", "e1"),
    ])  # fmt: skip
    shown = window.show_page("DonationsPage")
    assert isinstance(shown, DonationsPage)
    window.activateWindow()
    qtbot.waitActive(window)
    return shown


def finished_masks_on_hand() -> int:
    return stock.on_hand(str(Item.get(Item.code == "FINISHED-MASK").uid))


def test_scan_type_enter_records_a_donation(page: DonationsPage, qtbot: QtBot) -> None:
    before = finished_masks_on_hand()
    assert page.donated_item_combo.currentData() == "FINISHED-MASK"

    page.donor_field.setFocus()
    qtbot.keyClicks(page.donor_field, "maker1")
    qtbot.keyClick(page.donor_field, Return)
    assert page.donated_quantity.hasFocus()
    qtbot.keyClicks(page.donated_quantity, "40")
    qtbot.keyClick(page.donated_quantity, Return)

    assert finished_masks_on_hand() == before + 40
    assert page.donor_field.text() == ""
    assert page.donor_field.hasFocus()
    assert "taken into stock" in page.donation_note.text()
    (row,) = page.donations_model.rows
    assert (row.card_code, row.quantity) == ("MAKER1", 40)
    donor = page.donations_model.index(0, 1).data()
    assert donor == "박*듦 (MAKER1)"  # masked, like a receipt


def test_an_unknown_donor_is_said_on_the_page_and_nothing_recorded(
    page: DonationsPage, qtbot: QtBot
) -> None:
    before = finished_masks_on_hand()
    page.donor_field.setText("NOBODY")
    page.donated_quantity.setValue(5)
    page.record_donation()
    assert "No recipient has the card NOBODY" in page.donation_note.text()
    assert finished_masks_on_hand() == before
    assert page.donations_model.rows == []


def test_workshop_attendance_by_scan_and_a_full_session_asks(
    page: DonationsPage, qtbot: QtBot
) -> None:
    page.tabs.setCurrentIndex(1)
    page.session_place.setText("중앙동 주민센터")
    page.session_capacity.setValue(1)
    qtbot.keyClick(page.session_place, Return)
    assert page.chosen_session() == 1

    page.attendee_field.setText("MAKER1")
    qtbot.keyClick(page.attendee_field, Return)
    assert "attended workshop 1" in page.workshop_note.text()

    answers: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            answers.append(dialog.text())
            dialog.button(button).click()

        when_modal(act)

    answer(QMessageBox.StandardButton.No)
    page.attendee_field.setText("ELDER1")
    qtbot.keyClick(page.attendee_field, Return)
    assert "All 1 places of workshop 1 are taken" in answers[-1]
    assert page.workshops_model.rows[0].attended == 1

    answer(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.attendee_field, Return)
    row = page.workshops_model.rows[0]
    assert (row.signed_up, row.attended) == (2, 2)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_page_fits_1024_by_768(
    desk_db: Path, receipts: Path, qtbot: QtBot, language: str
) -> None:
    window = window_of_size(qtbot, (1024, 768), language)
    page = window.show_page("DonationsPage")
    assert isinstance(page, DonationsPage)
    for tab, widgets in (
        (0, (page.donor_field, page.donated_quantity, page.donate_button, page.donations_view)),
        (1, (page.session_place, page.add_session_button, page.attendee_field,
             page.sign_up_button, page.workshops_view)),
    ):  # fmt: skip
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1024, 768)
        for widget in widgets:
            corner = widget.mapTo(window, widget.rect().bottomRight())
            assert window.rect().contains(corner), widget
            assert widget.width() >= widget.minimumSizeHint().width(), widget
    window.shutdown()


def test_the_dashboard_shows_kits_out_against_masks_returned(
    page: DonationsPage, window: MainWindow, qtbot: QtBot
) -> None:
    page.donor_field.setText("MAKER1")
    page.donated_quantity.setValue(12)
    page.record_donation()
    coordinator = window.show_page("CoordinatorPage")
    assert isinstance(coordinator, CoordinatorPage)
    coordinator.sections.setCurrentWidget(coordinator.dashboard)
    coordinator.dashboard.refresh()
    qtbot.waitUntil(lambda: coordinator.dashboard.job is None)  # computed in the background
    assert "finished masks returned 12" in coordinator.dashboard.loop_label.text()


def test_an_attendance_recorded_refreshes_the_dashboard_on_view(
    page: DonationsPage, window: MainWindow, qtbot: QtBot
) -> None:
    """The dashboard in view while the workshop is run: it hears the attendance (a
    ``workshops`` change) and shows the new count without being asked."""
    coordinator = window.show_page("CoordinatorPage")
    assert isinstance(coordinator, CoordinatorPage)
    dashboard = coordinator.dashboard
    coordinator.sections.setCurrentWidget(dashboard)
    page.session_place.setText("중앙동 주민센터")
    page.add_session()
    qtbot.waitUntil(lambda: dashboard.job is None and not dashboard.stale)
    assert "attended 0" in dashboard.loop_label.text()
    page.attendee_field.setText("MAKER1")
    with qtbot.waitSignal(window.events.changed) as announced:
        page.scan(workshops.attend)
    assert announced.args[0].workshops
    qtbot.waitUntil(lambda: "attended 1" in dashboard.loop_label.text())
    assert "Workshops 1 · signed up 1 · attended 1" in dashboard.loop_label.text()
