"""A cell's value from its XML text, exactly as python-calamine gives it (``sheet_xml`` reads
the XML): Meta's hashes are over these values, so a float, a date or a string that came out
otherwise would report an honest file as altered.

calamine's rules, ported from its source and checked against the installed python-calamine:
numbers are floats (``+5``, ``1e3``, ``inf`` and ``nan`` too; ``1_0`` or `` 1`` are refused,
or read as text when the cell has no type); a number whose cell style has a date or time
format (``detect_custom_number_format``, the built-in ids 14–22, 45–47) becomes a date, a
time (under one day), a datetime or a timedelta ([h]:mm), from 1899-12-30 in milliseconds
rounded half away from zero, with Excel's 29 February 1900 and the 1904 date system;
booleans are 0, 1, true or false; an error (#N/A) reads as empty text; text has its blanks
at both ends trimmed unless ``xml:space="preserve"`` (as ``sheet_xml`` gathers it), and
``_x00HH_`` decoded (U+00FF at most: calamine leaves ``_xAC00_`` as it is). Where calamine
fails itself (a Rust panic past 1e11 days in a date format), these give the number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

OTHER, MOMENT, DURATION = 0, 1, 2  # what a number format makes of a number
BUILTIN_FORMATS = {**{str(number): MOMENT for number in (*range(14, 23), 45, 47)}, "46": DURATION}
EMPTY: Any = object()  # a cell without a value: calamine leaves it out of the sheet's area
_ESCAPE = re.compile(r"_x00([0-9A-Fa-f]{2}|\+[0-9A-Fa-f])_")  # Rust's u8 radix 16 takes a '+'
_FLOAT = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)", re.IGNORECASE
)
_ERRORS = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))
_EPOCH = datetime(1899, 12, 30)
_DAY_MS = 86_400_000.0
_CHRONO_DAYS = 95_000_000  # about chrono's 262,000 years each way from 1899


class UnreadableCellError(ValueError):
    """A cell calamine refuses to read (an unknown type, a number that is not one)."""


@dataclass(frozen=True)
class BookContext:
    """What every sheet of a workbook reads its cells with."""

    strings: list[str]
    formats: list[int]  # by cell style (cellXfs index): OTHER, MOMENT or DURATION
    is_1904: bool


def format_kind(code: str) -> int:
    """calamine's ``detect_custom_number_format``: whether a number format shows a date or
    time (MOMENT), an elapsed time such as [h]:mm (DURATION) or neither (OTHER)."""
    escaped = quoted = ampm = elapsed = False
    brackets, previous = 0, " "
    for char in code:
        if escaped:
            escaped = False
        elif char in "_\\*":  # the next character is a literal, padding or fill
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == ";":  # the first section only
            return OTHER
        elif char == "[":
            brackets = (brackets + 1) & 0xFF
        elif char == "]" and brackets == 1 and elapsed:
            return DURATION
        elif char == "]":
            brackets = max(brackets - 1, 0)
        elif brackets == 0 and not ampm and char in "aA":
            ampm = True
        elif brackets == 0 and char in ("pmPM/" if ampm else "dmhysDMHYS"):
            return MOMENT
        elif not (elapsed and _same_letter(char, previous)):
            elapsed = previous == "[" and char in "mhsMHS"
        previous = char
    return OTHER


def _same_letter(one: str, other: str) -> bool:
    if one.isascii() and other.isascii():
        return one.lower() == other.lower()
    return one == other


def typed(text: str, kind: str | None, style: str | None, context: BookContext) -> Any:
    """The value of a cell's <v> text by its type (``t``) and style (``s``); EMPTY for none."""
    if not text and kind != "str":
        return EMPTY
    if kind is None or kind == "n":
        if not _FLOAT.fullmatch(text):
            if kind is None:
                return text
            raise UnreadableCellError(f"the number {text!r} is not a number")
        number = float(text)
        if style is None:
            return number
        index = int(style) if style.isascii() and style.isdigit() else 0
        how = context.formats[index] if index < len(context.formats) else OTHER
        return number if how == OTHER else dated(number, how, context.is_1904)
    if kind == "s":
        index = int(text) if text.isascii() and text.isdigit() else -1
        if not 0 <= index < len(context.strings):
            raise UnreadableCellError(f"the shared string {text!r} is not in the table")
        return context.strings[index]
    if kind == "str":
        return unescape(text)
    if kind == "b":
        truth = text.strip().lower()
        if truth not in ("0", "1", "true", "false"):
            raise UnreadableCellError(f"the boolean {text!r} is neither true nor false")
        return truth in ("1", "true")
    if kind == "e":
        if text not in _ERRORS:
            raise UnreadableCellError(f"the error value {text!r} is unknown")
        return ""  # read as empty text, yet it counts for the sheet's area
    if kind == "d":
        return _iso(text)
    raise UnreadableCellError(f"the cell type {kind!r} is unknown")


def dated(number: float, how: int, is_1904: bool) -> Any:
    """A number in a date or duration format, as python-calamine gives it: a timedelta, a
    time (under one day), a date (whole days) or a datetime; the number if out of range."""
    if how == DURATION:  # python-calamine lets an OverflowError out past timedelta's range
        try:
            return timedelta(milliseconds=_round(number * _DAY_MS))
        except OverflowError as error:
            raise UnreadableCellError(f"the duration {number} is out of range") from error
    days = number + 1462.0 if is_1904 else number
    days = days if days >= 60.0 else days + 1.0  # Excel's 29 February 1900
    if math.isnan(days):  # Rust casts NaN milliseconds to 0
        return _EPOCH
    if not abs(days) < _CHRONO_DAYS:
        return number
    milliseconds = _round(days * _DAY_MS)
    if number < 1.0:  # a time of day: chrono has no year 1 to 9999 bound for it
        return (datetime.min + timedelta(milliseconds=milliseconds % _DAY_MS)).time()
    try:
        moment = _EPOCH + timedelta(milliseconds=milliseconds)
    except OverflowError:  # before year 1 or after 9999
        return number
    if number.is_integer():
        return moment.date()
    return moment


def _round(value: float) -> int:
    """Rust's ``f64::round`` then cast: halves away from zero, NaN as 0."""
    if math.isnan(value):
        return 0
    if math.isinf(value):
        raise OverflowError
    whole = math.floor(abs(value))
    whole += 1 if abs(value) - whole >= 0.5 else 0
    return int(math.copysign(whole, value))


def _iso(text: str) -> Any:
    """A t="d" cell (ISO 8601 text): a datetime, time or date, else the text."""
    try:
        if "T" in text:
            return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S" + (".%f" if "." in text else ""))
        if ":" in text:
            return time.fromisoformat(text)
        year, month, day = (int(part) for part in text.split("-"))
        return date(year, month, day)
    except ValueError:
        return text


def unescape(text: str) -> str:
    """OOXML's escapes of characters XML can't carry, as calamine decodes them."""
    if "_x00" not in text:
        return text
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
