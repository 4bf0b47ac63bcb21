"""The main window, start-up, settings and printing through Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ttasum_desk.printing.receipt import render_receipt
from ttasum_desk.services import handouts, stations
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.storage.db import close_db
from ttasum_desk.storage.instance_lock import InstanceLock
from ttasum_desk.storage.models import Recipient, RuleSet
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.launch import launch, open_database
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.printing import render_pdf
from ttasum_desk.ui.settings_page import SettingsPage


def test_title_and_status_bar_name_station_operator_database_and_snapshot(
    window: MainWindow, desk_db: Path
) -> None:
    title = window.windowTitle()
    for part in ("OS-JA01", "중앙동 행정복지센터", "김담당", desk_db.name):
        assert part in title
    assert "OS-JA01" in window.station_label.text()
    assert "김담당" in window.operator_label.text()
    assert str(desk_db) in window.database_label.text()
    assert "No snapshot" in window.snapshot_label.text()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0] == "Station desk"
    assert tabs[-1] == "Settings"


def test_choosing_the_operator_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.events.operator_changed) as seen:
        window.operator_combo.setCurrentText("이봉사")
    assert seen.args == ["이봉사"]
    assert preferences.operator() == "이봉사"
    assert "이봉사" in window.windowTitle()


def test_geometry_is_remembered(desk_db: Path, receipts: Path, qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(10, 20, 790, 560)
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (790, 560)
    second.shutdown()


def test_a_second_instance_is_refused_naming_the_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    path = tmp_path / "held.db"
    holder = InstanceLock(path)
    holder.acquire()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        assert launch(path, create_demo=False) == 2
    finally:
        holder.release()
        close_db()
    assert len(shown) == 1
    assert "already open in TTASUM Desk (pid" in shown[0]


def test_demo_start_creates_a_city_ready_to_hand_out(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    open_database(path, create_demo=True)
    try:
        assert Recipient.select().count() == 400
        assert RuleSet.select().count() == 1
        student = Recipient.select().where(Recipient.group == "student").first()
        assert handouts.check(student.card_code, "COTTON-MASK").allowed
    finally:
        close_db()


def test_settings_save_the_station_operators_and_preferences(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_page("SettingsPage")
    assert isinstance(page, SettingsPage)
    page.station_name.setText("중앙동 임시 배부처")
    with qtbot.waitSignal(window.events.changed):
        page.save_station_button.click()
    assert stations.current_station().name == "중앙동 임시 배부처"  # type: ignore[union-attr]
    assert "중앙동 임시 배부처" in window.windowTitle()
    page.new_operator.setText("박자원")
    page.add_operator_button.click()
    assert "박자원" in stations.operators("OS-JA01")
    assert window.operator_combo.findText("박자원") >= 0
    page.receipt_format.setCurrentIndex(page.receipt_format.findData("58mm"))
    page.print_mode.setCurrentIndex(page.print_mode.findData("none"))
    page.large_type.setChecked(True)
    page.language.setCurrentIndex(page.language.findData("ko"))
    with qtbot.waitSignal(window.events.preferences_changed):
        page.save_preferences_button.click()
    assert (preferences.receipt_format(), preferences.print_mode()) == ("58mm", "none")
    assert preferences.large_type()
    assert preferences.language() == "ko"
    # Korean is installed at once, so the notice that the rest follows on restart is Korean.
    assert "다시 시작" in page.language_notice.text()
    desk = window.pages["DeskPage"]
    assert isinstance(desk, DeskPage)
    assert "30px" in desk.search_field.styleSheet()  # large type applied at once


def test_a_receipt_prints_through_qt_onto_a_pdf_printer(desk_db: Path, tmp_path: Path) -> None:
    student = Recipient.select().where(Recipient.group == "student").first()
    recorded = handouts.record(HandoutRequest(student.card_code, "COTTON-MASK", operator="김담당"))
    receipt = tmp_path / "receipt.pdf"
    render_receipt(handouts.receipt_data(recorded.handout_uid), "58mm", receipt)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render_pdf(receipt, printer) == 1
    source, printed = PdfReader(receipt).pages[0], PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == 1
    # the printed page keeps the roll's size (58 mm wide, within a point)
    assert abs(float(printed[0].mediabox.width) - float(source.mediabox.width)) < 1.5
    assert abs(float(printed[0].mediabox.height) - float(source.mediabox.height)) < 1.5


def test_todays_log_fills_once_the_desk_has_painted(
    desk_db: Path, receipts: Path, qtbot: QtBot
) -> None:
    student = Recipient.select().where(Recipient.group == "student").first()
    handouts.record(HandoutRequest(student.card_code, "COTTON-MASK", operator="김담당"))
    main = MainWindow()
    qtbot.addWidget(main)
    desk = main.pages["DeskPage"]
    assert isinstance(desk, DeskPage)
    main.show()
    qtbot.waitUntil(lambda: desk.log_model.rowCount() >= 1)
    assert desk.log_model.rows[0].recipient_uid == student.uid
    assert "Stock left" in desk.counters_label.text()
    main.shutdown()
