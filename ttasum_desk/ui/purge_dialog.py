"""The purge's confirmation: a day, and how many people a purge from it would erase.

The count is asked again whenever the day changes, so the button the coordinator presses names
exactly the number that goes (``services.purge`` says which fields).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.clock import now
from ttasum_desk.services import purge


class PurgeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase personal data after the campaign"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "People with no handout, registration change or class activity since this day "
                "lose their name, full birth date, phone digits, class and number, household "
                "link, statuses and notes. Card codes, handouts, receipts and counts stay."
            )
        )
        intro.setWordWrap(True)
        today = now().date()
        self.since = QDateEdit(QDate(today.year, today.month, today.day))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.count = QLabel()
        self.count.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton()
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (intro, QLabel(self.tr("Inactive since:")), self.since, self.count, buttons):
            layout.addWidget(widget)
        self.since.dateChanged.connect(self._count)
        self._count()

    def day(self) -> date:
        chosen = self.since.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _count(self) -> None:
        people = purge.inactive_count(self.day())
        self.count.setText(
            self.tr("{people} people have been inactive since {day}.").format(
                people=f"{people:,}", day=self.day().isoformat()
            )
        )
        self.erase_button.setText(
            self.tr("Erase the personal data of {people} people").format(people=f"{people:,}")
        )
        self.erase_button.setEnabled(people > 0)

    @classmethod
    def ask(cls, parent: QWidget | None) -> date | None:
        """The day the coordinator confirmed, or None when cancelled."""
        dialog = cls(parent)
        return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
