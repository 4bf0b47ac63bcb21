"""The merge report workbook: per-file outcome, conflicts side by side, rejected rows, files
refused whole (by their signature), double-dips and people registered twice. Names are masked
(홍*동)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.domain.records import ReviewKind
from ttasum_desk.exchange import writer
from ttasum_desk.i18n import translate
from ttasum_desk.services.handout_receipts import PERIOD_LABELS
from ttasum_desk.services.merge import MergeResult
from ttasum_desk.storage import review

FILES = [
    "파일 file",
    "배부처 station",
    "날짜 day",
    "행 rows",
    "추가 inserted",
    "중복 duplicates",
    "충돌 conflicts",
    "거부 rejected",
    "변조 의심 altered",
    "내용 details",
]
CONFLICTS = ["파일 file", "시트 sheet", "키 key", "열 column", "허브 값 hub value",
             "파일 값 file value", "이유 why"]  # fmt: skip
REJECTED = ["파일 file", "시트 sheet", "행 row", "키 key", "이유 reason"]
REFUSED = ["파일 file", "배부처 station", "이유 reason"]  # files refused whole, by signature
DOUBLE_DIPS = ["카드 card", "성명 name", "물품 item", "기간 period", "배부처 stations",
               "수량 quantity", "한도 limit"]  # fmt: skip
SAME_PEOPLE = ["성명 name", "생년월일 birth", "카드 cards", "배부처 stations"]
# whether a file's chain was altered, in the user's language
ALTERED_LABELS = {True: "yes", False: "no"}


def _shown(value: Any) -> Any:
    return "" if value is None else value


def _period(period: str) -> str:
    """A double-dip's period: the first and last day, or "once" in the user's language."""
    return translate(PERIOD_LABELS["once"]) if period == "once" else period


def _text(value: Any) -> str:
    """Both sides of a conflict as text, so that they line up the same way."""
    return "" if value is None else str(value)


def _conflict_rows(result: MergeResult) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for outcome in result.files:
        for conflict in outcome.conflict_rows:
            columns = [c for c in conflict.theirs if conflict.ours.get(c) != conflict.theirs[c]]
            for column in columns or ["-"]:
                ours = conflict.ours.get(column) if conflict.ours else "(—)"
                if column == "name" and conflict.sheet == "Recipients":
                    ours = mask_name(str(ours or ""))
                theirs = conflict.theirs.get(column)
                if column == "name" and conflict.sheet == "Recipients":
                    theirs = mask_name(str(theirs or ""))
                rows.append([outcome.file, conflict.sheet, conflict.key, column, _text(ours),
                             _text(theirs), conflict.why])  # fmt: skip
    return rows


def write_report(result: MergeResult, out: Path | str) -> Path:
    files = [
        [f.file, f.station_code, f.day, f.rows, f.inserted, f.duplicates, f.conflicts,
         f.rejected, translate(ALTERED_LABELS[f.altered]),
         "; ".join(filter(None, [f.problems_text(), f.notes_text(), f.error]))]
        for f in result.files
    ]  # fmt: skip
    rejected = [
        [f.file, r.sheet, r.row, r.key, r.reason] for f in result.files for r in f.rejections
    ]
    refused = [[f.file, f.station_code, f.error] for f in result.files if f.refused]
    dips = [
        [d.card_code, mask_name(d.name), d.item_code, _period(d.period), ", ".join(d.stations),
         d.quantity, d.limit]
        for d in result.double_dips
    ]  # fmt: skip
    twice = [
        [mask_name(str(item.detail.get("name", ""))), _shown(item.detail.get("birth")),
         ", ".join(item.detail.get("cards", [])), ", ".join(item.detail.get("stations", []))]
        for item in review.items(ReviewKind.SAME_PERSON)
    ]  # fmt: skip
    return writer.write_workbook(
        out,
        [
            writer.SheetSpec("Files", FILES, files),
            writer.SheetSpec("Conflicts", CONFLICTS, _conflict_rows(result)),
            writer.SheetSpec("Rejected", REJECTED, rejected),
            writer.SheetSpec("DoubleDips", DOUBLE_DIPS, dips),
            writer.SheetSpec("SamePerson", SAME_PEOPLE, twice),
            writer.SheetSpec("Refused", REFUSED, refused),
        ],
    )
