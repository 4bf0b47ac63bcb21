"""A statuses field: comma-separated statuses, the ones already in use offered as you type.

Statuses ("consent", "pregnancy", …) are what rules and proxy permissions select people by,
so the same word must be typed the same way everywhere: the completer offers the statuses
the database already holds for the word being typed, after the last comma.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ","


class _LastWordCompleter(QCompleter):
    """Completes the status after the last comma and keeps the ones before it."""

    def __init__(self, words: list[str], field: QLineEdit) -> None:
        super().__init__(field)
        self.setModel(QStringListModel(words, self))
        self.field = field
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:  # Qt override
        return [path.rsplit(SEPARATOR, 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # Qt override
        done = self.field.text().rsplit(SEPARATOR, 1)[0] if SEPARATOR in self.field.text() else ""
        chosen = str(self.model().data(index))
        return f"{done}{SEPARATOR} {chosen}" if done else chosen


class StatusesField(QLineEdit):
    def __init__(self, in_use: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("comma-separated, such as consent, pregnancy"))
        self.setCompleter(_LastWordCompleter(sorted(in_use), self))

    def set_statuses(self, statuses: Iterable[str]) -> None:
        self.setText(f"{SEPARATOR} ".join(statuses))
