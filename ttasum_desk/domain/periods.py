"""Periods of a rule: what a limit renews over, counted in the campaign's time zone.

A handout is an instant; which day it falls on depends on where it is counted. Stations and
``--at`` values carry any UTC offset, so days, weeks, months, years and weekdays are counted in
the campaign's zone (``[campaign] timezone``, Asia/Seoul unless the file says otherwise): the
same instant is the same day at every station.

Calendar periods (``day``, ``week``, ``month``, ``year``, ``campaign``, ``once``) are fixed
windows; a rolling window (``"30 days"``) is any run of that many consecutive days, so two
visits under ``limit = 1`` must be at least that many days apart.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Asia/Seoul"
MAX_WINDOW_DAYS = 3660  # ten years: a longer rolling window is a typing error
_ROLLING = re.compile(r"^\s*(\d+)\s+days?\s*$")


class Period(StrEnum):
    """How often a rule's limit renews; the values are those of the rules file, except
    ``ROLLING``, written as the number of days (``period = "30 days"``)."""

    ONCE = "once"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CAMPAIGN = "campaign"
    ROLLING = "days"


def parse_period(value: object) -> tuple[Period, int | None] | None:
    """The period a rules file names, with the rolling window's length; None: none of them."""
    if isinstance(value, str) and (found := _ROLLING.match(value)):
        days = int(found.group(1))
        return (Period.ROLLING, days) if 1 <= days <= MAX_WINDOW_DAYS else None
    period = next((period for period in Period if period == value), None)
    return None if period is None or period == Period.ROLLING else (period, None)


def zone_of(name: str) -> ZoneInfo:
    """The IANA zone ``name``; raises ValueError for a name the tz database lacks."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(name) from error


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The day ``moment`` falls on in ``zone``; a naive moment is taken as the PC's local time."""
    return moment.astimezone(zone).date()


def calendar_window(
    period: Period, day: date, starts: date, ends: date | None
) -> tuple[date, date]:
    """The first and last day of the calendar period that contains ``day``; a rolling window
    has none of its own and gets just ``day`` (the engine counts its days back from ``day``)."""
    if period in (Period.DAY, Period.ROLLING):
        return day, day
    if period == Period.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == Period.MONTH:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    if period == Period.YEAR:
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    if period == Period.CAMPAIGN:
        return starts, ends or date.max
    return date.min, date.max  # once
