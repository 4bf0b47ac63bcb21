"""The nurse page's stock box: batches and stock per lot, the low-stock warning, receiving and
correcting a batch, and the weekly workbook.

Its texts stay in the nurse page's translation context, where they were before the box had a
module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import batches, nurse_reports
from ttasum_desk.storage.stock import ItemStock
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.file_dialogs import Kind, dated_name
from ttasum_desk.ui.nurse_dialogs import CorrectBatchDialog, ReceiveBatchDialog
from ttasum_desk.ui.nurse_models import StockTableModel
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.tables import row_table_view


class StockBox(QGroupBox):
    """Batches and stock; ``item_code`` is the page's item, ``say`` and ``fail`` its status."""

    def __init__(
        self,
        events: Events,
        item_code: Callable[[], str],
        say: Callable[[str], object],
        fail: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("NursePage", "Batches and stock"), parent)
        self.events = events
        self.item_code = item_code
        self.say = say
        self.fail = fail
        self.model = StockTableModel(self)
        self.view = row_table_view(self.model)
        self.low_stock_label = QLabel()
        self.low_stock_label.setWordWrap(True)
        self.receive_button = QPushButton(
            QCoreApplication.translate("NursePage", "Receive a &batch…")
        )
        self.correct_button = QPushButton(
            QCoreApplication.translate("NursePage", "C&orrect the selected batch…")
        )
        self.weekly_button = QPushButton(
            QCoreApplication.translate("NursePage", "&Weekly workbook…")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        row.addWidget(self.low_stock_label, 1)
        for button in (self.receive_button, self.correct_button, self.weekly_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.receive_button.clicked.connect(self.receive_batch)
        self.correct_button.clicked.connect(self.correct_batch)
        self.weekly_button.clicked.connect(self.save_weekly_workbook)

    def refresh(self) -> list[ItemStock]:
        """Read the stock again; returns the report, for the page's lot list."""
        report = batches.stock_report()
        self.model.set_report(report)
        low = [
            QCoreApplication.translate(
                "NursePage", "{item} {on_hand} {unit} left (warning at {limit})"
            ).format(item=i.item_name, on_hand=i.on_hand, unit=i.unit, limit=i.low_stock)
            for i in report
            if i.is_low
        ]
        warning = QCoreApplication.translate(
            "NursePage", "Low stock: {items}. Receive a batch soon."
        )
        self.low_stock_label.setText("⚠ " + warning.format(items=", ".join(low)) if low else "")
        return report

    def receive_batch(self) -> None:
        request = ReceiveBatchDialog.ask(preferences.operator(), self.item_code(), self)
        if request is None:
            return
        run_operation(
            self.events,
            self,
            lambda: batches.receive(request),
            Changes(batches=True),
            failure=warn(self, QCoreApplication.translate("NursePage", "Receive a batch")),
            success=lambda line: self.say(
                QCoreApplication.translate(
                    "NursePage", "Received lot {lot}: {quantity} on hand."
                ).format(lot=line.lot_no, quantity=line.on_hand)
            ),
        )

    def correct_batch(self) -> None:
        chosen = self.model.row_at(self.view.currentIndex().row())
        line = chosen.batch if chosen else None
        if line is None:
            self.say(
                QCoreApplication.translate("NursePage", "Select a batch in the stock list first.")
            )
            return
        answer = CorrectBatchDialog.ask(line.lot_no, line.received, self)
        if answer is None:
            return
        run_operation(
            self.events,
            self,
            lambda: batches.correct(line.batch_uid, *answer, preferences.operator()),
            Changes(batches=True),
            failure=warn(self, QCoreApplication.translate("NursePage", "Correct a batch")),
            success=lambda corrected: self.say(
                QCoreApplication.translate(
                    "NursePage", "Lot {lot} now counts {quantity} received, {on_hand} on hand."
                ).format(
                    lot=corrected.lot_no, quantity=corrected.received, on_hand=corrected.on_hand
                )
            ),
        )

    def save_weekly_workbook(self) -> None:
        name, _ = file_dialogs.get_save_file_name(
            self,
            QCoreApplication.translate("NursePage", "Weekly workbook"),
            dated_name("weekly", ".xlsx"),
            QCoreApplication.translate("NursePage", "Excel workbook (*.xlsx)"),
            kind=Kind.REPORT,
        )
        if not name:
            return
        try:
            path = nurse_reports.write_weekly(Path(name))
        except UserError as error:
            self.fail(message(error))
            return
        self.say(
            QCoreApplication.translate("NursePage", "Weekly workbook saved: {path}").format(
                path=str(path)
            )
        )
