"""The coordinator's dashboard: progress against the campaign's targets, handouts per day
with the 7-day trend, totals per station, group and item, when each station's last day-file
came in, the reviews waiting, and kits handed out against finished masks donated back (with
the workshops held). It refreshes from ``events.changed``; every number comes from a grouped
query (services.progress), computed in a background job (seconds at a city's scale) while
"Updating…" shows, then painted at once. A change during a refresh asks for one more when it
ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.loop import LoopFigures
from ttasum_desk.services import progress
from ttasum_desk.ui.background import BackgroundJob, start_job
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.row_table_model import Index, RowTableModel
from ttasum_desk.ui.tables import row_table_view

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CHART_DAYS = 28  # the chart shows at most the latest four weeks; the summary report has every day
CHART_STRETCH, TABLES_STRETCH = 3, 2  # how the dashboard's width is shared below the targets
# Qt elides every rotated date label once a day's column is narrower than the label's height
# and its padding (about 26 pixels): a narrow window shows fewer days instead. The value
# axis and the chart's margins take about 90 pixels of the chart's width.
DAY_PITCH, CHART_MARGINS = 26, 90


class CountsModel(RowTableModel):
    CONTEXT = "Dashboard"
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("Dashboard", "Quantity"),
        QT_TRANSLATE_NOOP("Dashboard", "Handouts"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() else None
        return row[0] if index.column() == 0 else f"{row[index.column()]:,}"


class HeardModel(RowTableModel):
    CONTEXT = "Dashboard"
    HEADERS = (
        QT_TRANSLATE_NOOP("Dashboard", "Station"),
        QT_TRANSLATE_NOOP("Dashboard", "Last day-file"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return row[0]
        return row[1].isoformat() if row[1] else QCoreApplication.translate("Dashboard", "never")


class Dashboard(QWidget):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets_box = QGroupBox(self.tr("Progress against targets"))
        self.targets_grid = QGridLayout(self.targets_box)
        self.bars: list[QProgressBar] = []
        self.reviews_label = QLabel()
        self.updating_label = QLabel(self.tr("Updating…"))
        self.updating_label.hide()
        self.loop_label = QLabel()
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart_view = QChartView(self.chart)
        chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart_view.setMinimumHeight(180)
        self.tables = QTabWidget()
        self.models: dict[str, RowTableModel] = {}
        for key, title in (
            ("station", self.tr("Per station")),
            ("group", self.tr("Per group")),
            ("item", self.tr("Per item")),
            ("heard", self.tr("Last day-files")),
        ):
            model = HeardModel(self) if key == "heard" else CountsModel(self)
            self.models[key] = model
            self.tables.addTab(row_table_view(model), title)
        lower = QHBoxLayout()
        lower.addWidget(chart_view, CHART_STRETCH)
        lower.addWidget(self.tables, TABLES_STRETCH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.updating_label)
        layout.addWidget(self.targets_box)
        layout.addWidget(self.reviews_label)
        layout.addWidget(self.loop_label)
        layout.addLayout(lower, 1)
        self.per_day: list[progress.DayTotal] = []
        self.days_shown = 0
        self.stale = True
        self.job: BackgroundJob[progress.Dashboard] | None = None
        events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        # batches: donations count as masks returned; workshops: sessions and attendance
        if changes.stock or changes.reviews or changes.workshops:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """A refresh reads every live handout (seconds at a city's scale), so a hidden
        dashboard only notes that it is stale and catches up when shown."""
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures in the background; a refresh asked for meanwhile runs after."""
        if self.job is not None:
            self.stale = True
            return
        self.stale = False
        self.updating_label.show()
        self.job = start_job(
            self, lambda _: progress.dashboard(), done=self._paint, ended=self._refreshed
        )

    def _refreshed(self) -> None:
        self.job = None
        self.updating_label.hide()
        if self.stale and self.isVisible():
            self.refresh()

    def _paint(self, data: progress.Dashboard) -> None:
        self._show_targets(data.targets)
        self.reviews_label.setText(
            self.tr("Conflicts and double-dips awaiting review: {count}").format(
                count=f"{data.open_reviews:,}"
            )
        )
        self.loop_label.setText(self._loop_text(data.loop))
        self.per_day = data.per_day
        self._show_chart()
        self.models["station"].set_rows(data.per_station)
        self.models["group"].set_rows(data.per_group)
        self.models["item"].set_rows(data.per_item)
        self.models["heard"].set_rows(data.last_heard)

    def _show_targets(self, rows: Sequence[progress.TargetProgress]) -> None:
        while self.targets_grid.count():
            item = self.targets_grid.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                child.deleteLater()
        self.bars = []
        self.targets_box.setVisible(bool(rows))
        for number, row in enumerate(rows):
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(min(row.percent, 100))
            bar.setFormat(f"{row.percent}%")
            self.bars.append(bar)
            self.targets_grid.addWidget(QLabel(row.target.label), number, 0)
            self.targets_grid.addWidget(bar, number, 1)
            self.targets_grid.addWidget(QLabel(self._figures(row)), number, 2)
        self.targets_grid.setColumnStretch(1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.per_day and self._days_that_fit() != self.days_shown:
            self._show_chart()

    def _days_that_fit(self) -> int:
        chart_width = self.width() * CHART_STRETCH // (CHART_STRETCH + TABLES_STRETCH)
        return max(7, min(CHART_DAYS, (chart_width - CHART_MARGINS) // DAY_PITCH))

    def _show_chart(self) -> None:
        """The latest days with handouts, as many as the chart has room to name."""
        self.days_shown = self._days_that_fit()
        days = self.per_day[-self.days_shown :]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.tr("Handed out per day"))
        if not days:
            return
        bars = QBarSet(self.tr("Quantity"))
        trend = QLineSeries()
        trend.setName(self.tr("7-day average"))
        for number, day in enumerate(days):
            bars.append(day.quantity)
            trend.append(number, day.trend)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        self.chart.addSeries(trend)
        categories = QBarCategoryAxis()
        # the year too when the days shown span two (a campaign's last days, then today's)
        label = "%m-%d" if days[0].day.year == days[-1].day.year else "%y-%m-%d"
        categories.append([day.day.strftime(label) for day in days])
        categories.setLabelsAngle(-90)
        values = QValueAxis()
        values.setMin(0)
        values.setMax(max(max(d.quantity for d in days), 1) * 1.1)
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for attached in (series, trend):
            attached.attachAxis(categories)
            attached.attachAxis(values)

    def _loop_text(self, loop: LoopFigures) -> str:
        """'kits handed out 25,012 · finished masks returned 12,034 (48%)', then the workshops."""
        returned = f"{loop.masks_returned:,}"
        if loop.returned_percent is not None:
            returned += f" ({loop.returned_percent}%)"
        lines = [
            self.tr("Kits handed out {kits} · finished masks returned {returned}").format(
                kits=f"{loop.kits_out:,}", returned=returned
            )
        ]
        if loop.workshops:
            lines.append(
                self.tr(
                    "Workshops {sessions} · signed up {signed_up} · attended {attended}"
                ).format(
                    sessions=f"{loop.workshops:,}",
                    signed_up=f"{loop.signed_up:,}",
                    attended=f"{loop.attended:,}",
                )
            )
        return "\n".join(lines)

    def _figures(self, row: progress.TargetProgress) -> str:
        """'31,250 / 100,000 · 14,020 / 46,000 people · 12 days left': the parts the target sets."""
        target = row.target
        parts = [
            f"{row.quantity:,} / {target.quantity:,}" if target.quantity else f"{row.quantity:,}",
            self.tr("{done} / {goal} people").format(
                done=f"{row.people:,}", goal=f"{target.people:,}"
            )
            if target.people
            else self.tr("{done} people").format(done=f"{row.people:,}"),
        ]
        if row.days_left is not None and row.share < 1:  # a target met is never overdue
            parts.append(
                self.tr("{days} days left").format(days=row.days_left)
                if row.days_left >= 0
                else self.tr("{days} days overdue").format(days=-row.days_left)
            )
        return " · ".join(parts)
