"""What the rules need to know of a person beyond the roster basics: their household, their
statuses (tags), their group, the disability flag, and who is registered to collect for them.

The window and the command line edit these through the calls below; each call is one
transaction and one audit entry. A person is named by card code or recipient uid.

Normalisation is shared with the roster import and walk-in registration, so that every way in
writes the same thing:
- a household key (any text a household's members share: 세대번호 0412, "kim-family") maps to
  a household whose uid is derived from the normalised key (``household_of_key``), so two
  stations importing the same roster put the same people in the same household;
- statuses are comma-separated, composed (NFC), stripped, case-folded, deduplicated and sorted
  (``statuses_of``); "disability" or "장애" sets the disability flag rather than being stored,
  and the flag shows as the status "disability" (``shown_statuses``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.domain.messages import say
from ttasum_desk.domain.records import Group
from ttasum_desk.domain.resident_numbers import refuse_resident_numbers
from ttasum_desk.domain.text import nfc
from ttasum_desk.errors import UserError
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, proxies, recipients
from ttasum_desk.storage.db import reading, writing
from ttasum_desk.storage.models import Recipient

DISABILITY = "disability"
DISABILITY_WORDS = frozenset({DISABILITY, "장애", "장애인"})
MAX_STATUSES = 20
MAX_STATUS_LENGTH = 40
MAX_HOUSEHOLD_KEY_LENGTH = 60
# fixed forever: every station derives the same household uid from the same key
HOUSEHOLD_NAMESPACE = uuid.UUID("3b0e6f52-9d4c-5e1a-8f27-c4a1d9e07b65")
_SEPARATORS = re.compile(r"[,，、;]")


@dataclass(frozen=True)
class Statuses:
    """A person's statuses as stored, and whether they name a disability."""

    tags: frozenset[str]
    disability: bool

    @property
    def text(self) -> str:
        """As ``recipient.tags`` holds them: sorted, comma-separated."""
        return ",".join(sorted(self.tags))


def statuses_of(text: str | None) -> Statuses:
    """Comma-separated statuses, normalised; raises UserError on more than MAX_STATUSES, one
    longer than MAX_STATUS_LENGTH or one with control characters."""
    words = {" ".join(nfc(part).split()).casefold() for part in _SEPARATORS.split(text or "")}
    words.discard("")
    if len(words) > MAX_STATUSES:
        raise UserError(
            "{count} statuses are too many: give at most {most}, separated by commas.",
            count=len(words),
            most=MAX_STATUSES,
        )
    for word in words:
        if len(word) > MAX_STATUS_LENGTH or not word.isprintable():
            raise UserError(
                "The status {status} is too long or holds control characters: a status is a "
                "word or two of at most {most} characters.",
                status=word[:MAX_STATUS_LENGTH] + ("…" if len(word) > MAX_STATUS_LENGTH else ""),
                most=MAX_STATUS_LENGTH,
            )
    return Statuses(frozenset(words - DISABILITY_WORDS), bool(words & DISABILITY_WORDS))


def shown_statuses(tags: frozenset[str], disability: bool) -> tuple[str, ...]:
    """The stored statuses, with the disability flag shown as the status "disability"."""
    return tuple(sorted(tags | {DISABILITY} if disability else tags))


@dataclass(frozen=True)
class HouseholdKey:
    uid: str
    label: str  # the key as written (composed, blanks collapsed)


def household_of_key(text: str | None) -> HouseholdKey | None:
    """The household a key names (None for a blank key); the uid depends only on the key
    composed, blanks collapsed and case-folded."""
    label = " ".join(nfc(str(text or "")).split())
    if not label:
        return None
    if len(label) > MAX_HOUSEHOLD_KEY_LENGTH or not label.isprintable():
        raise UserError(
            "The household key {key} is too long or holds control characters: at most {most} "
            "characters.",
            key=label[:MAX_HOUSEHOLD_KEY_LENGTH],
            most=MAX_HOUSEHOLD_KEY_LENGTH,
        )
    return HouseholdKey(str(uuid.uuid5(HOUSEHOLD_NAMESPACE, label.casefold())), label)


@dataclass(frozen=True)
class Details:
    """A person's data the rules read, as shown: ``statuses`` include "disability" when the
    flag is set."""

    recipient_uid: str
    card_code: str
    group: str
    household_uid: str | None
    household_label: str
    statuses: tuple[str, ...]
    disability: bool


def details(person: str) -> Details:
    """The person's group, household and statuses."""
    with reading():
        return _details(_person(person))


