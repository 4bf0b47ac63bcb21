"""A column of measured rows drawn top-down: receipts and slips know their height before drawing.

Also wrapping that breaks Hangul without spaces, and QR / Code 128 drawings of a given size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby

from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel
from reportlab.graphics.renderPDF import draw as draw_drawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

LINE_SPACING = 1.3  # line height as a multiple of the font size
QR_QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks

# A row draws itself at (left, top) and has a fixed height.
_Draw = Callable[[Canvas, float, float], None]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``: break at spaces, and inside words that are too long."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for char in word:  # a word wider than the line: break between characters
                if line and stringWidth(line + char, font, size) > width:
                    lines.append(line)
                    line = ""
                line += char
        lines.append(line)
    return lines


@dataclass
class Block:
    """Rows of text, label/value pairs, rules, banners and drawings, one under the other."""

    width: float
    font: str
    bold_font: str
    size: float
    height: float = 0.0
    _rows: list[tuple[float, _Draw]] = field(default_factory=list)

    def _add(self, height: float, paint: _Draw) -> None:
        self._rows.append((height, paint))
        self.height += height

    def space(self, height: float) -> None:
        self._add(height, lambda canvas, left, top: None)

    def text(
        self, text: str, *, size: float | None = None, bold: bool = False, center: bool = False
    ) -> None:
        size = size or self.size
        font = self.bold_font if bold else self.font
        for line in wrap(text, font, size, self.width):
            self._add(size * LINE_SPACING, _text_painter(line, font, size, self.width, center))

    def pair(self, label: str, value: str, label_width: float, *, bold: bool = False) -> None:
        """A label in the left column, the value wrapped in the right column."""
        value_font = self.bold_font if bold else self.font
        labels = wrap(label, self.font, self.size, self.width)
        values = wrap(value, value_font, self.size, self.width - label_width)
        # A label too wide for its column gets lines of its own, the value goes under it.
        first_value_row = (
            0 if stringWidth(label, self.font, self.size) < label_width else len(labels)
        )
        line_height = self.size * LINE_SPACING
        rows = max(len(labels), first_value_row + len(values))

        def paint(canvas: Canvas, left: float, top: float) -> None:
            canvas.setFont(self.font, self.size)
            for number, line in enumerate(labels):
                canvas.drawString(left, top - (number + 0.8) * line_height, line)
            canvas.setFont(value_font, self.size)
            for number, line in enumerate(values, start=first_value_row):
                canvas.drawString(left + label_width, top - (number + 0.8) * line_height, line)

        self._add(rows * line_height, paint)

    def rule(self) -> None:
        """A dashed separator with a little air around it."""

        def paint(canvas: Canvas, left: float, top: float) -> None:
            canvas.saveState()
            canvas.setDash(2, 1.5)
            canvas.setLineWidth(0.6)
            canvas.line(left, top - 1.5 * mm, left + self.width, top - 1.5 * mm)
            canvas.restoreState()

        self._add(3 * mm, paint)

    def banner(self, text: str, *, size: float) -> None:
        """White bold text on a black bar, full width: impossible to miss (copy, void)."""
        lines = wrap(text, self.bold_font, size, self.width - 2 * mm)
        line_height = size * LINE_SPACING
        bar = len(lines) * line_height + 1.5 * mm

        def paint(canvas: Canvas, left: float, top: float) -> None:
            canvas.saveState()
            canvas.rect(left, top - bar - 0.5 * mm, self.width, bar, stroke=0, fill=1)
            canvas.setFillGray(1)
            canvas.setFont(self.bold_font, size)
            for number, line in enumerate(lines):
                baseline = top - 0.5 * mm - 0.75 * mm - (number + 0.8) * line_height
                canvas.drawCentredString(left + self.width / 2, baseline, line)
            canvas.restoreState()

        self._add(bar + 1 * mm, paint)

    def qr(self, value: str, size: float) -> None:
        """A QR code of ``value`` centred in the column."""
        modules = qr_modules(value)

        def paint(canvas: Canvas, left: float, top: float) -> None:
            paint_qr(canvas, modules, left + (self.width - size) / 2, top - size, size)

        self._add(size, paint)

    def drawing(self, drawing: Drawing) -> None:
        """A graphic centred in the column."""

        def paint(canvas: Canvas, left: float, top: float) -> None:
            x = left + (self.width - drawing.width) / 2
            draw_drawing(drawing, canvas, x, top - drawing.height)

        self._add(drawing.height, paint)

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        for height, paint in self._rows:
            paint(canvas, left, top)
            top -= height


def _text_painter(line: str, font: str, size: float, width: float, center: bool) -> _Draw:
    def paint(canvas: Canvas, left: float, top: float) -> None:
        canvas.setFont(font, size)
        baseline = top - 0.8 * size * LINE_SPACING
        if center:
            canvas.drawCentredString(left + width / 2, baseline, line)
        else:
            canvas.drawString(left, baseline, line)

    return paint


def qr_modules(value: str) -> list[list[bool]]:
    """The QR code of ``value`` (byte mode, error level M) as rows of dark/light modules."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QR8bitByte(value))
    code.make()
    return [list(map(bool, row)) for row in code.modules]


def paint_qr(canvas: Canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """Paint the modules as one filled path, ``size`` points square with a 4-module quiet zone."""
    count = len(modules)
    box = size / (count + 2 * QR_QUIET_ZONE)
    path = canvas.beginPath()
    for row_number, row in enumerate(modules):
        top = y + size - (row_number + QR_QUIET_ZONE) * box
        column = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + (column + QR_QUIET_ZONE) * box, top - box, length * box, box)
            column += length
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
