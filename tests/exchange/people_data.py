"""Statuses and proxy registrations written through the people storage at a given moment of
today, so that the day's day-file carries them."""

from __future__ import annotations

from datetime import date

from ttasum_desk.storage import proxies
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Recipient

registration_uid = proxies.registration_uid


def today_at(clock: str) -> str:
    """A moment of today (the day a day-file exported now covers)."""
    return f"{date.today().isoformat()}T{clock}+09:00"


def uid_of(card: str) -> str:
    return str(Recipient.get(Recipient.card_code == card).uid)


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
    """Add, renew or (``removed``) end a registration at the moment ``at``; returns its uid."""
    person, proxy = uid_of(card), uid_of(proxy_card)
    with writing():
        proxies.register(person, proxy, date.fromisoformat(until) if until else None, station, at)
        if removed:
            proxies.remove(person, proxy, station, at)
    return registration_uid(person, proxy)
