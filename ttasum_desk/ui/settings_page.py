"""Settings: the station profile, operators, the override limit, printing, language and the
desk's type size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.rules import MAX_QUANTITY
from ttasum_desk.i18n import install_translators
from ttasum_desk.services import roles, stations
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.pin_gate import require_coordinator
from ttasum_desk.ui.roles_box import RolesBox
from ttasum_desk.ui.station_keys import StationKeyRow

OFF = -1  # the override limit's spin box shows "Off" at its minimum


def kind_label(kind: str) -> str:
    labels = {
        "centre": QCoreApplication.translate("SettingsPage", "Community centre"),
        "school": QCoreApplication.translate("SettingsPage", "School"),
        "hub": QCoreApplication.translate("SettingsPage", "Coordinator's hub"),
    }
    return labels[kind]


class SettingsPage(QWidget):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        layout = QVBoxLayout(self)
        layout.addWidget(self._station_box())
        layout.addWidget(RolesBox(events, self))
        layout.addWidget(self._printing_box())
        layout.addWidget(self._desk_box())
        layout.addStretch(1)
        self.load()
        events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.station:
            self.load()

    # --- building -------------------------------------------------------------------------

    def _station_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Station"))
        form = QFormLayout(box)
        self.station_code = QLineEdit()
        self.station_name = QLineEdit()
        self.station_kind = QComboBox()
        for kind in stations.KINDS:
            self.station_kind.addItem(kind_label(kind), kind)
        self.save_station_button = QPushButton(self.tr("Save station"))
        self.save_station_button.clicked.connect(self.save_station)
        form.addRow(self.tr("Code"), self.station_code)
        form.addRow(self.tr("Name"), self.station_name)
        form.addRow(self.tr("Kind"), self.station_kind)
        form.addRow("", self.save_station_button)
        self.station_key = StationKeyRow(self.events)
        form.addRow(self.tr("Signing key"), self.station_key)
        self.operator_list = QListWidget()
        self.operator_list.setMaximumHeight(90)
        self.new_operator = QLineEdit()
        self.new_operator.setPlaceholderText(self.tr("Name of a new operator"))
        self.add_operator_button = QPushButton(self.tr("Add operator"))
        self.add_operator_button.clicked.connect(self.add_operator)
        self.new_operator.returnPressed.connect(self.add_operator)
        row = QHBoxLayout()
        row.addWidget(self.new_operator)
        row.addWidget(self.add_operator_button)
        form.addRow(self.tr("Operators"), self.operator_list)
        form.addRow("", row)
        form.addRow(self.tr("Override limit"), self._override_limit_row())
        return box

    def _override_limit_row(self) -> QHBoxLayout:
        """Overrides of more than this quantity need the coordinator's PIN (services.roles)."""
        self.override_limit = QSpinBox()
        self.override_limit.setRange(OFF, MAX_QUANTITY)
        self.override_limit.setSpecialValueText(self.tr("Off"))
        self.override_limit.setPrefix(self.tr("more than "))
        self.override_limit.setToolTip(
            self.tr(
                "An override of more than this quantity needs the coordinator's PIN each "
                "time. 0: every override. Off: none."
            )
        )
        self.save_override_limit_button = QPushButton(self.tr("Save limit"))
        self.save_override_limit_button.clicked.connect(self.save_override_limit)
        row = QHBoxLayout()
        row.addWidget(self.override_limit)
        row.addWidget(QLabel(self.tr("need the coordinator's PIN")))
        row.addWidget(self.save_override_limit_button)
        row.addStretch(1)
        return row

    def _printing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipts and printing"))
        form = QFormLayout(box)
        self.print_mode = QComboBox()
        modes = {
            "direct": self.tr("Print directly, no dialog"),
            "preview": self.tr("Show a print preview"),
            "pdf": self.tr("Save as PDF only"),
            "none": self.tr("No receipt"),
        }
        for mode in preferences.PRINT_MODES:
            self.print_mode.addItem(modes[mode], mode)
        self.printer = QComboBox()
        self.printer.addItem(self.tr("System default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.receipt_format = QComboBox()
        for fmt, label in (
            ("58mm", self.tr("58 mm thermal roll")),
            ("80mm", self.tr("80 mm thermal roll")),
            ("a4", self.tr("A4 sheet")),
        ):
            self.receipt_format.addItem(label, fmt)
        self.receipt_folder = QLineEdit()
        self.hangul_font = QLineEdit()
        self.hangul_font.setPlaceholderText(self.tr("Found on this computer"))
        self.choose_font_button = QPushButton(self.tr("Choose…"))
        self.choose_font_button.clicked.connect(self.choose_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.hangul_font)
        font_row.addWidget(self.choose_font_button)
        form.addRow(self.tr("After each handout"), self.print_mode)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Receipt format"), self.receipt_format)
        form.addRow(self.tr("Receipt PDF folder"), self.receipt_folder)
        form.addRow(self.tr("Hangul font for printing"), font_row)
        return box

    def _desk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Desk and language"))
        form = QFormLayout(box)
        self.large_type = QCheckBox(self.tr("Large type on the desk"))
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language_notice = QLabel()
        self.language_notice.setWordWrap(True)
        self.save_preferences_button = QPushButton(self.tr("Save printing and desk settings"))
        self.save_preferences_button.clicked.connect(self.save_preferences)
        form.addRow("", self.large_type)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_notice)
        form.addRow("", self.save_preferences_button)
        return box

    # --- data -----------------------------------------------------------------------------

    def load(self) -> None:
        station = stations.current_station()
        if station:
            self.station_code.setText(station.code)
            self.station_name.setText(station.name)
            self.station_kind.setCurrentIndex(self.station_kind.findData(station.kind))
        self.station_key.load(station is not None)
        self.operator_list.clear()
        self.operator_list.addItems(stations.operators(station.code) if station else [])
        limit = roles.override_limit()
        self.override_limit.setValue(OFF if limit is None else limit)
        for combo, value in (
            (self.print_mode, preferences.print_mode()),
            (self.printer, preferences.printer_name()),
            (self.receipt_format, preferences.receipt_format()),
            (self.language, preferences.language()),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.receipt_folder.setText(preferences.chosen_receipt_folder())
        self.receipt_folder.setPlaceholderText(str(preferences.receipt_folder()))
        self.hangul_font.setText(preferences.hangul_font())
        self.large_type.setChecked(preferences.large_type())

    def save_station(self) -> None:
        operator = require_coordinator(self)
        if operator is None:
            return
        run_operation(
            self.events,
            self,
            lambda: stations.set_station(
                self.station_code.text(),
                self.station_name.text(),
                str(self.station_kind.currentData()),
                operator,
            ),
            Changes(station=True),
            failure=warn(self, self.tr("Station")),
        )

    def add_operator(self) -> None:
        station = stations.current_station()
        if station is None:
            QMessageBox.warning(self, self.tr("Operators"), self.tr("Save the station first."))
            return
        coordinator = require_coordinator(self)
        if coordinator is None:
            return
        run_operation(
            self.events,
            self,
            lambda: stations.add_operator(station.code, self.new_operator.text(), coordinator),
            Changes(station=True),
            failure=warn(self, self.tr("Operators")),
            success=lambda _: self.new_operator.clear(),
        )

    def save_override_limit(self) -> None:
        operator = require_coordinator(self)
        if operator is None:
            return
        value = self.override_limit.value()
        run_operation(
            self.events,
            self,
            lambda: roles.set_override_limit(None if value == OFF else value, operator),
            Changes(station=True),
            failure=warn(self, self.tr("Override limit")),
        )

    def choose_font(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self, self.tr("Hangul font"), "", self.tr("Fonts (*.ttf *.otf *.ttc)")
        )
        if path:
            self.hangul_font.setText(path)

    def save_preferences(self) -> None:
        preferences.set_print_mode(str(self.print_mode.currentData()))
        preferences.set_printer_name(str(self.printer.currentData()))
        preferences.set_receipt_format(str(self.receipt_format.currentData()))
        preferences.set_receipt_folder(self.receipt_folder.text().strip())
        preferences.set_hangul_font(self.hangul_font.text().strip())
        preferences.set_large_type(self.large_type.isChecked())
        language = str(self.language.currentData())
        if language != preferences.language():
            preferences.set_language(language)
            install_translators()
            self.language_notice.setText(
                self.tr("The new language applies to everything after a restart of the app.")
            )
        self.events.preferences_changed.emit()
