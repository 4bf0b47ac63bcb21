"""A recipient as the desk shows them: details and household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ttasum_desk.errors import UserError
from ttasum_desk.services.lookup import RecipientSummary
from ttasum_desk.storage import recipients


@dataclass(frozen=True)
class Member:
    recipient_uid: str
    card_code: str
    name: str
    birth_year: int | None


@dataclass(frozen=True)
class Profile(RecipientSummary):
    number: int | None
    disability: bool
    household: list[Member]


def profile(recipient_uid: str) -> Profile:
    """The person and their household, in one query."""
    found = recipients.with_household(recipient_uid)
    if found is None:
        raise UserError("That person is no longer in this database. Search again.")
    row, household = found
    members = [
        Member(member.uid, member.card_code, member.name, member.birth_year) for member in household
    ]
    return Profile(
        **Profile.fields_of(row),
        number=row.number,
        disability=bool(row.disability),
        household=members,
    )


@dataclass(frozen=True)
class Received:
    item_name: str
    quantity: int
    day: str
    station_code: str


def received_since(recipient_uid: str, since: date) -> list[Received]:
    """What the person received from ``since`` on, at any station this database knows of."""
    return [Received(*row) for row in recipients.received_since(recipient_uid, since.isoformat())]
