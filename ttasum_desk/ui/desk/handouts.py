"""The desk's handout actions: decide, record, override (voids and reprints start from
today's log: ``ui.desk.log_actions``).

They work against ``DeskView``, the few parts of the desk they need, so this module never
imports the page. Every write runs as an operation (``ui.operations``): the banner says
"Recorded" only once the service committed, and a failure says why in the user's language.
Nothing is recorded that the operator has not seen: an Enter that comes right after a decision
appeared (a scanner sending two, an impatient finger) is ignored, a refusal sounds, a
handout beyond the stock on hand is confirmed first, and every handout names the operator
the window shows, asking for one when none is chosen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox, QWidget

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message, shown
from ttasum_desk.services import profiles
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.banner import BannerState, DecisionBanner
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.log import TodayPanel
from ttasum_desk.ui.desk.printed import PrintBar, print_after_record
from ttasum_desk.ui.desk.recipient import RecipientPanel
from ttasum_desk.ui.desk.visit import Line, VisitLines, stock_confirmed
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation
from ttasum_desk.ui.pin_gate import approve_override

if TYPE_CHECKING:
    from ttasum_desk.domain.rules import Decision
    from ttasum_desk.services.catalogue import ItemInfo
    from ttasum_desk.services.handouts import RecordedVisit
    from ttasum_desk.services.profiles import Profile
    from ttasum_desk.services.stock import Shelf

# The handout services (rules, stock, receipts) are imported when first used, after the
# window is up: they are not needed to show the desk, and start-up time counts.

ENTER_GUARD_S = 0.4  # an Enter this soon after a decision appeared does not record
clock: Callable[[], float] = time.monotonic  # the guard's clock (tests drive their own)


class DeskView(Protocol):
    """What the actions need of the desk: who and what is chosen, and where to show it."""

    events: Events
    profile: Profile | None
    item: ItemInfo | None
    banner: DecisionBanner
    recipient_panel: RecipientPanel
    today: TodayPanel
    quantity_spin: QSpinBox
    visit_lines: VisitLines
    record_button: QPushButton
    override_button: QPushButton
    print_bar: PrintBar
    idle_hint: str  # what the idle desk says under its headline

    def proxy_card(self) -> str | None: ...
    def clear(self) -> None: ...
    def focus_search(self) -> None: ...


class DeskHandouts(QObject):
    def __init__(self, desk: DeskView, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.widget = desk, parent
        self.decision: Decision | None = None
        self.decided_at = float("-inf")  # when the decision on screen appeared (``clock``)
        self.shelf: Shelf | None = None  # the chosen item's stock, None when not tracked

    # --- decision -------------------------------------------------------------------------

    def decide(self) -> None:
        was_refused = self.decision is not None and not self.decision.allowed
        self._decide()
        allowed = self.decision is not None and self.decision.allowed
        if self.decision is not None:
            self.decided_at = clock()
            if not allowed and not was_refused:
                QApplication.beep()  # heard by whoever looks at the person, not the screen

    def _enable(self) -> None:
        """Enter records while a line is ticked; F8 overrides a refused chosen line."""
        refused = self.decision is not None and not self.decision.allowed
        self.desk.record_button.setEnabled(bool(self.desk.visit_lines.ticked()))
        self.desk.override_button.setEnabled(refused)

    def too_soon(self) -> bool:
        """True while the decision has been on screen for less than the guard time."""
        return clock() - self.decided_at < ENTER_GUARD_S

    def _decide(self) -> None:
        desk, self.decision = self.desk, None
        desk.visit_lines.clear_lines()
        self._enable()
        if desk.profile is None:
            desk.banner.show_state(
                BannerState.IDLE, self.tr("Scan a card or type a name"), desk.idle_hint
            )
            return
        if desk.item is None:
            desk.banner.show_state(BannerState.IDLE, self.tr("Choose an item"), "")
            return
        from ttasum_desk.services import handouts

        try:
            lines = handouts.check_visit(
                desk.profile.recipient_uid, proxy_card=desk.proxy_card(), also=desk.item.code
            )
        except UserError as error:
            desk.banner.show_state(BannerState.REFUSED, self.tr("Can't decide"), message(error))
            return
        desk.visit_lines.show_lines([Line.first(line) for line in lines], desk.item.code)
        self.show_line()

    def show_line(self) -> None:
        """The banner and the quantity for the visit's chosen line (the chosen item)."""
        desk = self.desk
        line = desk.visit_lines.line(desk.item.code) if desk.item and desk.profile else None
        if line is None or desk.profile is None or desk.item is None:
            return
        decision = line.decision
        self.decision = decision
        self._enable()
        reasons = " ".join(shown(r.message) for r in decision.reasons)
        name, unit = desk.profile.name, desk.item.unit
        from ttasum_desk.services import stock

        self.shelf = stock.shelf(desk.item.code)
        desk.quantity_spin.blockSignals(True)
        desk.quantity_spin.setMaximum(line.most)
        desk.quantity_spin.setValue(line.quantity)
        desk.quantity_spin.blockSignals(False)
        if decision.allowed:
            state = BannerState.PARTLY if decision.partly_used else BannerState.ALLOWED
            headline = self.tr("Allowed: up to {quantity} {unit} for {name}").format(
                quantity=decision.max_quantity, unit=unit, name=name
            )
            if decision.partly_used:
                headline = self.tr("Partly used: {quantity} {unit} left for {name}").format(
                    quantity=decision.max_quantity, unit=unit, name=name
                )
            detail = reasons + " " + self.tr("Enter records.")
            if self.shelf is not None and self.short_of(desk.quantity_spin.value()):
                state = BannerState.SHORT
                headline = self.tr("Stock short: {on_hand} {unit} on hand").format(
                    on_hand=self.shelf.on_hand, unit=unit
                )
                detail = self.tr(
                    "{name} may receive {quantity} {unit}. Hand out {on_hand} at most, or "
                    "receive a batch first."
                ).format(name=name, quantity=decision.max_quantity, unit=unit,
                         on_hand=self.shelf.on_hand)  # fmt: skip
                if not self.shelf.received:
                    detail = self.tr(
                        "No batch of {item} was received here. Count the shelf: Enter asks "
                        "before recording."
                    ).format(item=desk.item.name)
            desk.banner.show_state(state, headline, detail)
        else:
            detail = reasons
            if decision.next_eligible:
                detail += " " + self.tr("Eligible again on {day}.").format(
                    day=decision.next_eligible.isoformat()
                )
            detail += " " + self.tr("F8 overrides with a reason.")
            others = desk.visit_lines.ticked()
            if others:
                detail += " " + self.tr("Enter records: {lines}.").format(
                    lines=desk.visit_lines.summary(others)
                )
            desk.banner.show_state(
                BannerState.REFUSED, self.tr("Refused: {name}").format(name=name), detail.strip()
            )
        self._show_received(decision)

    def _show_received(self, decision: Decision) -> None:
        desk = self.desk
        if desk.profile is None:
            return
        today = date.today()
        since = decision.rule.period_window(today)[0] if decision.rule else today
        desk.recipient_panel.show_received(
            [
                f"{got.day} · {got.item_name} × {got.quantity} · {got.station_code}"
                for got in profiles.received_since(desk.profile.recipient_uid, since)
            ]
        )

    # --- recording ------------------------------------------------------------------------

    def short_of(self, quantity: int) -> bool:
        """The chosen item's stock is tracked and holds less than ``quantity``."""
        return self.shelf is not None and self.shelf.on_hand < quantity

    def operator(self) -> str:
        """The operator the window shows; with none chosen, asked for and added to the
        station's operators, so that the record and the screen agree."""
        name = preferences.operator()
        if name:
            return name
        typed = ReasonDialog.ask(
            self.widget,
            self.tr("Who is handing out?"),
            self.tr(
                "No operator is chosen for this database. Type your name: it is added to the "
                "station's operators and recorded with every handout."
            ),
        )
        if not typed:
            return ""
        from ttasum_desk.services import stations

        preferences.set_operator(typed)  # the window shows it once the station changed
        station = stations.current_station()
        if station is not None and typed not in stations.operators(station.code):
            run_operation(
                self.desk.events,
                self.widget,
                lambda: stations.add_operator(station.code, typed),
                Changes(station=True),
                failure=lambda text: self.desk.banner.show_state(
                    BannerState.REFUSED, self.tr("Not recorded"), text
                ),
            )
        return preferences.operator()

    def record(self, override_reason: str = "", coordinator_pin: str = "") -> None:
        """Record the visit's ticked lines together, or, with ``override_reason``, the chosen
        refused item alone (``coordinator_pin`` approving it when its quantity asks for it)."""
        desk = self.desk
        if desk.profile is None or desk.item is None or self.decision is None:
            return
        chosen = desk.visit_lines.line(desk.item.code)
        lines = [chosen] if override_reason and chosen else desk.visit_lines.ticked()
        if not lines:
            QApplication.beep()  # the red banner already says why and how to override
            return
        if not stock_confirmed(self.widget, lines):
            desk.focus_search()
            return
        operator = self.operator()
        desk.focus_search()
        if not operator:
            return
        from ttasum_desk.services import handouts

        requests = [
            handouts.HandoutRequest(
                recipient=desk.profile.recipient_uid,
                item_code=line.item.code,
                quantity=line.quantity,
                operator=operator,
                proxy_card=desk.proxy_card(),
                override_reason=override_reason,
                coordinator_pin=coordinator_pin,
            )
            for line in lines
        ]
        name, unit = mask_name(desk.profile.name), lines[0].item.unit

        def recorded(visit: RecordedVisit) -> None:
            desk.clear()
            first = visit.handouts[0]
            headline = self.tr("Recorded: {quantity} {unit} for {name}").format(
                quantity=first.quantity, unit=unit, name=name
            )
            if len(visit.handouts) > 1:
                headline = self.tr("Recorded: {lines} for {name}").format(
                    lines=desk.visit_lines.summary(lines), name=name
                )
            desk.banner.show_state(
                BannerState.OVERRIDE if first.overridden else BannerState.DONE,
                headline,
                self.tr("Receipt {receipt_no}. Next person, please.").format(
                    receipt_no=first.receipt_no
                ),
            )
            print_after_record(self.widget, desk.print_bar, visit.receipt)

        run_operation(
            desk.events,
            self.widget,
            lambda: handouts.record_visit(requests),
            lambda visit: Changes(
                handouts=True, uids=tuple(done.handout_uid for done in visit.handouts)
            ),
            failure=lambda text: desk.banner.show_state(
                BannerState.REFUSED, self.tr("Not recorded"), text
            ),
            success=recorded,
        )

    def choose_line(self, code: str) -> None:
        """Another line of the visit chosen (arrows or a click): its decision on the banner."""
        from ttasum_desk.services import catalogue

        item = catalogue.item_by_code(code)
        if item is not None:
            self.desk.item = item
            self.show_line()

    def toggle_line(self) -> None:
        """Space: tick or untick the chosen line."""
        if self.desk.item is not None:
            self.desk.visit_lines.toggle(self.desk.item.code)
            self.show_line()

    def set_quantity(self, quantity: int) -> None:
        """The quantity box or + and -: the chosen line's quantity."""
        if self.desk.item is not None:
            self.desk.visit_lines.set_quantity(self.desk.item.code, quantity)
            self._enable()

    def override(self) -> None:
        """F8: the chosen refused line recorded with a reason; above the station's limit, the
        coordinator's PIN first (refused or cancelled: nothing is recorded)."""
        desk = self.desk
        chosen = desk.visit_lines.line(desk.item.code) if desk.item else None
        if desk.profile is None or self.decision is None or self.decision.allowed or not chosen:
            return
        pin = approve_override(self.widget, chosen.quantity)
        reason = "" if pin is None else ReasonDialog.ask(
            self.widget,
            self.tr("Override a refusal"),
            self.tr("The rules refuse this handout. Why is it handed out anyway?"),
        )  # fmt: skip
        if reason and pin is not None:
            self.record(override_reason=reason, coordinator_pin=pin)
        desk.focus_search()
