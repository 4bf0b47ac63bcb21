"""Editing the person on the desk (F3): household key, statuses, group, disability.

These are what the rules decide by (household limits, status conditions, proxy permissions),
so a correction at the counter must take effect at once: the dialog saves through the
service (one audited transaction) as an operation, and the desk opens the person again, which
decides again with the new data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.services import people, registration, status_words
from ttasum_desk.ui.desk.results import group_label
from ttasum_desk.ui.desk.statuses import StatusesField
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.operations import run_operation

if TYPE_CHECKING:
    from ttasum_desk.services.profiles import Profile
    from ttasum_desk.ui.events import Events


def household_key_field() -> QLineEdit:
    """The household key, as the walk-in dialog and the profile edit both ask for it."""
    field = QLineEdit()
    field.setPlaceholderText(
        QCoreApplication.translate(
            "ProfileDialog", "the same key for everyone who lives together, such as an address"
        )
    )
    return field


def group_combo(chosen: str) -> QComboBox:
    combo = QComboBox()
    for group in registration.GROUPS:
        combo.addItem(group_label(group), group)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class ProfileDialog(QDialog):
    def __init__(
        self, profile: Profile, operator: str, events: Events, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile, self.operator, self.events = profile, operator, events
        self.changed = False
        self.setWindowTitle(self.tr("Edit {name}").format(name=profile.name))
        details = people.details(profile.recipient_uid)
        self.household_field = household_key_field()
        self.household_field.setText(details.household_label)
        self.statuses_field = StatusesField(status_words.in_use())
        self.statuses_field.set_statuses(s for s in details.statuses if s != people.DISABILITY)
        self.group_combo = group_combo(details.group)
        self.disability_box = QCheckBox(self.tr("Has a disability"))
        self.disability_box.setChecked(details.disability)
        form = QFormLayout()
        form.addRow(self.tr("Household key"), self.household_field)
        form.addRow(self.tr("Statuses"), self.statuses_field)
        form.addRow(self.tr("Group"), self.group_combo)
        form.addRow("", self.disability_box)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{name}, card {card}").format(
            name=profile.name, card=profile.card_code
        )))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        """Save as one operation; a refusal stays in the dialog to be corrected."""
        uid = self.profile.recipient_uid
        self.changed = run_operation(
            self.events,
            self,
            lambda: people.set_details(
                uid,
                household_key=self.household_field.text(),
                tags=self.statuses_field.text(),
                group=str(self.group_combo.currentData()),
                disability=self.disability_box.isChecked(),
                operator=self.operator,
            ),
            Changes(recipients=True, uids=(uid,)),
            failure=self.error_label.setText,
        )
        if self.changed:
            self.accept()
