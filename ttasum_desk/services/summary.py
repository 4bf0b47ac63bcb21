"""The coordinator's summary (resources/docs/concepts.md) as a PDF or a workbook: handouts per day,
station, group and item, stations not heard from, overrides and voids, reviews waiting, and
the loop: kits out, finished masks donated back, workshops.
No personal names: the summary goes to the city office.

Writing takes ``progress`` and ``cancelled`` (services.steps): a cancel stops it between
sections, pages or sheets, and the file is written beside its destination and renamed into
place only when whole, so a cancelled or failed report leaves no file and never a half-written
one over the last."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ttasum_desk.atomic_files import replace_when_written
from ttasum_desk.domain.clock import now
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import writer
from ttasum_desk.printing.summary import (
    Count,
    FlaggedHandout,
    SummaryData,
    Target,
    render_summary,
)
from ttasum_desk.services.progress import Reached, loop, progress
from ttasum_desk.services.rules import current_rules
from ttasum_desk.services.stations import current_station
from ttasum_desk.services.steps import Asked, Progress, report, stop_if_cancelled
from ttasum_desk.storage import progress as progress_store
from ttasum_desk.storage import summary as store

COUNTS = ["수량 quantity", "지급 건수 handouts"]
# The summary's groups: the recipients' groups, and the students counted per class.
GROUP_LABELS: dict[str, str] = {
    "student": str(QT_TRANSLATE_NOOP("Summary", "Students")),
    "public": str(QT_TRANSLATE_NOOP("Summary", "General public")),
    "vulnerable": str(QT_TRANSLATE_NOOP("Summary", "Vulnerable residents")),
    "class": str(QT_TRANSLATE_NOOP("Summary", "Class counts")),
}


def group_label(group: str) -> str:
    """A group's name in the user's language; an unknown group keeps its code."""
    return (
        QCoreApplication.translate("Summary", GROUP_LABELS[group])
        if group in GROUP_LABELS
        else group
    )


def gather() -> SummaryData:
    per_day = [(date.fromisoformat(day), quantity) for day, quantity, _ in store.breakdown("day")]
    campaign = ", ".join(book.campaign.name for book in current_rules().books) or "-"
    last_day = per_day[-1][0] if per_day else None
    reached = progress_store.reached()
    return SummaryData(
        campaign=campaign,
        generated_at=now().replace(tzinfo=None),
        first_day=per_day[0][0] if per_day else None,
        last_day=last_day,
        targets=_targets(reached),
        per_day=per_day,
        per_station=[Count(*row) for row in store.breakdown("station")],
        per_group=[Count(group_label(label), *rest) for label, *rest in store.breakdown("group")],
        per_item=[Count(*row) for row in store.breakdown("item")],
        silent_stations=_not_heard_from(last_day),
        exceptions=[
            FlaggedHandout(datetime.fromisoformat(at).replace(tzinfo=None), *rest)
            for at, *rest in store.flagged()
        ],
        open_reviews=store.open_review_count(),
        loop=loop(reached),
    )


def _targets(reached: Reached) -> list[Target]:
    return [
        Target(
            row.target.label,
            row.target.quantity or 0,
            row.quantity,
            row.target.people or 0,
            row.people,
            row.days_left,
        )
        for row in progress(reached=reached)
    ]


def _not_heard_from(last_day: date | None) -> list[tuple[str, date | None]]:
    """At the hub: stations whose last merged day-file is older than the last handout day."""
    station = current_station()
    if station is None or station.kind != "hub" or last_day is None:
        return []
    merged = store.merged_days()
    silent: list[tuple[str, date | None]] = []
    for code, name in store.stations_to_hear_from():
        heard = merged.get(code)
        if heard is None or heard < last_day.isoformat():
            silent.append((f"{code} {name}", date.fromisoformat(heard) if heard else None))
    return silent


def write_summary(
    out: Path | str, progress: Progress | None = None, cancelled: Asked | None = None
) -> Path:
    """The summary as ``.pdf`` or ``.xlsx``, chosen by the file name."""
    out = Path(out)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError("Name the summary file .pdf or .xlsx, such as summary.pdf.")
    report(progress, 0, 0, QCoreApplication.translate("Summary", "Counting the handouts"))
    data = gather()

    def step(done: int, total: int, what: str) -> None:
        stop_if_cancelled(cancelled)
        report(progress, done, total, what)

    step(0, 0, "")
    if out.suffix.lower() == ".pdf":
        return replace_when_written(out, lambda temp: render_summary(data, temp, on_step=step))
    flagged = [
        [e.at, e.station, e.receipt_no, e.kind, e.reason, e.operator] for e in data.exceptions
    ]
    sheets = [
        writer.SheetSpec("Progress", ["목표 target", "수량 done", "목표 수량 goal",
                         "인원 people", "목표 인원 people goal", "남은 날 days left",
                         "진행률 percent"], _target_rows(data.targets)),
        writer.SheetSpec("PerDay", ["날짜 day", "수량 quantity"], data.per_day,
                         bar_chart=QCoreApplication.translate("Summary", "Quantity per day")),
        writer.SheetSpec("PerStation", ["배부처 station", *COUNTS], _rows(data.per_station)),
        writer.SheetSpec("PerGroup", ["구분 group", *COUNTS], _rows(data.per_group)),
        writer.SheetSpec("PerItem", ["물품 item", *COUNTS], _rows(data.per_item)),
        writer.SheetSpec("NotHeardFrom", ["배부처 station", "마지막 일일 파일 last day-file"],
                         data.silent_stations),
        writer.SheetSpec("Loop", ["항목 figure", "값 value"], _loop_rows(data)),
        writer.SheetSpec("OverridesVoids", ["시각 at", "배부처 station", "영수증 receipt",
                         "종류 kind", "사유 reason", "담당 operator"], flagged),
    ]  # fmt: skip
    total = len(sheets)
    stepped = [
        replace(sheet, rows=_stepped(sheet, partial(step, done, total, sheet.name)))
        for done, sheet in enumerate(sheets)
    ]
    return writer.write_workbook(out, stepped)


def _stepped(sheet: writer.SheetSpec, reached: Callable[[], None]) -> Iterator[Sequence[Any]]:
    """The sheet's rows, calling ``reached`` as the writer starts on them: the workbook is
    built before it is saved, so a cancel there leaves no file."""
    reached()
    yield from sheet.rows


def _target_rows(targets: Sequence[Target]) -> list[list[object]]:
    return [
        [t.label, t.done, t.target or None, t.people_done, t.people_target or None,
         t.days_left, int(t.share * 100)]
        for t in targets
    ]  # fmt: skip


def _loop_rows(data: SummaryData) -> list[list[object]]:
    loop = data.loop
    return [
        ["키트 배부 kits handed out", loop.kits_out],
        ["기부 완제품 마스크 finished masks returned", loop.masks_returned],
        ["회수율 percent returned", loop.returned_percent],
        ["만들기 교실 workshops", loop.workshops],
        ["신청 signed up", loop.signed_up],
        ["참석 attended", loop.attended],
    ]


def _rows(counts: Sequence[Count]) -> list[list[object]]:
    return [[count.label, count.quantity, count.handouts] for count in counts]
