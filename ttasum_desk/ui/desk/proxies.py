"""Who may collect for the person on the desk: registered proxies and household members.

Shift+F7 opens ``ProxiesDialog``: the registrations (names masked, until when), Del removes
the chosen one; a card code or a name and Enter finds the collector, Enter on them (or in the
until field) registers them. Each change is one audited operation. F7's list of collectors
(``fill_collectors``) says for each whether they are household or registered and until when,
so the status of the chosen collector is on screen before anything is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.clock import now
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.services import people
from ttasum_desk.services.lookup import lookup
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.operations import run_operation

if TYPE_CHECKING:
    from collections.abc import Callable

    from ttasum_desk.services.people import ProxyLine
    from ttasum_desk.services.profiles import Profile
    from ttasum_desk.ui.events import Events

FOUND_LIMIT = 20  # people listed for a name; a card code finds one


def registration_text(line: ProxyLine) -> str:
    """A registration as the desk shows it: the masked name, the card, and until when (or
    since when it has expired)."""
    who = f"{line.masked_name} ({line.card_code})"
    if line.until is None:
        return QCoreApplication.translate("Proxies", "{who}, registered, no end").format(who=who)
    if line.until < now().date():
        return QCoreApplication.translate("Proxies", "{who}, registration expired on {day}").format(
            who=who, day=line.until.isoformat()
        )
    return QCoreApplication.translate("Proxies", "{who}, registered until {day}").format(
        who=who, day=line.until.isoformat()
    )


def fill_collectors(combo: QComboBox, profile: Profile, registered: list[ProxyLine]) -> None:
    """F7's choices: the person, then household members and registered proxies, each with
    their standing (a registered household member shows as registered)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("DeskPage", "The person themself"), "")
    labels = {
        member.card_code: QCoreApplication.translate(
            "Proxies", "{name} ({card}), household, born {year}"
        ).format(name=mask_name(member.name), card=member.card_code, year=member.birth_year or "?")
        for member in profile.household
    }
    for line in registered:
        labels[line.card_code] = registration_text(line)
    for card, label in labels.items():
        combo.addItem(label, card)
    combo.blockSignals(False)


class ProxiesDialog(QDialog):
    def __init__(
        self, profile: Profile, operator: str, events: Events, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile, self.operator, self.events = profile, operator, events
        self.changed = False
        self.setWindowTitle(self.tr("Who may collect for {name}").format(name=profile.name))
        self.registered_list = QListWidget()
        self.registered_list.setAccessibleName(self.tr("Registered proxies"))
        self.remove_button = QPushButton(self.tr("Remove (Del)"))
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("card code or name, then Enter"))
        self.found_list = QListWidget()
        self.found_list.setAccessibleName(self.tr("People found"))
        self.until_field = QLineEdit()
        self.until_field.setPlaceholderText(self.tr("YYYY-MM-DD, or empty: no end"))
        self.add_button = QPushButton(self.tr("Register as proxy"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.remove_button, self.add_button, close):
            button.setAutoDefault(False)  # Enter belongs to the fields and lists
        self._build_layout(buttons)
        self.search_field.returnPressed.connect(self.find_people)
        self.found_list.itemActivated.connect(lambda _: self.add())
        self.until_field.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.registered_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.refresh()
        self.search_field.setFocus()

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        add = QGridLayout()
        add.addWidget(QLabel(self.tr("Card or name")), 0, 0)
        add.addWidget(self.search_field, 0, 1)
        add.addWidget(self.found_list, 1, 1)
        add.addWidget(QLabel(self.tr("Until")), 2, 0)
        add.addWidget(self.until_field, 2, 1)
        add.addWidget(self.add_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Registered to collect for this person:")))
        layout.addWidget(self.registered_list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Register someone else to collect:")))
        layout.addLayout(add)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setTabOrder(self.search_field, self.found_list)
        self.setTabOrder(self.found_list, self.until_field)
        self.setTabOrder(self.until_field, self.add_button)
        self.setTabOrder(self.add_button, self.registered_list)
        self.setTabOrder(self.registered_list, self.remove_button)
        self.resize(560, 520)

    def refresh(self) -> None:
        self.registered_list.clear()
        for line in people.proxies_of(self.profile.recipient_uid):
            item = QListWidgetItem(registration_text(line))
            item.setData(Qt.ItemDataRole.UserRole, line.card_code)
            self.registered_list.addItem(item)
        if self.registered_list.count():
            self.registered_list.setCurrentRow(0)
        self.remove_button.setEnabled(self.registered_list.count() > 0)

    def find_people(self) -> None:
        """The people the card code or name finds, the first one chosen and focused."""
        self.found_list.clear()
        for found in lookup(self.search_field.text().strip())[:FOUND_LIMIT]:
            if found.recipient_uid == self.profile.recipient_uid:
                continue
            item = QListWidgetItem(
                self.tr("{name} (born {year}) · {card}").format(
                    name=found.name, year=found.birth_year or "?", card=found.card_code
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, found.card_code)
            self.found_list.addItem(item)
        if self.found_list.count():
            self.found_list.setCurrentRow(0)
            self.found_list.setFocus()
            self.message_label.clear()
        else:
            self.message_label.setText(self.tr("No one found. Check the card code or the name."))

    def add(self) -> None:
        chosen = self.found_list.currentItem()
        if chosen is None:
            self.find_people()
            return
        card = str(chosen.data(Qt.ItemDataRole.UserRole))
        try:
            text = self.until_field.text().strip()
            until = date.fromisoformat(text) if text else None
        except ValueError:
            self.message_label.setText(
                self.tr("{text} is not a date: write it as 2020-06-30.").format(text=text)
            )
            self.until_field.setFocus()
            return
        uid = self.profile.recipient_uid
        if self._run(
            lambda: people.add_proxy(uid, card, until, self.operator),
            self.tr("Registered: {card} may collect for this person.").format(card=card),
        ):
            self.found_list.clear()
            self.search_field.clear()
            self.until_field.clear()
            self.search_field.setFocus()

    def remove_selected(self) -> None:
        chosen = self.registered_list.currentItem()
        if chosen is None:
            return
        card, uid = str(chosen.data(Qt.ItemDataRole.UserRole)), self.profile.recipient_uid
        self._run(
            lambda: people.remove_proxy(uid, card, self.operator),
            self.tr("Removed: {card} no longer collects for this person.").format(card=card),
        )
        self.registered_list.setFocus()

    def _run(self, action: Callable[[], object], done: str) -> bool:
        """One audited change; True when it was made (then the list shows it)."""
        uid = self.profile.recipient_uid
        if run_operation(
            self.events,
            self,
            action,
            Changes(recipients=True, uids=(uid,)),
            failure=self.message_label.setText,
            success=lambda _: self.message_label.setText(done),
        ):
            self.changed = True
            self.refresh()
            return True
        return False
