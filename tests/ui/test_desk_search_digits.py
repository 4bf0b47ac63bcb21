"""Four digits at the desk find people by a phone's last four and by birth year, and the desk
says how many it lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_desk import student, type_text
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.desk.page import DeskPage


def test_four_digits_find_people_by_phone_and_birth_year_and_say_how_many(
    desk: DeskPage, qtbot: QtBot
) -> None:
    person = student()
    Recipient.update(phone_last4="2468").where(Recipient.uid == person.uid).execute()
    type_text(desk.search_field, "2468")
    qtbot.waitUntil(lambda: desk.results_model.rowCount() == 1)
    assert desk.count_label.text() == "1 people"
    assert desk.results_model.rows[0].recipient_uid == person.uid
    desk.search_field.clear()
    type_text(desk.search_field, str(person.birth_year))
    born = Recipient.select().where(Recipient.birth_year == person.birth_year).count()
    qtbot.waitUntil(lambda: desk.results_model.rowCount() == min(born, 50))
    expected = f"{born} people" if born < 50 else "50+ people: type more"
    assert desk.count_label.text() == expected
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Escape)
    assert desk.count_label.text() == ""
