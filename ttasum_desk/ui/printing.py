"""Printed matter through Qt's print support: the reportlab PDF rendered onto a QPrinter.

The PDF is the document; QtPdf rasterises each page at the printer's resolution, so the
paper shows exactly what the saved PDF shows. Print modes (settings): ``direct`` to the
chosen printer with no dialog, ``preview`` through a print preview, ``pdf`` keeps the file
only, ``none`` prints nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ttasum_desk.errors import UserError

RENDER_DPI = 300


class PrintFailed(UserError):
    """The printer or the PDF could not be used."""


def printer_for(name: str) -> QPrinter:
    """A printer by name; an empty name is the system's default printer."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintFailed(
            "The printer {name} is not available. Choose another printer in Settings.",
            name=name or "default",
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def _document(pdf: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintFailed("The PDF {path} could not be read for printing.", path=str(pdf))
    return document


def render_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` onto ``printer``, each at its own size; returns pages."""
    document = _document(pdf)
    painter = QPainter()
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        layout = QPageLayout(
            QPageSize(QSizeF(points), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        printer.setPageLayout(layout)
        printer.setFullPage(True)
        if page == 0:
            if not painter.begin(printer):
                raise PrintFailed("The printer could not start printing. Check that it is on.")
        elif not printer.newPage():
            raise PrintFailed("The printer stopped after page {page}.", page=page)
        pixels = QSize(
            round(points.width() / 72 * RENDER_DPI), round(points.height() / 72 * RENDER_DPI)
        )
        image = document.render(page, pixels)
        target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        target.moveTo(0, 0)
        painter.drawImage(target, image)
    painter.end()
    return document.pageCount()


def print_pdf(pdf: Path, mode: str, printer_name: str, parent: QWidget | None = None) -> None:
    """Print as the settings say; ``pdf`` mode and ``none`` do nothing here."""
    if mode == "direct":
        render_pdf(pdf, printer_for(printer_name))
    elif mode == "preview":
        try:
            printer = printer_for(printer_name)
        except PrintFailed:  # no printer here: preview anyway, print to a PDF from the dialog
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, parent)
        preview.paintRequested.connect(lambda target: render_pdf(pdf, target))
        preview.exec()
