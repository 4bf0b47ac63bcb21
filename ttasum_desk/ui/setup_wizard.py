"""The first run: a wizard for the station, its operators, the rules and the coordinator's PIN.

Shown when the database has no station. Nothing is written until Finish, which runs one
service call (``services.setup.set_up``, one transaction); Cancel leaves the database as it
was. Every field is reached with Tab and every page left with Enter or Alt+N.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.paths import resource
from ttasum_desk.services import rules, rules_text, setup, stations
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.rules_page import plain_words, problem_lines, read_only_text
from ttasum_desk.ui.settings_page import kind_label

OPERATOR_ROWS = 4  # more can be added in Settings later


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", "optional"))
    return edit


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("This station"))
        self.setSubTitle(self.tr("Every handout and day-file carries the station's code."))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("for example OS-JA01"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in stations.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        self.registerField("code*", self.code)
        self.registerField("name*", self.name)


class OperatorsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Operators"))
        self.setSubTitle(
            self.tr(
                "The people who hand out here; at least one. Each signs in by choosing their "
                "name, with their PIN when they have one (4 to 12 digits)."
            )
        )
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        grid.addWidget(QLabel(self.tr("PIN")), 0, 1)
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        for number in range(OPERATOR_ROWS):
            name, pin = QLineEdit(), pin_edit()
            name.setAccessibleName(self.tr("Operator {number}").format(number=number + 1))
            pin.setAccessibleName(self.tr("PIN of operator {number}").format(number=number + 1))
            name.textChanged.connect(self.completeChanged)
            grid.addWidget(name, number + 1, 0)
            grid.addWidget(pin, number + 1, 1)
            self.rows.append((name, pin))

    def operators(self) -> tuple[setup.OperatorSetup, ...]:
        return tuple(
            setup.OperatorSetup(name.text().strip(), pin.text())
            for name, pin in self.rows
            if name.text().strip()
        )

    def isComplete(self) -> bool:
        return bool(self.operators())


# the campaign the app was made for, offered first: the other samples are a choice away
FIRST_SAMPLE = "ttasum2020.toml"


class RulesChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Rules"))
        self.setSubTitle(
            self.tr("Who may receive what, how much and how often. The items come from the file.")
        )
        layout = QVBoxLayout(self)
        row = QGridLayout()
        self.sample = QComboBox()
        for path in sorted(resource("samples").glob("*.toml")):
            self.sample.addItem(path.name, str(path))
        self.sample.setCurrentIndex(max(0, self.sample.findText(FIRST_SAMPLE)))
        self.other_button = QPushButton(self.tr("Another &file…"))
        label = QLabel(self.tr("&Rules file"))
        label.setBuddy(self.sample)
        row.addWidget(label, 0, 0)
        row.addWidget(self.sample, 0, 1)
        row.addWidget(self.other_button, 0, 2)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        self.preview = read_only_text()
        layout.addWidget(self.preview, 1)
        self.text, self.source = "", ""
        self.sample.currentIndexChanged.connect(
            lambda _: self.choose(Path(self.sample.currentData()))
        )
        self.other_button.clicked.connect(self.pick_file)
        if self.sample.count():
            self.choose(Path(self.sample.currentData()))

    def pick_file(self) -> None:
        name, _ = file_dialogs.get_open_file_name(
            self,
            self.tr("Rules file"),
            "",
            QCoreApplication.translate("RulesPage", "Rules (*.toml)"),
        )
        if name:
            self.sample.blockSignals(True)
            self.sample.addItem(Path(name).name, name)
            self.sample.setCurrentIndex(self.sample.count() - 1)
            self.sample.blockSignals(False)
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        """Read and check the file; the page is complete only with a file free of problems."""
        self.text, self.source = "", path.name
        try:
            text = rules.read_rules_file(path)
        except UserError as error:
            self.preview.setPlainText(message(error))
        else:
            preview = rules_text.preview_text(text)
            if preview.book is None:
                self.preview.setPlainText(
                    self.tr("This file can't be used:") + "\n" + problem_lines(preview.problems)
                )
            else:
                self.text = text
                self.preview.setPlainText(plain_words((preview.book,)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.text)


class CoordinatorPinPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Coordinator PIN"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pin, self.again = pin_edit(), pin_edit()
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("PIN &again"), self.again)
        layout.addLayout(form)
        self.mismatch = QLabel()
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        for edit in (self.pin, self.again):
            edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        optional = "" if self.hub() else QCoreApplication.translate("SetupWizard", "optional")
        for edit in (self.pin, self.again):
            edit.setPlaceholderText(optional)
        if self.hub():
            self.setSubTitle(
                self.tr(
                    "Merging, snapshots, roster import, rules and station settings ask for this "
                    "PIN. A coordinator's hub needs one."
                )
            )
        else:
            self.setSubTitle(
                self.tr(
                    "Merging, snapshots, roster import, rules and station settings ask for this "
                    "PIN. A small station may leave it empty."
                )
            )

    def hub(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, SetupWizard) and wizard.station_page.kind.currentData() == "hub"

    def isComplete(self) -> bool:
        same = self.pin.text() == self.again.text()
        self.mismatch.setText("" if same else self.tr("The two PINs differ."))
        return same and (bool(self.pin.text().strip()) or not self.hub())


class SetupWizard(QWizard):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.setWindowTitle(self.tr("Setting up TTASUM Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.station_page = StationPage()
        self.operators_page = OperatorsPage()
        self.rules_page = RulesChoicePage()
        self.pin_page = CoordinatorPinPage()
        for page in (self.station_page, self.operators_page, self.rules_page, self.pin_page):
            self.addPage(page)
        self.resize(720, 520)

    def request(self) -> setup.SetupRequest:
        return setup.SetupRequest(
            code=self.station_page.code.text(),
            name=self.station_page.name.text(),
            kind=str(self.station_page.kind.currentData()),
            operators=self.operators_page.operators(),
            rules_text=self.rules_page.text,
            rules_source=self.rules_page.source,
            coordinator_pin=self.pin_page.pin.text(),
        )

    def accept(self) -> None:
        """Finish: everything in one transaction; on a refusal the wizard stays open."""
        request = self.request()
        if run_operation(
            self.events,
            self,
            lambda: setup.set_up(request),
            Changes.everything(),
            failure=warn(self, self.tr("Setting up TTASUM Desk")),
        ):
            super().accept()
