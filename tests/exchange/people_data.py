"""Statuses and proxy registrations written the way the people service stores them (one row
per pair, its uid derived from the pair; a removal keeps the row), at a given moment of
today, so that the day's day-file carries them."""

from __future__ import annotations

import uuid
from datetime import date

from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import ProxyRegistration, Recipient

# the people service derives a registration's uid from the pair with this namespace
REGISTRATION_NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-5a7f-9c0d-2e4b6a8c0f13")


def today_at(clock: str) -> str:
    """A moment of today (the day a day-file exported now covers)."""
    return f"{date.today().isoformat()}T{clock}+09:00"


def uid_of(card: str) -> str:
    return str(Recipient.get(Recipient.card_code == card).uid)


def registration_uid(recipient_uid: str, proxy_uid: str) -> str:
    return str(uuid.uuid5(REGISTRATION_NAMESPACE, f"{recipient_uid}/{proxy_uid}"))


def set_tags(card: str, tags: str, at: str) -> None:
    with writing():
        Recipient.update(tags=tags, updated_at=at).where(Recipient.card_code == card).execute()


def register_proxy(
    card: str,
    proxy_card: str,
    at: str,
    station: str,
    *,
    until: str | None = None,
    removed: bool = False,
) -> str:
    """Add, renew or (``removed``) end a registration; returns its uid."""
    person, proxy = uid_of(card), uid_of(proxy_card)
    uid = registration_uid(person, proxy)
    values = {"until": until, "removed": removed, "station_code": station, "updated_at": at}
    with writing():
        ProxyRegistration.insert(
            uid=uid, recipient=person, proxy=proxy, created_at=at, **values
        ).on_conflict(conflict_target=[ProxyRegistration.uid], update=values).execute()
    return uid
