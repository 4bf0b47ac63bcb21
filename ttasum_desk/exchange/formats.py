"""The exchange workbook (day-file and snapshot): sheets, machine-key columns, Meta keys and
the Guide sheet that explains every column in Korean and English (resources/docs/exchange.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    HandoutRecord,
    ProxyRecord,
    RecipientRecord,
)

FORMAT = "ttasum-desk"
FORMAT_VERSION = 1
KIND_DAY, KIND_SNAPSHOT, KIND_ENROL = "day", "snapshot", "enrol"

META, GUIDE, RULES = "Meta", "Guide", "Rules"
RECIPIENTS, HANDOUTS, BATCHES, ITEMS, STATIONS = (
    "Recipients", "Handouts", "Batches", "Items", "Stations",
)  # fmt: skip
CLASS_COUNTS, PROXIES = "ClassCounts", "Proxies"

COLUMNS: dict[str, tuple[str, ...]] = {
    RECIPIENTS: RecipientRecord.columns(),
    HANDOUTS: HandoutRecord.columns(),
    BATCHES: BatchRecord.columns(),
    ITEMS: ("item_uid", "item_code", "name", "unit"),
    STATIONS: ("station_uid", "station_code", "name", "kind"),
    CLASS_COUNTS: ClassCountRecord.columns(),
    PROXIES: ProxyRecord.columns(),
}
RECORDS: dict[str, type[Any]] = {
    RECIPIENTS: RecipientRecord,
    HANDOUTS: HandoutRecord,
    BATCHES: BatchRecord,
    CLASS_COUNTS: ClassCountRecord,
    PROXIES: ProxyRecord,
}
# what a workbook must hold at least: the columns of format version 1
FIRST_COLUMNS = {
    sheet: RECORDS[sheet].first_columns() if sheet in RECORDS else columns
    for sheet, columns in COLUMNS.items()
}
DATA_SHEETS = (RECIPIENTS, HANDOUTS, BATCHES, ITEMS, STATIONS, CLASS_COUNTS, PROXIES)
KEY_COLUMN = {sheet: columns[0] for sheet, columns in COLUMNS.items()}
DATE_COLUMNS = {
    "birth_date"
}  # written as Excel dates; moments stay ISO text (they carry an offset)

META_KEYS = (
    "format", "format_version", "kind", "station_code", "station_name", "exported_at",
    "app_version", "day", "audit_head", "sequence", "signed_by", "signature",
)  # fmt: skip


def count_key(sheet: str) -> str:
    return f"rows.{sheet}"


def hash_key(sheet: str) -> str:
    return f"sha256.{sheet}"


def sheet_digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 of a sheet's canonical content: each row's cells as text joined by NUL (which
    no cell can hold), the rows sorted, each ended by a newline."""
    digest = hashlib.sha256()
    for line in sorted(map(_line, rows)):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


class StreamDigest:
    """``sheet_digest`` of rows given one at a time, without holding them: rows that come in
    their sorted order (an export writes them by uid, the first column) are hashed as they
    come. ``hexdigest`` is None when a row came out of order: then only ``sheet_digest`` over
    all the rows again can tell."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._last = ""
        self.rows = 0
        self.in_order = True

    def add(self, row: Sequence[Any]) -> None:
        line = _line(row)
        self.rows += 1
        if line < self._last:
            self.in_order = False
        self._last = line
        self._digest.update(line.encode("utf-8"))
        self._digest.update(b"\n")

    def hexdigest(self) -> str | None:
        return self._digest.hexdigest() if self.in_order else None


def _line(row: Sequence[Any]) -> str:
    """A row's canonical text: its cells as text joined by NUL."""
    return "\x00".join(map(_text, row))


def _text(value: Any) -> str:
    kind = value.__class__
    if kind is str:
        return value
    if value is None:
        return ""
    if kind is float and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


