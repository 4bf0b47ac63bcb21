"""Table models of the nurse page: stock per batch, the class list with ticks, class counts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ttasum_desk.storage.class_counts import LiveCount
from ttasum_desk.storage.classes import ClassMember
from ttasum_desk.storage.stock import BatchStock, ItemStock
from ttasum_desk.ui.row_table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "NursePage"
_REFUSED = QColor("#fde2e1")
_DONE = QColor("#e3f4e8")
_LOW = QColor("#fff1cc")


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


@dataclass(frozen=True)
class StockLine:
    item: ItemStock
    batch: BatchStock | None  # None: an item with no batch here


class StockTableModel(RowTableModel):
    CONTEXT = _CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("NursePage", "Item"),
        QT_TRANSLATE_NOOP("NursePage", "Lot"),
        QT_TRANSLATE_NOOP("NursePage", "Received on"),
        QT_TRANSLATE_NOOP("NursePage", "Received"),
        QT_TRANSLATE_NOOP("NursePage", "Handed out"),
        QT_TRANSLATE_NOOP("NursePage", "On hand"),
        QT_TRANSLATE_NOOP("NursePage", "Item stock"),
    )

    def set_report(self, report: list[ItemStock]) -> None:
        lines: list[StockLine] = []
        for item in report:
            batches: list[BatchStock | None] = list(item.batches) or [None]
            lines += [StockLine(item, batch) for batch in batches]
        self.set_rows(lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: StockLine = self.rows[index.row()]
        item, batch = line.item, line.batch
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{item.item_name} ({item.item_code})"
            if batch is None:
                return (
                    QCoreApplication.translate("NursePage", "no batch yet")
                    if index.column() == 1
                    else ""
                )
            total = f"{item.on_hand} {item.unit}"
            if item.is_low:
                total = QCoreApplication.translate("NursePage", "{total} - low stock").format(
                    total=total
                )
            values = (
                batch.lot_no, batch.received_at[:10], batch.received, batch.handed_out,
                batch.on_hand, total,
            )  # fmt: skip
            return str(values[index.column() - 1])
        if role == Qt.ItemDataRole.BackgroundRole and item.is_low:
            return _LOW
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class ClassRow:
    member: ClassMember
    ticked: bool = False
    note: str = ""  # the last outcome: a refusal or "recorded"
    refused: bool = False


class ClassListModel(RowTableModel):
    CONTEXT = _CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("NursePage", "Tick"),
        QT_TRANSLATE_NOOP("NursePage", "No."),
        QT_TRANSLATE_NOOP("NursePage", "Name"),
        QT_TRANSLATE_NOOP("NursePage", "Card"),
        QT_TRANSLATE_NOOP("NursePage", "Received in all"),
        QT_TRANSLATE_NOOP("NursePage", "Today"),
        QT_TRANSLATE_NOOP("NursePage", "Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ClassRow] = []

    def set_members(
        self,
        members: list[ClassMember],
        notes: dict[str, tuple[str, bool]],
        ticked: set[str] | None = None,
    ) -> None:
        """New class list; ``notes`` keeps the last outcome per recipient uid, ``ticked`` the
        recipient uids ticked and not yet recorded."""
        ticked = ticked or set()
        self.beginResetModel()
        self.rows = [
            ClassRow(m, m.recipient_uid in ticked, *notes.get(m.recipient_uid, ("", False)))
            for m in members
        ]
        self.endResetModel()

    def ticked_uids(self) -> list[str]:
        return [row.member.recipient_uid for row in self.rows if row.ticked]

    def row_of(self, recipient_uid: str) -> int:
        for number, row in enumerate(self.rows):
            if row.member.recipient_uid == recipient_uid:
                return number
        return -1

    def set_ticked(self, row: int, ticked: bool) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].ticked != ticked:
            self.rows[row] = replace(self.rows[row], ticked=ticked)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def tick_all(self, ticked: bool) -> None:
        for row in range(len(self.rows)):
            self.set_ticked(row, ticked)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.set_ticked(index.row(), checked)
            return True
        return False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        member = row.member
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                "", "" if member.number is None else str(member.number), member.name,
                member.card_code, str(member.received_total),
                str(member.received_on_day) if member.received_on_day else "", row.note,
            )  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.refused:
                return _REFUSED
            if member.received_on_day:
                return _DONE
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class ClassCountsModel(RowTableModel):
    CONTEXT = _CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("NursePage", "Time"),
        QT_TRANSLATE_NOOP("NursePage", "Class count"),
        QT_TRANSLATE_NOOP("NursePage", "Lot"),
        QT_TRANSLATE_NOOP("NursePage", "Operator"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        count: LiveCount = self.rows[index.row()]
        values = (count.handed_at[11:16], str(count.quantity), count.lot_no or "-", count.operator)
        return values[index.column()]
