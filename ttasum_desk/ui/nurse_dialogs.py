"""Dialogs of the nurse page; each returns plain data through ``ask``."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.services.batches import BatchRequest
from ttasum_desk.services.catalogue import item_list


class ReceiveBatchDialog(QDialog):
    """Item, lot number, quantity, date received and source of a delivered batch."""

    def __init__(self, operator: str, item_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.setWindowTitle(self.tr("Receive a batch"))
        self.item_combo = QComboBox()
        for item in item_list():
            self.item_combo.addItem(f"{item.name} ({item.code})", item.code)
        if item_code:
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(item_code)))
        self.lot_field = QLineEdit()
        self.lot_field.setPlaceholderText(self.tr("as printed on the box"))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 1_000_000)
        self.quantity_spin.setValue(100)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.source_field = QLineEdit()
        self.source_field.setPlaceholderText(self.tr("e.g. the education office"))
        form = QFormLayout()
        form.addRow(self.tr("&Item"), self.item_combo)
        form.addRow(self.tr("&Lot number"), self.lot_field)
        form.addRow(self.tr("&Quantity"), self.quantity_spin)
        form.addRow(self.tr("&Received on"), self.date_edit)
        form.addRow(self.tr("&Source"), self.source_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.lot_field.setFocus()

    def request(self) -> BatchRequest:
        return BatchRequest(
            item_code=str(self.item_combo.currentData()),
            lot_no=self.lot_field.text(),
            quantity=self.quantity_spin.value(),
            received_at=self.received_at(),
            source=self.source_field.text(),
            operator=self.operator,
        )

    def received_at(self) -> str:
        """The chosen day at the current time of day: first in, first out orders batches by
        this moment, so a delivery of this afternoon must not count as older than one of this
        morning (a bare date would be midnight)."""
        moment = QDateTime(self.date_edit.date(), QTime.currentTime())
        return moment.toString("yyyy-MM-ddTHH:mm:ss")

    @classmethod
    def ask(
        cls, operator: str, item_code: str = "", parent: QWidget | None = None
    ) -> BatchRequest | None:
        dialog = cls(operator, item_code, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CorrectBatchDialog(QDialog):
    """What really arrived in a batch, and why it is corrected (a compensating entry)."""

    def __init__(self, lot_no: str, received: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct lot {lot}").format(lot=lot_no))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, 1_000_000)
        self.quantity_spin.setValue(received)
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText(self.tr("e.g. the box held 480, not 500"))
        form = QFormLayout()
        form.addRow(self.tr("&Really received"), self.quantity_spin)
        form.addRow(self.tr("&Reason"), self.reason_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, lot_no: str, received: int, parent: QWidget | None = None
    ) -> tuple[int, str] | None:
        """(true quantity, reason), or None when cancelled."""
        dialog = cls(lot_no, received, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.quantity_spin.value(), dialog.reason_field.text()
