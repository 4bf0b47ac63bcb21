"""The nurse page in the real window: receive a batch, tick students, record, undo, print."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from tests.ui.test_desk_keyboard import when_modal
from ttasum_desk.services import batches
from ttasum_desk.services.batches import BatchRequest, stock_report
from ttasum_desk.services.catalogue import item_by_code
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Batch, ClassCount, Handout
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.nurse_dialogs import CorrectBatchDialog, ReceiveBatchDialog
from ttasum_desk.ui.nurse_page import NursePage


@pytest.fixture
def nurse(station_db: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[NursePage]:
    make_school_station()
    preferences.set_operator(OPERATOR)
    preferences.set_print_mode("pdf")
    preferences.set_receipt_folder(tmp_path / "printed")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("NursePage")
    assert isinstance(page, NursePage)
    yield page
    window.shutdown()


def _receive(nurse: NursePage, monkeypatch: pytest.MonkeyPatch, lot: str, quantity: int) -> None:
    request = BatchRequest("COTTON-MASK", lot, quantity, "2020-03-20", "교육청", OPERATOR)
    monkeypatch.setattr(ReceiveBatchDialog, "ask", classmethod(lambda *_: request))
    nurse.stock_box.receive_button.click()


def test_receive_tick_three_record(
    nurse: NursePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _receive(nurse, monkeypatch, "LOT-UI", 50)
    batch = Batch.get(Batch.lot_no == "LOT-UI")
    assert batch.quantity == 50
    lots = [
        nurse.stock_box.model.index(r, 1).data() for r in range(nurse.stock_box.model.rowCount())
    ]
    assert "LOT-UI" in lots

    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    rows = nurse.class_model.rows
    assert len(rows) >= 3
    # One by a scanned card, one by Space on the row, one by its check box.
    nurse.card_field.setText(rows[0].member.card_code)
    qtbot.keyClick(nurse.card_field, Qt.Key.Key_Return)
    nurse.class_view.setFocus()
    nurse.class_view.setCurrentIndex(nurse.class_model.index(1, 1))
    qtbot.keyClick(nurse.class_view, Qt.Key.Key_Space)
    nurse.class_model.setData(
        nurse.class_model.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    ticked = nurse.class_model.ticked_uids()
    assert len(ticked) == 3

    with qtbot.waitSignal(nurse.served) as served:
        nurse.record_button.click()
    assert served.args == [3]
    stored = list(Handout.select().where(Handout.status == "ok"))
    assert sorted(h.__data__["recipient"] for h in stored) == sorted(ticked)
    assert {(h.quantity, h.__data__["batch"], h.operator) for h in stored} == {
        (2, batch.uid, OPERATOR)
    }
    assert [r.member.received_on_day for r in nurse.class_model.rows[:3]] == [2, 2, 2]
    assert nurse.stock_box.model.index(0, 5).data() == "44"

    # Ticking one of them again: the rules refuse that row, and it says so.
    nurse.class_model.set_ticked(0, True)
    nurse.record_button.click()
    assert nurse.class_model.rows[0].refused
    assert nurse.class_model.rows[0].note.startswith("✗ Refused")
    assert Handout.select().count() == 3

    # Undo the first student's handout of today: a void row, and stock back.
    nurse.class_view.setCurrentIndex(nurse.class_model.index(0, 1))
    nurse.undo_tick_button.click()
    assert Handout.select().where(Handout.status == "void").count() == 1
    assert nurse.stock_box.model.index(0, 5).data() == "46"


def test_class_count_and_sheet(
    nurse: NursePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _receive(nurse, monkeypatch, "LOT-CC", 20)
    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    nurse.count_box.spin.setValue(25)
    nurse.count_box.record_button.click()
    assert ClassCount.select().count() == 0
    assert "may be at most 10" in nurse.status_label.text()
    nurse.count_box.spin.setValue(6)
    nurse.count_box.record_button.click()
    assert [c.quantity for c in ClassCount.select()] == [6]
    assert nurse.count_box.model.rowCount() == 1
    nurse.count_box.view.setCurrentIndex(nurse.count_box.model.index(0, 0))
    nurse.count_box.undo_button.click()
    assert nurse.count_box.model.rowCount() == 0
    # A lot chosen by hand instead of first in, first out.
    _receive(nurse, monkeypatch, "LOT-CC2", 10)
    nurse.lot_combo.setCurrentIndex(nurse.lot_combo.findText("Lot LOT-CC2 (10 left)"))
    nurse.count_box.spin.setValue(3)
    nurse.count_box.record_button.click()
    chosen = Batch.get(Batch.lot_no == "LOT-CC2")
    assert ClassCount.get(ClassCount.quantity == 3).__data__["batch"] == chosen.uid
    assert nurse.lot_combo.currentText() == "Lot LOT-CC2 (7 left)"
    path = nurse.print_class_sheet()
    assert path is not None
    assert path.exists()
    assert path.read_bytes().startswith(b"%PDF")


def test_low_stock_warning_and_correction(
    nurse: NursePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert nurse.stock_box.low_stock_label.text() == ""
    _receive(nurse, monkeypatch, "LOT-LOW", 150)  # cotton masks warn at 200
    assert "Low stock" in nurse.stock_box.low_stock_label.text()
    assert "150" in nurse.stock_box.low_stock_label.text()
    row = next(
        r
        for r in range(nurse.stock_box.model.rowCount())
        if nurse.stock_box.model.index(r, 1).data() == "LOT-LOW"
    )
    nurse.stock_box.view.setCurrentIndex(nurse.stock_box.model.index(row, 0))
    monkeypatch.setattr(CorrectBatchDialog, "ask", classmethod(lambda *_: (140, "ten were wet")))
    nurse.stock_box.correct_button.click()
    rows = list(Batch.select().where(Batch.lot_no == "LOT-LOW").order_by(Batch.created_at))
    assert [r.quantity for r in rows] == [150, -10]
    assert nurse.stock_box.model.index(row, 5).data() == "140"


def test_weekly_workbook_from_the_page(
    nurse: NursePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _receive(nurse, monkeypatch, "LOT-W", 30)
    target = tmp_path / "weekly.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    nurse.stock_box.weekly_button.click()
    assert load_workbook(target).sheetnames == ["Classes", "Batches", "Period"]


def test_nurse_models_pass_the_model_tester(
    nurse: NursePage, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    _receive(nurse, monkeypatch, "LOT-MT", 30)
    nurse.count_box.spin.setValue(2)
    nurse.count_box.record_button.click()
    nurse.class_model.set_ticked(0, True)
    assert nurse.stock_box.model.rowCount() > 1
    assert nurse.class_model.rowCount() > 1
    assert nurse.count_box.model.rowCount() == 1
    for model in (nurse.stock_box.model, nurse.class_model, nurse.count_box.model):
        qtmodeltester.check(model, force_py=True)


def test_a_class_count_lowers_the_stock_the_desk_shows(
    nurse: NursePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = nurse.window()
    assert isinstance(window, MainWindow)
    desk = window.page("DeskPage")
    assert isinstance(desk, DeskPage)
    mask = item_by_code("COTTON-MASK")
    assert mask is not None
    _receive(nurse, monkeypatch, "LOT-DESK", 100)
    assert _on_hand("COTTON-MASK") == 100
    assert f"{mask.name} 100" in desk.today.counters_label.text()

    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    nurse.count_box.spin.setValue(7)
    nurse.count_box.record_button.click()

    counted = db.execute_sql("SELECT sum(quantity) FROM live_class_count").fetchone()[0]
    assert counted == 7
    assert _on_hand("COTTON-MASK") == 93
    assert f"{mask.name} 93" in desk.today.counters_label.text()
    window.show_page("DeskPage")
    qtbot.waitUntil(lambda: f"{mask.name} 93" in desk.today.counters_label.text())


def _on_hand(item_code: str) -> int:
    return sum(item.on_hand for item in stock_report() if item.item_code == item_code)


def test_a_scan_from_another_class_keeps_the_ticks_of_the_class_left(
    nurse: NursePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _receive(nurse, monkeypatch, "LOT-TICK", 100)
    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    first, second = first_classes(nurse.picker.school_combo.currentText(), 2)
    nurse.picker.show_class(first)
    nurse.class_model.set_ticked(0, True)
    nurse.class_model.set_ticked(1, True)
    kept = nurse.class_model.ticked_uids()
    nurse.picker.show_class(second)
    other = nurse.class_model.rows[0].member
    nurse.picker.show_class(first)
    qtbot.keyClick(nurse.card_field, Qt.Key.Key_F2)
    qtbot.keyClicks(nurse.card_field, other.card_code)
    qtbot.keyClick(nurse.card_field, Qt.Key.Key_Return)
    assert nurse.current_class() == second
    assert nurse.class_model.ticked_uids() == [other.recipient_uid]
    assert "keeps its 2 ticks" in nurse.status_label.text()
    nurse.picker.show_class(first)
    assert nurse.class_model.ticked_uids() == kept
    with qtbot.waitSignal(nurse.served) as served:
        qtbot.keyClick(nurse.class_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert served.args == [2]
    assert nurse.class_model.ticked_uids() == []


def test_the_class_count_box_has_a_label(nurse: NursePage) -> None:
    spin = nurse.count_box.spin
    labels = [label for label in nurse.findChildren(QLabel) if label.buddy() is spin]
    assert [label.text() for label in labels] == ["Quantity han&ded out"]
    assert spin.accessibleName()


def test_the_count_box_shows_the_most_and_refuses_more(nurse: NursePage) -> None:
    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    pupils = len(nurse.class_model.rows)
    room = nurse.count_box.room_label
    assert pupils > 1
    assert room.text() == f"At most {2 * pupils} for {pupils} pupils"  # two a month each

    nurse.count_box.spin.setValue(2 * pupils + 1)
    nurse.count_box.record_button.click()
    assert ClassCount.select().count() == 0
    refusal = nurse.status_label.text()
    assert refusal.startswith("✗ A class count for grade")
    assert f"may be at most {2 * pupils}" in refusal

    nurse.count_box.spin.setValue(3)
    nurse.count_box.record_button.click()
    assert [c.quantity for c in ClassCount.select()] == [3]
    assert room.text() == f"At most {2 * pupils - 3} for {pupils} pupils"
    # The first pupil got two of the count: ticking them is refused.
    nurse.class_model.set_ticked(0, True)
    nurse.record_button.click()
    assert nurse.class_model.rows[0].note.startswith("✗ Refused")
    assert Handout.select().count() == 0


def test_a_batch_received_in_the_window_is_used_after_one_from_earlier_that_day(
    nurse: NursePage, qtbot: QtBot
) -> None:
    morning = f"{date.today().isoformat()}T00:00:01"
    batches.receive(BatchRequest("COTTON-MASK", "LOT-MORNING", 10, morning, "교육청", OPERATOR))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReceiveBatchDialog)
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("COTTON-MASK"))
        qtbot.keyClicks(dialog.lot_field, "LOT-NOW")
        qtbot.keyClick(dialog.lot_field, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.keyClick(nurse, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    received = Batch.get(Batch.lot_no == "LOT-NOW").received_at
    assert received[:10] == date.today().isoformat()
    assert received > morning
    nurse.item_combo.setCurrentIndex(nurse.item_combo.findData("COTTON-MASK"))
    nurse.count_box.spin.setValue(3)
    nurse.count_box.record_button.click()
    drawn = ClassCount.get(ClassCount.quantity == 3).__data__["batch"]
    assert drawn == Batch.get(Batch.lot_no == "LOT-MORNING").uid  # first in, first out
