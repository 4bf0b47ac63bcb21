"""The coordinator's summary report as an A4 PDF: progress against targets, handouts per day,
station, group and item with charts, the loop (kits out, masks donated back, workshops), stations
not heard from, and overrides and voids.

It draws plain data (``SummaryData``); the service that gathers it from the database decides
what counts. No personal names appear here: the report goes to the mayor's office. A long
report says how far it got through ``on_step``, at every section and page; the caller may
raise there to stop the writing (a cancel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from ttasum_desk.domain.loop import LoopFigures
from ttasum_desk.domain.targets import share_done
from ttasum_desk.printing import summary_charts as charts
from ttasum_desk.printing.fonts import HangulFont, hangul_font
from ttasum_desk.printing.story_steps import Step, StorySteps

_FRAME_WIDTH = A4[0] - 36 * mm


@dataclass(frozen=True)
class Target:
    """A campaign target, such as 100,000 masks to 46,000 students; ``done`` counts so far.
    A goal of 0 is not set; ``days_left`` None: the target has no day."""

    label: str
    target: int
    done: int
    people_target: int = 0
    people_done: int = 0
    days_left: int | None = None

    @property
    def share(self) -> float:
        return share_done((self.done, self.target), (self.people_done, self.people_target))


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: the quantity handed out and the number of handouts."""

    label: str
    quantity: int
    handouts: int


@dataclass(frozen=True)
class FlaggedHandout:
    """An override or a void, with its reason (no names: station, receipt and operator only)."""

    at: datetime
    station: str
    receipt_no: str
    kind: str  # "override" | "void"
    reason: str
    operator: str = ""


@dataclass(frozen=True)
class SummaryData:
    campaign: str
    generated_at: datetime
    first_day: date | None
    last_day: date | None
    targets: Sequence[Target] = ()
    per_day: Sequence[tuple[date, int]] = ()  # quantity per day
    per_station: Sequence[Count] = ()
    per_group: Sequence[Count] = ()
    per_item: Sequence[Count] = ()
    silent_stations: Sequence[tuple[str, date | None]] = ()  # station, last day-file (None: never)
    exceptions: Sequence[FlaggedHandout] = ()
    open_reviews: int = 0  # conflicts and double-dips awaiting review
    loop: LoopFigures = field(default_factory=LoopFigures)
    notes: Sequence[str] = field(default_factory=tuple)


def render_summary(
    data: SummaryData,
    out: Path | BinaryIO,
    font_file: Path | None = None,
    on_step: Step | None = None,
) -> None:
    """Write the summary report as an A4 PDF."""
    font = hangul_font(font_file)
    styles = _Styles(font)
    title = QCoreApplication.translate("Summary", "Summary report: {campaign}").format(
        campaign=data.campaign
    )
    sections: list[tuple[str, list[Flowable]]] = []
    if data.targets:
        sections.append(
            (
                QCoreApplication.translate("Summary", "Progress against targets"),
                _targets(data, font, styles),
            )
        )
    if data.per_day:
        sections.append(
            (
                QCoreApplication.translate("Summary", "Handed out per day"),
                [charts.per_day_chart(data.per_day, font, _FRAME_WIDTH)],
            )
        )
    for heading, rows in (
        (QCoreApplication.translate("Summary", "Per station"), data.per_station),
        (QCoreApplication.translate("Summary", "Per group"), data.per_group),
        (QCoreApplication.translate("Summary", "Per item"), data.per_item),
    ):
        if rows:
            bars = [(row.label, row.quantity) for row in rows]
            chart = charts.counts_chart(bars, font, _FRAME_WIDTH)
            sections.append((heading, [chart, _counts_table(rows, styles)]))
    if data.loop.anything:
        sections.append(
            (
                QCoreApplication.translate("Summary", "Donations and workshops"),
                [_loop_table(data.loop, styles)],
            )
        )
    sections.append(
        (QCoreApplication.translate("Summary", "Needs attention"), _attention(data, styles))
    )

    steps = StorySteps(on_step, len(sections))
    story: list[Flowable] = [
        Paragraph(_escape(title), styles.title),
        Paragraph(_period_line(data), styles.small),
        Spacer(1, 4 * mm),
    ]
    for line in data.notes:
        story.append(Paragraph(_escape(line), styles.body))
    for done, (heading, body) in enumerate(sections):
        story += [steps.at(done, heading), *_section(styles, heading, body)]
    story.append(steps.at(len(sections), ""))

    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        creator="TTASUM Desk",
    )

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        steps.page(doc.page)
        canvas.saveState()
        canvas.setFont(font.regular, 8)
        canvas.setFillGray(0.4)
        text = QCoreApplication.translate("Summary", "{campaign} · page {page}").format(
            campaign=data.campaign, page=doc.page
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)


