"""Search results as you type: a table model and a search worker on its own thread.

The worker thread has its own SQLite connection (peewee keeps one per thread) and only ever
answers the newest query, so a fast typist never queues up stale searches.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)

from ttasum_desk.services.lookup import LookupResult, lookup
from ttasum_desk.storage.db import close_thread_connection

_Index = QModelIndex | QPersistentModelIndex


def group_label(group: str) -> str:
    labels = {
        "student": QCoreApplication.translate("Desk", "Student"),
        "public": QCoreApplication.translate("Desk", "Public"),
        "vulnerable": QCoreApplication.translate("Desk", "Vulnerable"),
    }
    return labels.get(group, group)


def place_label(
    school: str | None, grade: int | None, klass: int | None, district: str | None
) -> str:
    """School, grade and class for students; the district for everyone else."""
    if school:
        if grade and klass:
            return QCoreApplication.translate(
                "Desk", "{school} grade {grade} class {klass}"
            ).format(school=school, grade=grade, klass=klass)
        return school
    return district or ""


class ResultTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Desk", "Name"),
        QT_TRANSLATE_NOOP("Desk", "Born"),
        QT_TRANSLATE_NOOP("Desk", "Group"),
        QT_TRANSLATE_NOOP("Desk", "School / district"),
        QT_TRANSLATE_NOOP("Desk", "Phone"),
        QT_TRANSLATE_NOOP("Desk", "Card"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LookupResult] = []

    def set_rows(self, rows: list[LookupResult]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Desk", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        values = (
            row.name,
            str(row.birth_year or ""),
            group_label(row.group),
            place_label(row.school, row.grade, row.klass, row.district),
            row.phone_last4 or "",
            row.card_code,
        )
        return values[index.column()]


class SearchWorker(QObject):
    """Lives on its own thread; ``search`` runs there, ``found`` carries the answer back."""

    found = Signal(int, str, list)  # request number, query, results

    def __init__(self) -> None:
        super().__init__()
        self._latest = 0
        self._latest_lock = threading.Lock()

    def note_request(self, number: int) -> None:
        """Called on the UI thread before the request is queued."""
        with self._latest_lock:
            self._latest = number

    @Slot(int, str)
    def search(self, number: int, query: str) -> None:
        with self._latest_lock:
            stale = number != self._latest
        if not stale:
            self.found.emit(number, query, lookup(query))

    @Slot()
    def close_connection(self) -> None:
        close_thread_connection()


class SearchRunner(QObject):
    """The UI side: ``request(query)`` queues a search; ``results`` fires with the newest."""

    results = Signal(str, list)
    _queue = Signal(int, str)
    _close = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self.search_thread = QThread()
        self.search_thread.setObjectName("desk-search")
        self.worker = SearchWorker()
        self.worker.moveToThread(self.search_thread)
        self._queue.connect(self.worker.search)
        self._close.connect(
            self.worker.close_connection, Qt.ConnectionType.BlockingQueuedConnection
        )
        self.worker.found.connect(self._deliver)
        self.search_thread.start()

    def request(self, query: str) -> None:
        self._number += 1
        self.worker.note_request(self._number)
        self._queue.emit(self._number, query)

    def cancel(self) -> None:
        """Forget pending searches (the field was cleared or a scan took over)."""
        self._number += 1
        self.worker.note_request(self._number)

    def _deliver(self, number: int, query: str, rows: list[LookupResult]) -> None:
        if number == self._number:
            self.results.emit(query, rows)

    def stop(self) -> None:
        if self.search_thread.isRunning():
            self.cancel()
            self._close.emit()
            self.search_thread.quit()
            self.search_thread.wait()
