"""The coordinator's read-only view of the access log: who opened whom and when, newest
first, each name masked (the log is for accountability, not a second register)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from ttasum_desk.services import access_log
from ttasum_desk.ui.tables import row_table_view

ACTIONS: dict[str, str] = {
    "lookup": str(QT_TRANSLATE_NOOP("AccessLogView", "looked up")),
    "check": str(QT_TRANSLATE_NOOP("AccessLogView", "checked")),
    "profile": str(QT_TRANSLATE_NOOP("AccessLogView", "opened")),
}


class AccessLogView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Access log: who opened whom (names masked)"))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Operator"), self.tr("Action"), self.tr("Person")]
        )
        self.table = row_table_view(self.model)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(refresh)

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.model.setRowCount(0)
        for entry in access_log.newest():
            action = self.tr(ACTIONS.get(entry.action, entry.action))
            cells = [entry.at, entry.operator, action, entry.masked_name]
            self.model.appendRow([QStandardItem(text) for text in cells])
