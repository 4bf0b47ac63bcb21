"""Cards from the window: a class's cards on the nurse page, the people chosen in the desk's
results (Ctrl+P), and the offer after a roster import; each PDF read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.printing.pdftools import pdf_text
from tests.services.nurse_fixtures import OPERATOR, make_school_station
from tests.services.test_roster_import import PEOPLE, school_roster
from tests.ui.test_desk import type_text
from tests.ui.test_desk_keyboard import when_modal
from ttasum_desk.services import roster_import
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui import preferences
from ttasum_desk.ui.background import wait_for_all_jobs
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.desk.printed import offer_roster_cards
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.nurse_page import NursePage


@pytest.fixture
def window(station_db: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    make_school_station()
    preferences.set_operator(OPERATOR)
    preferences.set_print_mode("pdf")
    preferences.set_receipt_folder(tmp_path / "printed")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


def test_the_nurse_prints_the_cards_of_the_class_shown(window: MainWindow, qtbot: QtBot) -> None:
    nurse = window.show_page("NursePage")
    assert isinstance(nurse, NursePage)
    key = nurse.current_class()
    assert key is not None
    nurse.cards_button.click()
    path = preferences.receipt_folder() / f"cards-{key.school}-{key.grade}-{key.klass}.pdf"
    qtbot.waitUntil(lambda: str(path) in nurse.status_label.text(), timeout=60_000)
    text = pdf_text(path)
    students = Recipient.select().where(
        (Recipient.school == key.school)
        & (Recipient.grade == key.grade)
        & (Recipient.klass == key.klass)
    )
    assert students.count() > 0
    for student in students:
        assert student.card_code in text


def test_ctrl_p_prints_the_cards_of_the_people_chosen_in_the_results(
    window: MainWindow, qtbot: QtBot
) -> None:
    desk = window.show_page("DeskPage")
    assert isinstance(desk, DeskPage)
    type_text(desk.search_field, "김")
    qtbot.waitUntil(lambda: desk.results_model.rowCount() >= 2)
    selection = desk.results_view.selectionModel()
    chosen = [desk.results_model.rows[row] for row in (0, 1)]
    for row in (0, 1):
        selection.select(
            desk.results_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    written = preferences.receipt_folder() / "cards-2.pdf"
    qtbot.waitUntil(written.exists, timeout=60_000)
    wait_for_all_jobs()
    text = pdf_text(written)
    for person in chosen:
        assert person.card_code in text
    assert desk.print_bar.isHidden()


def test_after_a_roster_import_the_new_peoples_cards_are_offered(
    window: MainWindow, tmp_path: Path
) -> None:
    roster_import.import_roster(school_roster(tmp_path / "roster.xlsx"))
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    job = offer_roster_cards(window, "roster.xlsx")
    assert asked == ["Print cards for the 6 imported people?"]
    assert job is not None
    job.wait()
    text = pdf_text(preferences.receipt_folder() / "cards-roster.pdf")
    for person in PEOPLE:
        assert str(person[1]) in text
