"""The weekly workbook a school sends the education office: per class and per batch.

Sheets: ``Classes`` (per class, item and lot: handed out to students one by one, by class
count, and in all), ``Batches`` (per lot: received, handed out before and during the period,
left at its end) and ``Period``. Each data sheet ends with a bold totals row and carries a bar
chart. Written through ``exchange.writer``: bold frozen header, fitted widths, Excel dates,
text that can't turn into a formula, an atomic rename into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ttasum_desk.exchange.writer import SheetSpec, write_workbook

_CONTEXT = "WeeklyWorkbook"
CLASS_HEADERS = (
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "School"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Grade"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Class"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Item"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Lot"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "To students"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "By class count"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Handed out"),
)
BATCH_HEADERS = (
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Item"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Lot"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Received on"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Source"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Received"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Handed out before"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Handed out this period"),
    QT_TRANSLATE_NOOP("WeeklyWorkbook", "Left"),
)
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class ClassLine:
    school: str
    grade: int
    klass: int
    item_code: str
    lot_no: str  # empty when the item's stock isn't tracked
    by_students: int  # per-student handouts
    by_count: int  # class counts

    @property
    def total(self) -> int:
        return self.by_students + self.by_count


@dataclass(frozen=True)
class BatchLine:
    item_code: str
    item_name: str
    lot_no: str
    received_on: date
    source: str
    received: int  # with its correcting entries
    before: int  # handed out before the period
    during: int  # handed out in the period

    @property
    def left(self) -> int:
        return self.received - self.before - self.during


@dataclass(frozen=True)
class WeeklyReport:
    station_code: str
    station_name: str
    first: date
    last: date
    classes: Sequence[ClassLine]
    batches: Sequence[BatchLine]


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _totals(values: Sequence[Any], chart: BarChart, rows: int, anchor: str) -> Any:
    """An ``after`` hook: a bold totals row, then the chart over the data rows."""

    def after(sheet: Any) -> None:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = _BOLD
            cells.append(cell)
        sheet.append(cells)
        if rows:
            sheet.add_chart(chart, anchor)

    return after


def _ref(title: str, cells: str) -> Reference:
    quoted = title.replace("'", "''")
    return Reference(range_string=f"'{quoted}'!{cells}")


def _class_chart(title: str, rows: int) -> BarChart:
    """Stacked columns per class: to students and by class count."""
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = QCoreApplication.translate("WeeklyWorkbook", "Handed out per class")
    chart.y_axis.title = QCoreApplication.translate("WeeklyWorkbook", "Quantity")
    chart.add_data(_ref(title, f"$F$1:$G${rows + 1}"), titles_from_data=True)
    chart.set_categories(_ref(title, f"$A$2:$C${rows + 1}"))
    chart.width, chart.height = 22, 10
    return chart


def _batch_chart(title: str, rows: int) -> BarChart:
    """Columns per lot: handed out this period, and left."""
    chart = BarChart()
    chart.type = "col"
    chart.title = QCoreApplication.translate(
        "WeeklyWorkbook", "Per batch: handed out this period and left"
    )
    chart.y_axis.title = QCoreApplication.translate("WeeklyWorkbook", "Quantity")
    chart.add_data(_ref(title, f"$G$1:$H${rows + 1}"), titles_from_data=True)
    chart.set_categories(_ref(title, f"$B$2:$B${rows + 1}"))
    chart.width, chart.height = 18, 9
    return chart


def write_weekly_workbook(path: Path | str, report: WeeklyReport) -> Path:
    classes_title, batches_title, period_title = (
        QCoreApplication.translate("WeeklyWorkbook", "Classes"),
        QCoreApplication.translate("WeeklyWorkbook", "Batches"),
        QCoreApplication.translate("WeeklyWorkbook", "Period"),
    )
    class_rows = [
        (c.school, c.grade, c.klass, c.item_code, c.lot_no, c.by_students, c.by_count, c.total)
        for c in report.classes
    ]
    class_totals = [
        QCoreApplication.translate("WeeklyWorkbook", "Total"), None, None, None, None,
        sum(c.by_students for c in report.classes),
        sum(c.by_count for c in report.classes),
        sum(c.total for c in report.classes),
    ]  # fmt: skip
    batch_rows = [
        (b.item_code, b.lot_no, b.received_on, b.source, b.received, b.before, b.during, b.left)
        for b in report.batches
    ]
    batch_totals = [
        QCoreApplication.translate("WeeklyWorkbook", "Total"), None, None, None,
        sum(b.received for b in report.batches),
        sum(b.before for b in report.batches),
        sum(b.during for b in report.batches),
        sum(b.left for b in report.batches),
    ]  # fmt: skip
    class_chart = _class_chart(classes_title, len(class_rows))
    batch_chart = _batch_chart(batches_title, len(batch_rows))
    sheets = [
        SheetSpec(
            classes_title,
            [_tr(str(text)) for text in CLASS_HEADERS],
            class_rows,
            after=_totals(class_totals, class_chart, len(class_rows), "J2"),
        ),
        SheetSpec(
            batches_title,
            [_tr(str(text)) for text in BATCH_HEADERS],
            batch_rows,
            after=_totals(batch_totals, batch_chart, len(batch_rows), "J2"),
        ),
        SheetSpec(
            period_title,
            [
                QCoreApplication.translate("WeeklyWorkbook", "Key"),
                QCoreApplication.translate("WeeklyWorkbook", "Value"),
            ],
            [
                (
                    QCoreApplication.translate("WeeklyWorkbook", "Station"),
                    f"{report.station_code} {report.station_name}",
                ),
                (QCoreApplication.translate("WeeklyWorkbook", "From"), report.first),
                (QCoreApplication.translate("WeeklyWorkbook", "To"), report.last),
            ],
        ),
    ]
    return write_workbook(path, sheets)
