"""The visit's lines: every item the person may be given now, each with its decision.

One scan decides every item a rule covers for the person; the lines allowed now are ticked at
the most they may receive, and Enter records the ticked ones together. The list never takes
the focus: from the search field Space ticks or unticks the chosen line, + and - change its
quantity, and the arrows choose another line while no search results are listed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from ttasum_desk.i18n import shown
from ttasum_desk.services.catalogue import ItemInfo

if TYPE_CHECKING:
    from ttasum_desk.domain.rules import Decision
    from ttasum_desk.services.handouts import VisitLine


@dataclass(frozen=True)
class Line:
    """One item of the visit as the desk shows it: whether it is ticked and how many."""

    item: ItemInfo
    decision: Decision
    ticked: bool
    quantity: int

    @classmethod
    def first(cls, line: VisitLine) -> Line:
        """A visit's line as first shown: ticked at its maximum when allowed."""
        from ttasum_desk.services import catalogue

        item = catalogue.item_by_code(line.item_code)
        assert item is not None  # the visit names items of the catalogue
        decision = line.decision
        return cls(item, decision, decision.allowed, max(1, decision.max_quantity))

    @property
    def most(self) -> int:
        """The most the spin box offers: the rules' maximum, or any amount for an override."""
        return max(1, self.decision.max_quantity) if self.decision.allowed else 999


class VisitLines(QListWidget):
    chosen = Signal(str)  # the item code of the line chosen by a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search field
        self.setAccessibleName(self.tr("Items of this visit"))
        self.itemChanged.connect(self._ticked_by_click)
        self.currentRowChanged.connect(self._chosen_by_click)
        self.hide()

    def show_lines(self, lines: list[Line], chosen: str) -> None:
        """Show the visit's lines, ``chosen`` (an item code) the current one; hidden while
        there is at most one line, which the banner says alone."""
        self.lines = lines
        self._refill()
        self.choose(chosen)
        self.setVisible(len(lines) > 1)

    def clear_lines(self) -> None:
        self.show_lines([], "")

    def line(self, code: str) -> Line | None:
        return next((line for line in self.lines if line.item.code == code), None)

    def ticked(self) -> list[Line]:
        return [line for line in self.lines if line.ticked]

    def choose(self, code: str) -> None:
        codes = [line.item.code for line in self.lines]
        if code in codes:
            self.blockSignals(True)
            self.setCurrentRow(codes.index(code))
            self.blockSignals(False)

    def step_choice(self, step: int) -> str | None:
        """Choose the line ``step`` away from the current one; its item code, or None."""
        if not self.lines:
            return None
        row = max(0, min(len(self.lines) - 1, self.currentRow() + step))
        return self.lines[row].item.code

    def toggle(self, code: str) -> None:
        """Tick or untick a line; a refused line is never ticked (F8 overrides it alone)."""
        line = self.line(code)
        if line is not None and line.decision.allowed:
            self._update(replace(line, ticked=not line.ticked))

    def set_quantity(self, code: str, quantity: int) -> None:
        line = self.line(code)
        if line is not None and line.quantity != quantity:
            self._update(replace(line, quantity=max(1, min(line.most, quantity))))

    def summary(self, lines: list[Line]) -> str:
        return ", ".join(f"{line.item.name} × {line.quantity}" for line in lines)

    def _update(self, changed: Line) -> None:
        code = changed.item.code
        self.lines = [changed if line.item.code == code else line for line in self.lines]
        self._refill()
        self.choose(changed.item.code)

    def _refill(self) -> None:
        row = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for line in self.lines:
            entry = QListWidgetItem(self._text(line))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if line.decision.allowed:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            entry.setFlags(flags)
            entry.setCheckState(Qt.CheckState.Checked if line.ticked else Qt.CheckState.Unchecked)
            self.addItem(entry)
        self.setCurrentRow(min(row, len(self.lines) - 1))
        self.blockSignals(False)
        self.setMaximumHeight(8 + self.sizeHintForRow(0) * max(1, len(self.lines)))

    def _text(self, line: Line) -> str:
        """Icon, item and reasons: words only from the rules' reasons, never colour alone."""
        decision = line.decision
        reasons = " ".join(shown(reason.message) for reason in decision.reasons)
        if decision.allowed:
            amount = f"{line.quantity} {line.item.unit}".strip()
            return f"✔ {line.item.name} × {amount} — {reasons}"
        if decision.next_eligible:
            reasons += " " + QCoreApplication.translate(
                "DeskHandouts", "Eligible again on {day}."
            ).format(day=decision.next_eligible.isoformat())
        return f"✖ {line.item.name} — {reasons}"

    def _ticked_by_click(self, entry: QListWidgetItem) -> None:
        line = self.lines[self.row(entry)]
        if line.ticked != (entry.checkState() == Qt.CheckState.Checked):
            self.toggle(line.item.code)

    def _chosen_by_click(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.chosen.emit(self.lines[row].item.code)


def stock_confirmed(parent: QWidget, lines: list[Line]) -> bool:
    """With no batch received the service would record anything: the operator confirms
    first, once for every such line short of its quantity. Once batches are here the
    service itself refuses more than is on hand."""
    from ttasum_desk.services import stock

    short = []
    for line in lines:
        shelf = stock.shelf(line.item.code) if line.item.track_stock else None
        if shelf is not None and not shelf.received and shelf.on_hand < line.quantity:
            short.append((line, shelf))
    if not short:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DeskHandouts", "Stock short"),
        "\n".join(
            QCoreApplication.translate(
                "DeskHandouts",
                "The stock shows {on_hand} {unit} of {item} on hand, fewer than {quantity}. "
                "Record the handout anyway?",
            ).format(
                on_hand=shelf.on_hand,
                unit=line.item.unit,
                item=line.item.name,
                quantity=line.quantity,
            )
            for line, shelf in short
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
