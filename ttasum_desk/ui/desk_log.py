"""Today's log at the desk: one line per handout or void, newest first, names masked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.ui.row_table_model import RowTableModel

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
