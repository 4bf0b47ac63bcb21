"""Serving a school class: the class list, ticks (one handout per student), class counts, undo.

**Ticks** record one ordinary handout per ticked student through ``handouts.record``, so every
student's rules are checked. It is per student: a student the rules refuse keeps their refusal
on the row and the others are recorded. Stock is all-or-nothing: when the ticked students
together need more than the item's stock, nothing is written and the serve is refused.

**A class count** is one number for a class (a nurse hands the whole class its masks): its own
kind of record, drawn from a batch first-in-first-out (or a named lot) and counted in stock
and in reports. It is decided by the same rules as a handout: it may be at most what the
class's pupils may still receive that day, and it is charged to them (``class_shares``), so a
pupil served by the count is refused afterwards where their entitlement is used up. A class
with no pupils on the roster can't get one.

**Undo** is a void, allowed on the day of the record only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import ClassCountRecord, Status
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.printing.class_sheet import ClassSheetData, SheetRow, render_class_sheet
from ttasum_desk.services import handouts
from ttasum_desk.services.batches import find_item, station_code
from ttasum_desk.services.class_shares import CountRoom, count_room
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import audit, recipients, stock
from ttasum_desk.storage import class_counts as counts
from ttasum_desk.storage import classes as roster
from ttasum_desk.storage import handouts as handout_store
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Item


class ClassServeError(UserError):
    """A class serve, count or undo that can't be done as asked; nothing was written."""


class CountAboveEntitlement(ClassServeError):
    """A class count above what the class's pupils may still receive: refused by the rules."""

    exit_code = 3


@dataclass(frozen=True)
class ClassKey:
    school: str
    grade: int
    klass: int


@dataclass(frozen=True)
class ClassList:
    key: ClassKey
    item_code: str
    day: date
    members: list[roster.ClassMember]
    counts: list[counts.LiveCount]  # the class's class counts of the day
    room: CountRoom  # the most a class count may be now


@dataclass(frozen=True)
class TickOutcome:
    recipient_uid: str
    handout_uid: str | None  # None: refused
    receipt_no: str
    quantity: int
    refusal: str  # translated, empty when recorded


@dataclass(frozen=True)
class CountRecorded:
    uid: str
    batch_uid: str | None
    quantity: int
    handed_at: str


def schools() -> list[str]:
    return roster.schools()


def grades(school: str) -> list[int]:
    return roster.grades(school)


def class_numbers(school: str, grade: int) -> list[int]:
    return roster.classes(school, grade)


def class_of(recipient_uid: str) -> ClassKey | None:
    found = roster.class_of(recipient_uid)
    return ClassKey(*found) if found else None


def student_by_card(card_code: str) -> tuple[str, ClassKey] | None:
    """A scanned card: the student's uid and class, or None when it's no student's card."""
    found = recipients.by_card(card_code.strip()) or recipients.by_card(card_code.strip().upper())
    key = class_of(found.uid) if found else None
    return (found.uid, key) if found and key else None


def class_list(key: ClassKey, item_code: str, day: date | None = None) -> ClassList:
    """The class's students with what each received of the item, and the day's class counts."""
    item = find_item(item_code)
    day = day or now().date()
    station = station_code()
    members = roster.members(key.school, key.grade, key.klass, item.uid, day, station)
    live = counts.live_for_class(station, key.school, key.grade, key.klass, day, day)
    room = count_room(key.school, key.grade, key.klass, item, now(), handouts.person_of)
    return ClassList(
        key, item.code, day, members, [c for c in live if c.item_uid == item.uid], room
    )


