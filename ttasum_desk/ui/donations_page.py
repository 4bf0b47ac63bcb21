"""Donations & workshops: finished masks brought back, and the mask-making sessions.

Keyboard first, like the desk: on the Donations tab scan the donor's card (or leave it empty
for an anonymous gift), Enter, type the number, Enter records, and the card field is ready
for the next. On the Workshops tab choose the session in the list and scan cards: Enter marks
the holder as attended, Ctrl+Enter signs them up. A full session asks the operator before
taking one more. Messages stay on the page, under the fields, so a queue keeps moving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.i18n import message
from ttasum_desk.services import donations, workshops
from ttasum_desk.services.catalogue import item_list
from ttasum_desk.ui import preferences
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation
from ttasum_desk.ui.row_table_model import Index, RowTableModel
from ttasum_desk.ui.tables import row_table_view

DONATED_ITEM = "FINISHED-MASK"  # chosen first when the rules list it


class DonationsModel(RowTableModel):
    CONTEXT = "Donations"
    HEADERS = (
        QT_TRANSLATE_NOOP("Donations", "Time"),
        QT_TRANSLATE_NOOP("Donations", "Donor"),
        QT_TRANSLATE_NOOP("Donations", "Item"),
        QT_TRANSLATE_NOOP("Donations", "Quantity"),
        QT_TRANSLATE_NOOP("Donations", "Lot"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        donor = (
            f"{mask_name(row.donor_name)} ({row.card_code})"
            if row.card_code
            else QCoreApplication.translate("Donations", "anonymous")
        )
        cells = (row.donated_at[11:16], donor, row.item_name, f"{row.quantity:,} {row.unit}")
        return (*cells, row.lot_no)[index.column()]


class WorkshopsModel(RowTableModel):
    CONTEXT = "Donations"
    HEADERS = (
        QT_TRANSLATE_NOOP("Donations", "No."),
        QT_TRANSLATE_NOOP("Donations", "Date"),
        QT_TRANSLATE_NOOP("Donations", "Place"),
        QT_TRANSLATE_NOOP("Donations", "Places"),
        QT_TRANSLATE_NOOP("Donations", "Signed up"),
        QT_TRANSLATE_NOOP("Donations", "Attended"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = (row.number, row.held_on, row.place, row.capacity, row.signed_up, row.attended)
        return str(cells[index.column()])


class DonationsPage(QWidget):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.tabs = QTabWidget()
        self.tabs.addTab(self._donations_tab(), self.tr("Donations"))
        self.tabs.addTab(self._workshops_tab(), self.tr("Workshops"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._focus_scan_field)
        events.changed.connect(self._changed)
        self.refresh()

    # --- donations ---------------------------------------------------------------------

    def _donations_tab(self) -> QWidget:
        self.donor_field = QLineEdit()
        self.donor_field.setPlaceholderText(self.tr("Scan the donor's card; empty: anonymous"))
        self.donated_item_combo = QComboBox()
        for item in item_list():
            self.donated_item_combo.addItem(f"{item.name} ({item.code})", item.code)
        found = self.donated_item_combo.findData(DONATED_ITEM)
        self.donated_item_combo.setCurrentIndex(max(found, 0))
        self.donated_quantity = QSpinBox()
        self.donated_quantity.setRange(1, donations.MAX_QUANTITY)
        self.donate_button = QPushButton(self.tr("&Record donation (Enter)"))
        self.donation_note = QLabel()
        self.donation_note.setWordWrap(True)
        self.donations_model = DonationsModel(self)
        self.donations_view = row_table_view(self.donations_model)
        form = QFormLayout()
        form.addRow(self.tr("Donor's card"), self.donor_field)
        form.addRow(self.tr("Item"), self.donated_item_combo)
        form.addRow(self.tr("Quantity"), self.donated_quantity)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(form)
        column.addWidget(self.donate_button)
        column.addWidget(self.donation_note)
        column.addWidget(QLabel(self.tr("Today's donations")))
        column.addWidget(self.donations_view, 1)
        self.donor_field.returnPressed.connect(self._to_quantity)
        self.donated_quantity.editingFinished.connect(self._quantity_entered)
        self.donate_button.clicked.connect(self.record_donation)
        return tab

    def _to_quantity(self) -> None:
        self.donated_quantity.setFocus()
        self.donated_quantity.selectAll()

    def _quantity_entered(self) -> None:
        """Enter in the quantity records; leaving the field by Tab or a click does not."""
        if self.donated_quantity.hasFocus():
            self.record_donation()

    def record_donation(self) -> None:
        request = donations.DonationRequest(
            item_code=str(self.donated_item_combo.currentData()),
            quantity=self.donated_quantity.value(),
            card_code=self.donor_field.text(),
            operator=preferences.operator(),
        )
        run_operation(
            self.events,
            self,
            lambda: donations.record(request),
            lambda row: Changes(batches=True, uids=(row.uid,)),
            failure=lambda text: self._note(self.donation_note, text, False),
            success=self._donated,
        )

    def _donated(self, row: donations.DonationRow) -> None:
        self._note(
            self.donation_note,
            self.tr("Thank you: {quantity} {unit} of {item} taken into stock as lot {lot}.").format(
                quantity=f"{row.quantity:,}", unit=row.unit, item=row.item_name, lot=row.lot_no
            ),
            True,
        )
        self.donor_field.clear()
        self.donor_field.setFocus()
        self.refresh()

    # --- workshops ---------------------------------------------------------------------

    def _workshops_tab(self) -> QWidget:
        self.session_date = QDateEdit(QDate.currentDate())
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.session_place = QLineEdit()
        self.session_place.setPlaceholderText(self.tr("Where, such as the community centre hall"))
        self.session_capacity = QSpinBox()
        self.session_capacity.setRange(1, workshops.MAX_CAPACITY)
        self.session_capacity.setValue(20)
        self.add_session_button = QPushButton(self.tr("&Add workshop"))
        self.workshops_model = WorkshopsModel(self)
        self.workshops_view = row_table_view(self.workshops_model)
        self.attendee_field = QLineEdit()
        self.attendee_field.setPlaceholderText(
            self.tr("Scan a card: Enter marks attended, Ctrl+Enter signs up")
        )
        self.attend_button = QPushButton(self.tr("A&ttended (Enter)"))
        self.sign_up_button = QPushButton(self.tr("&Sign up (Ctrl+Enter)"))
        self.workshop_note = QLabel()
        self.workshop_note.setWordWrap(True)
        adding = QHBoxLayout()
        for label, widget in (
            (self.tr("Date"), self.session_date),
            (self.tr("Place"), self.session_place),
            (self.tr("Places"), self.session_capacity),
        ):
            adding.addWidget(QLabel(label))
            adding.addWidget(widget, 1 if widget is self.session_place else 0)
        adding.addWidget(self.add_session_button)
        scanning = QHBoxLayout()
        scanning.addWidget(self.attendee_field, 1)
        scanning.addWidget(self.attend_button)
        scanning.addWidget(self.sign_up_button)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(adding)
        column.addWidget(self.workshops_view, 1)
        column.addLayout(scanning)
        column.addWidget(self.workshop_note)
        self.add_session_button.clicked.connect(self.add_session)
        self.session_place.returnPressed.connect(self.add_session)
        self.attendee_field.returnPressed.connect(lambda: self.scan(workshops.attend))
        self.attend_button.clicked.connect(lambda: self.scan(workshops.attend))
        self.sign_up_button.clicked.connect(lambda: self.scan(workshops.sign_up))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.attendee_field)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.scan(workshops.sign_up))
        return tab

    def add_session(self) -> None:
        held_on = self.session_date.date().toString("yyyy-MM-dd")
        place, capacity = self.session_place.text(), self.session_capacity.value()
        run_operation(
            self.events,
            self,
            lambda: workshops.add(held_on, place, capacity, preferences.operator()),
            lambda row: Changes(workshops=True, uids=(row.uid,)),
            failure=lambda text: self._note(self.workshop_note, text, False),
            success=self._session_added,
        )

    def _session_added(self, row: workshops.WorkshopRow) -> None:
        self.session_place.clear()
        self.refresh()
        self._choose_session(row.number)
        self._note(
            self.workshop_note, self.tr("Workshop {number} added.").format(number=row.number), True
        )
        self.attendee_field.setFocus()

    def chosen_session(self) -> int | None:
        rows = self.workshops_view.selectionModel().selectedRows()
        row = self.workshops_model.row_at(rows[0].row()) if rows else None
        return row.number if row is not None else None

    def _choose_session(self, number: int) -> None:
        for index, row in enumerate(self.workshops_model.rows):
            if row.number == number:
                self.workshops_view.selectRow(index)

    def scan(self, action: Callable[..., workshops.Seat], confirm: bool = False) -> None:
        number, card = self.chosen_session(), self.attendee_field.text().strip()
        if number is None:
            self._note(self.workshop_note, self.tr("Choose a workshop in the list first."), False)
            return
        if not card:
            return

        def attempt() -> workshops.Seat | str:
            """The seat, or the refusal of a full session, for the operator to confirm."""
            try:
                return action(number, card, preferences.operator(), confirm)
            except workshops.OverCapacity as full:
                return message(full)

        run_operation(
            self.events,
            self,
            attempt,
            lambda seat: Changes() if isinstance(seat, str) else Changes(workshops=True),
            failure=self._refused,
            success=lambda done: self._scanned(done, action),
        )

    def _refused(self, text: str) -> None:
        self._note(self.workshop_note, text, False)
        self.attendee_field.selectAll()

    def _confirm_over_capacity(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Workshop full"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _scanned(self, seat: workshops.Seat | str, action: Callable[..., workshops.Seat]) -> None:
        if isinstance(seat, str):  # the session is full
            if self._confirm_over_capacity(seat):
                self.scan(action, confirm=True)
            else:
                self._refused(seat)
            return
        name = mask_name(seat.name)
        text = (
            self.tr("{name} attended workshop {number}.")
            if seat.attended
            else self.tr("{name} signed up for workshop {number}.")
        ).format(name=name, number=seat.workshop.number)
        self._note(self.workshop_note, text, True)
        self.attendee_field.clear()
        self.attendee_field.setFocus()
        self.refresh()
        self._choose_session(seat.workshop.number)

    # --- both --------------------------------------------------------------------------

    def _note(self, label: QLabel, text: str, good: bool) -> None:
        label.setText(text)
        label.setStyleSheet("color: #1e6b34;" if good else "color: #b00020; font-weight: bold;")

    def _changed(self, changes: Changes, initiator: object) -> None:
        if (changes.stock or changes.workshops) and initiator is not self:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._focus_scan_field()

    def _focus_scan_field(self) -> None:
        """Where a card scan goes on the tab in view."""
        (self.attendee_field if self.tabs.currentIndex() else self.donor_field).setFocus()

    def refresh(self) -> None:
        chosen = self.chosen_session()
        self.donations_model.set_rows(donations.today())
        self.workshops_model.set_rows(workshops.sessions())
        if chosen is not None:
            self._choose_session(chosen)
        elif self.workshops_model.rows:
            self.workshops_view.selectRow(0)
