"""The desk's close report: what this station handed out, took in, voided and overrode on one
day, and who handed out how much. Read only; written as an A4 PDF or shown at the desk."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from ttasum_desk.domain.clock import now
from ttasum_desk.errors import UserError
from ttasum_desk.printing.close_report import (
    CloseReportData,
    FlaggedLine,
    ItemLine,
    OperatorLine,
    render_close_report,
)
from ttasum_desk.services.dayfile import this_station
from ttasum_desk.storage import close_report as store
from ttasum_desk.storage.db import reading
from ttasum_desk.storage.models import Item
from ttasum_desk.storage.stock import stock_report

__all__ = ["CloseReportData", "FlaggedLine", "ItemLine", "OperatorLine", "gather", "write_pdf"]


def gather(day: date | None = None) -> CloseReportData:
    """The report for ``day`` (today by default) at this station, in one read transaction."""
    with reading():
        station = this_station()
        day = day or now().date()
        window = (station.code, day.isoformat(), (day + timedelta(days=1)).isoformat())
        out = store.handed_out_per_item(*window)
        received = store.received_per_item(*window)
        left = {stock.item_uid: stock.on_hand for stock in stock_report(station.code)}
        items = [
            ItemLine(
                item.code,
                item.name,
                *out.get(item.uid, (0, 0)),
                received.get(item.uid, 0),
                left.get(item.uid),
            )
            for item in Item.select().order_by(Item.code)
            if item.uid in out or item.uid in received or item.uid in left
        ]
        return CloseReportData(
            day=day,
            station_code=station.code,
            station_name=station.name,
            made_at=now().replace(tzinfo=None),
            items=items,
            voids=[_flagged(row) for row in store.voids(*window)],
            overrides=[_flagged(row) for row in store.overrides(*window)],
            operators=[OperatorLine(*row) for row in store.per_operator(*window)],
        )


def _flagged(row: tuple[object, ...]) -> FlaggedLine:
    at, receipt_no, item_code, quantity, reason, operator = row
    return FlaggedLine(
        datetime.fromisoformat(str(at)).replace(tzinfo=None),
        str(receipt_no),
        str(item_code),
        int(str(quantity)),
        str(reason),
        str(operator),
    )


def write_pdf(out: Path | str, day: date | None = None) -> CloseReportData:
    """The close report for ``day`` as an A4 PDF at ``out``; returns what it shows."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise UserError("Name the close report file .pdf, such as close.pdf.")
    data = gather(day)
    render_close_report(data, out)
    return data
