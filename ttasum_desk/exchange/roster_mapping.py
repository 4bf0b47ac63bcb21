"""Reading the rosters that schools and district offices actually have.

Finds the header row below titles and merged cells, maps Korean or English headers to fields,
and repairs values: Excel dates and the ways people write dates, phone numbers that lost their
leading zero (only the last 4 digits are kept), grades written as "3학년". A household
column (세대번호, any key its members share) and a statuses column (특이사항: comma-separated
tags) feed the rules. A file with a
column headed like resident registration numbers, or with one such number in any cell, is
refused outright: the app must never store them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ttasum_desk.domain.resident_numbers import holds_resident_number
from ttasum_desk.errors import UserError
from ttasum_desk.exchange.sheet_area import column_letters

FIELDS = (
    "card_code", "name", "birth_date", "group", "school", "grade", "class", "number",
    "district", "phone", "notes", "household", "tags",
)  # fmt: skip
IGNORE = "ignore"
_ALIAS_WORDS = {
    "card_code": "카드번호 카드코드 카드 학번 학생번호 card cardcode cardno studentid id",
    "name": "성명 이름 학생명 학생이름 학생성명 대상자 대상자명 수령인 name fullname studentname",
    "birth_date": "생년월일 생일 출생일 출생년월일 birthdate birthday dateofbirth dob birth",
    "group": "구분 대상구분 group category",
    "school": "학교 학교명 school schoolname",
    "grade": "학년 grade year",
    "class": "반 학급 class klass homeroom",
    "number": "번호 출석번호 번 no number seat",
    "district": "주소 동 행정동 주소지 거주지 거주동 district address dong",
    "phone": "연락처 전화번호 전화 휴대폰 핸드폰 휴대전화 보호자연락처 "
    "phone mobile tel telephone phonenumber",
    "notes": "비고 메모 notes note remarks memo",
    "household": "세대 가구 세대번호 가구번호 세대코드 가구코드 "
    "household householdkey householdno householdid family familyid",
    "tags": "특이사항 상태 상태구분 statuses status tags tag",
}
# too short to find inside a longer header: 세대주와의관계 (relation to the head of the
# household) or 가구원수 (its size) are not household keys
_WHOLE_HEADER_ONLY = frozenset({"세대", "가구", "상태"})
ALIASES = {field: tuple(words.split()) for field, words in _ALIAS_WORDS.items()}
RESIDENT_NUMBER_HEADERS = ("주민등록번호", "주민번호", "주민등록", "residentregistration", "rrn")
# 6 digits of birth date, a hyphen or not, a 7th digit 1-8 (century and sex), 6 more digits
_SCHOOL_IN_TITLE = re.compile(r"([가-힣A-Za-z0-9]+(?:초등학교|중학교|고등학교|학교))")
_GROUP_WORDS = {
    "student": ("학생", "student"),
    "vulnerable": ("취약", "취약계층", "어르신", "노인", "장애", "장애인", "vulnerable", "elderly"),
    "public": ("일반", "주민", "시민", "public", "resident"),
}
HEADER_SCAN_ROWS = 20
_BRACKETED = re.compile(r"[(\[（].*?[)\]）]")
_HEADER_NOISE = re.compile(r"[\s_.\-:*/·]")
_NON_DIGIT = re.compile(r"\D")
_SMALL_NUMBER = re.compile(r"\s*(\d{1,3})\s*(?:학년|반|번)?\s*")
EXCEL_EPOCH = date(1899, 12, 30)


class ResidentNumberError(UserError):
    """The file holds resident registration numbers: nothing of it is imported."""


class ResidentNumberColumnError(ResidentNumberError):
    def __init__(self, column: str) -> None:
        super().__init__(
            "The column {column} holds resident registration numbers, which may not be "
            "collected here (PIPA Art. 24-2). Delete that column from the file and import again.",
            column=column,
        )


class ResidentNumberCellError(ResidentNumberError):
    def __init__(self, sheet: str, row: int, column: str) -> None:
        super().__init__(
            "Row {row} of sheet {sheet}, column {column}, holds a resident registration "
            "number, which may not be collected here (PIPA Art. 24-2). Nothing was imported: "
            "delete every such number from the file, save, and import again.",
            sheet=sheet,
            row=row,
            column=column,
        )


class HeaderNotFoundError(UserError):
    def __init__(self, file: str) -> None:
        super().__init__(
            "No header row with a name column was found in the first {rows} rows of {file}. "
            "Add a header such as 성명 or name above the names, or map the columns by hand.",
            file=file,
            rows=HEADER_SCAN_ROWS,
        )


class MappingError(UserError):
    pass


class RowProblem(UserError):
    """Why one row can't be imported (the import goes on without it)."""


def header_key(text: Any) -> str:
    """성 명 (필수) → 성명; Date of Birth → dateofbirth."""
    cleaned = _BRACKETED.sub("", str(text or ""))
    return _HEADER_NOISE.sub("", cleaned).casefold()


def field_for(header: Any) -> str | None:
    key = header_key(header)
    if not key:
        return None
    if any(key.startswith(alias) for alias in RESIDENT_NUMBER_HEADERS):
        return "resident_number"
    for field, aliases in ALIASES.items():
        if key in aliases:
            return field
    best, best_len = None, 1
    for field, aliases in ALIASES.items():
        for alias in aliases:
            if (
                len(alias) > best_len
                and not alias.isascii()
                and alias not in _WHOLE_HEADER_ONLY
                and alias in key
            ):
                best, best_len = field, len(alias)
    return best


