"""The desk's printed matter: receipts after a handout or void, reprints, walk-in cards.

Each is written as a PDF in the receipt folder, then printed as the settings say. A failure
(no printer, say) is shown in the desk's print bar, never in a box: a modal box after every
handout would stop the queue and swallow the next scan. It never undoes the handout, which is
already recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.ui import preferences
from ttasum_desk.ui.background import BackgroundJob, start_job

if TYPE_CHECKING:
    from ttasum_desk.printing.cards import CardData
    from ttasum_desk.printing.receipt import ReceiptData
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


class Reporter(Protocol):
    """Where printing says how it went: the desk's print bar, or ``BoxReporter``."""

    def failed(self, title: str, text: str) -> None: ...

    def succeeded(self) -> None: ...


class BoxReporter:
    """For pages without a print bar: a failure in a warning box, success said by the print."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def failed(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def succeeded(self) -> None:
        pass


def _print(
    parent: QWidget, bar: Reporter, title: str, path: Path, write: Callable[[], object]
) -> Path | None:
    """Write the PDF, then print it; the path, or None when it failed (said in the bar)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write()
    except (UserError, OSError) as error:
        bar.failed(title, message(error) if isinstance(error, UserError) else str(error))
        return None
    return _print_written(parent, bar, title, path)


def _print_written(parent: QWidget, bar: Reporter, title: str, path: Path) -> Path | None:
    """Print a PDF already written: the path, or None when printing failed (said in the bar)."""
    from ttasum_desk.ui.printing import print_pdf

    try:
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


def print_after_record(parent: QWidget, bar: PrintBar, receipt: ReceiptData) -> Path | None:
    """The receipt of handouts just recorded, from what recording returned (no re-read)."""
    if preferences.print_mode() == "none":
        return None
    return _print_receipt_data(parent, bar, receipt)


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


def offer_card(
    parent: QWidget, bar: PrintBar, registered: Registered
) -> BackgroundJob[Path] | None:
    """Ask whether to print the card of someone just registered; print it if so."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DeskHandouts", "Card"),
        QCoreApplication.translate(
            "DeskHandouts", "{name} is registered with card {card}. Print a card now?"
        ).format(name=registered.name, card=registered.card_code),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    from ttasum_desk.services import cards

    found = cards.for_people([registered.recipient_uid])
    return print_cards(parent, bar, found, f"card-{registered.card_code}")


def print_cards(
    parent: QWidget,
    bar: Reporter,
    chosen: Sequence[CardData],
    stem: str,
    printed: Callable[[Path], object] | None = None,
) -> BackgroundJob[Path]:
    """Write the cards as ``stem``.pdf in the receipt folder in the background (a school's
    cards take seconds; a progress dialog counts the pages and offers Cancel, which leaves no
    PDF and prints nothing), then print them; ``printed`` hears the path once printed."""
    from ttasum_desk.services import cards

    path = preferences.receipt_folder() / f"{stem}.pdf"
    not_printed = QCoreApplication.translate("DeskHandouts", "Cards not printed")
    font = chosen_font()

    def write(job: BackgroundJob[Path]) -> Path:
        return cards.write_cards(chosen, path, font, job.progress, job.cancelled)

    def written(done: Path) -> None:
        if _print_written(parent, bar, not_printed, done) is not None and printed is not None:
            printed(done)

    cancelled = QCoreApplication.translate("DeskHandouts", "Cancelled: no card sheet was written.")
    return start_job(
        parent, write, done=written, failed=lambda text: bar.failed(not_printed, text),
        stopped=lambda: bar.failed(not_printed, cancelled),
        dialog=QCoreApplication.translate("DeskHandouts", "Writing the cards…"),
    )  # fmt: skip


def offer_roster_cards(parent: QWidget, file_name: str) -> BackgroundJob[Path] | None:
    """After a roster import: offer the cards of the people it brought in."""
    from ttasum_desk.services import cards

    chosen = cards.for_roster_import(file_name)
    if not chosen:
        return None
    title = QCoreApplication.translate("DeskHandouts", "Cards")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "DeskHandouts", "Print cards for the {count} imported people?"
        ).format(count=len(chosen)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    stem = f"cards-{Path(file_name).stem}"
    return print_cards(parent, BoxReporter(parent), chosen, stem)


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