# (sheet, column) → (Korean, English); the Guide sheet lists them in this order
GUIDE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    (META, "*"): (
        "파일 정보(형식, 내보낸 곳과 시각, 시트별 행 수와 해시, 감사 로그 해시). 수정 금지.",
        "About this file: format, origin, time, rows and hash per sheet, audit hash. Do not edit.",
    ),
    (RECIPIENTS, "recipient_uid"): ("대상자 고유 ID (UUID)", "The person's unique ID (UUID)"),
    (RECIPIENTS, "card_code"): (
        "카드 번호 (바코드, 학번 또는 발급 번호)",
        "Card code (barcode, student ID or issued code)",
    ),
    (RECIPIENTS, "name"): ("성명", "Name"),
    (RECIPIENTS, "birth_date"): ("생년월일 (연도만 알면 연도)", "Birth date (or the year alone)"),
    (RECIPIENTS, "group"): (
        "구분: student 학생, public 일반, vulnerable 취약계층",
        "Group: student, public, vulnerable",
    ),
    (RECIPIENTS, "household_uid"): ("가구 ID", "Household ID"),
    (RECIPIENTS, "school"): ("학교", "School"),
    (RECIPIENTS, "grade"): ("학년", "Grade"),
    (RECIPIENTS, "class"): ("반", "Class"),
    (RECIPIENTS, "number"): ("번호", "Number in class"),
    (RECIPIENTS, "district"): ("행정동", "District (동)"),
    (RECIPIENTS, "phone_last4"): ("전화번호 뒤 4자리", "Last 4 digits of the phone number"),
    (RECIPIENTS, "updated_at"): ("마지막 수정 시각", "Last changed at"),
    (RECIPIENTS, "disability"): ("장애 여부", "Has a disability"),
    (RECIPIENTS, "tags"): (
        "상태 (쉼표로 구분, 예: consent,pregnancy)",
        "Statuses, comma-separated (e.g. consent,pregnancy)",
    ),
    (RECIPIENTS, "household_label"): (
        "가구 이름 또는 번호 (가구 ID는 이것에서 정해짐)",
        "Household key as written (the household ID follows from it)",
    ),
    (HANDOUTS, "handout_uid"): ("배부 기록 ID", "Handout record ID"),
    (HANDOUTS, "recipient_uid"): ("받은 사람 ID", "Recipient ID"),
    (HANDOUTS, "card_code"): ("받은 사람 카드 번호", "Recipient's card code"),
    (HANDOUTS, "item_code"): ("물품 코드", "Item code"),
    (HANDOUTS, "quantity"): ("수량", "Quantity"),
    (HANDOUTS, "batch_uid"): ("입고(로트) ID", "Batch (lot) ID"),
    (HANDOUTS, "station_code"): ("배부처 코드", "Station code"),
    (HANDOUTS, "operator"): ("담당자", "Operator"),
    (HANDOUTS, "handed_at"): (
        "배부 시각 (ISO 8601, 시간대 포함)",
        "Handed out at (ISO 8601 with offset)",
    ),
    (HANDOUTS, "receipt_no"): ("영수증 번호", "Receipt number"),
    (HANDOUTS, "status"): ("ok 정상, void 취소", "ok, or void (a cancellation)"),
    (HANDOUTS, "void_of"): ("취소한 배부 기록 ID", "The handout this one cancels"),
    (HANDOUTS, "reason"): ("취소 사유", "Reason for the cancellation"),
    (HANDOUTS, "proxy_uid"): ("대리 수령인 ID", "Proxy (who collected) ID"),
    (HANDOUTS, "chain_hash"): ("위변조 확인용 해시", "Hash chain link that shows tampering"),
    (HANDOUTS, "override_reason"): (
        "규칙을 넘어 배부한 사유",
        "Why it was handed out although the rules refused",
    ),
    (BATCHES, "batch_uid"): ("입고 ID", "Batch ID"),
    (BATCHES, "item_code"): ("물품 코드", "Item code"),
    (BATCHES, "lot_no"): ("로트 번호", "Lot number"),
    (BATCHES, "quantity"): (
        "입고 수량 (음수는 정정)",
        "Quantity received (negative: a correction)",
    ),
    (BATCHES, "received_at"): ("입고 시각", "Received at"),
    (BATCHES, "source"): ("보낸 곳", "Source"),
    (BATCHES, "station_code"): ("입고처 코드", "Station code"),
    (BATCHES, "corrects_uid"): ("정정 대상 입고 ID", "The batch this entry corrects"),
    (ITEMS, "*"): ("물품 목록 (참고용)", "Items (reference)"),
    (STATIONS, "*"): ("배부처 목록 (참고용)", "Stations (reference)"),
    (CLASS_COUNTS, "*"): (
        "학급 단위 일괄 배부 (보건실)",
        "Handouts to a whole class as one count (school nurse)",
    ),
    (PROXIES, "proxy_registration_uid"): ("대리 수령 등록 ID", "Proxy registration ID"),
    (PROXIES, "recipient_uid"): ("대신 받을 대상자 ID", "ID of the person collected for"),
    (PROXIES, "proxy_uid"): ("대리 수령인 ID", "ID of the registered proxy (who collects)"),
    (PROXIES, "until"): (
        "유효 기한 (이날까지, 비어 있으면 무기한)",
        "Valid until (inclusive; empty: no end)",
    ),
    (PROXIES, "removed"): ("등록 취소 여부", "Whether the registration was removed"),
    (PROXIES, "station_code"): (
        "등록 또는 변경한 배부처 코드",
        "Station that registered or changed it",
    ),
    (PROXIES, "updated_at"): (
        "마지막 변경 시각 (같은 등록은 가장 나중 변경이 적용)",
        "Last changed at (of two versions, the later change applies)",
    ),
    (RULES, "*"): ("배부 규칙 (TOML 텍스트)", "Entitlement rules (TOML text)"),
}


def guide_rows(sheets: Iterable[str]) -> list[tuple[str, str, str, str]]:
    present = set(sheets) | {META}
    return [
        (sheet, "" if column == "*" else column, korean, english)
        for (sheet, column), (korean, english) in GUIDE_TEXTS.items()
        if sheet in present
    ]
