"""The desk's close report as an A4 PDF: the day's handouts per item, stock in, out and left,
voids and overrides with their reasons, and handouts per operator.

It draws plain data (``CloseReportData``); the service decides what counts. No person's name
appears: the sheet is signed and filed with the day's paper, which many people see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ttasum_desk.printing.fonts import HangulFont, hangul_font

_ACCENT = colors.HexColor("#2f6f9f")


@dataclass(frozen=True)
class ItemLine:
    """One item's day: handouts and quantity out, quantity received, on hand now (None: the
    item's stock is not kept here)."""

    code: str
    name: str
    handouts: int
    quantity: int
    received: int
    left: int | None


@dataclass(frozen=True)
class FlaggedLine:
    """A void or an override: the receipt it concerns, never the person."""

    at: datetime
    receipt_no: str
    item_code: str
    quantity: int
    reason: str
    operator: str


@dataclass(frozen=True)
class OperatorLine:
    operator: str
    handouts: int
    quantity: int


@dataclass(frozen=True)
class CloseReportData:
    day: date
    station_code: str
    station_name: str
    made_at: datetime
    items: Sequence[ItemLine] = ()
    voids: Sequence[FlaggedLine] = ()
    overrides: Sequence[FlaggedLine] = ()
    operators: Sequence[OperatorLine] = ()


def render_close_report(
    data: CloseReportData, out: Path | BinaryIO, font_file: Path | None = None
) -> None:
    font = hangul_font(font_file)
    title = ParagraphStyle("title", fontName=font.bold, fontSize=16, leading=21)
    heading = ParagraphStyle(
        "heading", fontName=font.bold, fontSize=12, leading=16, textColor=_ACCENT
    )
    body = ParagraphStyle("body", fontName=font.regular, fontSize=9.5, leading=13)
    none = Paragraph(escape(QCoreApplication.translate("CloseReport", "None")), body)
    story: list[Flowable] = [
        Paragraph(
            escape(
                QCoreApplication.translate("CloseReport", "Close report {day}").format(
                    day=data.day.isoformat()
                )
            ),
            title,
        ),
        Paragraph(
            escape(
                QCoreApplication.translate("CloseReport", "{code} {name} · made {made}").format(
                    code=data.station_code,
                    name=data.station_name,
                    made=data.made_at.strftime("%Y-%m-%d %H:%M"),
                )
            ),
            body,
        ),
        Spacer(1, 5 * mm),
        Paragraph(escape(QCoreApplication.translate("CloseReport", "Per item")), heading),
        _table(
            [
                QCoreApplication.translate("CloseReport", "Item"),
                QCoreApplication.translate("CloseReport", "Handouts"),
                QCoreApplication.translate("CloseReport", "Out"),
                QCoreApplication.translate("CloseReport", "In"),
                QCoreApplication.translate("CloseReport", "Left"),
            ],
            [
                [
                    f"{line.code} {line.name}",
                    line.handouts,
                    line.quantity,
                    line.received,
                    "-" if line.left is None else line.left,
                ]
                for line in data.items
            ],
            font,
        )
        if data.items
        else none,
    ]
    for label, lines in (
        (QCoreApplication.translate("CloseReport", "Voids"), data.voids),
        (QCoreApplication.translate("CloseReport", "Overrides"), data.overrides),
    ):
        story += [Spacer(1, 4 * mm), Paragraph(escape(label), heading)]
        story.append(
            _table(
                [
                    QCoreApplication.translate("CloseReport", "Time"),
                    QCoreApplication.translate("CloseReport", "Receipt"),
                    QCoreApplication.translate("CloseReport", "Item"),
                    QCoreApplication.translate("CloseReport", "Quantity"),
                    QCoreApplication.translate("CloseReport", "Reason"),
                    QCoreApplication.translate("CloseReport", "Operator"),
                ],
                [
                    [
                        line.at.strftime("%H:%M"),
                        line.receipt_no,
                        line.item_code,
                        line.quantity,
                        Paragraph(escape(line.reason), body),
                        line.operator,
                    ]
                    for line in lines
                ],
                font,
                widths=[14 * mm, 34 * mm, 30 * mm, 16 * mm, 58 * mm, 22 * mm],
            )
            if lines
            else none
        )
    story += [
        Spacer(1, 4 * mm),
        Paragraph(escape(QCoreApplication.translate("CloseReport", "Per operator")), heading),
    ]
    story.append(
        _table(
            [
                QCoreApplication.translate("CloseReport", "Operator"),
                QCoreApplication.translate("CloseReport", "Handouts"),
                QCoreApplication.translate("CloseReport", "Quantity"),
            ],
            [[line.operator or "-", line.handouts, line.quantity] for line in data.operators],
            font,
        )
        if data.operators
        else none
    )
    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=QCoreApplication.translate("CloseReport", "Close report {day}").format(
            day=data.day.isoformat()
        ),
    )
    document.build(story)


def _table(
    header: list[str], rows: list[list[Any]], font: HangulFont, widths: list[float] | None = None
) -> Table:
    table = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font.regular, 9),
                ("FONT", (0, 0), (-1, 0), font.bold, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, _ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
