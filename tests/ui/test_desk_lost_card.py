"""A lost card at the desk: F4 gives a new card (printed), the old card when scanned says it was
replaced and shows whose it is, and records nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.printing.pdftools import pdf_text
from tests.ui.test_desk import scan, student
from tests.ui.test_desk_keyboard import when_modal
from ttasum_desk.domain.clock import now
from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui.desk.page import DeskPage


def _yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    assert "will stop working" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()


def test_f4_replaces_the_card_and_the_old_one_is_refused(
    desk: DeskPage, qtbot: QtBot, receipts: Path
) -> None:
    person = student()
    old_code = person.card_code
    scan(desk, qtbot, old_code)
    when_modal(_yes)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F4)
    new_code = Recipient.get_by_id(person.uid).card_code
    assert new_code != old_code
    assert desk.banner.state == "done"
    assert new_code in desk.banner.headline.text()
    assert desk.profile is not None
    assert desk.profile.card_code == new_code
    card = receipts / f"card-{new_code}.pdf"
    qtbot.waitUntil(card.exists)  # the card sheet is written in the background
    assert new_code in pdf_text(card)

    before = Handout.select().count()
    scan(desk, qtbot, old_code)  # while the person is still open
    assert desk.banner.state == "refused"
    assert desk.banner.headline.text() == (
        f"This card was replaced on {now().date().isoformat()}: ask for the new card."
    )
    assert person.name in desk.banner.detail.text()
    assert new_code in desk.banner.detail.text()
    assert desk.recipient_panel.name_label.text() == person.name
    assert desk.profile is None
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)  # Enter records nothing
    assert Handout.select().count() == before
    scan(desk, qtbot, new_code)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid
