"""Finished masks brought back by the people who made them, taken into stock as donated batches.

A donation is a batch like any delivery (``batches.receive`` with source "donation"), so the
masks can be handed out at once, correcting it works as for any batch, and it travels to the
hub in the day-file; the donation row adds the donor (a card, or nobody: an anonymous gift is
welcome) and the operator. The lot number is made here: D-date-sequence, unique per station.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain.clock import now
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.errors import UserError
from ttasum_desk.services import batches
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage import donations as store
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.donations import DONATION_SOURCE, DonationRow

MAX_QUANTITY = 100_000  # more in one go is a typing slip (a card code in the number field)
__all__ = ["DONATION_SOURCE", "DonationRequest", "DonationRow", "record", "today"]


@dataclass(frozen=True)
class DonationRequest:
    item_code: str
    quantity: int
    card_code: str = ""  # the donor's card; "" for an anonymous donation
    donated_at: str | None = None  # ISO date or date-time; None: now
    operator: str = ""


def record(request: DonationRequest) -> DonationRow:
    """Take a donation into stock (one transaction); returns it as today's list shows it."""
    if not 0 < request.quantity <= MAX_QUANTITY:
        raise UserError(
            "A donation's quantity must be a whole number from 1 to {most}, not {quantity}.",
            most=f"{MAX_QUANTITY:,}",
            quantity=request.quantity,
        )
    item = batches.find_item(request.item_code)
    at = batches.moment(request.donated_at)
    card = request.card_code.strip()
    with writing():
        donor = recipients.by_scanned_card(card) if card else None
        if card and donor is None:
            raise UserError(
                "No recipient has the card {card}. Scan it again, or leave the card empty for "
                "an anonymous donation.",
                card=card,
            )
        station = batches.station_code()
        day = at[:10]
        lot = f"D-{day.replace('-', '')}-{store.count_on(station, day) + 1:03d}"
        batch = batches.receive(
            batches.BatchRequest(
                item.code, lot, request.quantity, at, DONATION_SOURCE, request.operator
            )
        )
        uid = new_uid()
        store.insert(
            uid, batch.batch_uid, donor.uid if donor else None, station, request.operator, at
        )
        audit.record(
            "donation_received", "donation", uid, request.operator, batch_uid=batch.batch_uid,
            item_code=item.code, quantity=request.quantity, donated_at=at,
            donor_card=donor.card_code if donor else "",
        )  # fmt: skip
        return next(row for row in store.on_day(station, day) if row.uid == uid)


def today(day: date | None = None) -> list[DonationRow]:
    """This station's donations of ``day`` (today by default), newest first; none before the
    station is set up."""
    station = current_station()
    if station is None:
        return []
    return store.on_day(station.code, (day or now().date()).isoformat())
