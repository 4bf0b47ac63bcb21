"""School nurse mode: batches and stock at the top, a class below, served by ticks or a count.

Keyboard first: F2 focuses the card field (a scanned student card ticks that student and opens
their class), Space ticks the current row, Ctrl+Enter records the ticked students, Ctrl+B
receives a batch, Ctrl+P prints the class sheet. Every read and write goes through services.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import classes
from ttasum_desk.services.catalogue import item_list
from ttasum_desk.services.classes import ClassKey
from ttasum_desk.storage.stock import ItemStock
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.printed import BoxReporter, print_cards
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.nurse_counts import ClassCountBox
from ttasum_desk.ui.nurse_models import ClassListModel
from ttasum_desk.ui.nurse_picker import ClassPicker
from ttasum_desk.ui.nurse_stock import StockBox
from ttasum_desk.ui.operations import run_operation
from ttasum_desk.ui.tables import row_table_view

T = TypeVar("T")


def _labelled_row(pairs: list[tuple[str, QWidget]]) -> QHBoxLayout:
    """Label and field pairs side by side; each label's mnemonic focuses its field."""
    row = QHBoxLayout()
    for text, widget in pairs:
        caption = QLabel(text)
        caption.setBuddy(widget)
        row.addWidget(caption)
        row.addWidget(widget)
    return row


