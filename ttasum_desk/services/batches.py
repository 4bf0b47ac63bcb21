"""Batches in, corrections, and the stock report: a school nurse's (or any station's) shelf.

A batch is never edited. A mistaken quantity is corrected by a compensating entry: a second
batch row with ``corrects`` set and the difference as its quantity (negative when fewer arrived
than recorded, positive when more). A correction can't take a batch below what was already
handed out from it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ttasum_desk.domain.clock import now_iso, parse_moment
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import BatchRecord, BatchUid
from ttasum_desk.errors import UserError
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, batches, items, record_sql, stock
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Item


class BatchInputError(UserError):
    """A batch that can't be received or corrected as asked; nothing was written."""


@dataclass(frozen=True)
class BatchRequest:
    item_code: str
    lot_no: str
    quantity: int
    received_at: str | None = None  # ISO date or date-time; None: now
    source: str = ""
    operator: str = ""


def station_code() -> str:
    station = current_station()
    if station is None:
        raise BatchInputError(
            "This database has no station yet. Set it in Settings or with 'station set' first."
        )
    return station.code


def find_item(code: str) -> Item:
    item = items.by_code(code.strip()) or items.by_code(code.strip().upper())
    if item is None:
        known = ", ".join(i.code for i in items.all_items())
        raise BatchInputError(
            "There is no item {code}. Use one of: {known}.", code=code, known=known or "-"
        )
    return item


def moment(text: str | None) -> str:
    """An ISO date or date-time given by a person, as stored (ISO 8601 with offset)."""
    if not text or not text.strip():
        return now_iso()
    try:
        return parse_moment(text).isoformat(timespec="seconds")
    except ValueError:
        raise BatchInputError(
            "{text} is not a date. Write it as 2020-03-05 or 2020-03-05T09:30.", text=text
        ) from None


def receive(request: BatchRequest) -> stock.BatchStock:
    """Record a received batch; returns its stock line."""
    lot_no = request.lot_no.strip()
    if not lot_no:
        raise BatchInputError("A batch needs its lot number, as printed on the box.")
    if request.quantity <= 0:
        raise BatchInputError(
            "A batch's quantity must be a whole number above 0, not {quantity}.",
            quantity=request.quantity,
        )
    item = find_item(request.item_code)
    received_at = moment(request.received_at)
    with writing():
        station = station_code()
        earlier = batches.find_lot(item.uid, lot_no, station)
        if earlier is not None:
            raise BatchInputError(
                "Lot {lot} of {item} was already received on {date}. Correct that batch "
                "instead, or give this delivery its own lot number.",
                lot=lot_no,
                item=item.name,
                date=earlier.received_at[:10],
            )
        uid = new_uid()
        received = BatchRecord.from_fields({
            "uid": uid, "item_code": item.code, "lot_no": lot_no, "quantity": request.quantity,
            "received_at": received_at, "source": request.source.strip(), "station_code": station,
        })  # fmt: skip
        batches.insert(received, item.uid, request.operator)
        audit.record(
            "batch_received", "batch", uid, request.operator, item_code=item.code,
            lot_no=lot_no, quantity=request.quantity, received_at=received_at,
            source=request.source.strip(), station_code=station,
        )  # fmt: skip
        return stock.batch_stock(uid)


def correct(
    batch_uid: str, true_quantity: int, reason: str, operator: str = ""
) -> stock.BatchStock:
    """Record what really arrived in a batch, by a compensating entry; returns its stock line."""
    if not reason.strip():
        raise BatchInputError("Say why the batch is corrected, for the audit log.")
    with writing():
        batch = batches.by_uid(batch_uid)
        if batch is None or batch.corrects_uid is not None:
            raise BatchInputError("There is no received batch {uid} to correct.", uid=batch_uid)
        current = stock.batch_stock(batch_uid)
        delta = true_quantity - current.received
        if delta == 0:
            raise BatchInputError(
                "Lot {lot} already counts {quantity}; there is nothing to correct.",
                lot=current.lot_no,
                quantity=current.received,
            )
        if true_quantity < current.handed_out:
            raise BatchInputError(
                "{handed_out} from lot {lot} were already handed out, so it can't be corrected "
                "to {quantity}. Void those handouts first, or correct it to {handed_out} or more.",
                handed_out=current.handed_out,
                lot=current.lot_no,
                quantity=true_quantity,
            )
        uid = new_uid()
        original = record_sql.by_uid(BatchRecord, [batch_uid])[batch_uid]
        correction = dataclasses.replace(
            original, uid=BatchUid(uid), quantity=delta, received_at=now_iso(),
            source=reason.strip(), corrects_uid=BatchUid(batch_uid),
        )  # fmt: skip
        batches.insert(correction, batch.item_uid, operator)
        audit.record(
            "batch_corrected", "batch", uid, operator, corrects=batch_uid, lot_no=current.lot_no,
            quantity=delta, was=current.received, now=true_quantity, reason=reason.strip(),
        )  # fmt: skip
        return stock.batch_stock(batch_uid)


def lot_uid(item_code: str, lot_no: str) -> str:
    """The batch of this station with that lot number, for handing out from a named lot."""
    item = find_item(item_code)
    found = batches.find_lot(item.uid, lot_no.strip(), station_code())
    if found is None:
        raise BatchInputError(
            "There is no lot {lot} of {item} here. Run 'stock' to see the lots.",
            lot=lot_no,
            item=item.name,
        )
    return found.uid


def stock_report() -> list[stock.ItemStock]:
    """This station's stock per item and batch, oldest batch first."""
    return stock.stock_report()
