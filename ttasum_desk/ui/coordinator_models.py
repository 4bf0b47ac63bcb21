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

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.services import merge
from ttasum_desk.storage.review import ReviewItem
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


def _describe(values: dict[str, Any], against: dict[str, Any]) -> str:
    if not values:
        return QCoreApplication.translate("CoordinatorPage", "(its hash does not hold)")
    differing = [key for key in values if against.get(key) != values[key]] or list(values)[:3]
    shown = []
    for key in differing[:6]:
        value = values.get(key)
        shown.append(f"{key}: {mask_name(str(value)) if key == 'name' and value else value}")
    return "; ".join(shown)


class ReviewTableModel(RowTableModel):
    """Open review items: conflicts with both versions, double-dips, people registered twice."""

    CONTEXT = "CoordinatorPage"

    HEADERS = (
        QT_TRANSLATE_NOOP("CoordinatorPage", "Kind"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Subject"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "This database"),
        QT_TRANSLATE_NOOP("CoordinatorPage", "Other side"),
    )
    KINDS: ClassVar[dict[str, object]] = {
        "conflict": QT_TRANSLATE_NOOP("CoordinatorPage", "Conflict"),
        "double_dip": QT_TRANSLATE_NOOP("CoordinatorPage", "Double-dip"),
        "same_person": QT_TRANSLATE_NOOP("CoordinatorPage", "Registered twice"),
        "unsigned": QT_TRANSLATE_NOOP("CoordinatorPage", "Unsigned file"),
    }  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewItem] = []

    def reload(self) -> None:
        self.set_rows(merge.open_reviews())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        ):  # fmt: skip
            return None
        item = self.rows[index.row()]
        return self._cells(item)[index.column()]

    def _cells(self, item: ReviewItem) -> tuple[str, str, str, str]:
        kind = _tr(str(self.KINDS.get(item.kind, item.kind)))
        detail = item.detail
        if item.kind == "conflict":
            subject = f"{item.entity} {item.entity_key}"
            return (kind, subject, _describe(item.ours, item.theirs),
                    f"{item.file_name}: {_describe(item.theirs, item.ours)}")  # fmt: skip
        if item.kind == "double_dip":
            subject = f"{detail.get('card_code')} {mask_name(str(detail.get('name', '')))}"
            stations = ", ".join(detail.get("stations", []))
            amount = QCoreApplication.translate(
                "CoordinatorPage", "{quantity} of {limit} {item} ({period})"
            ).format(
                quantity=detail.get("quantity"), limit=detail.get("limit"),
                item=detail.get("item_code"), period=detail.get("period"),
            )  # fmt: skip
            return kind, subject, amount, stations
        if item.kind == "unsigned":
            why = QCoreApplication.translate(
                "CoordinatorPage",
                "no key is enrolled for this station: check who sent it, then enrol",
            )
            return kind, item.file_name, ", ".join(detail.get("stations", [])), why
        cards = detail.get("cards", [])
        stations = detail.get("stations", [])
        subject = f"{mask_name(str(detail.get('name', '')))} {detail.get('birth') or ''}"
        first = f"{cards[0]} ({stations[0]})" if cards and stations else ""
        second = f"{cards[-1]} ({stations[-1]})" if cards and stations else ""
        return kind, subject, first, second
