"""Settings' PIN section: the coordinator's PIN, and each operator's own PIN.

Both are coordinator's work, so they pass the PIN gate. Without a coordinator PIN anyone at
the desk may merge, import and change the station; the box says so in red.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ttasum_desk.services import roles, stations
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.pin_dialog import PinDialog
from ttasum_desk.ui.pin_gate import require_coordinator


class RolesBox(QGroupBox):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("PINs"))
        self.events = events
        form = QFormLayout(self)
        self.no_pin_warning = QLabel(
            self.tr(
                "No coordinator PIN is set: anyone at this desk can merge, import snapshots and "
                "rosters, change the rules and the station. Setting one is recommended."
            )
        )
        self.no_pin_warning.setWordWrap(True)
        self.no_pin_warning.setStyleSheet("color: #b00020;")
        self.coordinator_button = QPushButton(self.tr("Set the coordinator PIN…"))
        self.coordinator_button.clicked.connect(self.set_coordinator_pin)
        self.operator_choice = QComboBox()
        self.operator_button = QPushButton(self.tr("Set this operator's PIN…"))
        self.operator_button.clicked.connect(self.set_operator_pin)
        row = QHBoxLayout()
        row.addWidget(self.operator_choice, 1)
        row.addWidget(self.operator_button)
        form.addRow("", self.no_pin_warning)
        form.addRow(self.tr("Coordinator"), self.coordinator_button)
        form.addRow(self.tr("Operator"), row)
        self.load()
        events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.station:
            self.load()

    def load(self) -> None:
        station = stations.current_station()
        self.no_pin_warning.setVisible(station is not None and not roles.coordinator_pin_set())
        self.operator_choice.clear()
        self.operator_choice.addItems(stations.operators(station.code) if station else [])

    def _new_pin(self, whose: str) -> str | None:
        """The new PIN typed twice, or None; an empty one removes the PIN."""
        title = self.tr("New PIN")
        first = PinDialog.ask(
            self, title, self.tr("New PIN for {whose} (empty: no PIN):").format(whose=whose)
        )
        if first is None:
            return None
        again = PinDialog.ask(self, title, self.tr("The same PIN again:"))
        if again != first:
            QMessageBox.warning(self, title, self.tr("The two PINs differ: nothing was changed."))
            return None
        return first

    def set_coordinator_pin(self) -> None:
        operator = require_coordinator(self)
        pin = None if operator is None else self._new_pin(self.tr("the coordinator"))
        if operator is not None and pin is not None:
            run_operation(
                self.events, self, lambda: roles.set_coordinator_pin(pin, operator),
                Changes(station=True), failure=warn(self, self.tr("PINs")),
            )  # fmt: skip

    def set_operator_pin(self) -> None:
        name = self.operator_choice.currentText()
        operator = require_coordinator(self) if name else None
        pin = None if operator is None else self._new_pin(name)
        if operator is not None and pin is not None:
            run_operation(
                self.events, self, lambda: roles.set_operator_pin(name, pin, operator),
                Changes(station=True), failure=warn(self, self.tr("PINs")),
            )  # fmt: skip
