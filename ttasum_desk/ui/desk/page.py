"""The desk page: the search field, the banner, the person or the results, today's log.

Keyboard first: the search field has the focus whenever the desk is idle, and gets it back
after every dialog and action. Enter on a card code opens the person; Enter on an empty field
records; Esc clears; F-keys do the rest. Text that found no one stays selected, so the next
scan replaces it instead of being appended.
Every read and write goes through services; this page only shows and asks. The actions live
beside it: on handouts (ui.desk.handouts), today's log (ui.desk.log_actions) and people
(ui.desk.person_actions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import access_log, card_replacement, catalogue, people, profiles
from ttasum_desk.services.catalogue import ItemInfo
from ttasum_desk.services.lookup import LookupResult, lookup
from ttasum_desk.services.profiles import Profile
from ttasum_desk.ui import preferences
from ttasum_desk.ui.background import QUEUED, BackgroundJob, start_job
from ttasum_desk.ui.desk.banner import BannerState, DecisionBanner
from ttasum_desk.ui.desk.closing import export_at_desk, open_close_report
from ttasum_desk.ui.desk.handouts import DeskHandouts
from ttasum_desk.ui.desk.hints import idle_hint
from ttasum_desk.ui.desk.log import TodayPanel
from ttasum_desk.ui.desk.log_actions import DeskLogActions
from ttasum_desk.ui.desk.lost_card import replace_card, show_replaced
from ttasum_desk.ui.desk.person_actions import DeskPersonActions
from ttasum_desk.ui.desk.printed import PrintBar, warm_up_printing
from ttasum_desk.ui.desk.proxies import fill_collectors
from ttasum_desk.ui.desk.recipient import RecipientPanel
from ttasum_desk.ui.desk.results import ResultTableModel, SearchRunner, results_count
from ttasum_desk.ui.desk.search_field import SearchField
from ttasum_desk.ui.desk.visit import VisitLines
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.tables import row_table_view

if TYPE_CHECKING:
    from ttasum_desk.services.dayfile import DayFileSummary

QUIET_MS = 2000  # no typing for this long: time for background work that may stutter


class DeskPage(QWidget):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.profile: Profile | None = None
        self.item: ItemInfo | None = None
        self.results_query = ""  # the query whose results are on screen
        self.export_job: BackgroundJob[DayFileSummary] | None = None  # F10's, while it runs
        self.search_field = SearchField()
        self.search_field.setPlaceholderText(self.tr("Scan a card or type a name (ㅎㄱㄷ works)"))
        self.search_field.setAccessibleName(self.tr("Card or name"))
        self.item_combo = QComboBox()
        self.count_label = QLabel()  # how many people the results list
        self.banner = DecisionBanner()
        self.results_model = ResultTableModel(self)
        self.results_view = row_table_view(
            self.results_model, QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_model.modelReset.connect(
            lambda: self.count_label.setText(results_count(len(self.results_model.rows)))
        )
        self.results_view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.recipient_panel = RecipientPanel()
        self.left = QStackedWidget()
        self.left.addWidget(self.recipient_panel)
        self.left.addWidget(self.results_view)
        self.today = TodayPanel()
        # Today's log and counters as shown, at the page for whoever reads the desk.
        self.log_model, self.counters_label = self.today.log_model, self.today.counters_label
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 999)
        self.visit_lines = VisitLines()  # every item of the visit; Enter records the ticked
        self.proxy_combo = QComboBox()
        self.proxy_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F7 opens it; keys stay here
        self.print_bar = PrintBar()
        self.idle_hint = idle_hint()
        self.handouts = DeskHandouts(self, self)
        self.log_actions = DeskLogActions(self, self.handouts.operator, self)
        self.people = DeskPersonActions(self, self)
        self._printing_warm = False
        self._build_layout()
        self._build_keys()
        self.runner = SearchRunner(self)
        self.quiet_timer = QTimer(self)  # fires when nobody has typed for a while
        self.quiet_timer.setSingleShot(True)
        self.quiet_timer.setInterval(QUIET_MS)
        self.quiet_timer.timeout.connect(self._warm_up_printing)
        self.runner.results.connect(self.show_results)
        self.search_field.textEdited.connect(self.search_as_you_type)
        self.search_field.returnPressed.connect(self.enter)
        self.search_field.moved.connect(self.move_selection)
        self.search_field.escaped.connect(self.clear)
        self.item_combo.currentIndexChanged.connect(self._item_chosen)
        self.visit_lines.chosen.connect(lambda code: self.select_item_code(code))
        self.search_field.toggled.connect(self.handouts.toggle_line)
        self.search_field.stepped.connect(lambda step: self.quantity_spin.stepBy(step))
        self.quantity_spin.valueChanged.connect(self.handouts.set_quantity)
        self.proxy_combo.currentIndexChanged.connect(lambda _: self.handouts.decide())
        self.proxy_combo.activated.connect(lambda _: self.focus_search())
        events.preferences_changed.connect(self.apply_preferences)
        events.changed.connect(self._changed)
        self.load_items()
        self.apply_preferences()
        self._log_pending = True  # filled after the desk's first paint: the window shows sooner
        self.clear()

    # --- layout ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, 3)
        top.addWidget(self.count_label)
        top.addWidget(QLabel(self.tr("Item")))
        top.addWidget(self.item_combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Quantity")))
        actions.addWidget(self.quantity_spin)
        actions.addWidget(QLabel(self.tr("Collected by")))
        actions.addWidget(self.proxy_combo, 1)
        self.record_button = QPushButton(self.tr("Record (Enter)"))
        self.override_button = QPushButton(self.tr("Override… (F8)"))
        self.proxy_button = QPushButton(self.tr("Proxy (F7)"))
        self.register_button = QPushButton(self.tr("Register walk-in (F2)"))
        for button in (
            self.record_button, self.override_button, self.proxy_button, self.register_button,
        ):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            actions.addWidget(button)
        split = QSplitter()
        split.addWidget(self.left)
        split.addWidget(self.today)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.print_bar)
        layout.addLayout(actions)
        layout.addWidget(self.visit_lines)
        layout.addWidget(split, 1)
        self.record_button.clicked.connect(lambda: self.handouts.record())
        self.override_button.clicked.connect(self.handouts.override)
        self.proxy_button.clicked.connect(self.choose_proxy)
        self.register_button.clicked.connect(self.people.register_walkin)
        self.recipient_panel.edit_button.clicked.connect(self.people.edit_profile)
        self.recipient_panel.proxies_button.clicked.connect(self.people.edit_proxies)
        self.today.reprint_button.clicked.connect(self.log_actions.reprint_selected)
        self.today.void_button.clicked.connect(self.log_actions.void_selected)

    def _build_keys(self) -> None:
        for key, slot in (
            (Qt.Key.Key_F2, self.people.register_walkin),
            (Qt.Key.Key_F3, self.people.edit_profile),
            (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7), self.people.edit_proxies),
            (Qt.Key.Key_F5, self.log_actions.reprint_selected),
            (Qt.Key.Key_F6, self.log_actions.void_selected),
            (Qt.Key.Key_F7, self.choose_proxy),
            (Qt.Key.Key_F8, self.handouts.override),
            (Qt.Key.Key_F4, lambda: replace_card(self, self)),
            (Qt.Key.Key_F9, lambda: open_close_report(self)),
            (Qt.Key.Key_F10, self.export_day_file),
            (QKeySequence.StandardKey.Print, self.people.print_cards),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def apply_preferences(self) -> None:
        large = preferences.large_type()
        self.search_field.setStyleSheet(f"font-size: {30 if large else 22}px; padding: 4px;")
        self.banner.set_large(large)
        self.recipient_panel.set_large(large)
        size = 17 if large else 13
        for view in (self.results_view, self.today.log_view, self.visit_lines):
            view.setStyleSheet(f"font-size: {size}px;")

    def _changed(self, changes: Changes, initiator: object) -> None:
        """Refresh from what an operation changed; the stock follows class counts and
        batches too, whichever page recorded them."""
        if changes.rules:
            self.load_items()
        if changes.stock or changes.station:
            self.today.refresh()
        if initiator is not self and self.profile is not None:
            self.handouts.decide()  # another page may have served this person

    # --- items ----------------------------------------------------------------------------

    def load_items(self) -> None:
        chosen = self.item.code if self.item else preferences.desk_item()
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for item in catalogue.item_list():
            self.item_combo.addItem(f"{item.name} ({item.code})", item)
        index = next(
            (
                i
                for i in range(self.item_combo.count())
                if self.item_combo.itemData(i).code == chosen
            ),
            0,
        )
        self.item_combo.setCurrentIndex(index)
        self.item_combo.blockSignals(False)
        self._item_chosen()

    def _item_chosen(self) -> None:
        data = self.item_combo.currentData()
        self.item = data if isinstance(data, ItemInfo) else None
        if self.item is not None:
            preferences.set_desk_item(self.item.code)
        if self.item is not None and self.visit_lines.line(self.item.code) is not None:
            self.handouts.choose_line(self.item.code)  # a line of the visit on screen
        else:
            self.handouts.decide()
        self.search_field.setFocus()

    def select_item_code(self, code: str) -> None:
        for index in range(self.item_combo.count()):
            if self.item_combo.itemData(index).code == code:
                self.item_combo.setCurrentIndex(index)

    # --- search ---------------------------------------------------------------------------

    def search_as_you_type(self, text: str) -> None:
        self.quiet_timer.start()
        if text.strip():
            self.runner.request(self.search_field.query())
        else:
            self.runner.cancel()
            self.results_model.set_rows([])
            self.left.setCurrentWidget(self.recipient_panel)

    def show_results(self, query: str, rows: list[LookupResult]) -> None:
        if query != self.search_field.query():
            return
        index = self.results_view.currentIndex()
        chosen = self.results_model.rows[index.row()].recipient_uid if index.isValid() else None
        self.results_model.set_rows(rows)
        self.results_query = query
        self.left.setCurrentWidget(self.results_view)
        uids = [row.recipient_uid for row in rows]
        if rows:  # the person the arrows were on stays chosen if still listed
            self.results_view.selectRow(uids.index(chosen) if chosen in uids else 0)

    def move_selection(self, step: int) -> None:
        if not self.results_model.rows:
            self.select_item_code(self.visit_lines.step_choice(step) or "")
            return
        current = self.results_view.currentIndex().row()
        target = max(0, min(len(self.results_model.rows) - 1, current + step))
        self.results_view.selectRow(target)

    def enter(self) -> None:
        """A scan or a typed name opens a person; an item code selects the item; Enter on an
        empty field records the handout for the person on screen."""
        text = self.search_field.query().strip()
        if not text:
            if self.profile is not None and not self.handouts.too_soon():
                self.handouts.record()
            return
        item = catalogue.item_by_code(text)
        if item is not None:
            self.runner.cancel()
            self.search_field.clear()
            self.left.setCurrentWidget(self.recipient_panel)
            self.select_item_code(item.code)
            return
        current = self.results_query.strip() == text  # not the answer to an earlier prefix
        shown = current and self.left.currentWidget() is self.results_view
        if shown and self.results_view.currentIndex().isValid():
            self.open_row(self.results_view.currentIndex().row())
            return
        self.runner.cancel()
        rows = lookup(text)
        replaced = None if rows else card_replacement.replaced_card(text)
        if replaced is not None:
            show_replaced(self, replaced)
            return
        if not rows:
            self.results_model.set_rows([])
            self.banner.show_state(
                BannerState.IDLE,
                self.tr("No one found for “{text}”").format(text=text),
                self.tr("Check the spelling, try the initial consonants, or register (F2)."),
            )
            self.search_field.selectAll()  # the next scan replaces it
            return
        self.results_model.set_rows(rows)
        self.open_row(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.results_model.rows):
            self.open_recipient(self.results_model.rows[row].recipient_uid)

    def open_recipient(self, recipient_uid: str) -> None:
        self.runner.cancel()
        try:
            self.profile = profiles.profile(recipient_uid)
            access_log.record("profile", recipient_uid, preferences.operator())  # no unlogged look
        except UserError as error:
            self.banner.show_state(BannerState.REFUSED, message(error), "")
            self.search_field.selectAll()
            return
        self.search_field.clear()
        self.results_model.set_rows([])
        self.recipient_panel.show_profile(self.profile)
        self.left.setCurrentWidget(self.recipient_panel)
        registered = people.proxies_of(recipient_uid)
        self.recipient_panel.show_standing(people.details(recipient_uid), registered)
        fill_collectors(self.proxy_combo, self.profile, registered)
        self.handouts.decide()
        self.search_field.setFocus()

    def choose_proxy(self) -> None:
        if self.profile is None or self.proxy_combo.count() < 2:
            return
        self.proxy_combo.showPopup()  # the popup takes the keys; closed, they come back here

    def proxy_card(self) -> str | None:
        """The card code of whoever collects (household or registered), or None."""
        return str(self.proxy_combo.currentData() or "") or None

    def export_day_file(self) -> None:
        """F10: today's day-file, checked and written in the background; F10 again meanwhile
        does nothing."""
        if self.export_job is None:
            self.export_job = export_at_desk(self, self.banner)
            self.export_job.ended_here.connect(self._export_ended, QUEUED)

    def _export_ended(self) -> None:
        self.export_job = None

    def clear(self) -> None:
        """Esc: forget the person and the search, back to the idle desk."""
        self.runner.cancel()
        self.profile = None
        self.search_field.clear()
        self.results_model.set_rows([])
        self.recipient_panel.show_profile(None)
        self.left.setCurrentWidget(self.recipient_panel)
        self.proxy_combo.clear()
        self.handouts.decide()
        self.search_field.setFocus()

    def focus_search(self) -> None:
        """After a dialog or an action: the keys, and the window, back to the search field."""
        self.window().activateWindow()
        self.search_field.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override: back on the desk
        super().showEvent(event)
        self.search_field.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if self._log_pending:
            self._log_pending = False
            QTimer.singleShot(0, self, self._warm_up)
            self.quiet_timer.start()

    def _warm_up(self) -> None:
        """Once the desk has painted: load the handout services in the background, then fill
        today's log, without stalling the desk (about 40 ms cold)."""

        def load(*_: object) -> None:
            from ttasum_desk.services import batches, handouts  # noqa: F401

        start_job(self, load, done=lambda _: self.today.refresh())

    def _warm_up_printing(self) -> None:
        if not self._printing_warm:
            self._printing_warm = warm_up_printing(self)

    def shutdown(self) -> None:
        self.runner.stop()