@dataclass(frozen=True)
class HeaderGuess:
    row: int  # 0-based index of the header row
    headers: list[str]
    mapping: dict[int, str]  # column index → field
    school: str  # a school named in the title rows above the header


def detect_header(rows: Sequence[Sequence[Any]], file: str) -> HeaderGuess:
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = {field_for(cell) for cell in row} - {None}
        if "name" in fields and (best is None or len(fields) > best[1]):
            best = (index, len(fields))
    if best is None:
        raise HeaderNotFoundError(file)
    index = best[0]
    headers = [str(cell).strip() if cell not in (None, "") else "" for cell in rows[index]]
    mapping: dict[int, str] = {}
    for column, header in enumerate(headers):
        field = field_for(header)
        if field and field not in mapping.values():
            mapping[column] = field
    titles = " ".join(str(cell) for row in rows[:index] for cell in row if cell not in (None, ""))
    hint = _SCHOOL_IN_TITLE.search(titles)
    return HeaderGuess(index, headers, mapping, hint.group(1) if hint else "")


def apply_overrides(
    headers: Sequence[str], mapping: Mapping[int, str], overrides: Mapping[str, str]
) -> dict[int, str]:
    """``--map COL=FIELD``: COL is a header text, a column letter (C) or number (3)."""
    result = dict(mapping)
    for column_text, field in overrides.items():
        column = _column_index(headers, column_text)
        field = field.strip().lower()
        if field not in (*FIELDS, IGNORE):
            raise MappingError(
                "{field} is not a roster field. Use one of: {fields}.",
                field=field,
                fields=", ".join((*FIELDS, IGNORE)),
            )
        for other, existing in list(result.items()):
            if existing == field:
                del result[other]
        result.pop(column, None)
        if field != IGNORE:
            result[column] = field
    return result


def _column_index(headers: Sequence[str], text: str) -> int:
    text = text.strip()
    for index, header in enumerate(headers):
        if header == text or (header_key(header) and header_key(header) == header_key(text)):
            return index
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        index = 0
        for letter in text.upper():
            index = index * 26 + ord(letter) - 64
        return index - 1
    raise MappingError(
        "The file has no column {column}. Name a header, a column letter (C) or number (3).",
        column=text,
    )


def refuse_resident_number_column(headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Refuse the file when a column is headed like resident registration numbers."""
    for column, field in mapping.items():
        if field == "resident_number":
            raise ResidentNumberColumnError(headers[column] or str(column + 1))


def refuse_resident_numbers_in_row(
    sheet: str, number: int, cells: Sequence[Any], headers: Sequence[str]
) -> None:
    """Refuse the file when any cell of the row holds a resident registration number, as text
    or typed as a number (which loses a leading 0); ``domain.resident_numbers`` says what one
    looks like. Cheap enough for every row: 0.4 s of CPU for 250,000 ten-column rows."""
    for column, cell in enumerate(cells):
        kind = cell.__class__
        if kind is str:
            found = holds_resident_number(cell)
        elif kind is float or kind is int:
            found = 1e10 <= cell < 1e13 and cell == int(cell)
            found = found and holds_resident_number(f"{int(cell):013d}")
        else:
            continue
        if found:
            letter = column_letters(column)
            header = headers[column] if column < len(headers) else ""
            raise ResidentNumberCellError(
                sheet, number, f"{letter} ({header})" if header else letter
            )


def birth_text(value: Any) -> str:
    """A birth date as text that ``registration.parse_birth`` reads: Excel dates and serials
    become ISO dates, 20130305 typed as a number becomes text, spaces and a final dot go,
    2013년 3월 5일 becomes 2013-3-5."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    serial = isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 80_000
    if serial and not 1900 <= value <= 2100:  # a serial day number, not a year
        return (EXCEL_EPOCH + timedelta(days=value)).isoformat()
    text = re.sub(r"\s+", "", str(value)).rstrip(".")
    if re.fullmatch(r"\d{4}년\d{1,2}월\d{1,2}일", text):
        text = re.sub(r"[년월]", "-", text).rstrip("일")
    return text


def phone_last4(value: Any) -> str | None:
    """The last 4 digits of a phone number, however it was typed (10-1234-5678, 1012345678)."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    digits = text if text.isascii() and text.isdigit() else _NON_DIGIT.sub("", text)
    if isinstance(value, int) and 0 < len(digits) < 4:
        digits = digits.zfill(4)  # last four typed as a number: 0012 became 12
    if len(digits) < 4:
        raise RowProblem("The phone number {phone} has fewer than 4 digits.", phone=str(value))
    return digits[-4:]


def small_number(value: Any, field: str) -> int | None:
    """3, 3.0, "3", "3학년", "2반", "12번" → the number."""
    if value is None or value == "":
        return None
    if value.__class__ is float and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _SMALL_NUMBER.fullmatch(str(value))
    if not match:
        raise RowProblem("The {field} {value} is not a number.", field=field, value=str(value))
    return int(match.group(1))


def group(value: Any, is_student: bool) -> str:
    if value is None or value == "":
        return "student" if is_student else "public"
    text = header_key(value)
    for name, words in _GROUP_WORDS.items():
        if text and any(word in text for word in words):
            return name
    if text:
        raise RowProblem("The group {value} is unknown: use 학생, 일반 or 취약계층.", value=value)
    return "student" if is_student else "public"


def text(value: Any) -> str | None:
    """A cell as text, blanks collapsed; None when empty."""
    if value is None:
        return None
    if value.__class__ is str and value.isprintable() and "  " not in value:
        return value.strip() or None  # the usual cell: nothing to collapse
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    cleaned = " ".join(str(value).split())
    return cleaned or None
