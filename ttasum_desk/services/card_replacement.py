"""A lost card replaced: the person gets a new card code, the old one is blocked.

The old code is kept in ``card_replacement`` with its owner and the moment, so scanning it
says the card was replaced and shows whose it was (staff can help), and never opens anyone
again. The new code is the recipient's ``card_code`` with a new ``updated_at``: it travels in
the day-file like any change to a person. Audited, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.errors import UserError
from ttasum_desk.services.lookup import RecipientSummary
from ttasum_desk.services.registration import next_card_code
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit
from ttasum_desk.storage import card_replacement as store
from ttasum_desk.storage.db import reading, writing
from ttasum_desk.storage.models import Recipient

REPLACED = str(
    QT_TRANSLATE_NOOP("Messages", "This card was replaced on {date}: ask for the new card.")
)


@dataclass(frozen=True)
class Reissued:
    recipient_uid: str
    old_code: str
    new_code: str
    replaced_at: str


@dataclass(frozen=True)
class ReplacedCard:
    """An old card scanned: when it was replaced, and whose it is (with the new code)."""

    old_code: str
    replaced_on: date
    person: RecipientSummary

    @property
    def message(self) -> Message:
        return say(REPLACED, date=self.replaced_on.isoformat())


def reissue(recipient_uid: str, operator: str) -> Reissued:
    """Give the person a new card code from this station's series and block the old one."""
    station = current_station()
    if station is None:
        raise UserError("Set this station's code in Settings before registering people.")
    with writing():
        person = Recipient.get_or_none(Recipient.uid == recipient_uid)
        if person is None:
            raise UserError("That person is no longer in this database. Search again.")
        old_code, new_code, at = person.card_code, next_card_code(station.code), now_iso()
        store.record(old_code, person.uid, at, operator)
        Recipient.update(card_code=new_code, updated_at=at).where(
            Recipient.uid == person.uid
        ).execute()
        audit.record(
            "card_replaced", "recipient", person.uid, operator, old_code=old_code, new_code=new_code
        )
    return Reissued(person.uid, old_code, new_code, at)


def replaced_card(code: str) -> ReplacedCard | None:
    """The replacement behind an old card code as scanned, or None when it is no old code."""
    text = code.strip()
    if not text:
        return None
    with reading():
        found = store.replaced(text)
        if found is None:
            return None
        old_code, recipient_uid, replaced_at = found
        person = Recipient.get_or_none(Recipient.uid == recipient_uid)
        if person is None:
            return None
        summary = RecipientSummary(**RecipientSummary.fields_of(person))
    return ReplacedCard(old_code, date.fromisoformat(replaced_at[:10]), summary)


def history(recipient_uid: str) -> list[tuple[str, str, str]]:
    """(old code, replaced at, operator) of the person's replaced cards, oldest first."""
    with reading():
        return store.history(recipient_uid)
