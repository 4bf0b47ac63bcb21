"""A class count charged to the class's pupils, so that the rules see it.

A nurse who hands a whole class its masks records one number; the masks still went to the
pupils on the class list, so each class count counts against their entitlement. The shares are
derived when read, never stored: from the live class counts of the class and item (of every
station, so the hub, after merging day-files, charges exactly as the school did) and the class
list. A void of the count releases its shares.

**The charging rule.** The class's live counts of the item are charged oldest first (by the
time written, then uid). Each count goes to the pupils in class-list order (number, name,
uid), each up to what the rules still let them receive on the count's day, given their own and
their household's handouts and the shares charged before; what is left after the last pupil
is charged to nobody (only data from two stations together can exceed the class's entitlement).
So a count of two per pupil for a full class under a limit of two uses every pupil's
entitlement, and a count of 3 under that limit charges pupil 1 with 2 and pupil 2 with 1.

A share is a ``HistoryEntry`` with the count's time: the engine counts it like a handout, in
its period and as a visit. A pupil's household limit sees the shares of household members in
the same class; for anyone outside a class no shares are read (a scan at the desk stays within
its few statements), so household members elsewhere don't see a pupil's share.

**The most a count may be** is the sum of what each pupil may still receive on its day, after
every share charged so far (``count_room``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ttasum_desk.domain.clock import stored_instant
from ttasum_desk.domain.periods import DEFAULT_TIMEZONE, local_day, zone_of
from ttasum_desk.domain.rules import HistoryEntry, Person, Rule, room_on
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import class_counts
from ttasum_desk.storage import classes as roster
from ttasum_desk.storage.models import Item, Recipient

PersonOf = Callable[[Recipient], Person]


@dataclass(frozen=True)
class Pupil:
    person: Person
    history: tuple[HistoryEntry, ...]  # live handouts of the item to them and their household


@dataclass(frozen=True)
class CountRoom:
    """The most a class count may be on a day (of the campaign's zone), and how many pupils
    it is for."""

    pupils: int
    most: int
    day: date


class _Charging:
    """The rules of one item over one class's pupils, counted in the campaign's time zone."""

    def __init__(self, rules: Sequence[Rule], item_code: str, pupils: Sequence[Pupil]) -> None:
        self.rules = rules
        self.item_code = item_code
        self.pupils = pupils
        campaign = next((rule.campaign for rule in rules), None)
        self.zone = campaign.zone if campaign else zone_of(DEFAULT_TIMEZONE)
        self.shares: list[HistoryEntry] = []

    def day_of(self, handed_at: str) -> date:
        moment = stored_instant(handed_at)
        return local_day(moment, self.zone) if moment else date.fromisoformat(handed_at[:10])

    def room(self, pupil: Pupil, day: date) -> int:
        """What ``pupil`` may still receive on ``day``, the shares so far counted."""
        household = self.household_of(pupil)
        seen = [share for share in self.shares if share.recipient_uid in household]
        history = [entry.in_zone(self.zone) for entry in (*pupil.history, *seen)]
        return room_on(self.rules, pupil.person, self.item_code, day, history)

    def household_of(self, pupil: Pupil) -> set[str]:
        """The pupil and the classmates of their household."""
        home = pupil.person.household_uid
        return {pupil.person.uid} | {
            other.person.uid for other in self.pupils if home and other.person.household_uid == home
        }

    def charge(self, count: class_counts.ClassCharge) -> None:
        day, left = self.day_of(count.handed_at), count.quantity
        for pupil in self.pupils:
            if left <= 0:
                return
            share = min(left, self.room(pupil, day))
            if share > 0:
                self.shares.append(
                    HistoryEntry(
                        pupil.person.uid,
                        self.item_code,
                        share,
                        date.fromisoformat(count.handed_at[:10]),
                        at=stored_instant(count.handed_at),
                    )
                )
                left -= share


def _charged(
    school: str,
    grade: int,
    klass: int,
    item: Item,
    person_of: PersonOf,
    counts: Sequence[class_counts.ClassCharge],
) -> _Charging:
    """``counts`` of the class and item charged to its pupils, read in one query."""
    pupils = [
        Pupil(person_of(row), tuple(history))
        for row, history in roster.pupils_with_history(school, grade, klass, item.uid, item.code)
    ]
    charging = _Charging(current_rules().for_item(item.code), item.code, pupils)
    for count in counts:
        charging.charge(count)
    return charging


def shares_of(recipient: Recipient, item: Item, person_of: PersonOf) -> list[HistoryEntry]:
    """The shares of class counts charged to the recipient and their household's classmates:
    what their handout history lacks. Nothing is read for anyone outside a class, and one
    query when their class has no live count of the item."""
    school, grade, klass = recipient.school, recipient.grade, recipient.klass
    if not school or grade is None or klass is None:
        return []
    counts = class_counts.live_of_class_item(school, grade, klass, item.uid)
    if not counts:
        return []
    charging = _charged(school, grade, klass, item, person_of, counts)
    pupil = next((p for p in charging.pupils if p.person.uid == recipient.uid), None)
    household = charging.household_of(pupil) if pupil else {recipient.uid}
    return [share for share in charging.shares if share.recipient_uid in household]


def count_room(
    school: str, grade: int, klass: int, item: Item, at: datetime, person_of: PersonOf
) -> CountRoom:
    """The most a class count of the item may be at ``at``; see the module docstring."""
    counts = class_counts.live_of_class_item(school, grade, klass, item.uid)
    charging = _charged(school, grade, klass, item, person_of, counts)
    day = local_day(at, charging.zone)
    most = sum(charging.room(pupil, day) for pupil in charging.pupils)
    return CountRoom(len(charging.pupils), most, day)
