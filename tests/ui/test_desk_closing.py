"""End of day at the desk: F9 shows today's close report and saves its PDF; F10 writes the
day-file and says where it went and how many rows it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.printing.pdftools import pdf_text
from tests.ui.test_desk import scan, student
from ttasum_desk.exchange import formats, reader
from ttasum_desk.services import dayfile
from ttasum_desk.storage.models import Handout
from ttasum_desk.ui.desk.closing import CloseReportDialog
from ttasum_desk.ui.desk.page import DeskPage


def record_one(desk: DeskPage, qtbot: QtBot) -> Handout:
    person = student()
    scan(desk, qtbot, person.card_code)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    return Handout.get(Handout.recipient == person.uid)


def _open_report(desk: DeskPage, qtbot: QtBot) -> CloseReportDialog:
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F9)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CloseReportDialog)]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


def test_f9_shows_the_day_and_saves_it_as_pdf(desk: DeskPage, qtbot: QtBot, receipts: Path) -> None:
    handout = record_one(desk, qtbot)
    dialog = _open_report(desk, qtbot)
    shown = dialog.view.toPlainText()
    assert "COTTON-MASK" in shown
    assert "김담당" in shown  # the operator, with one handout of two masks
    assert student().name not in shown
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    pdf = receipts / f"close-{dialog.data.station_code}-{dialog.data.day}.pdf"
    assert str(pdf) in dialog.status.text()
    text = pdf_text(pdf)
    assert "COTTON-MASK" in text
    assert dialog.data.day.isoformat() in text
    assert student().name not in text
    assert [(line.code, line.handouts, line.quantity) for line in dialog.data.items if
            line.handouts] == [("COTTON-MASK", 1, handout.quantity),
                               ("FILTER-PACK", 1, 1)]  # fmt: skip


def test_f10_writes_the_day_file_and_says_where_and_how_many_rows(
    desk: DeskPage, qtbot: QtBot, receipts: Path
) -> None:
    handout = record_one(desk, qtbot)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.export_job is None, timeout=60_000)
    path = receipts / dayfile.suggested_name()
    assert desk.banner.state == "done"
    detail = desk.banner.detail.text()
    assert str(path) in detail
    rows = reader.open_workbook(path).rows(formats.HANDOUTS)
    assert handout.uid in [row[0] for row in rows[1:]]
    assert "2 handouts" in detail  # the masks and the filter pack of one visit