def class_sheet(key: ClassKey, item_code: str, day: date | None = None) -> ClassSheetData:
    """The sign-off sheet's data: the class list with the day's quantities (blank: none yet),
    the lots drawn from that day (or the lot first in line when nothing was handed out yet)."""
    listed = class_list(key, item_code, day)
    item = find_item(item_code)
    station = current_station()
    drawn = [c.lot_no for c in listed.counts if c.lot_no]
    handout_uids = [uid for m in listed.members for uid in m.handout_uids_on_day]
    drawn += [row.lot_no for uid in handout_uids if (row := handout_store.get(uid)) and row.lot_no]
    if not drawn:
        drawn = [b.lot_no for b in stock.on_hand_by_batch(item.uid) if b.on_hand > 0][:1]
    return ClassSheetData(
        station=f"{station.code} {station.name}" if station else "",
        school=key.school,
        grade=key.grade,
        klass=key.klass,
        day=listed.day,
        item_name=item.name,
        unit=item.unit,
        lot_no=", ".join(sorted(set(drawn))),
        rows=[SheetRow(m.number, m.name, m.received_on_day or None) for m in listed.members],
        class_counts=[c.quantity for c in listed.counts],
    )


def print_class_sheet(key: ClassKey, item_code: str, out: Path, day: date | None = None) -> Path:
    render_class_sheet(class_sheet(key, item_code, day), out)
    return out


def _check_quantity(quantity: int) -> None:
    if isinstance(quantity, bool) or quantity < 1:
        raise ClassServeError(
            "The quantity must be a whole number of 1 or more, not {quantity}.", quantity=quantity
        )


def serve_ticked(
    recipient_uids: list[str],
    item_code: str,
    quantity: int,
    operator: str,
    at: datetime | None = None,
    lot_uid: str | None = None,
) -> list[TickOutcome]:
    """One handout per ticked student (see the module docstring); one outcome per student."""
    _check_quantity(quantity)
    if not recipient_uids:
        raise ClassServeError("Tick the students who received, then record.")
    if not operator.strip():
        raise ClassServeError("Say who is handing out: give the operator's name.")
    item = find_item(item_code)
    outcomes = []
    with writing():
        needed = quantity * len(recipient_uids)
        if item.track_stock and stock.on_hand_by_batch(item.uid):
            on_hand = stock.on_hand(item.uid)
            if on_hand < needed:
                raise ClassServeError(
                    "{students} students need {needed} {unit} of {item}, but only {on_hand} are "
                    "in stock. Receive a batch first, or tick fewer students.",
                    students=len(recipient_uids),
                    needed=needed,
                    unit=item.unit,
                    item=item.name,
                    on_hand=on_hand,
                )
        for uid in recipient_uids:
            request = handouts.HandoutRequest(
                recipient=uid,
                item_code=item.code,
                quantity=quantity,
                at=at,
                operator=operator,
                lot_uid=lot_uid,
            )
            try:
                recorded = handouts.record(request)
            except stock.OutOfStock:
                raise  # the whole serve is refused: nothing is written
            except handouts.RefusedByRule as refusal:
                outcomes.append(TickOutcome(uid, None, "", 0, refusal.translated()))
                continue
            except UserError as trouble:
                outcomes.append(TickOutcome(uid, None, "", 0, message(trouble)))
                continue
            outcomes.append(
                TickOutcome(uid, recorded.handout_uid, recorded.receipt_no, recorded.quantity, "")
            )
    return outcomes


def serve_count(
    key: ClassKey,
    item_code: str,
    quantity: int,
    operator: str,
    at: datetime | None = None,
    lot_uid: str | None = None,
) -> CountRecorded:
    """Record a class count: one number for the class, from one batch, at most what its
    pupils may still receive (see the module docstring)."""
    _check_quantity(quantity)
    if not key.school.strip() or key.grade < 1 or key.klass < 1:
        raise ClassServeError(
            "A class count needs the school, a grade of 1 or more and a class of 1 or more."
        )
    if not operator.strip():
        raise ClassServeError("Say who is handing out: give the operator's name.")
    item = find_item(item_code)
    moment = at or now()
    handed_at = moment.isoformat(timespec="seconds")
    with writing():
        _check_room(key, item, moment, quantity)
        station = station_code()
        batch_uid = stock.pick_batch(item.uid, quantity, lot_uid) if item.track_stock else None
        uid = _append_count(
            item.uid, uid=new_uid(), station_code=station, school=key.school, grade=key.grade,
            klass=key.klass, item_code=item.code, batch_uid=batch_uid, quantity=quantity,
            operator=operator.strip(), handed_at=handed_at, status=Status.OK,
        )  # fmt: skip
        audit.record(
            "class_count", "class_count", uid, operator.strip(), school=key.school,
            grade=key.grade, klass=key.klass, item=item.code, quantity=quantity,
            batch_uid=batch_uid, handed_at=handed_at,
        )  # fmt: skip
    return CountRecorded(uid, batch_uid, quantity, handed_at)


