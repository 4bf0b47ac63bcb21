"""The desk's printed matter: receipts after a handout or void, reprints, walk-in cards.

Each is written as a PDF in the receipt folder, then printed as the settings say. A failure
(no printer, say) is shown in the desk's print bar, never in a box: a modal box after every
handout would stop the queue and swallow the next scan. It never undoes the handout, which is
already recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import profiles
from ttasum_desk.ui import preferences
from ttasum_desk.ui.background import start_job

if TYPE_CHECKING:
    from ttasum_desk.printing.receipt import ReceiptData
    from ttasum_desk.services.handouts import RecordedHandout
    from ttasum_desk.services.registration import Registered

# reportlab and the handout services are imported when first used: not needed to show the desk.


def chosen_font() -> Path | None:
    """The Hangul font file chosen in Settings, or None to find one."""
    font = preferences.hangul_font()
    return Path(font) if font else None


class PrintBar(QLabel):
    """A bar on the desk that says what could not be printed; hidden while printing works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fff3cd; color: #5d4200; border: 1px solid #e0b300;"
            " border-radius: 4px; padding: 4px;"
        )
        self.hide()

    def failed(self, title: str, text: str) -> None:
        self.setText("⚠ " + f"{title}: {text}")
        self.show()

    def succeeded(self) -> None:
        self.clear()
        self.hide()


def _print(
    parent: QWidget, bar: PrintBar, title: str, path: Path, write: Callable[[], None]
) -> Path | None:
    """Write the PDF, then print it; the path, or None when it failed (said in the bar)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write()
        from ttasum_desk.ui.printing import print_pdf

        print_pdf(path, preferences.print_mode(), preferences.printer_name(), parent)
    except (UserError, OSError) as error:
        bar.failed(title, message(error) if isinstance(error, UserError) else str(error))
        return None
    bar.succeeded()
    return path


def _receipt_title() -> str:
    return QCoreApplication.translate("DeskHandouts", "Receipt not printed")


def print_receipt(
    parent: QWidget, bar: PrintBar, handout_uid: str, copy: bool = False
) -> Path | None:
    """The receipt of a handout or of a void (``copy``: a reprint, marked as such)."""
    if preferences.print_mode() == "none":
        return None
    from ttasum_desk.services import handouts

    try:
        data = handouts.receipt_data(handout_uid, copy=copy)
    except UserError as error:
        bar.failed(_receipt_title(), message(error))
        return None
    return _print_receipt_data(parent, bar, data)


def print_after_record(parent: QWidget, bar: PrintBar, recorded: RecordedHandout) -> Path | None:
    """The receipt of a handout just recorded, from what ``record`` returned (no re-read)."""
    if preferences.print_mode() == "none":
        return None
    return _print_receipt_data(parent, bar, recorded.receipt)


def _print_receipt_data(parent: QWidget, bar: PrintBar, data: ReceiptData) -> Path | None:
    from ttasum_desk.printing.receipt import render_receipt

    folder = preferences.receipt_folder()
    path = folder / f"{data.receipt_no}{'-copy' if data.copy else ''}.pdf"
    if data.void_reason is not None:
        path = folder / f"{data.receipt_no}-void.pdf"
    return _print(
        parent,
        bar,
        _receipt_title(),
        path,
        lambda: render_receipt(data, preferences.receipt_format(), path, chosen_font()),
    )


def offer_card(parent: QWidget, bar: PrintBar, registered: Registered) -> Path | None:
    """Ask whether to print the card of someone just registered; print it if so."""
    title = QCoreApplication.translate("DeskHandouts", "Card")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "DeskHandouts", "{name} is registered with card {card}. Print a card now?"
        ).format(name=registered.name, card=registered.card_code),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    from ttasum_desk.printing.cards import CardData, render_cards
    from ttasum_desk.services.stations import current_station

    def write() -> None:
        station = current_station()
        profile = profiles.profile(registered.recipient_uid)
        card = CardData(
            profile.name,
            profile.group,
            profile.card_code,
            station.name if station else "",
            profile.birth_year,
        )
        render_cards([card], path, chosen_font())

    path = preferences.receipt_folder() / f"card-{registered.card_code}.pdf"
    not_printed = QCoreApplication.translate("DeskHandouts", "Card not printed")
    return _print(parent, bar, not_printed, path, write)


def _load_printing(font: Path | None) -> None:
    from ttasum_desk.printing.fonts import hangul_font
    from ttasum_desk.printing.receipt import render_receipt  # noqa: F401

    hangul_font(font)


def warm_up_printing(parent: QWidget) -> bool:
    """Load reportlab and the Hangul font in the background, so the first receipt of the day
    doesn't stall the queue (about 0.4 s cold). The desk calls this when nobody has typed for a
    while: the font parsing holds the interpreter in long stretches that would make typing
    stutter. False when nothing is printed, so nothing needs loading."""
    if preferences.print_mode() == "none":
        return False
    font = chosen_font()
    start_job(parent, lambda *_: _load_printing(font))
    return True
