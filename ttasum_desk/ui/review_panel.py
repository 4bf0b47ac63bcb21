"""The detail of the review item chosen in the list, and its decision.

Both versions stand side by side, field by field; a field that differs is tinted AND marked
with "≠" before its name, so it reads without colour too. A double-dip lists its handouts
(station in full, time, quantity, receipt number) and the rule's limit. The decision (one of
the choices the service offers, with a reason) is the coordinator's: the PIN gate asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message, shown
from ttasum_desk.services import review
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation
from ttasum_desk.ui.pin_gate import require_coordinator

DIFFERS = QColor("#ffe08a")  # amber: a field that differs (the "≠" says it without colour)
MARK = "≠ "


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    return table


class ReviewPanel(QWidget):
    resolved = Signal(str)  # the uid of the item decided

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.detail: review.ReviewDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Choose an item in the list to see it here."))
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.fields = _table(3)
        self.handouts = _table(6)
        self.handouts.setHorizontalHeaderLabels(
            [self.tr("Receipt"), self.tr("Station"), self.tr("Time"), self.tr("Quantity"),
             self.tr("Item"), self.tr("Card")]
        )  # fmt: skip
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.handouts, 1)
        layout.addWidget(self.note)
        layout.addLayout(self._decision_row())
        self.show_item(None)

    def _decision_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.resolve_button = QPushButton(self.tr("Decide"))
        self.resolve_button.clicked.connect(self.resolve)
        self.reason.returnPressed.connect(self.resolve)
        row.addWidget(self.choice)
        row.addWidget(self.reason, 1)
        row.addWidget(self.resolve_button)
        return row

    def show_item(self, uid: str | None) -> None:
        """Show the item ``uid`` (None: nothing chosen)."""
        try:
            self.detail = review.detail(uid) if uid else None
        except UserError as gone:
            self.detail = None
            self.title.setText(message(gone))
        detail = self.detail
        if detail is None:
            if not uid:
                self.title.setText(self.tr("Choose an item in the list to see it here."))
            self.fields.setRowCount(0)
            self.handouts.setRowCount(0)
            self.note.clear()
            self.choice.clear()
        else:
            self.title.setText(shown(detail.title))
            self._fill_fields(detail)
            self._fill_handouts(detail)
            self.note.setText(shown(detail.note) if detail.note else "")
            self.choice.clear()
            for choice, label in detail.choices:
                self.choice.addItem(shown(label), str(choice))
        self.fields.setVisible(bool(detail and detail.fields))
        self.handouts.setVisible(bool(detail and detail.handouts))
        for widget in (self.choice, self.reason, self.resolve_button):
            widget.setEnabled(detail is not None)
        self.reason.clear()

    def _fill_fields(self, detail: review.ReviewDetail) -> None:
        table = self.fields
        table.setHorizontalHeaderLabels([self.tr("Field"), shown(detail.left), shown(detail.right)])
        table.setRowCount(len(detail.fields))
        for number, field in enumerate(detail.fields):
            label = (MARK if field.differs else "") + shown(field.label)
            cells = [QTableWidgetItem(text) for text in
                     (label, shown(field.ours), shown(field.theirs))]  # fmt: skip
            for column, cell in enumerate(cells):
                if field.differs:
                    cell.setBackground(DIFFERS)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setToolTip(self.tr("The two versions differ here"))
                table.setItem(number, column, cell)
        table.resizeRowsToContents()

    def _fill_handouts(self, detail: review.ReviewDetail) -> None:
        table = self.handouts
        table.setRowCount(len(detail.handouts))
        for number, line in enumerate(detail.handouts):
            when = line.handed_at[:16].replace("T", " ")
            receipt = (
                line.receipt_no
                if line.live
                else self.tr("{receipt} (voided)").format(receipt=line.receipt_no)
            )
            texts = (receipt, line.station_code, when, str(line.quantity), line.item_code,
                     f"{line.card_code} {line.name}")  # fmt: skip
            for column, text in enumerate(texts):
                table.setItem(number, column, QTableWidgetItem(text))

    def resolve(self) -> None:
        """Decide the shown item with the chosen option and the reason, behind the PIN."""
        detail = self.detail
        if detail is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.note.setText(self.tr("Give a reason for the decision."))
            self.reason.setFocus()
            return
        operator = require_coordinator(self)
        if operator is None:
            return
        choice = review.Choice(self.choice.currentData())
        decided = run_operation(
            self.events,
            self,
            lambda: review.resolve(detail.uid, choice, reason, operator),
            Changes(reviews=True),
            failure=self.note.setText,
        )
        if decided:
            self.resolved.emit(detail.uid)
