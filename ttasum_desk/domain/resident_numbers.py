"""Resident registration numbers (주민등록번호): found in any text, so that none is ever kept.

The law (PIPA Art. 24-2) forbids collecting them without a statute that requires it, and no
handout needs one. A number is six digits of a birth date, an optional hyphen, and seven more
whose first gives the century (800101-1234567, 8001011234567, inside a longer text). Phone
numbers and card codes pass: the first six digits must be a real, past date in the century
the seventh digit gives.
"""

from __future__ import annotations

import re
from datetime import date

from ttasum_desk.domain.messages import Message
from ttasum_desk.errors import UserError

_RESIDENT_NUMBER = re.compile(r"(?<!\d)(\d\d)(\d\d)(\d\d)\s*-?\s*([1-8])\d{6}(?!\d)")
_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000}


def holds_resident_number(text: str) -> bool:
    """Whether ``text`` holds a resident registration number anywhere."""
    if len(text) < 13:
        return False
    for match in _RESIDENT_NUMBER.finditer(text):
        year, month, day, century = match.groups()
        try:
            born = date(_CENTURY[century] + int(year), int(month), int(day))
        except ValueError:
            continue
        if born <= date.today():
            return True
    return False


def refuse_resident_numbers(*fields: tuple[Message, str]) -> None:
    """Refuse typed text, given as (its field's label, the text), that holds a resident
    registration number, so that none is stored or travels in a day-file."""
    for label, text in fields:
        if holds_resident_number(text):
            raise UserError(
                "The {field} holds a resident registration number, which may not be collected "
                "here (PIPA Art. 24-2). Remove it and try again.",
                field=label,
            )
