"""The desk's handout actions: decide, record, override, void, reprint.

They work against ``DeskView``, the few parts of the desk they need, so this module never
imports the page. Every write runs as an operation (``ui.operations``): the banner says
"Recorded" only once the service committed, and a failure says why in the user's language.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QSpinBox, QWidget

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message, shown
from ttasum_desk.services import profiles
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.banner import BannerState, DecisionBanner
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.log import TodayPanel
from ttasum_desk.ui.desk.printed import print_after_record, print_receipt
from ttasum_desk.ui.desk.recipient import RecipientPanel
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import run_operation

if TYPE_CHECKING:
    from ttasum_desk.domain.rules import Decision
    from ttasum_desk.services.catalogue import ItemInfo
    from ttasum_desk.services.handouts import RecordedHandout
    from ttasum_desk.services.profiles import Profile

# The handout services (rules, stock, receipts) are imported when first used, after the
# window is up: they are not needed to show the desk, and start-up time counts.


class DeskView(Protocol):
    """What the actions need of the desk: who and what is chosen, and where to show it."""

    events: Events
    profile: Profile | None
    item: ItemInfo | None
    banner: DecisionBanner
    recipient_panel: RecipientPanel
    today: TodayPanel
    quantity_spin: QSpinBox
    record_button: QPushButton
    override_button: QPushButton

    def proxy_card(self) -> str | None: ...
    def clear(self) -> None: ...
    def focus_search(self) -> None: ...


class DeskHandouts(QObject):
    def __init__(self, desk: DeskView, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.widget = desk, parent
        self.decision: Decision | None = None

    # --- decision -------------------------------------------------------------------------

    def decide(self) -> None:
        self._decide()
        allowed = self.decision is not None and self.decision.allowed
        self.desk.record_button.setEnabled(allowed)
        self.desk.override_button.setEnabled(self.decision is not None and not allowed)

    def _decide(self) -> None:
        desk, self.decision = self.desk, None
        if desk.profile is None:
            desk.banner.show_state(BannerState.IDLE, self.tr("Scan a card or type a name"), "")
            return
        if desk.item is None:
            desk.banner.show_state(BannerState.IDLE, self.tr("Choose an item"), "")
            return
        from ttasum_desk.services import handouts

        try:
            decision = handouts.check(
                desk.profile.recipient_uid, desk.item.code, proxy_card=desk.proxy_card()
            )
        except UserError as error:
            desk.banner.show_state(BannerState.REFUSED, self.tr("Can't decide"), message(error))
            return
        self.decision = decision
        reasons = " ".join(shown(r.message) for r in decision.reasons)
        name, unit = desk.profile.name, desk.item.unit
        if decision.allowed:
            desk.quantity_spin.setMaximum(max(1, decision.max_quantity))
            desk.quantity_spin.setValue(max(1, decision.max_quantity))
            state = BannerState.PARTLY if decision.partly_used else BannerState.ALLOWED
            headline = self.tr("Allowed: up to {quantity} {unit} for {name}").format(
                quantity=decision.max_quantity, unit=unit, name=name
            )
            if decision.partly_used:
                headline = self.tr("Partly used: {quantity} {unit} left for {name}").format(
                    quantity=decision.max_quantity, unit=unit, name=name
                )
            desk.banner.show_state(state, headline, reasons + " " + self.tr("Enter records."))
        else:
            desk.quantity_spin.setMaximum(999)
            desk.quantity_spin.setValue(1)
            detail = reasons
            if decision.next_eligible:
                detail += " " + self.tr("Eligible again on {day}.").format(
                    day=decision.next_eligible.isoformat()
                )
            detail += " " + self.tr("F8 overrides with a reason.")
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

    def record(self, override_reason: str = "") -> None:
        desk = self.desk
        if desk.profile is None or desk.item is None or self.decision is None:
            return
        if not self.decision.allowed and not override_reason:
            QApplication.beep()  # the red banner already says why and how to override
            return
        from ttasum_desk.services import handouts

        request = handouts.HandoutRequest(
            recipient=desk.profile.recipient_uid,
            item_code=desk.item.code,
            quantity=desk.quantity_spin.value(),
            operator=preferences.operator(),
            proxy_card=desk.proxy_card(),
            override_reason=override_reason,
        )
        name, unit = mask_name(desk.profile.name), desk.item.unit

        def recorded(done: RecordedHandout) -> None:
            desk.clear()
            desk.banner.show_state(
                BannerState.OVERRIDE if done.overridden else BannerState.DONE,
                self.tr("Recorded: {quantity} {unit} for {name}").format(
                    quantity=done.quantity, unit=unit, name=name
                ),
                self.tr("Receipt {receipt_no}. Next person, please.").format(
                    receipt_no=done.receipt_no
                ),
            )
            print_after_record(self.widget, done)

        run_operation(
            desk.events,
            self.widget,
            lambda: handouts.record(request),
            lambda done: Changes(handouts=True, uids=(done.handout_uid,)),
            failure=lambda text: desk.banner.show_state(
                BannerState.REFUSED, self.tr("Not recorded"), text
            ),
            success=recorded,
        )

    def override(self) -> None:
        if self.desk.profile is None or self.decision is None or self.decision.allowed:
            return
        reason = ReasonDialog.ask(
            self.widget,
            self.tr("Override a refusal"),
            self.tr("The rules refuse this handout. Why is it handed out anyway?"),
        )
        if reason:
            self.record(override_reason=reason)
        self.desk.focus_search()

    # --- the log --------------------------------------------------------------------------

    def void_selected(self) -> None:
        uid = self.desk.today.selected_uid()
        if uid is None:
            return
        reason = ReasonDialog.ask(
            self.widget, self.tr("Void a handout"), self.tr("Why is this handout voided?")
        )
        if reason:
            from ttasum_desk.services import handouts

            run_operation(
                self.desk.events,
                self.widget,
                lambda: handouts.void(uid, reason, preferences.operator()),
                lambda void_uid: Changes(handouts=True, uids=(uid, void_uid)),
                failure=lambda text: QMessageBox.warning(self.widget, self.tr("Void"), text),
                success=lambda void_uid: print_receipt(self.widget, void_uid),
            )
        self.desk.focus_search()

    def reprint_selected(self) -> None:
        uid = self.desk.today.selected_uid()
        if uid is not None:
            print_receipt(self.widget, uid, copy=True)
        self.desk.focus_search()