def set_details(
    person: str,
    *,
    household_key: str | None = None,
    tags: str | None = None,
    group: str | None = None,
    disability: bool | None = None,
    operator: str = "",
) -> Details:
    """Change what is given (None leaves it): ``household_key`` "" takes the person out of
    their household; ``tags`` replaces every status (the disability flag follows a
    "disability" status unless ``disability`` is given too, and must agree with it).
    One transaction, audited; ``updated_at`` is set, so the change travels."""
    refuse_resident_numbers((say("household"), household_key or ""), (say("status"), tags or ""))
    statuses = statuses_of(tags) if tags is not None else None
    if statuses is not None and disability is not None and statuses.disability and not disability:
        raise UserError("The statuses name a disability, but the disability flag is set to no.")
    household = household_of_key(household_key) if household_key is not None else None
    if group is not None and group not in tuple(Group):
        raise UserError(
            "{group} is not a group. Use one of: {groups}.",
            group=group,
            groups=", ".join(Group),
        )
    with writing():
        row = _person(person)
        changes: dict[str, object] = {}
        if household_key is not None:
            if household is not None:
                recipients.ensure_households([(household.uid, household.label, now_iso())])
            changes["household"] = household.uid if household else None
        if statuses is not None:
            changes["tags"] = statuses.text
            changes["disability"] = statuses.disability or bool(disability)
        elif disability is not None:
            changes["disability"] = disability
        if group is not None:
            changes["group"] = group
        if changes:
            recipients.update_fields(row.uid, changes, now_iso())
            audit.record(
                "recipient_edited",
                "recipient",
                row.uid,
                operator,
                card_code=row.card_code,
                **{("household_uid" if k == "household" else k): v for k, v in changes.items()},
            )
        return _details(_person(row.uid))


@dataclass(frozen=True)
class ProxyLine:
    """Someone registered to collect for a person: the name masked, until a day (None: no
    end)."""

    proxy_uid: str
    card_code: str
    masked_name: str
    until: date | None


def add_proxy(
    person: str, proxy_card: str, until: date | None = None, operator: str = ""
) -> ProxyLine:
    """Register ``proxy_card`` to collect for the person, until a day or without end; again
    for the same pair renews it (the new ``until`` holds). One transaction, audited."""
    with writing():
        row, proxy = _person(person), _person(proxy_card, collector=True)
        if proxy.uid == row.uid:
            raise UserError("A person can't be registered to collect for themselves.")
        if until is not None and until < date.fromisoformat(now_iso()[:10]):
            raise UserError("The day {until} has passed: give a later day.", until=until)
        at = now_iso()
        proxies.register(row.uid, proxy.uid, until, _station_code(), at)
        audit.record(
            "proxy_registered",
            "proxy_registration",
            proxies.registration_uid(row.uid, proxy.uid),
            operator,
            card_code=row.card_code,
            proxy_card=proxy.card_code,
            until=until.isoformat() if until else None,
        )
    return ProxyLine(proxy.uid, proxy.card_code, mask_name(proxy.name), until)


def remove_proxy(person: str, proxy_card: str, operator: str = "") -> None:
    """End a registration (kept, marked removed, so the removal travels). One transaction,
    audited; refused when there is none."""
    with writing():
        row, proxy = _person(person), _person(proxy_card, collector=True)
        if not proxies.remove(row.uid, proxy.uid, _station_code(), now_iso()):
            raise UserError(
                "{proxy} is not registered to collect for {card}.",
                proxy=proxy.card_code,
                card=row.card_code,
            )
        audit.record(
            "proxy_removed",
            "proxy_registration",
            proxies.registration_uid(row.uid, proxy.uid),
            operator,
            card_code=row.card_code,
            proxy_card=proxy.card_code,
        )


def proxies_of(person: str) -> list[ProxyLine]:
    """Who is registered to collect for the person (expired registrations too, with their
    day), by name."""
    with reading():
        row = _person(person)
        registered = proxies.registered_for(row.uid)
    return [
        ProxyLine(uid, card, mask_name(name), date.fromisoformat(until) if until else None)
        for uid, card, name, until in registered
    ]


@dataclass(frozen=True)
class HouseholdMember:
    recipient_uid: str
    card_code: str
    masked_name: str
    birth_year: int | None


def household_members(person: str) -> list[HouseholdMember]:
    """The other members of the person's household, names masked, by birth year."""
    with reading():
        found = recipients.with_household(_person(person).uid)
    members: Iterable[Recipient] = found[1] if found else ()
    return [HouseholdMember(m.uid, m.card_code, mask_name(m.name), m.birth_year) for m in members]


def _person(text: str, collector: bool = False) -> Recipient:
    text = (text or "").strip()
    row = recipients.by_card_or_uid(text) if text else None
    if row is None:
        if collector:
            raise UserError(
                "No recipient has the card code {card} given for the collector. Check the code.",
                card=text,
            )
        raise UserError(
            "No recipient has the card code {card}. Check the code, search by name, or "
            "register the person.",
            card=text,
        )
    return row


def _details(row: Recipient) -> Details:
    household_uid = recipients.household_uid(row)
    return Details(
        recipient_uid=row.uid,
        card_code=row.card_code,
        group=row.group,
        household_uid=household_uid,
        household_label=recipients.household_label(household_uid) if household_uid else "",
        statuses=shown_statuses(recipients.tags_of(row), bool(row.disability)),
        disability=bool(row.disability),
    )


def _station_code() -> str:
    station = current_station()
    return station.code if station else ""