class NursePage(QWidget):
    served = Signal(int)  # students recorded by the last serve

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.notes: dict[str, tuple[str, bool]] = {}
        # Ticks not yet recorded, per class: a scan from another class opens that class and
        # the ticks of the one left wait there, never dropped.
        self.ticks: dict[ClassKey, set[str]] = {}
        self.shown_class: ClassKey | None = None
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.stock_box = StockBox(events, self.item_code, self.status_label.setText, self._fail)
        self.picker = ClassPicker()
        self.item_combo = QComboBox()
        for item in item_list():
            self.item_combo.addItem(f"{item.name} ({item.code})", item.code)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 999)
        self.quantity_spin.setValue(2)
        self.lot_combo = QComboBox()
        self.lot_combo.setAccessibleName(self.tr("Lot to hand out from"))
        self.card_field = QLineEdit()
        self.card_field.setPlaceholderText(self.tr("Scan a student card to tick (F2)"))
        self.class_model = ClassListModel(self)
        self.class_view = row_table_view(self.class_model)
        self.tick_all_button = QPushButton(self.tr("Tick &all"))
        self.record_button = QPushButton(self.tr("&Record ticked (Ctrl+Enter)"))
        self.undo_tick_button = QPushButton(
            self.tr("&Undo today's handout of the selected student")
        )
        self.count_box = ClassCountBox(
            events,
            lambda: (self.current_class(), self.item_code(), self.lot_uid()),
            self.status_label.setText,
            self._fail,
        )
        self.print_button = QPushButton(self.tr("&Print class sheet (Ctrl+P)"))
        self.cards_button = QPushButton(self.tr("Print the class's c&ards"))
        self._lay_out()
        self._connect()
        self._refresh_all()

    # --- layout ------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        picker = QFormLayout()
        picker.addRow(self.picker)
        serve_row = _labelled_row(
            [
                (self.tr("&Item"), self.item_combo),
                (self.tr("&Quantity each"), self.quantity_spin),
                (self.tr("Lo&t"), self.lot_combo),
            ]
        )
        serve_row.addWidget(self.card_field, 1)
        picker.addRow(serve_row)

        class_box = QGroupBox(self.tr("Class"))
        class_layout = QVBoxLayout(class_box)
        class_layout.addLayout(picker)
        body = QHBoxLayout()
        body.addWidget(self.class_view, 3)
        body.addWidget(self.count_box, 1)
        class_layout.addLayout(body, 1)
        buttons = QHBoxLayout()
        for button in (self.tick_all_button, self.record_button, self.undo_tick_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cards_button)
        buttons.addWidget(self.print_button)
        class_layout.addLayout(buttons)
        class_layout.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stock_box, 3)
        layout.addWidget(class_box, 5)

    def _connect(self) -> None:
        self.picker.class_changed.connect(self.refresh_class)
        self.item_combo.currentIndexChanged.connect(self._refresh_all)
        self.card_field.returnPressed.connect(self.scan_card)
        self.tick_all_button.clicked.connect(self._tick_all)
        self.record_button.clicked.connect(self.record_ticked)
        self.undo_tick_button.clicked.connect(self.undo_selected_tick)
        self.print_button.clicked.connect(self.print_class_sheet)
        self.cards_button.clicked.connect(self.print_class_cards)
        for keys, slot in (
            ("F2", self.card_field.setFocus),
            ("Ctrl+Return", self.record_ticked),
            ("Ctrl+Enter", self.record_ticked),
            ("Ctrl+B", self.stock_box.receive_batch),
            ("Ctrl+P", self.print_class_sheet),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self.class_view,
            self._toggle_current,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.events.changed.connect(self._changed)

    # --- the picker --------------------------------------------------------------------------

    def current_class(self) -> ClassKey | None:
        return self.picker.current()

    def item_code(self) -> str:
        return str(self.item_combo.currentData() or "")

    # --- refreshing --------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.recipients:  # a roster or snapshot may bring schools and classes
            self.picker.reload()
        if changes.stock or changes.recipients:
            self._refresh_all()

    def _refresh_all(self) -> None:
        self.refresh_stock()
        self.refresh_class()

    def refresh_stock(self) -> None:
        report = self.stock_box.refresh()
        self._fill_lots([item for item in report if item.item_code == self.item_code()])

    def _fill_lots(self, chosen: list[ItemStock]) -> None:
        """First in, first out, or one of the item's lots that still has stock."""
        kept = self.lot_combo.currentData()
        self.lot_combo.blockSignals(True)
        self.lot_combo.clear()
        self.lot_combo.addItem(self.tr("First in, first out"), None)
        for batch in chosen[0].batches if chosen else []:
            if batch.on_hand > 0:
                label = self.tr("Lot {lot} ({on_hand} left)")
                self.lot_combo.addItem(
                    label.format(lot=batch.lot_no, on_hand=batch.on_hand), batch.batch_uid
                )
        self.lot_combo.setCurrentIndex(max(0, self.lot_combo.findData(kept)))
        self.lot_combo.blockSignals(False)

    def lot_uid(self) -> str | None:
        data = self.lot_combo.currentData()
        return str(data) if data else None

    def refresh_class(self) -> None:
        key = self.current_class()
        if self.shown_class is not None:
            self.ticks[self.shown_class] = set(self.class_model.ticked_uids())
        self.shown_class = key
        if key is None or not self.item_code():
            self.class_model.set_members([], {})
            self.count_box.show_class(None)
            return
        try:
            listed = classes.class_list(key, self.item_code())
        except UserError as error:
            self.status_label.setText(message(error))
            return
        self.class_model.set_members(listed.members, self.notes, self.ticks.get(key))
        self.count_box.show_class(listed)

    # --- actions -----------------------------------------------------------------------------

    def _fail(self, text: str) -> None:
        self.status_label.setText("✗ " + text)

    def _run(
        self,
        action: Callable[[], T],
        changes: Changes,
        success: Callable[[T], object],
        failure: Callable[[str], object] | None = None,
    ) -> bool:
        return run_operation(
            self.events, self, action, changes, failure=failure or self._fail, success=success
        )

    def scan_card(self) -> None:
        code = self.card_field.text().strip()
        self.card_field.clear()
        if not code:
            return
        found = classes.student_by_card(code)
        if found is None:
            self.status_label.setText(
                "✗ " + self.tr("No student has the card {card}.").format(card=code)
            )
            return
        uid, key = found
        left, waiting = self.current_class(), len(self.class_model.ticked_uids())
        if key != left:
            self.picker.show_class(key)
        row = self.class_model.row_of(uid)
        self.class_model.set_ticked(row, True)
        self.class_view.selectRow(row)
        said = self.tr("Ticked card {card}.").format(card=code)
        if key != left and left is not None and waiting:
            said += " " + self.tr(
                "Grade {grade} class {klass} keeps its {count} ticks, not yet recorded."
            ).format(grade=left.grade, klass=left.klass, count=waiting)
        self.status_label.setText(said)

    def _toggle_current(self) -> None:
        row = self.class_view.currentIndex().row()
        if 0 <= row < len(self.class_model.rows):
            self.class_model.set_ticked(row, not self.class_model.rows[row].ticked)

    def _tick_all(self) -> None:
        self.class_model.tick_all(not all(row.ticked for row in self.class_model.rows))

    def record_ticked(self) -> None:
        ticked = self.class_model.ticked_uids()
        self._run(
            lambda: classes.serve_ticked(
                ticked,
                self.item_code(),
                self.quantity_spin.value(),
                preferences.operator(),
                lot_uid=self.lot_uid(),
            ),
            Changes(handouts=True),
            self._show_served,
        )

    def _show_served(self, outcomes: list[classes.TickOutcome]) -> None:
        self.class_model.tick_all(False)  # served: recorded or refused, each row says which
        recorded = [o for o in outcomes if o.handout_uid]
        for outcome in outcomes:
            if outcome.handout_uid:
                note = self.tr("Recorded, receipt {receipt}").format(receipt=outcome.receipt_no)
                self.notes[outcome.recipient_uid] = ("✓ " + note, False)
            else:
                self.notes[outcome.recipient_uid] = ("✗ " + outcome.refusal, True)
        refused = len(outcomes) - len(recorded)
        self.status_label.setText(
            self.tr("{recorded} recorded, {refused} refused (see the rows).").format(
                recorded=len(recorded), refused=refused
            )
        )
        self.served.emit(len(recorded))

    def undo_selected_tick(self) -> None:
        row = self.class_view.currentIndex().row()
        if not 0 <= row < len(self.class_model.rows):
            return
        member = self.class_model.rows[row].member
        self.notes.pop(member.recipient_uid, None)
        for uid in member.handout_uids_on_day:
            undo = functools.partial(classes.undo_tick, uid, preferences.operator())
            if not self._run(undo, Changes(handouts=True), lambda _: None):
                return

    def print_class_sheet(self) -> Path | None:
        key = self.current_class()
        if key is None:
            return None
        folder = preferences.receipt_folder()
        day = date.today().isoformat()
        path = folder / f"class-{day}-{key.school}-{key.grade}-{key.klass}-{self.item_code()}.pdf"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            classes.print_class_sheet(key, self.item_code(), path)
            from ttasum_desk.ui.printing import print_pdf

            print_pdf(path, preferences.print_mode(), preferences.printer_name(), self)
        except (UserError, OSError) as error:
            text = message(error) if isinstance(error, UserError) else str(error)
            QMessageBox.warning(self, self.tr("Class sheet"), text)
            return None
        self.status_label.setText(self.tr("Class sheet saved: {path}").format(path=str(path)))
        return path

    def print_class_cards(self) -> None:
        """Cards for every student of the class shown, by number, written in the background."""
        from ttasum_desk.services import cards  # reportlab, when first printing

        key = self.current_class()
        if key is None:
            return
        stem = f"cards-{key.school}-{key.grade}-{key.klass}"
        print_cards(self, BoxReporter(self), cards.for_class(key), stem, self._cards_printed)

    def _cards_printed(self, path: Path) -> None:
        self.status_label.setText(self.tr("Class cards saved: {path}").format(path=str(path)))
