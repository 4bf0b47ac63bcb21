"""A recipient as the desk shows them: details and household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ttasum_desk.errors import UserError
from ttasum_desk.storage import recipients


@dataclass(frozen=True)
class Member:
    recipient_uid: str
    card_code: str
    name: str
    birth_year: int | None


@dataclass(frozen=True)
class Profile:
    recipient_uid: str
    card_code: str
    name: str
    birth_date: str | None
    birth_year: int | None
    group: str
    school: str | None
    grade: int | None
    klass: int | None
    number: int | None
    district: str | None
    phone_last4: str | None
    disability: bool
    household: list[Member]


def profile(recipient_uid: str) -> Profile:
    row = recipients.by_uid(recipient_uid)
    if row is None:
        raise UserError("That person is no longer in this database. Search again.")
    members = [
        Member(member.uid, member.card_code, member.name, member.birth_year)
        for member in recipients.household_members(
            recipients.household_uid(row), exclude_uid=row.uid
        )
    ]
    return Profile(
        recipient_uid=row.uid,
        card_code=row.card_code,
        name=row.name,
        birth_date=row.birth_date,
        birth_year=row.birth_year,
        group=row.group,
        school=row.school,
        grade=row.grade,
        klass=row.klass,
        number=row.number,
        district=row.district,
        phone_last4=row.phone_last4,
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
