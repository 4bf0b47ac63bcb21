"""The coordinator page's table models: files and their outcome, items to review."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ttasum_desk.i18n import shown
from ttasum_desk.services import merge, review
from ttasum_desk.ui.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoordinatorPage", text)


@dataclass
class FileRow:
    path: Path
    outcome: merge.FileOutcome | None = None


class FileTableModel(RowTableModel):
    """Day-files to merge, with their outcome once merged."""

    CONTEXT = "CoordinatorPage"

    HEADERS = (
        QT_TRANSLATE_NOOP("CoordinatorPage", "File"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Station"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Day"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Rows"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Inserted"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Duplicates"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Conflicts"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Rejected"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Outcome"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FileRow] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        result = row.outcome
        column = index.column()
        if column == 0:
            return row.path.name
        if result is None:
            waiting = QCoreApplication.translate("CoordinatorPage", "waiting")
            return waiting if column == 8 else ""
        if column == 8:
            if result.error:
                text = QCoreApplication.translate("CoordinatorPage", "Not merged: {error}")
                return text.format(error=result.error)
            if result.altered:
                text = QCoreApplication.translate("CoordinatorPage", "ALTERED: {problems}")
                return text.format(problems=result.problems_text())
            if result.notes:
                text = QCoreApplication.translate("CoordinatorPage", "Merged. Note: {notes}")
                return text.format(notes=result.notes_text())
            return QCoreApplication.translate("CoordinatorPage", "Merged")
        values = (result.station_code, result.day, result.rows, result.inserted,
                  result.duplicates, result.conflicts, result.rejected)  # fmt: skip
        return values[column - 1]

    def add(self, paths: list[Path]) -> None:
        known = {row.path for row in self.rows}
        fresh = [path for path in paths if path not in known]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows += [FileRow(path) for path in fresh]
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def set_outcomes(self, outcomes: list[merge.FileOutcome]) -> None:
        by_name = {outcome.file: outcome for outcome in outcomes}
        for row in self.rows:
            row.outcome = by_name.get(row.path.name, row.outcome)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 8))


class ReviewTableModel(RowTableModel):
    """Open review items, one line each: kind, who or what (card codes, receipt numbers,
    people's names masked), the stations in full, the file and when it was found. The detail
    of the selected one is in ``ui.review_panel``."""

    CONTEXT = "CoordinatorPage"

    HEADERS = (
        QT_TRANSLATE_NOOP("CoordinatorPage", "Kind"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Subject"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Stations"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Found"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "File"),
    )
    KINDS: ClassVar[dict[str, object]] = {
        "conflict": QT_TRANSLATE_NOOP("CoordinatorPage", "Conflict"),
        "double_dip": QT_TRANSLATE_NOOP("CoordinatorPage", "Double-dip"),
        "same_person": QT_TRANSLATE_NOOP("CoordinatorPage", "Registered twice"),
        "unsigned": QT_TRANSLATE_NOOP("CoordinatorPage", "Unsigned file"),
    }  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[review.ReviewRow] = []

    def reload(self) -> None:
        self.set_rows(review.open_rows())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        ):  # fmt: skip
            return None
        row = self.rows[index.row()]
        cells = (_tr(str(self.KINDS.get(row.kind, row.kind))), shown(row.subject), row.stations,
                 row.found_at, row.file_name)  # fmt: skip
        return cells[index.column()]