class _Styles:
    def __init__(self, font: HangulFont) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font.bold, fontSize=17, leading=22)
        self.heading = ParagraphStyle(
            "heading", fontName=font.bold, fontSize=12.5, leading=16, textColor=charts.ACCENT
        )
        self.body = ParagraphStyle("body", fontName=font.regular, fontSize=9.5, leading=13)
        self.small = ParagraphStyle("small", fontName=font.regular, fontSize=8.5, leading=11)
        self.cell = ParagraphStyle("cell", fontName=font.regular, fontSize=8.5, leading=10.5)


def _section(styles: _Styles, title: str, body: list[Flowable]) -> list[Flowable]:
    heading = Paragraph(_escape(title), styles.heading)
    return [KeepTogether([Spacer(1, 5 * mm), heading, Spacer(1, 2 * mm), body[0]]), *body[1:]]


def _period_line(data: SummaryData) -> str:
    made = data.generated_at.strftime("%Y-%m-%d %H:%M")
    if data.first_day and data.last_day:
        return QCoreApplication.translate(
            "Summary", "Handouts from {first} to {last}; made {made}"
        ).format(first=data.first_day.isoformat(), last=data.last_day.isoformat(), made=made)
    return QCoreApplication.translate("Summary", "No handouts yet; made {made}").format(made=made)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[Any]], widths: list[float], numeric_from: int | None = None) -> Table:
    """A table with a ruled header row; columns from ``numeric_from`` on are right-aligned."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if numeric_from is not None:
        style.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _cells(texts: Sequence[str], style: ParagraphStyle) -> list[Any]:
    return [Paragraph(_escape(text), style) for text in texts]


def _targets(data: SummaryData, font: HangulFont, styles: _Styles) -> list[Flowable]:
    bar_width = 28 * mm
    rows: list[list[Any]] = [
        [
            QCoreApplication.translate("Summary", "Target"),
            QCoreApplication.translate("Summary", "Done"),
            QCoreApplication.translate("Summary", "Goal"),
            QCoreApplication.translate("Summary", "People"),
            QCoreApplication.translate("Summary", "Days left"),
            QCoreApplication.translate("Summary", "Progress"),
            "",
        ]
    ]
    for target in data.targets:
        rows.append(
            [
                Paragraph(_escape(target.label), styles.cell),
                f"{target.done:,}",
                f"{target.target:,}" if target.target else "-",
                f"{target.people_done:,} / {target.people_target:,}"
                if target.people_target
                else f"{target.people_done:,}",
                _days_left(target),
                f"{int(target.share * 100)}%",
                charts.progress_bar(target.share, bar_width),
            ]
        )
    widths = [44 * mm, 20 * mm, 20 * mm, 28 * mm, 16 * mm, 14 * mm, bar_width + 2 * mm]
    table = _table(rows, widths, 1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font.regular, 8.5)]))
    return [table]


def _days_left(target: Target) -> str:
    """Days to the target's day; none to count once it is met, however long ago its day was
    (the progress column says it is done)."""
    return "-" if target.days_left is None or target.share >= 1 else f"{target.days_left:,}"


def _counts_table(rows: Sequence[Count], styles: _Styles) -> Table:
    header = [
        "",
        QCoreApplication.translate("Summary", "Quantity"),
        QCoreApplication.translate("Summary", "Handouts"),
    ]
    body = [
        [Paragraph(_escape(row.label), styles.cell), f"{row.quantity:,}", f"{row.handouts:,}"]
        for row in rows
    ]
    total = [
        QCoreApplication.translate("Summary", "Total"),
        f"{sum(row.quantity for row in rows):,}",
        f"{sum(row.handouts for row in rows):,}",
    ]
    table = _table([header, *body, total], [90 * mm, 30 * mm, 30 * mm], 1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font.regular, 8.5),
                ("FONT", (0, -1), (-1, -1), styles.font.bold, 8.5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    return table


def _loop_table(loop: LoopFigures, styles: _Styles) -> Table:
    """Kits out against masks donated back, then the workshops: one figure a row."""
    percent = f"{loop.returned_percent}%" if loop.returned_percent is not None else "-"
    figures = [
        (QCoreApplication.translate("Summary", "Kits handed out"), f"{loop.kits_out:,}"),
        (
            QCoreApplication.translate("Summary", "Finished masks returned"),
            f"{loop.masks_returned:,}",
        ),
        (QCoreApplication.translate("Summary", "Returned per kit"), percent),
        (QCoreApplication.translate("Summary", "Workshops held"), f"{loop.workshops:,}"),
        (QCoreApplication.translate("Summary", "Signed up"), f"{loop.signed_up:,}"),
        (QCoreApplication.translate("Summary", "Attended"), f"{loop.attended:,}"),
    ]
    header = ["", QCoreApplication.translate("Summary", "Quantity")]
    rows = [header, *([Paragraph(_escape(label), styles.cell), value] for label, value in figures)]
    table = _table(rows, [90 * mm, 30 * mm], 1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.font.regular, 8.5)]))
    return table


def _attention(data: SummaryData, styles: _Styles) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(
            _escape(
                QCoreApplication.translate(
                    "Summary", "Conflicts and double-dips awaiting review: {count}"
                ).format(count=data.open_reviews)
            ),
            styles.body,
        )
    ]
    if data.silent_stations:
        parts.append(Spacer(1, 2 * mm))
        parts.append(
            Paragraph(
                _escape(QCoreApplication.translate("Summary", "Stations not heard from")),
                styles.body,
            )
        )
        rows: list[list[Any]] = [
            _cells(
                [
                    QCoreApplication.translate("Summary", "Station"),
                    QCoreApplication.translate("Summary", "Last day-file"),
                ],
                styles.cell,
            )
        ]
        for station, last in data.silent_stations:
            last_text = last.isoformat() if last else QCoreApplication.translate("Summary", "never")
            rows.append(_cells([station, last_text], styles.cell))
        parts.append(_table(rows, [90 * mm, 40 * mm]))
    parts.append(Spacer(1, 3 * mm))
    if not data.exceptions:
        parts.append(
            Paragraph(
                _escape(QCoreApplication.translate("Summary", "No overrides or voids.")),
                styles.body,
            )
        )
        return parts
    caption = Paragraph(
        _escape(QCoreApplication.translate("Summary", "Overrides and voids")), styles.body
    )
    kinds = {
        "override": QCoreApplication.translate("Summary", "Override"),
        "void": QCoreApplication.translate("Summary", "Void"),
    }
    header = [
        QCoreApplication.translate("Summary", "When"),
        QCoreApplication.translate("Summary", "Station"),
        QCoreApplication.translate("Summary", "Receipt no."),
        QCoreApplication.translate("Summary", "Kind"),
        QCoreApplication.translate("Summary", "Operator"),
        QCoreApplication.translate("Summary", "Reason"),
    ]
    rows = [_cells(header, styles.cell)]
    for row in data.exceptions:
        texts = [
            row.at.strftime("%Y-%m-%d %H:%M"),
            row.station,
            row.receipt_no,
            kinds.get(row.kind, row.kind),
            row.operator,
            row.reason,
        ]
        rows.append(_cells(texts, styles.cell))
    widths = [31 * mm, 22 * mm, 30 * mm, 18 * mm, 18 * mm, _FRAME_WIDTH - 119 * mm]
    parts.append(KeepTogether([caption, _table(rows, widths)]))
    return parts
