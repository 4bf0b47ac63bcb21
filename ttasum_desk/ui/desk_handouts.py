"""The desk's handout actions: decide, record, override, void, reprint, and the receipts.

Split from the desk page so that each module stays one idea; it works on the page's widgets
and calls the handout services.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message, translate
from ttasum_desk.services import profiles
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk_dialogs import ReasonDialog

if TYPE_CHECKING:
    from ttasum_desk.domain.rules import Decision
    from ttasum_desk.services.registration import Registered
    from ttasum_desk.ui.desk_page import DeskPage

# The handout services (rules, stock, receipts) are imported when first used, after the
# window is up: they are not needed to show the desk, and start-up time counts.


class DeskHandouts(QObject):
    services_loaded = Signal()

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.services_loaded.connect(self.refresh_log)
        self._printing_warm = False
        self.page = page
        self.decision: Decision | None = None
        self.last_receipt: Path | None = None
        events = page.events
        for signal in (events.handout_recorded, events.handout_voided, events.batch_received):
            signal.connect(self.refresh_log)
        events.data_imported.connect(self.refresh_log)

    # --- decision -------------------------------------------------------------------------

    def decide(self) -> None:
        self._decide()
        allowed = self.decision is not None and self.decision.allowed
        self.page.record_button.setEnabled(allowed)
        self.page.override_button.setEnabled(self.decision is not None and not allowed)

    def _decide(self) -> None:
        page, self.decision = self.page, None
        if page.profile is None:
            page.banner.show_state("idle", self.tr("Scan a card or type a name"), "")
            return
        if page.item is None:
            page.banner.show_state("idle", self.tr("Choose an item"), "")
            return
        from ttasum_desk.services import handouts

        try:
            decision = handouts.check(
                page.profile.recipient_uid, page.item.code, proxy_card=page.proxy_card()
            )
        except UserError as error:
            page.banner.show_state("refused", self.tr("Can't decide"), message(error))
            return
        self.decision = decision
        reasons = " ".join(
            translate(r.message.template, **r.message.params) for r in decision.reasons
        )
        name, unit = page.profile.name, page.item.unit
        if decision.allowed:
            page.quantity_spin.setMaximum(max(1, decision.max_quantity))
            page.quantity_spin.setValue(max(1, decision.max_quantity))
            state = "partly" if decision.partly_used else "allowed"
            headline = self.tr("Allowed: up to {quantity} {unit} for {name}").format(
                quantity=decision.max_quantity, unit=unit, name=name
            )
            if decision.partly_used:
                headline = self.tr("Partly used: {quantity} {unit} left for {name}").format(
                    quantity=decision.max_quantity, unit=unit, name=name
                )
            page.banner.show_state(state, headline, reasons + " " + self.tr("Enter records."))
        else:
            page.quantity_spin.setMaximum(999)
            page.quantity_spin.setValue(1)
            detail = reasons
            if decision.next_eligible:
                detail += " " + self.tr("Eligible again on {day}.").format(
                    day=decision.next_eligible.isoformat()
                )
            detail += " " + self.tr("F8 overrides with a reason.")
            page.banner.show_state(
                "refused", self.tr("Refused: {name}").format(name=name), detail.strip()
            )
        self._show_received(decision)

    def _show_received(self, decision: Decision) -> None:
        page = self.page
        if page.profile is None:
            return
        today = date.today()
        since = decision.rule.period_window(today)[0] if decision.rule else today
        page.recipient_panel.show_received(
            [
                f"{got.day} · {got.item_name} × {got.quantity} · {got.station_code}"
                for got in profiles.received_since(page.profile.recipient_uid, since)
            ]
        )

    # --- recording ------------------------------------------------------------------------

    def record(self, override_reason: str = "") -> None:
        page = self.page
        if page.profile is None or page.item is None or self.decision is None:
            return
        if not self.decision.allowed and not override_reason:
            QApplication.beep()  # the red banner already says why and how to override
            return
        from ttasum_desk.services import handouts

        request = handouts.HandoutRequest(
            recipient=page.profile.recipient_uid,
            item_code=page.item.code,
            quantity=page.quantity_spin.value(),
            operator=preferences.operator(),
            proxy_card=page.proxy_card(),
            override_reason=override_reason,
        )
        try:
            recorded = handouts.record(request)
        except UserError as error:
            page.banner.show_state("refused", self.tr("Not recorded"), message(error))
            return
        page.events.handout_recorded.emit(recorded.handout_uid)
        name = mask_name(page.profile.name)
        page.clear()
        page.banner.show_state(
            "override" if recorded.overridden else "done",
            self.tr("Recorded: {quantity} {unit} for {name}").format(
                quantity=recorded.quantity, unit=page.item.unit, name=name
            ),
            self.tr("Receipt {receipt_no}. Next person, please.").format(
                receipt_no=recorded.receipt_no
            ),
        )
        self.print_receipt(recorded.handout_uid)

    def override(self) -> None:
        page = self.page
        if page.profile is None or self.decision is None or self.decision.allowed:
            return
        reason = ReasonDialog.ask(
            page,
            self.tr("Override a refusal"),
            self.tr("The rules refuse this handout. Why is it handed out anyway?"),
        )
        if reason:
            self.record(override_reason=reason)
        page.search_field.setFocus()

    # --- the log --------------------------------------------------------------------------

    def selected_log_uid(self) -> str | None:
        """The log line chosen, or the newest handout when none is."""
        page = self.page
        index = page.log_view.currentIndex()
        row = page.log_model.row_at(index.row() if index.isValid() else 0)
        return row.uid if row else None

    def void_selected(self) -> None:
        page = self.page
        uid = self.selected_log_uid()
        if uid is None:
            return
        reason = ReasonDialog.ask(
            page, self.tr("Void a handout"), self.tr("Why is this handout voided?")
        )
        if reason:
            from ttasum_desk.services import handouts

            try:
                void_uid = handouts.void(uid, reason, preferences.operator())
            except UserError as error:
                QMessageBox.warning(page, self.tr("Void"), message(error))
            else:
                page.events.handout_voided.emit(uid)
                self.print_receipt(void_uid)
        page.search_field.setFocus()

    def reprint_selected(self) -> None:
        uid = self.selected_log_uid()
        if uid is not None:
            self.print_receipt(uid, copy=True)
        self.page.search_field.setFocus()

    def refresh_log(self) -> None:
        from ttasum_desk.services import batches, handouts

        page = self.page
        try:
            rows = handouts.today_log()
        except UserError:
            rows = []
        page.log_model.set_rows(rows)
        given: Counter[str] = Counter()
        for row in rows:
            if row.status == "ok" and not row.voided_by:
                given[row.item_name] += row.quantity
        today = ", ".join(f"{name} {count}" for name, count in sorted(given.items()))
        stock = ", ".join(f"{item.item_name} {item.on_hand}" for item in batches.stock_report())
        page.counters_label.setText(
            self.tr("Handed out today: {today}").format(today=today or "—")
            + "\n"
            + self.tr("Stock left: {stock}").format(stock=stock or "—")
        )

    # --- printed matter -------------------------------------------------------------------

    def print_receipt(self, handout_uid: str, copy: bool = False) -> None:
        """Write the receipt PDF, then print it as the settings say."""
        mode = preferences.print_mode()
        if mode == "none":
            return
        from ttasum_desk.printing.receipt import render_receipt
        from ttasum_desk.services import handouts

        folder = preferences.receipt_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            data = handouts.receipt_data(handout_uid, copy=copy)
            path = folder / f"{data.receipt_no}{'-copy' if copy else ''}.pdf"
            if data.void_reason is not None:
                path = folder / f"{data.receipt_no}-void.pdf"
            render_receipt(data, preferences.receipt_format(), path, self._font())
            self.last_receipt = path
            from ttasum_desk.ui.printing import print_pdf

            print_pdf(path, mode, preferences.printer_name(), self.page)
        except (UserError, OSError) as error:
            text = message(error) if isinstance(error, UserError) else str(error)
            QMessageBox.warning(self.page, self.tr("Receipt"), text)

    def warm_up(self) -> None:
        """Once the desk has painted: load the handout services on a background thread,
        then fill today's log (``services_loaded``), without stalling the desk (about 40 ms
        cold)."""
        loaded = self.services_loaded

        def load() -> None:
            from ttasum_desk.services import batches, handouts  # noqa: F401

            with contextlib.suppress(RuntimeError):  # the desk was closed meanwhile
                loaded.emit()

        threading.Thread(target=load, name="desk-warm-up", daemon=True).start()

    def warm_up_printing(self) -> None:
        """Load reportlab and the Hangul font on a background thread, once, so the first
        receipt of the day doesn't stall the queue (about 0.4 s cold). The desk calls this
        when nobody has typed for a while: the font parsing holds the interpreter in long
        stretches that would make typing stutter."""
        if self._printing_warm or preferences.print_mode() == "none":
            return
        self._printing_warm = True
        font = self._font()

        def load() -> None:
            from ttasum_desk.printing.fonts import hangul_font
            from ttasum_desk.printing.receipt import render_receipt  # noqa: F401

            hangul_font(font)

        threading.Thread(target=load, name="printing-warm-up", daemon=True).start()

    @staticmethod
    def _font() -> Path | None:
        font = preferences.hangul_font()
        return Path(font) if font else None

    def offer_card(self, registered: Registered) -> None:
        page = self.page
        answer = QMessageBox.question(
            page,
            self.tr("Card"),
            self.tr("{name} is registered with card {card}. Print a card now?").format(
                name=registered.name, card=registered.card_code
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ttasum_desk.printing.cards import CardData, render_cards
        from ttasum_desk.services.stations import current_station

        station = current_station()
        profile = profiles.profile(registered.recipient_uid)
        folder = preferences.receipt_folder()
        path = folder / f"card-{registered.card_code}.pdf"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            card = CardData(
                profile.name,
                profile.group,
                profile.card_code,
                station.name if station else "",
                profile.birth_year,
            )
            render_cards([card], path, self._font())
            from ttasum_desk.ui.printing import print_pdf

            print_pdf(path, preferences.print_mode(), preferences.printer_name(), page)
            self.last_receipt = path
        except (UserError, OSError) as error:
            text = message(error) if isinstance(error, UserError) else str(error)
            QMessageBox.warning(page, self.tr("Card"), text)
