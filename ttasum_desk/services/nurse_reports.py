"""The school nurse's weekly report for the education office, from the stock ledger."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from ttasum_desk.domain.clock import now
from ttasum_desk.exchange.weekly_workbook import (
    BatchLine,
    ClassLine,
    WeeklyReport,
    write_weekly_workbook,
)
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import class_counts as counts
from ttasum_desk.storage import classes as roster
from ttasum_desk.storage import stock
from ttasum_desk.storage.db import writing


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday around ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def weekly_report(first: date | None = None, last: date | None = None) -> WeeklyReport:
    """Per class and per batch, from ``first`` to ``last`` (default: this week)."""
    if first is None or last is None:
        first, last = week_of(now().date())
    with writing():  # one consistent read of every table
        station = current_station()
        code = station.code if station else ""
        end = (last + timedelta(days=1)).isoformat()
        before = stock.drawn_by_batch(code, "", first.isoformat())
        during = stock.drawn_by_batch(code, first.isoformat(), end)
        batch_lines = [
            BatchLine(
                item.item_code,
                item.item_name,
                b.lot_no,
                date.fromisoformat(b.received_at[:10]),
                b.source,
                b.received,
                before.get(b.batch_uid, 0),
                during.get(b.batch_uid, 0),
            )
            for item in stock.stock_report(code)
            for b in item.batches
            if b.received_at[:10] <= last.isoformat()
        ]
        per_class: dict[tuple[str, int, int, str, str], list[int]] = defaultdict(lambda: [0, 0])
        for h in roster.handout_totals_by_class(code, first, last):
            per_class[(h.school, h.grade, h.klass, h.item_code, h.lot_no)][0] += h.quantity
        for c in counts.live_between(code, first, last):
            per_class[(c.school, c.grade, c.klass, c.item_code, c.lot_no)][1] += c.quantity
    class_lines = [ClassLine(*key, *amounts) for key, amounts in sorted(per_class.items())]
    return WeeklyReport(
        code, station.name if station else "", first, last, class_lines, batch_lines
    )


def write_weekly(path: Path | str, first: date | None = None, last: date | None = None) -> Path:
    return write_weekly_workbook(path, weekly_report(first, last))
