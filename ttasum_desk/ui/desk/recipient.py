"""The recipient panel: who is at the desk, their household, and what they received."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ttasum_desk.services.profiles import Profile
from ttasum_desk.ui.desk.results import group_label, place_label


class RecipientPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.card_label, self.born_label, self.group_label = QLabel(), QLabel(), QLabel()
        self.place_label, self.phone_label = QLabel(), QLabel()
        self.household_label, self.received_label = QLabel(), QLabel()
        for label in (self.household_label, self.received_label, self.place_label):
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Card"), self.card_label)
        form.addRow(self.tr("Born"), self.born_label)
        form.addRow(self.tr("Group"), self.group_label)
        form.addRow(self.tr("School / district"), self.place_label)
        form.addRow(self.tr("Phone (last 4)"), self.phone_label)
        form.addRow(self.tr("Household"), self.household_label)
        form.addRow(self.tr("Received this period"), self.received_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_large(False)
        self.show_profile(None)

    def set_large(self, large: bool) -> None:
        self.name_label.setStyleSheet(f"font-size: {34 if large else 24}px; font-weight: bold;")
        self.setStyleSheet(f"QLabel {{ font-size: {18 if large else 13}px; }}")
        self.name_label.setStyleSheet(f"font-size: {34 if large else 24}px; font-weight: bold;")

    def show_profile(self, profile: Profile | None) -> None:
        if profile is None:
            self.name_label.setText(self.tr("No one selected"))
            for label in (
                self.card_label, self.born_label, self.group_label, self.place_label,
                self.phone_label, self.household_label, self.received_label,
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
        self.household_label.setText(", ".join(members) or self.tr("lives alone / not linked"))
        self.received_label.setText("")

    def show_received(self, lines: list[str]) -> None:
        self.received_label.setText("\n".join(lines) or self.tr("nothing yet"))
