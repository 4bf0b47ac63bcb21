"""The desk's actions on today's log: void a handout (F6) and reprint a receipt (F5).

Kept apart from recording (``ui.desk.handouts``): they start from a line of the log, not from
the person on screen. Like recording, they work against ``DeskView`` and never import the
page; the void names the operator the window shows (asked for when none is chosen). Their
strings keep the translation context of the desk's handout actions, "DeskHandouts".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.handouts import DeskView
from ttasum_desk.ui.desk.printed import print_receipt
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.operations import run_operation

if TYPE_CHECKING:
    from ttasum_desk.storage.handouts import HandoutRow


class DeskLogActions(QObject):
    def __init__(self, desk: DeskView, operator: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.widget = desk, parent
        self.operator = operator  # who voids: the window's operator, asked for when none

    def void_selected(self) -> None:
        """Void the chosen line of today's log (the newest when none is chosen), naming it
        first; a line already voided, or a void itself, is said so and nothing is asked."""
        desk = self.desk
        row = desk.today.selected_row()
        desk.focus_search()
        if row is None:
            return
        if row.status == "void" or row.voided_by:
            receipt = desk.today.receipt_of(row.void_of) if row.status == "void" else ""
            desk.banner.show_state(
                BannerState.IDLE,
                QCoreApplication.translate(
                    "DeskHandouts", "Already voided: receipt {receipt_no}"
                ).format(receipt_no=receipt or row.receipt_no),
                QCoreApplication.translate(
                    "DeskHandouts", "Choose another handout in today's log to void it."
                ),
            )
            return
        what = self._line(row)
        reason = ReasonDialog.ask(
            self.widget,
            QCoreApplication.translate("DeskHandouts", "Void a handout"),
            QCoreApplication.translate(
                "DeskHandouts", "Void receipt {receipt_no}: {what}. Why is this handout voided?"
            ).format(receipt_no=row.receipt_no, what=what),
        )
        operator = self.operator() if reason else ""
        desk.focus_search()
        if not reason or not operator:
            return
        from ttasum_desk.services import handouts

        def voided(void_uid: str) -> None:
            desk.clear()
            desk.banner.show_state(
                BannerState.VOIDED,
                QCoreApplication.translate("DeskHandouts", "Voided: receipt {receipt_no}").format(
                    receipt_no=row.receipt_no
                ),
                QCoreApplication.translate(
                    "DeskHandouts", "{what} no longer counts. Reason: {reason}"
                ).format(what=what, reason=reason),
            )
            print_receipt(self.widget, desk.print_bar, void_uid)

        run_operation(
            desk.events,
            self.widget,
            lambda: handouts.void(row.uid, reason, operator),
            lambda void_uid: Changes(handouts=True, uids=(row.uid, void_uid)),
            failure=lambda text: desk.banner.show_state(
                BannerState.REFUSED, QCoreApplication.translate("DeskHandouts", "Not voided"), text
            ),
            success=voided,
        )

    def _line(self, row: HandoutRow) -> str:
        return QCoreApplication.translate("DeskHandouts", "{name}, {item} × {quantity}").format(
            name=mask_name(row.name), item=row.item_name, quantity=row.quantity
        )

    def reprint_selected(self) -> None:
        row = self.desk.today.selected_row()
        if row is not None:
            print_receipt(self.widget, self.desk.print_bar, row.uid, copy=True)
        self.desk.focus_search()
