"""Walk-in registration from the desk: duplicates are shown before anything is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ttasum_desk.domain.hangul import one_jamo_variants
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.background import wait_for_all_jobs
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.register_dialog import RegisterDialog


def fill(dialog: RegisterDialog, name: str, birth: str, district: str = "중앙동") -> None:
    dialog.name_field.setText(name)
    dialog.birth_field.setText(birth)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("public"))
    dialog.district_field.setText(district)


def test_a_near_duplicate_name_is_shown_before_anything_is_saved(
    desk_db: Path, qtbot: QtBot
) -> None:
    person = Recipient.select().where(Recipient.group == "public").first()
    typo = next(v for v in one_jamo_variants(person.name) if not Recipient.get_or_none(name=v))
    dialog = RegisterDialog("김담당")
    qtbot.addWidget(dialog)
    fill(dialog, typo, str(person.birth_year))
    before = Recipient.select().count()
    dialog.save_button.click()
    assert dialog.duplicates_label.isVisibleTo(dialog)
    assert person.card_code in dialog.duplicates_label.text()  # the look-alike, with their card
    assert person.name in dialog.duplicates_label.text()
    assert Recipient.select().count() == before
    assert dialog.registered is None
    assert dialog.save_button.text() == "Register anyway"


def test_registering_anyway_issues_a_card_code(desk_db: Path, qtbot: QtBot) -> None:
    person = Recipient.select().where(Recipient.group == "public").first()
    dialog = RegisterDialog("김담당")
    qtbot.addWidget(dialog)
    fill(dialog, person.name, person.birth_date)
    dialog.save_button.click()
    assert dialog.registered is None  # first: same name and birth date shown
    dialog.save_button.click()  # then a deliberate "Register anyway"
    assert dialog.registered is not None
    assert dialog.registered.card_code == "OS-JA01-00001"
    row = Recipient.get(Recipient.uid == dialog.registered.recipient_uid)
    assert (row.name, row.birth_date, row.district) == (person.name, person.birth_date, "중앙동")


def test_an_edit_withdraws_the_confirmation(desk_db: Path, qtbot: QtBot) -> None:
    person = Recipient.select().where(Recipient.group == "public").first()
    dialog = RegisterDialog("김담당")
    qtbot.addWidget(dialog)
    fill(dialog, person.name, person.birth_date)
    dialog.save_button.click()
    qtbot.keyClick(dialog.district_field, Qt.Key.Key_Backspace)
    assert not dialog.duplicates_label.isVisibleTo(dialog)
    dialog.save_button.click()
    assert dialog.registered is None  # the changed walk-in is checked again


def test_an_incomplete_walkin_shows_what_is_missing(desk_db: Path, qtbot: QtBot) -> None:
    dialog = RegisterDialog("김담당")
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "차은별", "2010.13.40")
    before = Recipient.select().count()
    dialog.save_button.click()
    assert "does not exist" in dialog.error_label.text()
    assert dialog.registered is None
    assert dialog.isVisible()  # still open to be corrected: neither accepted nor closed
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert Recipient.select().count() == before


def test_f2_registers_opens_the_person_and_prints_a_card(
    desk: DeskPage, qtbot: QtBot, receipts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(cls: type[RegisterDialog], parent: Any, operator: str, name: str = "") -> Any:
        assert name == "한새봄"  # the name searched for in vain is carried over
        dialog = cls(operator, parent)
        fill(dialog, name, "2016-05-05")
        dialog.save()
        return dialog.registered

    monkeypatch.setattr(RegisterDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    desk.search_field.setText("한새봄")
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    assert "No one found" in desk.banner.headline.text()
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F2)
    assert desk.profile is not None
    assert desk.profile.recipient_uid == seen.args[0].uids[0]
    assert desk.profile.card_code == "OS-JA01-00001"
    card = receipts / "card-OS-JA01-00001.pdf"
    wait_for_all_jobs()  # the card is written in the background
    text = "".join(page.extract_text() for page in PdfReader(card).pages)
    assert "OS-JA01-00001" in text
    assert "한새봄" in text
