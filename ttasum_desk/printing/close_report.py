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


@dataclass(frozen=True)
class Section:
    """One table of the report, as the PDF and the desk's screen both show it."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float] | None = None  # on paper, in points; None: fitted


def heading(data: CloseReportData) -> tuple[str, str]:
    """The title and the line under it: the day, the station and when it was made."""
    title = QCoreApplication.translate("CloseReport", "Close report {day}").format(
        day=data.day.isoformat()
    )
    made = QCoreApplication.translate("CloseReport", "{code} {name} · made {made}").format(
        code=data.station_code,
        name=data.station_name,
        made=data.made_at.strftime("%Y-%m-%d %H:%M"),
    )
    return title, made


def sections(data: CloseReportData) -> list[Section]:
    """Per item, voids, overrides and per operator, with their cells as text."""
    tr = QCoreApplication.translate
    flagged_header = [
        tr("CloseReport", "Time"),
        tr("CloseReport", "Receipt"),
        tr("CloseReport", "Item"),
        tr("CloseReport", "Quantity"),
        tr("CloseReport", "Reason"),
        tr("CloseReport", "Operator"),
    ]
    flagged_widths = [14 * mm, 34 * mm, 30 * mm, 16 * mm, 58 * mm, 22 * mm]

    def flagged(lines: Sequence[FlaggedLine]) -> list[list[str]]:
        return [
            [
                line.at.strftime("%H:%M"),
                line.receipt_no,
                line.item_code,
                str(line.quantity),
                line.reason,
                line.operator,
            ]
            for line in lines
        ]

    return [
        Section(
            tr("CloseReport", "Per item"),
            [
                tr("CloseReport", "Item"),
                tr("CloseReport", "Handouts"),
                tr("CloseReport", "Out"),
                tr("CloseReport", "In"),
                tr("CloseReport", "Left"),
            ],
            [
                [
                    f"{line.code} {line.name}",
                    str(line.handouts),
                    str(line.quantity),
                    str(line.received),
                    "-" if line.left is None else str(line.left),
                ]
                for line in data.items
            ],
        ),
        Section(tr("CloseReport", "Voids"), flagged_header, flagged(data.voids), flagged_widths),
        Section(
            tr("CloseReport", "Overrides"), flagged_header, flagged(data.overrides), flagged_widths
        ),
        Section(
            tr("CloseReport", "Per operator"),
            [
                tr("CloseReport", "Operator"),
                tr("CloseReport", "Handouts"),
                tr("CloseReport", "Quantity"),
            ],
            [
                [line.operator or "-", str(line.handouts), str(line.quantity)]
                for line in data.operators
            ],
        ),
    ]


def no_rows() -> str:
    return QCoreApplication.translate("CloseReport", "None")


def render_close_report(
    data: CloseReportData, out: Path | BinaryIO, font_file: Path | None = None
) -> None:
    font = hangul_font(font_file)
    title_style = ParagraphStyle("title", fontName=font.bold, fontSize=16, leading=21)
    heading_style = ParagraphStyle(
        "heading", fontName=font.bold, fontSize=12, leading=16, textColor=_ACCENT
    )
    body = ParagraphStyle("body", fontName=font.regular, fontSize=9, leading=11.5)
    title, made = heading(data)
    story: list[Flowable] = [Paragraph(escape(title), title_style), Paragraph(escape(made), body)]
    for section in sections(data):
        story += [Spacer(1, 4 * mm), Paragraph(escape(section.title), heading_style)]
        if not section.rows:
            story.append(Paragraph(escape(no_rows()), body))
            continue
        rows = [[Paragraph(escape(cell), body) for cell in row] for row in section.rows]
        story.append(_table(list(section.header), rows, font, section.widths))
    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
    )
    document.build(story)


def _table(
    header: list[str], rows: list[list[Any]], font: HangulFont, widths: Sequence[float] | None
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
