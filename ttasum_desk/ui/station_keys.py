"""Signing keys in the window: this station's fingerprint and enrolment file (Settings), and
the hub's enrolled stations with their fingerprints (Coordinator).

Enrolling always shows the fingerprint first, so the coordinator can compare it with the one
the station's Settings page shows (by phone, in person): a file alone proves nothing about who
wrote it until that key is known to be the station's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.signing import fingerprint
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import shown
from ttasum_desk.services import keys
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.pin_gate import require_coordinator

XLSX_FILTER = "Excel workbooks (*.xlsx)"


def _fixed_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StationKeyRow(QWidget):
    """This station's key fingerprint and the button that writes its enrolment file."""

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.fingerprint_label = _fixed_label()
        self.enrol_button = QPushButton(self.tr("Export enrolment file…"))
        self.enrol_button.clicked.connect(self.export_enrolment)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fingerprint_label, 1)
        row.addWidget(self.enrol_button)

    def load(self, has_station: bool) -> None:
        """Shown once the station has a code; its key is made then if it has none yet."""
        self.fingerprint_label.setText(keys.own_fingerprint() if has_station else "")
        self.enrol_button.setEnabled(has_station)

    def export_enrolment(self) -> None:
        name, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save the enrolment file"), "enrolment.xlsx", self.tr(XLSX_FILTER)
        )
        if name:
            run_operation(
                self.events, self, lambda: keys.export_enrolment(Path(name)), Changes(),
                failure=warn(self, self.tr("Enrolment file")),
            )  # fmt: skip


class EnrolledStations(QWidget):
    """The stations enrolled at this hub, and enrolment from a file or from their day-files."""

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Station"), self.tr("Key fingerprint"), self.tr("Enrolled")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        from_file = QPushButton(self.tr("Enrol from enrolment file…"))
        from_file.clicked.connect(self.enrol_from_file)
        from_day_files = QPushButton(self.tr("Enrol from day-files…"))
        from_day_files.clicked.connect(self.enrol_from_day_files)
        buttons = QHBoxLayout()
        buttons.addWidget(from_file)
        buttons.addWidget(from_day_files)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()
        events.changed.connect(lambda _changes: self.reload())

    def reload(self) -> None:
        enrolled = keys.enrolled_stations()
        self.table.setRowCount(len(enrolled))
        for row, station in enumerate(enrolled):
            cells = (station.station_code, fingerprint(station.public_key), station.enrolled_at)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def enrol_from_file(self) -> None:
        operator = require_coordinator(self)
        if operator is None:
            return
        name, _ = file_dialogs.get_open_file_name(
            self, self.tr("Enrolment file"), "", self.tr(XLSX_FILTER)
        )
        if not name:
            return
        try:
            enrolment = keys.read_enrolment(name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Enrolment file"), shown(error.message))
            return
        self._confirm_and_enrol(enrolment, operator, keys.SOURCE_FILE)

    def enrol_from_day_files(self) -> None:
        """The first merge's confirmation: the keys that signed these day-files, one by one."""
        operator = require_coordinator(self)
        if operator is None:
            return
        names, _ = file_dialogs.get_open_file_names(
            self, self.tr("Day-files to take keys from"), "", self.tr(XLSX_FILTER)
        )
        for enrolment in keys.unknown_signers([Path(name) for name in names]):
            self._confirm_and_enrol(enrolment, operator, keys.SOURCE_MERGE)

    def _confirm_and_enrol(self, enrolment: keys.Enrolment, operator: str, source: str) -> None:
        question = self.tr(
            "Station {station} ({name}) signs with key\n\n{fingerprint}\n\nCompare it with the "
            "key shown in Settings at the station. Enrol this key?"
        ).format(station=enrolment.station_code, name=enrolment.station_name,
                 fingerprint=enrolment.fingerprint)  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Enrol station"), question)
        if answer == QMessageBox.StandardButton.Yes:
            run_operation(
                self.events, self, lambda: keys.enrol(enrolment, operator, source),
                Changes(), failure=warn(self, self.tr("Enrol station")),
            )  # fmt: skip
            self.reload()
