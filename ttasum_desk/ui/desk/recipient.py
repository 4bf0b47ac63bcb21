"""The recipient panel: who is at the desk, their household, statuses and registered
proxies, and what they received. Its two buttons open the profile edit (F3) and the proxies
(Shift+F7); they take no focus, the keys stay in the desk's search field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.services.profiles import Profile
from ttasum_desk.ui.desk.proxies import registration_text
from ttasum_desk.ui.desk.results import group_label, place_label

if TYPE_CHECKING:
    from ttasum_desk.services.people import Details, ProxyLine


class RecipientPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.card_label, self.born_label, self.group_label = QLabel(), QLabel(), QLabel()
        self.place_label, self.phone_label = QLabel(), QLabel()
        self.household_label, self.received_label = QLabel(), QLabel()
        self.statuses_label, self.proxies_label = QLabel(), QLabel()
        for label in (
            self.household_label, self.received_label, self.place_label, self.proxies_label,
        ):  # fmt: skip
            label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit… (F3)"))
        self.proxies_button = QPushButton(self.tr("Proxies… (Shift+F7)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.name_label, 1)
        for button in (self.edit_button, self.proxies_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Card"), self.card_label)
        form.addRow(self.tr("Born"), self.born_label)
        form.addRow(self.tr("Group"), self.group_label)
        form.addRow(self.tr("School / district"), self.place_label)
        form.addRow(self.tr("Phone (last 4)"), self.phone_label)
        form.addRow(self.tr("Household"), self.household_label)
        form.addRow(self.tr("Statuses"), self.statuses_label)
        form.addRow(self.tr("Registered proxies"), self.proxies_label)
        form.addRow(self.tr("Received this period"), self.received_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addStretch(1)
        self.members_text = ""  # the household as show_profile wrote it
        self.set_large(False)
        self.show_profile(None)

    def set_large(self, large: bool) -> None:
        self.name_label.setStyleSheet(f"font-size: {34 if large else 24}px; font-weight: bold;")
        self.setStyleSheet(f"QLabel {{ font-size: {18 if large else 13}px; }}")
        self.name_label.setStyleSheet(f"font-size: {34 if large else 24}px; font-weight: bold;")

    def show_profile(self, profile: Profile | None) -> None:
        for button in (self.edit_button, self.proxies_button):
            button.setEnabled(profile is not None)
        if profile is None:
            self.name_label.setText(self.tr("No one selected"))
            for label in (
                self.card_label, self.born_label, self.group_label, self.place_label,
                self.phone_label, self.household_label, self.received_label,
                self.statuses_label, self.proxies_label,
            ):  # fmt: skip
                label.clear()
            return
        self.name_label.setText(profile.name)
        self.card_label.setText(profile.card_code)
        self.born_label.setText(profile.birth_date or str(profile.birth_year or ""))
        group = group_label(profile.group)
        if profile.disability:
            group = self.tr("{group}, with a disability").format(group=group)
        self.group_label.setText(group)
        place = place_label(profile.school, profile.grade, profile.klass, profile.district)
        if profile.school and profile.number:
            place = self.tr("{place}, no. {number}").format(place=place, number=profile.number)
        self.place_label.setText(place)
        self.phone_label.setText(profile.phone_last4 or "—")
        members = [f"{m.name} ({m.birth_year or '?'})" for m in profile.household]
        self.members_text = ", ".join(members) or self.tr("lives alone / not linked")
        self.household_label.setText(self.members_text)
        self.received_label.setText("")

    def show_standing(self, details: Details, registered: list[ProxyLine]) -> None:
        """The household's key, the statuses, and who is registered to collect for them."""
        if details.household_label:
            self.household_label.setText(
                self.tr("{key}: {members}").format(
                    key=details.household_label, members=self.members_text
                )
            )
        self.statuses_label.setText(", ".join(details.statuses) or "—")
        self.proxies_label.setText("\n".join(map(registration_text, registered)) or "—")

    def show_received(self, lines: list[str]) -> None:
        self.received_label.setText("\n".join(lines) or self.tr("nothing yet"))
