"""Search results as you type: a table model and a search worker on its own thread.

The search thread has its own SQLite connection (peewee keeps one per thread), answers only
the newest query, so a fast typist never queues up stale searches, and ends when idle.

It is the one background worker that does not use ``ui.background``: a pool job per keystroke
would queue every stale prefix behind the one running and open a fresh connection for each,
where this thread drops superseded queries before they run and keeps one warm connection for
a whole typing burst. Like every worker it closes that connection when it ends.
"""

from __future__ import annotations

import atexit
import threading
import weakref
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)

from ttasum_desk.services.lookup import DEFAULT_LIMIT, LookupResult, lookup
from ttasum_desk.storage.db import close_thread_connection
from ttasum_desk.ui.row_table_model import RowTableModel

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


def results_count(count: int) -> str:
    """ "12 people"; at the lookup's limit, that there are more to narrow down; "" for none."""
    if not count:
        return ""
    if count >= DEFAULT_LIMIT:
        return QCoreApplication.translate("Desk", "{count}+ people: type more").format(count=count)
    return QCoreApplication.translate("Desk", "{count} people").format(count=count)


class ResultTableModel(RowTableModel):
    CONTEXT = "Desk"
    HEADERS = (
        QT_TRANSLATE_NOOP("Desk", "Name"),
        QT_TRANSLATE_NOOP("Desk", "Born"),
        QT_TRANSLATE_NOOP("Desk", "Group"),
        QT_TRANSLATE_NOOP("Desk", "School / district"),
        QT_TRANSLATE_NOOP("Desk", "Phone"),
        QT_TRANSLATE_NOOP("Desk", "Card"),
    )

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


class SearchThread(QThread):
    """Runs while people type, answering only the newest query; after LINGER seconds
    without one it closes its connection and ends, so an idle desk holds no thread and no
    stale connection, while a typing burst keeps one warm connection."""

    LINGER = 3.0
    found = Signal(int, str, list)  # request number, query, results

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk-search")
        self._wake = threading.Condition()
        self._pending: tuple[int, str] | None = None
        self._active = self._closing = False
        _threads.add(self)

    def request(self, number: int, query: str) -> None:
        with self._wake:
            self._pending = (number, query)
            starting = not self._active
            self._active = True
            self._closing = False
            self._wake.notify()
        if starting:
            self.wait()  # a previous run may be finishing its last lines
            self.start()

    def forget(self) -> None:
        with self._wake:
            self._pending = None

    def close(self) -> None:
        """End now (the database is about to close) and wait for it."""
        with self._wake:
            self._pending, self._closing = None, True
            self._wake.notify()
        self.wait()

    def run(self) -> None:
        try:
            while (job := self._next()) is not None:
                rows = lookup(job[1])
                with self._wake:
                    newer = self._pending is not None
                if not newer:
                    self.found.emit(job[0], job[1], rows)
        finally:
            close_thread_connection()

    def _next(self) -> tuple[int, str] | None:
        with self._wake:
            while self._pending is None:
                if self._closing or not self._wake.wait(self.LINGER):
                    self._active = False
                    return None
            job, self._pending = self._pending, None
            return job


_threads: weakref.WeakSet[SearchThread] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """No search thread may outlive the interpreter (Qt aborts on a running QThread)."""
    for thread in list(_threads):
        thread.close()


class SearchRunner(QObject):
    """The UI side: ``request(query)`` searches off the UI thread; ``results`` fires with
    the answer to the newest request."""

    results = Signal(str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self.search_thread = SearchThread()
        self.search_thread.found.connect(self._deliver)

    def request(self, query: str) -> None:
        self._number += 1
        self.search_thread.request(self._number, query)

    def cancel(self) -> None:
        """Forget pending searches (the field was cleared or a scan took over)."""
        self._number += 1
        self.search_thread.forget()

    def _deliver(self, number: int, query: str, rows: list[LookupResult]) -> None:
        if number == self._number:
            self.results.emit(query, rows)

    def stop(self) -> None:
        """End the search thread (before the database closes)."""
        self.cancel()
        self.search_thread.close()
