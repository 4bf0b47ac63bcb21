"""The history one decision reads, sorted once per call.

``next_eligible`` asks about hundreds of days against the same history, so the handouts are
split and sorted once: a period's quantity or visits then cost two bisections, not a pass over
the history for every day asked about.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from ttasum_desk.domain.rule_model import HistoryEntry, Person, Rule


class Tally:
    """Handouts sorted by day, with running sums of their quantities."""

    def __init__(self, entries: Iterable[HistoryEntry]) -> None:
        self.entries = tuple(sorted(entries, key=lambda entry: entry.day))
        self.days = [entry.day for entry in self.entries]
        self.sums = list(accumulate((entry.quantity for entry in self.entries), initial=0))

    def between(self, first: date, last: date, visits: bool = False) -> int:
        """The quantity handed out from ``first`` to ``last``, or the number of handouts."""
        low, high = bisect_left(self.days, first), bisect_right(self.days, last)
        return max(0, high - low) if visits else self.sums[max(low, high)] - self.sums[low]

    def on(self, day: date) -> bool:
        index = bisect_left(self.days, day)
        return index < len(self.days) and self.days[index] == day

    def after(self, day: date) -> list[date]:
        """The days after ``day`` that hold handouts, each once."""
        return sorted(set(self.days[bisect_right(self.days, day) :]))


@dataclass(frozen=True)
class Ledger:
    """The live handouts of a group of items: the person's own and the household's (own
    included)."""

    own: Tally
    household: Tally


class Books:
    """The history a call reads, one ledger per group of items the rules count."""

    def __init__(self, person: Person, history: Sequence[HistoryEntry]) -> None:
        self.person = person
        self.live = [entry for entry in history if not entry.voided]
        self.ledgers: dict[tuple[str, ...], Ledger] = {}

    def of(self, rule: Rule) -> Ledger:
        return self.of_items(rule.items)

    def of_items(self, items: tuple[str, ...]) -> Ledger:
        ledger = self.ledgers.get(items)
        if ledger is None:
            household = [e for e in self.live if e.item_code in items]
            own = [e for e in household if e.recipient_uid == self.person.uid]
            ledger = self.ledgers[items] = Ledger(Tally(own), Tally(household))
        return ledger
