"""Finding a person: exact card code first, then names ranked exact → prefix → contains →
initial consonants → one jamo off. Four digits are a phone's last four, and, when they read as
a year (19xx, 20xx), a birth year too: phone matches first.

Every tier is an index lookup (name key, reversed name key, initials), never a table scan, so
answers stay in milliseconds at city scale. "Contains" is the name's ending — the given name
without the surname (길동 → 홍길동), which is how people shorten Korean names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import Any

from ttasum_desk.domain import hangul
from ttasum_desk.storage import recipients
from ttasum_desk.storage.models import Recipient

DEFAULT_LIMIT = 50
PER_NAME = 5  # people of one name shown before other names, for initials


class Match(IntEnum):
    CARD = 0
    EXACT = 1
    PREFIX = 2
    CONTAINS = 3
    INITIALS = 4
    ONE_OFF = 5
    PHONE = 6
    BIRTH_YEAR = 7


@dataclass(frozen=True)
class RecipientSummary:
    """What tells a person apart at the desk; shared by search results and profiles."""

    recipient_uid: str
    card_code: str
    name: str
    birth_date: str | None
    birth_year: int | None
    group: str
    school: str | None
    grade: int | None
    klass: int | None
    district: str | None
    phone_last4: str | None

    @staticmethod
    def fields_of(row: Recipient) -> dict[str, Any]:
        return {
            "recipient_uid": row.uid,
            "card_code": row.card_code,
            "name": row.name,
            "birth_date": row.birth_date,
            "birth_year": row.birth_year,
            "group": row.group,
            "school": row.school,
            "grade": row.grade,
            "klass": row.klass,
            "district": row.district,
            "phone_last4": row.phone_last4,
        }


@dataclass(frozen=True)
class LookupResult(RecipientSummary):
    match: Match

    @classmethod
    def of(cls, row: Recipient, match: Match) -> LookupResult:
        return cls(**cls.fields_of(row), match=match)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["match"] = self.match.name.lower()
        return data


def lookup(query: str, limit: int = DEFAULT_LIMIT) -> list[LookupResult]:
    """Results best first; a card code (any case) returns that recipient alone, in one query."""
    text = query.strip()
    if not text:
        return []
    card = recipients.by_scanned_card(text)
    if card is not None:
        return [LookupResult.of(card, Match.CARD)]
    if re.fullmatch(r"\d{4}", text):
        return _by_digits(text, limit)
    key = hangul.normalize(text)
    found: dict[str, LookupResult] = {}

    def take(rows: list[Recipient], match: Match) -> bool:
        """Add one tier, sorted within itself; True once the list is full."""
        for row in sorted(rows, key=lambda row: (row.name_key, row.birth_year or 0, row.card_code)):
            if row.uid not in found:
                found[row.uid] = LookupResult.of(row, match)
        return len(found) >= limit

    if hangul.is_initials_query(key):
        rows = recipients.initials_start(hangul.initials(key), limit * 4)
        fitting = [row for row in rows if hangul.matches_initials(key, row.name_key)]
        return [LookupResult.of(row, Match.INITIALS) for row in _commonest_first(fitting)][:limit]
    if take(recipients.name_equals(key, limit), Match.EXACT):
        return list(found.values())
    if take(recipients.name_starts(key, limit), Match.PREFIX):
        return list(found.values())[:limit]
    if take(recipients.name_ends(key, limit), Match.CONTAINS):
        return list(found.values())[:limit]
    take(_one_jamo_off(key, limit), Match.ONE_OFF)
    return list(found.values())[:limit]


def _by_digits(digits: str, limit: int) -> list[LookupResult]:
    """A phone's last four, then (for 19xx and 20xx) the people born that year."""
    found = {
        row.uid: LookupResult.of(row, Match.PHONE)
        for row in recipients.phone_last4_is(digits, limit)
    }
    if digits[:2] in ("19", "20") and len(found) < limit:
        for row in recipients.born_in(int(digits), limit):
            found.setdefault(row.uid, LookupResult.of(row, Match.BIRTH_YEAR))
    return list(found.values())[:limit]


def _commonest_first(rows: list[Recipient]) -> list[Recipient]:
    """Initial consonants fit many names (ㄱㅁㅈ: 김민준, 김미정, 강민준, …): the names that more
    people in the sample carry come first, whole initials before longer ones, and at most
    ``PER_NAME`` people of one name before every other name has had its turn."""
    counts = Counter(row.name_key for row in rows)
    by_name = sorted(
        rows,
        key=lambda row: (
            len(row.initials), -counts[row.name_key], row.name_key, row.birth_year or 0,
            row.card_code,
        ),
    )  # fmt: skip
    seen: Counter[str] = Counter()
    turns = []
    for row in by_name:
        turns.append(seen[row.name_key] // PER_NAME)
        seen[row.name_key] += 1
    return [row for _, _, row in sorted(zip(turns, range(len(by_name)), by_name, strict=True))]


def _one_jamo_off(key: str, limit: int) -> list[Recipient]:
    """Names one jamo edit away. One jamo edit changes exactly one syllable, so the
    candidates are the key with one syllable swapped for a neighbour: exact index lookups."""
    variants = hangul.one_jamo_variants(key)
    return recipients.names_in(variants, limit) if variants else []
