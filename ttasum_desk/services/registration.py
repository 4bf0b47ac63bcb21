"""Walk-in registration: the minimum fields, a duplicate check first, a new card code.

The desk asks ``possible_duplicates`` before saving and shows them; ``register`` refuses to
save over possible duplicates unless told the operator has looked (``allow_duplicates``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain import hangul
from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.messages import say
from ttasum_desk.domain.records import Group
from ttasum_desk.domain.resident_numbers import refuse_resident_numbers
from ttasum_desk.domain.text import nfc_fields
from ttasum_desk.errors import UserError
from ttasum_desk.services import people
from ttasum_desk.services.lookup import LookupResult, Match
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage.db import writing

GROUPS = tuple(Group)
DUPLICATE_LIMIT = 20
_DATE = re.compile(r"^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})\.?$")
_YEAR = re.compile(r"^(\d{4})$")


class RegistrationError(UserError):
    """A walk-in's details are incomplete or wrong; nothing was saved."""


class PossibleDuplicates(UserError):
    """Someone like this person is already registered."""

    def __init__(self, found: list[LookupResult]) -> None:
        super().__init__(
            "{count} registered people look like this person. Check them before registering.",
            count=len(found),
        )
        self.found = found


@dataclass(frozen=True)
class Walkin:
    name: str
    birth: str  # YYYY-MM-DD, YYYY.M.D, YYYYMMDD, or the year alone
    group: str
    district: str = ""
    school: str = ""
    grade: int | None = None
    klass: int | None = None
    number: int | None = None
    phone_last4: str = ""
    household_card: str = ""  # card code of someone in the same household
    disability: bool = False
    household_key: str = ""  # a key the household's members share (see people.household_of_key)
    tags: str = ""  # statuses, comma-separated (see people.statuses_of)


@dataclass(frozen=True)
class Registered:
    recipient_uid: str
    card_code: str
    name: str


def parse_birth(text: str) -> tuple[str | None, int]:
    """(birth date or None, birth year) from the forms people write; raises on nonsense."""
    text = text.strip()
    year_only = _YEAR.match(text)
    if year_only:
        year, birth_date = int(year_only.group(1)), None
    else:
        full = _DATE.match(text)
        if not full:
            raise RegistrationError(
                "The birth date {text} is not a date. Write it as 2013-03-05, 2013.3.5, "
                "20130305, or the year alone.",
                text=text,
            )
        try:
            day = date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
        except ValueError as error:
            raise RegistrationError(
                "The birth date {text} does not exist. Check the month and the day.", text=text
            ) from error
        year, birth_date = day.year, day.isoformat()
    if not 1900 <= year <= now().year:
        raise RegistrationError(
            "The birth year {year} is out of range. Check the birth date.", year=year
        )
    return birth_date, year


def _validated(walkin: Walkin) -> tuple[str, str | None, int]:
    refuse_resident_numbers(
        (say("name"), walkin.name),
        (say("district"), walkin.district),
        (say("school"), walkin.school),
        (say("household"), walkin.household_key),
        (say("status"), walkin.tags),
    )
    name = " ".join(walkin.name.split())
    if not name:
        raise RegistrationError("Enter the person's name.")
    birth_date, year = parse_birth(walkin.birth)
    if walkin.group not in GROUPS:
        raise RegistrationError("Choose a group: student, public or vulnerable.")
    if walkin.group == "student":
        if not walkin.school.strip() or not walkin.grade or not walkin.klass:
            raise RegistrationError("A student needs a school, a grade and a class.")
    elif not walkin.district.strip():
        raise RegistrationError("Enter the district (동) where the person lives.")
    if walkin.phone_last4 and not re.fullmatch(r"\d{4}", walkin.phone_last4):
        raise RegistrationError("The phone field takes the last 4 digits only, such as 1234.")
    return name, birth_date, year


def possible_duplicates(walkin: Walkin) -> list[LookupResult]:
    """Registered people with the same name and birth date, or a name one jamo away and the
    same birth year."""
    name, birth_date, year = _validated(nfc_fields(walkin))
    key = hangul.normalize(name)
    found = {
        row.uid: LookupResult.of(row, Match.EXACT)
        for row in recipients.same_name_born(key, birth_date, year)
    }
    variants = hangul.one_jamo_variants(key)
    if variants:
        for row in recipients.names_in_born(variants, year, DUPLICATE_LIMIT):
            found.setdefault(row.uid, LookupResult.of(row, Match.ONE_OFF))
    return list(found.values())[:DUPLICATE_LIMIT]


def next_card_code(station_code: str) -> str:
    """The station's prefix and the next running number: OS-JA01-00001, OS-JA01-00002, …"""
    prefix = f"{station_code}-"
    return f"{prefix}{recipients.last_card_number(prefix) + 1:05d}"


def register(walkin: Walkin, operator: str, allow_duplicates: bool = False) -> Registered:
    """Save a walk-in in one transaction and issue a card code; its text is composed (NFC)
    first, so a name typed or pasted on macOS is stored as the same name typed elsewhere."""
    walkin = nfc_fields(walkin)
    name, birth_date, year = _validated(walkin)
    station = current_station()
    if station is None:
        raise RegistrationError("Set this station's code in Settings before registering people.")
    if not allow_duplicates:
        found = possible_duplicates(walkin)
        if found:
            raise PossibleDuplicates(found)
    keys = hangul.search_keys(name)
    statuses = people.statuses_of(walkin.tags)
    keyed = people.household_of_key(walkin.household_key)
    if keyed is not None and walkin.household_card.strip():
        raise RegistrationError("Give either a household member's card or a household key.")
    with writing():
        household_uid = _household_for(walkin.household_card)
        if keyed is not None:
            recipients.ensure_households([(keyed.uid, keyed.label, now_iso())])
            household_uid = keyed.uid
        uid, at = new_uid(), now_iso()
        card_code = next_card_code(station.code)
        student = walkin.group == "student"
        recipients.insert_many([(
            uid, card_code, name, keys["name_key"], keys["name_rev"], keys["initials"],
            birth_date, year, walkin.group, walkin.school.strip() if student else None,
            walkin.grade if student else None, walkin.klass if student else None,
            walkin.number if student else None, walkin.district.strip() or None,
            walkin.phone_last4 or None, household_uid,
            int(walkin.disability or statuses.disability), "", "walk-in", station.code, at, at,
            statuses.text,
        )], recipients.WITH_TAGS)  # fmt: skip
        audit.record(
            "recipient_registered",
            "recipient",
            uid,
            operator,
            card_code=card_code,
            household_uid=household_uid,
            duplicates_checked=not allow_duplicates,
        )
    return Registered(uid, card_code, name)


def _household_for(card_code: str) -> str | None:
    """The household of the person with that card, created for them if they had none."""
    card_code = card_code.strip()
    if not card_code:
        return None
    member = recipients.by_card(card_code) or recipients.by_card(card_code.upper())
    if member is None:
        raise RegistrationError(
            "No one has the card {card}. Check the household member's card code.", card=card_code
        )
    existing = recipients.household_uid(member)
    if existing:
        return existing
    household_uid, at = new_uid(), now_iso()
    recipients.insert_households([(household_uid, member.name + " 가구", at)])
    recipients.set_household(member.uid, household_uid, at)
    return household_uid
