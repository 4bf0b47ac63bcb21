"""Mask-making workshops and the guide: help for people who found making the kit's mask hard.

A workshop is a session on a day, at a place, with so many places. People sign up, and a card
scanned at the session marks its holder as attended (signed up or not). A place past the last
is refused with ``OverCapacity`` unless the operator confirms. The guide is the campaign's
``guide_url``, printed as a QR code on the receipts of items marked ``guide = true``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.domain.clock import now_iso, parse_date
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.errors import UserError
from ttasum_desk.services import batches
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage import workshops as store
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.workshops import WorkshopRow

MAX_CAPACITY = 10_000
__all__ = ["OverCapacity", "Seat", "WorkshopRow", "add", "attend", "sessions", "sign_up"]


class OverCapacity(UserError):
    """Every place of the session is taken; the operator may confirm one more."""

    exit_code = 3


@dataclass(frozen=True)
class Seat:
    """What a scan at a session did."""

    workshop: WorkshopRow  # as it stands after the scan
    card_code: str
    name: str
    attended: bool
    over_capacity: bool


def add(held_on: str, place: str, capacity: int, operator: str = "") -> WorkshopRow:
    """A new session (one transaction)."""
    try:
        day = parse_date(held_on).isoformat()
    except ValueError:
        raise UserError("{text} is not a date. Write it as 2020-05-16.", text=held_on) from None
    if not place.strip():
        raise UserError("Say where the workshop is held.")
    if not 0 < capacity <= MAX_CAPACITY:
        raise UserError(
            "A workshop's places must be a whole number from 1 to {most}, not {capacity}.",
            most=f"{MAX_CAPACITY:,}",
            capacity=capacity,
        )
    with writing():
        uid = new_uid()
        number = store.insert(uid, day, place.strip(), capacity, batches.station_code(), operator)
        audit.record(
            "workshop_added", "workshop", uid, operator, number=number, held_on=day,
            place=place.strip(), capacity=capacity,
        )  # fmt: skip
        return _session(number)


def sign_up(number: int, card: str, operator: str = "", confirm: bool = False) -> Seat:
    """Give the card's holder a place at the session."""
    return _scan(number, card, operator, confirm, attend=False)


def attend(number: int, card: str, operator: str = "", confirm: bool = False) -> Seat:
    """Mark the card's holder as attended, taking a place when they had not signed up."""
    return _scan(number, card, operator, confirm, attend=True)


def sessions() -> list[WorkshopRow]:
    """Every session, the latest first."""
    return store.all_sessions()


def _session(number: int) -> WorkshopRow:
    found = store.by_number(number)
    if found is None:
        raise UserError(
            "There is no workshop {number}. Run 'workshop list' to see them.", number=number
        )
    return found


def _scan(number: int, card: str, operator: str, confirm: bool, *, attend: bool) -> Seat:
    with writing():
        session = _session(number)
        person = recipients.by_scanned_card(card.strip())
        if person is None:
            raise UserError("No recipient has the card {card}.", card=card.strip())
        seat = store.seat(session.uid, person.uid)
        over = False
        if seat is None:
            over = session.signed_up >= session.capacity
            if over and not confirm:
                raise OverCapacity(
                    "All {capacity} places of workshop {number} are taken. Confirm to let "
                    "{name} in all the same.",
                    capacity=session.capacity,
                    number=number,
                    name=person.name,
                )
            store.add_seat(session.uid, person.uid, now_iso() if attend else None, over, operator)
        elif attend and seat[1] is None:
            store.mark_attended(session.uid, person.uid, now_iso())
        elif attend:
            raise UserError(
                "{name} is already marked as attended at workshop {number}.",
                name=person.name,
                number=number,
            )
        else:
            raise UserError(
                "{name} has already signed up for workshop {number}.",
                name=person.name,
                number=number,
            )
        audit.record(
            "workshop_attended" if attend else "workshop_signed_up", "workshop", session.uid,
            operator, card_code=person.card_code, over_capacity=over,
        )  # fmt: skip
        return Seat(_session(number), person.card_code, person.name, attend, over)


def guide_items() -> frozenset[str]:
    """The codes of the items marked guide = true: the kits people make up themselves."""
    return frozenset(
        item.code for book in current_rules().books for item in book.items if item.guide
    )


def guide_url(item_code: str) -> str | None:
    """The guide link to print on a receipt of the item, or None: not a kit, or no link."""
    for book in current_rules().books:
        if book.guide_url and any(i.guide and i.code == item_code for i in book.items):
            return book.guide_url
    return None
