"""The summary report's drawings: a target's progress bar, handouts per day, and the largest
counts (per station, group or item) as horizontal bars. They take plain numbers and labels, so
they know nothing of where the figures came from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from ttasum_desk.printing.fonts import HangulFont

ACCENT = colors.HexColor("#2f6f9f")
DONE = colors.HexColor("#3c8d5a")
MOST_BARS = 15  # a longer list is cut to its largest, and the chart says so


def progress_bar(share: float, width: float) -> Drawing:
    drawing = Drawing(width, 3.5 * mm)
    drawing.add(Rect(0, 0, width, 3.5 * mm, fillColor=colors.whitesmoke, strokeColor=colors.grey))
    drawing.add(Rect(0, 0, width * min(share, 1.0), 3.5 * mm, fillColor=DONE, strokeColor=None))
    return drawing


def per_day_chart(per_day: Sequence[tuple[date, int]], font: HangulFont, width: float) -> Drawing:
    height = 60 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 14 * mm
    chart.data = [[quantity for _day, quantity in per_day]]
    step = max(1, len(per_day) // 12)  # at most about a dozen date labels
    chart.categoryAxis.categoryNames = [
        day.strftime("%m-%d") if number % step == 0 else ""
        for number, (day, _quantity) in enumerate(per_day)
    ]
    _style(chart, font)
    drawing.add(chart)
    return drawing


def counts_chart(rows: Sequence[tuple[str, int]], font: HangulFont, width: float) -> Drawing:
    """(label, quantity) pairs as bars, the largest first."""
    shown = sorted(rows, key=lambda row: row[1], reverse=True)[:MOST_BARS]
    bar = 5 * mm
    drawing = Drawing(width, len(shown) * bar + 12 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 45 * mm, 8 * mm
    chart.width, chart.height = width - 50 * mm, len(shown) * bar
    chart.data = [[quantity for _label, quantity in reversed(shown)]]
    chart.categoryAxis.categoryNames = [shortened(label, 18) for label, _ in reversed(shown)]
    _style(chart, font)
    drawing.add(chart)
    if len(rows) > len(shown):
        note = QCoreApplication.translate("Summary", "(the {count} largest shown)")
        drawing.add(
            String(
                width,
                0,
                note.format(count=len(shown)),
                fontName=font.regular,
                fontSize=7,
                textAnchor="end",
            )
        )
    return drawing


def shortened(label: str, most: int) -> str:
    """``label`` in at most ``most`` characters, an ellipsis saying when it was cut."""
    return label if len(label) <= most else label[: most - 1] + "…"


def _style(chart: VerticalBarChart | HorizontalBarChart, font: HangulFont) -> None:
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = font.regular
        labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.valueAxis.gridStrokeColor = colors.lightgrey
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
