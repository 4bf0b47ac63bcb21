"""Recipient cards: A4 sheets of credit-card-size cards (85.6 × 54 mm, 2 × 5) with cut marks.

A card is handed to its owner, so it carries the full name (receipts and reports mask it). Each
card shows the station, the name, the group and birth year, and a Code 128 of the card code with
the code in text, so a scanner at the desk opens the recipient at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ttasum_desk.errors import UserError
from ttasum_desk.printing.fonts import HangulFont, hangul_font

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 5
CARDS_PER_PAGE = COLUMNS * ROWS
_PADDING = 4 * mm
_HEADER = 8 * mm
_BLEED = 2 * mm  # inset of the header bar from the card's edges
_BAR_HEIGHT = 13 * mm
_BAR_WIDTH = 0.33 * mm  # narrowest bar; shrunk for long codes down to _MIN_BAR_WIDTH
_MIN_BAR_WIDTH = 0.2 * mm
_CUT_MARK = 5 * mm  # length of a cut mark, drawn in the margin, 1.5 mm clear of the cards


@dataclass(frozen=True)
class CardData:
    name: str
    group: str  # student | public | vulnerable (other values print as they are)
    card_code: str
    station_name: str
    birth_year: int | None = None


class NoCardsToPrint(UserError):
    pass


class CardCodeTooLong(UserError):
    pass


def render_cards(
    cards: Sequence[CardData],
    out: Path | BinaryIO,
    font_file: Path | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> None:
    """Write the cards as A4 pages, ten to a page, in the order given. ``on_page(done,
    total)`` hears of each page before it is drawn; raising there stops the writing."""
    if not cards:
        raise NoCardsToPrint("There are no cards to print. Choose at least one recipient.")
    font = hangul_font(font_file)
    page_width, page_height = A4
    grid_left = (page_width - COLUMNS * CARD_WIDTH) / 2
    grid_bottom = (page_height - ROWS * CARD_HEIGHT) / 2
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4)
    canvas.setTitle(QCoreApplication.translate("Cards", "Recipient cards"))
    canvas.setCreator("TTASUM Desk")
    pages = -(-len(cards) // CARDS_PER_PAGE)
    for start in range(0, len(cards), CARDS_PER_PAGE):
        if on_page is not None:
            on_page(start // CARDS_PER_PAGE, pages)
        _cut_marks(canvas, grid_left, grid_bottom)
        for slot, card in enumerate(cards[start : start + CARDS_PER_PAGE]):
            row, column = divmod(slot, COLUMNS)
            x = grid_left + column * CARD_WIDTH
            y = grid_bottom + (ROWS - 1 - row) * CARD_HEIGHT
            _card(canvas, card, font, x, y)
        canvas.showPage()
    if on_page is not None:
        on_page(pages, pages)
    canvas.save()


def group_label(group: str) -> str:
    labels = {
        "student": QCoreApplication.translate("Cards", "Student"),
        "public": QCoreApplication.translate("Cards", "General public"),
        "vulnerable": QCoreApplication.translate("Cards", "Vulnerable group"),
    }
    return labels.get(group, group)


def _card(canvas: Canvas, card: CardData, font: HangulFont, x: float, y: float) -> None:
    inner = CARD_WIDTH - 2 * _PADDING
    canvas.saveState()
    # A faint outline helps scissors; the cut marks guide a cutter.
    canvas.setStrokeGray(0.8)
    canvas.setLineWidth(0.3)
    canvas.setDash(1, 2)
    canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
    canvas.restoreState()

    canvas.saveState()
    top = y + CARD_HEIGHT - _BLEED  # the header stays clear of the cut, so no sliver spills over
    canvas.setFillGray(0.15)
    canvas.roundRect(
        x + _BLEED, top - _HEADER, CARD_WIDTH - 2 * _BLEED, _HEADER, 1.5 * mm, stroke=0, fill=1
    )
    canvas.setFillGray(1)
    title = QCoreApplication.translate("Cards", "Recipient card")
    header = f"{card.station_name} · {title}"
    size = _fitting_size(header, font.bold, 9, inner)
    canvas.setFont(font.bold, size)
    canvas.drawString(x + _PADDING, top - _HEADER + (_HEADER - size * 0.7) / 2, header)
    canvas.restoreState()

    name_size = _fitting_size(card.name, font.bold, 18, inner)
    canvas.setFont(font.bold, name_size)
    canvas.drawString(x + _PADDING, top - _HEADER - 3 * mm - name_size * 0.8, card.name)
    details = group_label(card.group)
    if card.birth_year:
        details += " · " + QCoreApplication.translate("Cards", "born {year}").format(
            year=card.birth_year
        )
    canvas.setFont(font.regular, 9)
    canvas.drawString(x + _PADDING, top - _HEADER - 5 * mm - name_size - 9 * 0.8, details)

    barcode = _barcode(card.card_code, inner)
    code_y = y + 3 * mm
    canvas.setFont(font.regular, 9)
    canvas.drawCentredString(x + CARD_WIDTH / 2, code_y, card.card_code)
    barcode.drawOn(canvas, x + (CARD_WIDTH - barcode.width) / 2, code_y + 4 * mm)


def _barcode(code: str, width: float) -> Code128:
    """A Code 128 as wide as the card allows, narrowing the bars for long codes."""
    bar_width = _BAR_WIDTH
    while True:
        barcode = Code128(code, barWidth=bar_width, barHeight=_BAR_HEIGHT, quiet=1, humanReadable=0)
        if barcode.width <= width:
            return barcode
        bar_width *= 0.9 * width / barcode.width
        if bar_width < _MIN_BAR_WIDTH:
            raise CardCodeTooLong(
                "The card code {code} is too long to print as a barcode on a card. "
                "Use a code of at most about 20 characters.",
                code=code,
            )


def _fitting_size(text: str, font: str, size: float, width: float, smallest: float = 7) -> float:
    """The largest font size, from ``size`` down to ``smallest``, at which ``text`` fits."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Short lines in the margins, in line with every card edge."""
    right = left + COLUMNS * CARD_WIDTH
    top = bottom + ROWS * CARD_HEIGHT
    gap = 1.5 * mm
    canvas.saveState()
    canvas.setLineWidth(0.5)
    for column in range(COLUMNS + 1):
        x = left + column * CARD_WIDTH
        canvas.line(x, top + gap, x, top + gap + _CUT_MARK)
        canvas.line(x, bottom - gap, x, bottom - gap - _CUT_MARK)
    for row in range(ROWS + 1):
        y = bottom + row * CARD_HEIGHT
        canvas.line(left - gap, y, left - gap - _CUT_MARK, y)
        canvas.line(right + gap, y, right + gap + _CUT_MARK, y)
    canvas.restoreState()