def _check_room(key: ClassKey, item: Item, moment: datetime, quantity: int) -> None:
    room = count_room(key.school, key.grade, key.klass, item, moment, handouts.person_of)
    if room.pupils == 0:
        raise ClassServeError(
            "Grade {grade} class {klass} has no pupils on the class list, and a class count is "
            "charged to the class's pupils. Import the class list first, then record the count "
            "or tick the pupils who received.",
            grade=key.grade,
            klass=key.klass,
        )
    if quantity > room.most:
        raise CountAboveEntitlement(
            "A class count for grade {grade} class {klass} may be at most {most} {unit} of "
            "{item}: what its {pupils} pupils may still receive under the rules on {day}. "
            "{quantity} is more; record {most} or fewer.",
            grade=key.grade,
            klass=key.klass,
            most=room.most,
            unit=item.unit,
            item=item.name,
            pupils=room.pupils,
            day=room.day.isoformat(),
            quantity=quantity,
        )


def _append_count(item_uid: str, **fields: Any) -> str:
    """Chain and insert one class count (or void) of this station; returns its uid."""
    unchained = ClassCountRecord.from_fields(fields)
    previous = counts.chain_head(unchained.station_code)
    record = dataclasses.replace(unchained, chain_hash=unchained.chain_hash_after(previous))
    counts.insert(record, item_uid)
    return record.uid


def _same_day(handed_at: str) -> None:
    if handed_at[:10] != now().date().isoformat():
        raise ClassServeError(
            "Only today's records can be undone here; this one is from {day}. "
            "Void it from the day's log with a reason.",
            day=handed_at[:10],
        )


def undo_tick(handout_uid: str, operator: str, reason: str = "Undone on the class list") -> str:
    """Void a student's handout of today (through the handout service); returns the void uid."""
    row = handout_store.get(handout_uid)
    if row is None:
        raise ClassServeError("There is no handout {uid} to undo.", uid=handout_uid)
    _same_day(row.handed_at)
    return handouts.void(handout_uid, reason, operator)


def undo_count(count_uid: str, operator: str, reason: str = "Undone on the class list") -> str:
    """Void a class count of today; returns the void's uid."""
    if not operator.strip():
        raise ClassServeError("Say who is handing out: give the operator's name.")
    with writing():
        original = counts.get(count_uid)
        if original is None or original.status != Status.OK:
            raise ClassServeError("There is no class count {uid} to undo.", uid=count_uid)
        if counts.is_voided(count_uid):
            raise ClassServeError("That class count is already undone.")
        _same_day(original.handed_at)
        uid = _append_count(
            original.item_uid, uid=new_uid(), station_code=original.station_code,
            school=original.school, grade=original.grade, klass=original.klass,
            item_code=original.item_code, batch_uid=original.batch_uid,
            quantity=-original.quantity, operator=operator.strip(), handed_at=now_iso(),
            status=Status.VOID, void_of=count_uid, reason=reason,
        )  # fmt: skip
        audit.record(
            "class_count_void", "class_count", uid, operator.strip(), void_of=count_uid,
            quantity=original.quantity, reason=reason,
        )  # fmt: skip
    return uid
