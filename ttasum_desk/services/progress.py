"""Progress against the campaign's targets (domain.targets): what was handed out, to how many
people, the share of the goal and the days left. Read by the dashboard and the summary report;
``dashboard()`` adds the totals the Coordinator tab shows beside them, and ``loop()`` the kits
handed out against the finished masks donated back (domain.loop)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ttasum_desk.domain.clock import now
from ttasum_desk.domain.loop import LoopFigures
from ttasum_desk.domain.targets import Target, share_done
from ttasum_desk.services.rules import current_rules
from ttasum_desk.services.workshops import guide_items
from ttasum_desk.storage import donations, summary, workshops
from ttasum_desk.storage import progress as store

TREND_DAYS = 7


@dataclass(frozen=True)
class TargetProgress:
    target: Target
    quantity: int  # handed out so far, also after the target's day (then it is overdue)
    people: int  # different registered recipients reached
    days_left: int | None  # None: the target has no day; negative: overdue

    @property
    def share(self) -> float:
        return share_done((self.quantity, self.target.quantity), (self.people, self.target.people))

    @property
    def percent(self) -> int:
        return int(self.share * 100)


Reached = dict[tuple[str, str], tuple[int, int]]  # storage.progress.reached()


def progress(today: date | None = None, reached: Reached | None = None) -> list[TargetProgress]:
    """Every target of the current rules with its progress, from one grouped query (or the
    ``reached`` a caller already read). A person is in one group, so the people of several
    groups add up."""
    today = today or now().date()
    reached = store.reached() if reached is None else reached
    rows = []
    for book in current_rules().books:
        for target in book.targets:
            counted = [
                figures
                for (item, group), figures in reached.items()
                if item == target.item and target.group in (None, group)
            ]
            quantity, people = (sum(column) for column in zip((0, 0), *counted, strict=True))
            days_left = (target.by - today).days if target.by else None
            rows.append(TargetProgress(target, quantity, people, days_left))
    return rows


@dataclass(frozen=True)
class DayTotal:
    day: date
    quantity: int
    trend: float  # the mean over this day and the TREND_DAYS - 1 days before it


@dataclass(frozen=True)
class Dashboard:
    targets: list[TargetProgress]
    per_day: list[DayTotal]
    per_station: list[tuple[str, int, int]]  # (label, quantity, handouts)
    per_group: list[tuple[str, int, int]]
    per_item: list[tuple[str, int, int]]
    last_heard: list[tuple[str, date | None]]  # station, last day-file merged (None: never)
    open_reviews: int
    loop: LoopFigures


def dashboard() -> Dashboard:
    """Everything the Coordinator tab's dashboard shows, from grouped queries."""
    totals = store.totals()
    reached = store.reached()
    return Dashboard(
        targets=progress(reached=reached),
        per_day=_with_trend(
            [(date.fromisoformat(day), quantity) for day, quantity, _ in totals["day"]]
        ),
        per_station=totals["station"],
        per_group=totals["group"],
        per_item=totals["item"],
        last_heard=_last_heard(),
        open_reviews=summary.open_review_count(),
        loop=loop(reached),
    )


def loop(reached: Reached | None = None) -> LoopFigures:
    """Kits handed out against finished masks donated back, and the workshops held."""
    reached = store.reached() if reached is None else reached
    kits = guide_items()
    return LoopFigures(
        sum(quantity for (item, _), (quantity, _) in reached.items() if item in kits),
        donations.returned_total(),
        *workshops.totals(),
    )


def _with_trend(per_day: list[tuple[date, int]]) -> list[DayTotal]:
    """Each day with the mean of the TREND_DAYS calendar days ending on it (no handouts: 0)."""
    by_day = dict(per_day)
    rows = []
    for day, quantity in per_day:
        window = [
            by_day.get(date.fromordinal(day.toordinal() - back), 0) for back in range(TREND_DAYS)
        ]
        rows.append(DayTotal(day, quantity, sum(window) / TREND_DAYS))
    return rows


def _last_heard() -> list[tuple[str, date | None]]:
    """Every centre and school with the last day of a day-file merged here, oldest first."""
    merged = summary.merged_days()
    rows = [
        (f"{code} {name}", date.fromisoformat(merged[code]) if code in merged else None)
        for code, name in summary.stations_to_hear_from()
    ]
    return sorted(rows, key=lambda row: (row[1] is not None, row[1] or date.min, row[0]))
