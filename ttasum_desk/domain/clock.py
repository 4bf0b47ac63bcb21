"""Moments as aware datetimes, written as ISO 8601 with their offset."""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    return datetime.now().astimezone()


def now_iso() -> str:
    return now().isoformat(timespec="seconds")


def parse_moment(text: str) -> datetime:
    """An ISO date or date-time; a naive one is taken in local time. Raises ValueError."""
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo else moment.astimezone()


def stored_instant(text: str) -> datetime | None:
    """A stored ISO time as an instant, or None when it carries no UTC offset (then only the
    day written in it is known, and taking it in this PC's zone could move it)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip())
