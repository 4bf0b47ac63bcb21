"""Handout receipts as PDF: 58 mm and 80 mm thermal rolls (height fitted to content) and A4.

The recipient's name is masked here (홍길동 → 홍*동); the raw name never reaches the page. A QR code
carries the handout UUID; a kit's receipt carries a second, the campaign's guide to making it
(``guide_url``), for the person to open on a phone at home. A visit's several handouts print on
one receipt, a line per item under the first one's number and QR code, each further line with
its own number. A reprint is marked as a copy; a void prints a void slip. Labels go through
Qt's "Receipt" translation context, so a Korean UI prints Korean labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.errors import UserError
from ttasum_desk.printing.fonts import hangul_font
from ttasum_desk.printing.layout import Block

RECEIPT_FORMATS = ("58mm", "80mm", "a4")


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt shows. ``recipient_name`` and ``proxy_name`` are raw: masked here."""

    station_code: str
    station_name: str
    operator: str
    handed_at: datetime
    receipt_no: str
    recipient_name: str
    birth_year: int | None
    item_name: str
    unit: str
    quantity: int
    lot_no: str | None
    remaining: int | None  # what is left of the entitlement this period; None: no limit known
    period_label: str  # e.g. "이번 주"
    handout_uid: str
    proxy_name: str | None = None
    copy: bool = False  # a reprint: marked as a copy
    void_reason: str | None = None  # set: a void slip for receipt ``receipt_no``
    guide_url: str | None = None  # set: a kit, printed as a QR labelled "How to make it"
    more: tuple[ReceiptData, ...] = ()  # the visit's further handouts, listed after this one


class UnknownReceiptFormat(UserError):
    pass


@dataclass(frozen=True)
class _Format:
    page_width: float  # points; A4 uses a box of content_width on the A4 page
    content_width: float
    base_size: float
    title_size: float
    qr_size: float
    margin: float  # top and bottom on rolls; the box padding on A4
    a4: bool = False


_FORMATS = {
    "58mm": _Format(58 * mm, 48 * mm, 8, 12, 34 * mm, 4 * mm),
    "80mm": _Format(80 * mm, 70 * mm, 9.5, 14, 40 * mm, 5 * mm),
    "a4": _Format(A4[0], 110 * mm, 11, 17, 42 * mm, 8 * mm, a4=True),
}


def render_receipt(
    data: ReceiptData, fmt: str, out: Path | BinaryIO, font_file: Path | None = None
) -> None:
    """Write the receipt (or void slip) for ``data`` as a PDF in format ``fmt``."""
    spec = _FORMATS.get(fmt)
    if spec is None:
        raise UnknownReceiptFormat(
            "Unknown receipt format {fmt}. Choose one of {formats}.",
            fmt=fmt,
            formats=", ".join(RECEIPT_FORMATS),
        )
    font = hangul_font(font_file)
    block = Block(spec.content_width, font.regular, font.bold, spec.base_size)
    _compose(block, data, spec)

    if spec.a4:
        page_width, page_height = A4
        box_height = block.height + 2 * spec.margin
        left = (page_width - spec.content_width) / 2
        top = page_height - 20 * mm
    else:
        page_width, page_height = spec.page_width, block.height + 2 * spec.margin
        left = (page_width - spec.content_width) / 2
        top = page_height
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=(page_width, page_height))
    canvas.setTitle(_title(data))
    canvas.setCreator("TTASUM Desk")
    if spec.a4:
        canvas.setLineWidth(0.8)
        canvas.roundRect(
            left - spec.margin,
            top - box_height,
            spec.content_width + 2 * spec.margin,
            box_height,
            3 * mm,
        )
    block.draw(canvas, left, top - spec.margin)
    canvas.showPage()
    canvas.save()


def _title(data: ReceiptData) -> str:
    if data.void_reason is not None:
        return QCoreApplication.translate("Receipt", "Void slip {receipt_no}").format(
            receipt_no=data.receipt_no
        )
    return QCoreApplication.translate("Receipt", "Receipt {receipt_no}").format(
        receipt_no=data.receipt_no
    )


def _compose(block: Block, data: ReceiptData, spec: _Format) -> None:
    block.text(data.station_name, size=spec.title_size, bold=True, center=True)
    block.text(data.station_code, center=True)
    block.space(1.5 * mm)
    if data.void_reason is not None:
        block.banner(QCoreApplication.translate("Receipt", "VOID"), size=spec.title_size * 1.3)
        block.text(
            QCoreApplication.translate("Receipt", "This receipt is cancelled."),
            center=True,
            bold=True,
        )
    else:
        block.text(
            QCoreApplication.translate("Receipt", "Handout receipt"),
            size=spec.title_size,
            bold=True,
            center=True,
        )
    if data.copy:
        block.banner(QCoreApplication.translate("Receipt", "COPY (reissued)"), size=spec.title_size)
    block.rule()

    label_width = 0.36 * spec.content_width
    pairs: list[tuple[str, str]] = []
    if data.void_reason is not None:
        pairs.append((QCoreApplication.translate("Receipt", "Voided receipt no."), data.receipt_no))
        pairs.append((QCoreApplication.translate("Receipt", "Reason"), data.void_reason))
    else:
        pairs.append((QCoreApplication.translate("Receipt", "Receipt no."), data.receipt_no))
    pairs.append(
        (QCoreApplication.translate("Receipt", "Date"), data.handed_at.strftime("%Y-%m-%d %H:%M"))
    )
    pairs.append((QCoreApplication.translate("Receipt", "Operator"), data.operator))
    for label, value in pairs:
        block.pair(label, value, label_width)
    block.rule()

    recipient = mask_name(data.recipient_name)
    if data.birth_year:
        recipient = f"{recipient} ({data.birth_year})"
    block.pair(
        QCoreApplication.translate("Receipt", "Recipient"), recipient, label_width, bold=True
    )
    if data.proxy_name:
        block.pair(
            QCoreApplication.translate("Receipt", "Collected by"),
            mask_name(data.proxy_name),
            label_width,
        )
    _item_lines(block, data, label_width)
    for line in data.more:
        block.rule()
        block.pair(
            QCoreApplication.translate("Receipt", "Receipt no."), line.receipt_no, label_width
        )
        _item_lines(block, line, label_width)
    block.rule()

    block.qr(data.handout_uid, spec.qr_size)
    block.text(data.handout_uid, size=max(spec.base_size - 2.5, 5.5), center=True)
    guide = next((line.guide_url for line in (data, *data.more) if line.guide_url), None)
    if guide and data.void_reason is None:
        block.rule()
        block.text(QCoreApplication.translate("Receipt", "How to make it"), bold=True, center=True)
        block.qr(guide, spec.qr_size)


def _item_lines(block: Block, data: ReceiptData, label_width: float) -> None:
    """The item, quantity, lot and what is left of one handout."""
    block.pair(QCoreApplication.translate("Receipt", "Item"), data.item_name, label_width)
    block.pair(
        QCoreApplication.translate("Receipt", "Quantity"),
        f"{data.quantity} {data.unit}".strip(),
        label_width,
        bold=True,
    )
    if data.lot_no:
        block.pair(QCoreApplication.translate("Receipt", "Lot"), data.lot_no, label_width)
    if data.remaining is not None and data.void_reason is None:
        block.space(1 * mm)
        left = f"{data.remaining} {data.unit}".strip()
        block.text(
            QCoreApplication.translate("Receipt", "Left ({period}): {quantity}").format(
                period=data.period_label, quantity=left
            ),
            bold=True,
        )
