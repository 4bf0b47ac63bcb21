"""Today's log at the desk: one line per handout or void, newest first, names masked, with
the day's counters and the stock left."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import UserError
from ttasum_desk.ui.row_table_model import RowTableModel
from ttasum_desk.ui.tables import row_table_view

if TYPE_CHECKING:
    from ttasum_desk.storage.handouts import HandoutRow

_Index = QModelIndex | QPersistentModelIndex


def status_label(row: HandoutRow) -> str:
    if row.status == "void":
        return QCoreApplication.translate("Desk", "Void of an earlier handout")
    if row.voided_by:
        return QCoreApplication.translate("Desk", "Voided")
    if row.override_reason:
        return QCoreApplication.translate("Desk", "Override")
    return QCoreApplication.translate("Desk", "Handed out")


class TodayLogModel(RowTableModel):
    CONTEXT = "Desk"
    HEADERS = (
        QT_TRANSLATE_NOOP("Desk", "Time"),
        QT_TRANSLATE_NOOP("Desk", "Name"),
        QT_TRANSLATE_NOOP("Desk", "Item"),
        QT_TRANSLATE_NOOP("Desk", "Qty"),
        QT_TRANSLATE_NOOP("Desk", "Operator"),
        QT_TRANSLATE_NOOP("Desk", "Status"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.handed_at[11:16],
                mask_name(row.name),
                row.item_name,
                str(row.quantity),
                row.operator,
                status_label(row),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (row.status == "void" or row.voided_by):
            return QColor("#7f7f7f")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or row.override_reason or row.receipt_no
        return None


class TodayPanel(QWidget):
    """Today's log, its reprint and void buttons, and the day's counters and stock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_model = TodayLogModel(self)
        self.log_view = row_table_view(self.log_model)
        header = self.log_view.horizontalHeader()
        header.setMinimumSectionSize(32)
        header.setStretchLastSection(False)
        for column in (1, 2, 4, 5):  # name, item, operator, status share what is left, so
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # none hides
        self.counters_label = QLabel()
        self.counters_label.setWordWrap(True)
        # The panel's words keep the desk page's translation context, where they began; each
        # is written out in full, so that lupdate finds it.
        self.reprint_button = QPushButton(QCoreApplication.translate("DeskPage", "Reprint (F5)"))
        self.void_button = QPushButton(QCoreApplication.translate("DeskPage", "Void… (F6)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("DeskPage", "Today at this station")))
        layout.addWidget(self.log_view, 1)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.void_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keys
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.counters_label)

    def selected_row(self) -> HandoutRow | None:
        """The log line chosen, or the newest line when none is."""
        index = self.log_view.currentIndex()
        row: HandoutRow | None = self.log_model.row_at(index.row() if index.isValid() else 0)
        return row

    def receipt_of(self, handout_uid: str | None) -> str:
        """The receipt number of a line in today's log, or '' when it isn't there."""
        found = [row.receipt_no for row in self.log_model.rows if row.uid == handout_uid]
        return found[0] if found else ""

    def refresh(self) -> None:
        # Imported here: the handout services load after the desk is up (see the page).
        from ttasum_desk.services import batches, handouts

        try:
            rows = handouts.today_log()
        except UserError:
            rows = []
        self.log_model.set_rows(rows)
        given: Counter[str] = Counter()
        for row in rows:
            if row.status == "ok" and not row.voided_by:
                given[row.item_name] += row.quantity
        today = ", ".join(f"{name} {count}" for name, count in sorted(given.items()))
        stock = ", ".join(f"{item.item_name} {item.on_hand}" for item in batches.stock_report())
        self.counters_label.setText(  # these two began with the handout actions
            QCoreApplication.translate("DeskHandouts", "Handed out today: {today}").format(
                today=today or "—"
            )
            + "\n"
            + QCoreApplication.translate("DeskHandouts", "Stock left: {stock}").format(
                stock=stock or "—"
            )
        )
