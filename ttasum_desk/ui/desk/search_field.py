"""The desk's search field: large, its arrow keys move through the results (or the visit's
lines), its text composed. While it is empty, Space ticks the chosen line of the visit and
+ or - change its quantity: a card code or a name never starts with them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ttasum_desk.domain.text import nfc


class SearchField(QLineEdit):
    moved = Signal(int)  # -1 up, +1 down
    escaped = Signal()
    toggled = Signal()  # Space in the empty field
    stepped = Signal(int)  # + or - in the empty field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def query(self) -> str:
        """The typed (or pasted) text, composed: text from macOS arrives decomposed."""
        return nfc(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if not self.text() and key == Qt.Key.Key_Space:
            self.toggled.emit()
            return
        if not self.text() and key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            self.stepped.emit(1 if key == Qt.Key.Key_Plus else -1)
            return
        super().keyPressEvent(event)
