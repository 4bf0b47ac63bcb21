"""Walk-in registration: the minimum fields, duplicates shown before saving, a card code.

The household (a member's card or the household's key), the statuses and a disability are
optional here, but rules may decide by them, so they can be given at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import registration, status_words
from ttasum_desk.services.lookup import LookupResult
from ttasum_desk.services.registration import Registered, Walkin
from ttasum_desk.ui.desk.profile_dialog import group_combo, household_key_field
from ttasum_desk.ui.desk.results import place_label
from ttasum_desk.ui.desk.statuses import StatusesField


class RegisterDialog(QDialog):
    def __init__(self, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.registered: Registered | None = None
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.name_field = QLineEdit()
        self.birth_field = QLineEdit()
        self.birth_field.setPlaceholderText(self.tr("2013-03-05, or the year alone"))
        self.group_combo = group_combo("public")
        self.district_field = QLineEdit()
        self.school_field = QLineEdit()
        self.grade_field, self.class_field, self.number_field = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.grade_field, self.class_field, self.number_field):
            spin.setRange(0, 99)
            spin.setSpecialValueText("—")
        self.phone_field = QLineEdit()
        self.phone_field.setMaxLength(4)
        self.phone_field.setPlaceholderText(self.tr("last 4 digits"))
        self.household_field = QLineEdit()
        self.household_field.setPlaceholderText(self.tr("card code of a household member"))
        self.household_key_field = household_key_field()
        self.disability_box = QCheckBox(self.tr("Has a disability"))
        self.statuses_field = StatusesField(status_words.in_use())
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name_field)
        self.form.addRow(self.tr("Birth date"), self.birth_field)
        self.form.addRow(self.tr("Group"), self.group_combo)
        self.form.addRow(self.tr("District (동)"), self.district_field)
        self.form.addRow(self.tr("School"), self.school_field)
        self.form.addRow(self.tr("Grade"), self.grade_field)
        self.form.addRow(self.tr("Class"), self.class_field)
        self.form.addRow(self.tr("Number"), self.number_field)
        self.form.addRow(self.tr("Phone"), self.phone_field)
        self.form.addRow(self.tr("Household"), self.household_field)
        self.form.addRow(self.tr("Household key"), self.household_key_field)
        self.form.addRow(self.tr("Statuses"), self.statuses_field)
        self.form.addRow("", self.disability_box)
        self._confirmed: Walkin | None = None
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet(
            "background: #ffb300; color: #000000; padding: 8px; border-radius: 4px;"
        )
        self.duplicates_label.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.group_combo.currentIndexChanged.connect(self._show_group_fields)
        for line in (self.name_field, self.birth_field, self.district_field, self.school_field):
            line.textEdited.connect(self._changed)
        self.group_combo.currentIndexChanged.connect(self._changed)
        self._show_group_fields()
        self.setMinimumWidth(460)

    def _show_group_fields(self) -> None:
        student = self.group_combo.currentData() == "student"
        for field in (self.school_field, self.grade_field, self.class_field, self.number_field):
            self.form.setRowVisible(field, student)

    def walkin(self) -> Walkin:
        return Walkin(
            name=self.name_field.text(),
            birth=self.birth_field.text(),
            group=str(self.group_combo.currentData()),
            district=self.district_field.text(),
            school=self.school_field.text(),
            grade=self.grade_field.value() or None,
            klass=self.class_field.value() or None,
            number=self.number_field.value() or None,
            phone_last4=self.phone_field.text().strip(),
            household_card=self.household_field.text(),
            disability=self.disability_box.isChecked(),
            household_key=self.household_key_field.text(),
            tags=self.statuses_field.text(),
        )

    def save(self) -> None:
        """Register; the first time look-alikes exist, show them instead and wait for a
        second, deliberate "Register anyway"."""
        walkin = self.walkin()
        self.error_label.clear()
        try:
            duplicates = registration.possible_duplicates(walkin)
            if duplicates and walkin != self._confirmed:
                self.show_duplicates(duplicates)
                self._confirmed = walkin
                return
            self.registered = registration.register(
                walkin, self.operator, allow_duplicates=bool(duplicates)
            )
        except UserError as error:
            self.error_label.setText(message(error))
            return
        self.accept()

    def show_duplicates(self, duplicates: list[LookupResult]) -> None:
        lines = [
            f"• {found.name} ({found.birth_date or found.birth_year}) · "
            f"{place_label(found.school, found.grade, found.klass, found.district)} · "
            f"{found.card_code}"
            for found in duplicates
        ]
        self.duplicates_label.setText(
            self.tr(
                "⚠ Possible duplicate. These registered people look like the person you are "
                "registering:\n{people}\nIf it is one of them, cancel and use their card."
            ).format(people="\n".join(lines))
        )
        self.duplicates_label.show()
        self.save_button.setText(self.tr("Register anyway"))

    def _changed(self) -> None:
        """Any edit withdraws the confirmation of look-alikes."""
        self._confirmed = None
        self.duplicates_label.hide()
        self.save_button.setText(self.tr("Register"))

    @classmethod
    def ask(cls, parent: QWidget | None, operator: str, name: str = "") -> Registered | None:
        """The dialog, with ``name`` filled in (what the desk searched for in vain)."""
        dialog = cls(operator, parent)
        dialog.name_field.setText(name)
        dialog.exec()
        return dialog.registered
