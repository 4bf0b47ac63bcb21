"""What the engine reasons about: campaigns, rules, people, their history, and decisions.

Plain frozen data; ``rules`` holds the logic and re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ttasum_desk.domain.messages import Message
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, Period, calendar_window, local_day, zone_of
from ttasum_desk.domain.records import Group

GROUPS: tuple[str, ...] = tuple(Group)
# birth-year last digit -> weekday (Monday = 0)
WEEKDAY_OF_DIGIT = {1: 0, 6: 0, 2: 1, 7: 1, 3: 2, 8: 2, 4: 3, 9: 3, 5: 4, 0: 4}
# The most of anything a rule or a request may name: far above any real handout, far below
# the integers SQLite stores, so that a typing error is refused instead of overflowing later.
MAX_QUANTITY = 1_000_000


WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PROXY_SCOPES = ("household", "family", "registered", "anyone")


@dataclass(frozen=True)
class ProxyPermission:
    """One ``[[proxies]]`` table: who (``who``, one of PROXY_SCOPES) may collect for the people
    its conditions fit, for its items (() means every item), on its days."""

    who: str
    groups: tuple[str, ...] = GROUPS
    min_age: int | None = None
    max_age: int | None = None
    born_from: int | None = None
    born_until: int | None = None
    tags: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    grades: tuple[int, ...] = ()
    classes: tuple[int, ...] = ()
    districts: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    line: int = 0

    def in_force(self, day: date, item_code: str) -> bool:
        return (
            (not self.items or item_code in self.items)
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )


@dataclass(frozen=True)
class CampaignSpec:
    code: str
    name: str
    starts: date
    ends: date | None = None  # None: open-ended
    timezone: str = DEFAULT_TIMEZONE  # an IANA name; days are counted there
    format_version: int = 1  # version 1 keeps its own weekend rule and proxy rights
    open_days: frozenset[date] = frozenset()  # every weekday restriction lifts on these
    proxies: tuple[ProxyPermission, ...] = ()  # who may collect for someone else

    @property
    def zone(self) -> ZoneInfo:
        return zone_of(self.timezone)


@dataclass(frozen=True)
class Rule:
    """One ``[[rules]]`` table; ``number`` is its position in the file (1-based)."""

    item: str
    limit: int
    period: Period
    campaign: CampaignSpec
    groups: tuple[str, ...] = GROUPS
    min_age: int | None = None
    max_age: int | None = None
    weekday_by_birth_year: bool = False
    household_limit: int | None = None
    proxy_under: int | None = None
    proxy_over: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    number: int = 1
    line: int = 0
    window_days: int | None = None  # the length of a rolling window (period ROLLING)
    visits: int | None = None  # handouts (recorded rows) per period
    born_from: int | None = None  # birth years covered, inclusive
    born_until: int | None = None
    proxy_born_from: int | None = None  # birth years someone else may collect for
    proxy_born_until: int | None = None
    # the items whose quantities this rule's limit counts together; () means just ``item``
    items: tuple[str, ...] = ()
    name: str = ""  # what [[changes]] call the rule
    per_household: bool = False  # limit and visits count the whole household's handouts
    # (smallest household size of a band, its limit), ascending from 1
    limit_by_household_size: tuple[tuple[int, int], ...] = ()
    limit_per_member: int | None = None
    tags: tuple[str, ...] = ()  # the person has one of these statuses; () means anyone
    schools: tuple[str, ...] = ()
    grades: tuple[int, ...] = ()
    classes: tuple[int, ...] = ()
    districts: tuple[str, ...] = ()
    weekdays: tuple[int, ...] = ()  # fixed distribution weekdays (Monday = 0); () means any
    month_days: tuple[int, int] | None = None  # first and last day of each month's window
    closed: bool = False
    proxy_on_own_weekday: bool = False
    # (key, line of the [[changes]] table that set it) for keys a dated change set
    changed: tuple[tuple[str, int], ...] = ()

    def __post_init__(self) -> None:
        if not self.items:
            object.__setattr__(self, "items", (self.item,))

    def limit_for(self, person: Person) -> int:
        """The limit for ``person``: ``limit``, narrowed by the household-size band or the
        amount per member where the rule sets them."""
        limit = self.limit
        size = max(1, person.household_size)
        if self.limit_by_household_size:
            band = [most for least, most in self.limit_by_household_size if least <= size]
            limit = min(limit, band[-1])
        if self.limit_per_member is not None:
            limit = min(limit, self.limit_per_member * size)
        return limit

    def change_line(self, keys: tuple[str, ...]) -> int | None:
        """The line of the latest dated change that set one of ``keys``, if any."""
        return max((line for key, line in self.changed if key in keys), default=None)

    def covers_item(self, item_code: str) -> bool:
        return item_code in self.items

    def in_force(self, day: date) -> bool:
        first = max(self.campaign.starts, self.valid_from or self.campaign.starts)
        ends = [d for d in (self.campaign.ends, self.valid_until) if d is not None]
        return first <= day and (not ends or day <= min(ends))

    def period_window(self, day: date) -> tuple[date, date]:
        """The first and last day of the calendar period that contains ``day`` (a rolling
        window: ``day`` alone; the engine counts its days back from ``day``)."""
        return calendar_window(self.period, day, self.campaign.starts, self.campaign.ends)


@dataclass(frozen=True)
class RegisteredProxy:
    """Someone registered to collect for a person, until a day (None: no end)."""

    uid: str
    until: date | None = None

    def valid_on(self, day: date) -> bool:
        return self.until is None or day <= self.until


@dataclass(frozen=True)
class Person:
    uid: str
    group: str
    birth_date: date | None = None
    birth_year: int | None = None
    household_uid: str | None = None
    disability: bool = False
    tags: frozenset[str] = frozenset()  # statuses such as "consent"; see ``statuses``
    school: str | None = None
    grade: int | None = None
    klass: int | None = None
    district: str | None = None
    household_size: int = 1  # registered members sharing the household, at least 1
    proxies: tuple[RegisteredProxy, ...] = ()  # people registered to collect for this person

    @property
    def statuses(self) -> frozenset[str]:
        """The tags, with "disability" when the disability flag is set."""
        return self.tags | {"disability"} if self.disability else self.tags

    def age_on(self, day: date) -> int | None:
        if self.birth_date is not None:
            born = self.birth_date
            return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        return None if self.birth_year is None else day.year - self.birth_year

    @property
    def year_of_birth(self) -> int | None:
        return self.birth_date.year if self.birth_date else self.birth_year


@dataclass(frozen=True)
class HistoryEntry:
    """One handout of the person or of a member of their household."""

    recipient_uid: str
    item_code: str
    quantity: int
    day: date  # as written; ``at`` decides the day when known
    voided: bool = False
    # the instant, with its UTC offset; not compared, so an entry built from the written day
    # alone still finds its stored twin
    at: datetime | None = field(default=None, compare=False)

    def in_zone(self, zone: ZoneInfo) -> HistoryEntry:
        """This entry with ``day`` counted in ``zone``."""
        return self if self.at is None else replace(self, day=local_day(self.at, zone))


@dataclass(frozen=True)
class Reason:
    """Why a decision went as it did: a stable ``code`` for programs, a message for people."""

    code: str
    message: Message

    @property
    def english(self) -> str:
        return self.message.english


@dataclass(frozen=True)
class Decision:
    allowed: bool
    max_quantity: int  # the most that may be handed out now
    quantity: int  # the quantity asked for, or the default (max_quantity)
    reasons: tuple[Reason, ...]
    next_eligible: date | None = None  # when nothing may be handed out now
    rule: Rule | None = None  # the rule that decided
    used: int = 0  # of the deciding rule's limit, this period
    limit: int | None = None

    @property
    def partly_used(self) -> bool:
        return self.allowed and self.used > 0
