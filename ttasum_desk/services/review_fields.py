"""Two versions of one exchange row, field by field, in words a person reads.

A row's uids become what the desk shows: a person's card code with the name masked, a
receipt number, a lot number, a household's members by card code. The row's own uid is left
out (it is the same on both sides by definition); a reference this database doesn't hold reads
as such, never as its uid. Station names are shown in full, people's names masked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.exchange import formats
from ttasum_desk.services.summary import group_label
from ttasum_desk.storage import review

LABELS = {
    "card_code": QT_TRANSLATE_NOOP("Messages", "card code"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "birth date"),
    "group": QT_TRANSLATE_NOOP("Messages", "group"),
    "household_uid": QT_TRANSLATE_NOOP("Messages", "household"),
    "school": QT_TRANSLATE_NOOP("Messages", "school"),
    "grade": QT_TRANSLATE_NOOP("Messages", "grade"),
    "class": QT_TRANSLATE_NOOP("Messages", "class"),
    "number": QT_TRANSLATE_NOOP("Messages", "number in class"),
    "district": QT_TRANSLATE_NOOP("Messages", "district"),
    "phone_last4": QT_TRANSLATE_NOOP("Messages", "phone, last 4 digits"),
    "updated_at": QT_TRANSLATE_NOOP("Messages", "changed at"),
    "disability": QT_TRANSLATE_NOOP("Messages", "disability"),
    "recipient_uid": QT_TRANSLATE_NOOP("Messages", "recipient"),
    "item_code": QT_TRANSLATE_NOOP("Messages", "item"),
    "quantity": QT_TRANSLATE_NOOP("Messages", "quantity"),
    "batch_uid": QT_TRANSLATE_NOOP("Messages", "batch (lot)"),
    "station_code": QT_TRANSLATE_NOOP("Messages", "station"),
    "operator": QT_TRANSLATE_NOOP("Messages", "operator"),
    "handed_at": QT_TRANSLATE_NOOP("Messages", "time"),
    "receipt_no": QT_TRANSLATE_NOOP("Messages", "receipt number"),
    "status": QT_TRANSLATE_NOOP("Messages", "status"),
    "void_of": QT_TRANSLATE_NOOP("Messages", "voids receipt"),
    "reason": QT_TRANSLATE_NOOP("Messages", "reason"),
    "proxy_uid": QT_TRANSLATE_NOOP("Messages", "collected by (proxy)"),
    "chain_hash": QT_TRANSLATE_NOOP("Messages", "chain hash"),
    "override_reason": QT_TRANSLATE_NOOP("Messages", "override reason"),
    "lot_no": QT_TRANSLATE_NOOP("Messages", "lot"),
    "received_at": QT_TRANSLATE_NOOP("Messages", "received at"),
    "source": QT_TRANSLATE_NOOP("Messages", "source"),
    "corrects_uid": QT_TRANSLATE_NOOP("Messages", "corrects lot"),
    "kind": QT_TRANSLATE_NOOP("Messages", "kind"),
    "unit": QT_TRANSLATE_NOOP("Messages", "unit"),
    "tags": QT_TRANSLATE_NOOP("Messages", "statuses"),
    "household_label": QT_TRANSLATE_NOOP("Messages", "household key"),
}
# what a conflicting row is, by its sheet, for the review's title
SHEET_LABELS = {
    formats.RECIPIENTS: QT_TRANSLATE_NOOP("Messages", "person"),
    formats.HANDOUTS: QT_TRANSLATE_NOOP("Messages", "handout"),
    formats.BATCHES: QT_TRANSLATE_NOOP("Messages", "batch"),
    formats.CLASS_COUNTS: QT_TRANSLATE_NOOP("Messages", "class count"),
    formats.PROXIES: QT_TRANSLATE_NOOP("Messages", "proxy registration"),
    formats.ITEMS: QT_TRANSLATE_NOOP("Messages", "item"),
    formats.STATIONS: QT_TRANSLATE_NOOP("Messages", "station"),
}
# why a merge set a file's row aside for review: stored in English, shown translated
DIFFERS_FROM_HUB = str(QT_TRANSLATE_NOOP("Messages", "differs from the hub's copy"))
CHAIN_DOES_NOT_HOLD = str(QT_TRANSLATE_NOOP("Messages", "its chain hash does not hold"))
_PERSON_NAME = str(QT_TRANSLATE_NOOP("Messages", "name (masked)"))
_NAME = str(QT_TRANSLATE_NOOP("Messages", "name"))
_NOT_HERE = str(QT_TRANSLATE_NOOP("Messages", "(not in this database)"))
_NO_HOLD = str(QT_TRANSLATE_NOOP("Messages", "(its chain hash does not hold)"))
_YES, _NO = str(QT_TRANSLATE_NOOP("Messages", "yes")), str(QT_TRANSLATE_NOOP("Messages", "no"))
_VOID_OF_COUNT = str(QT_TRANSLATE_NOOP("Messages", "an earlier class count"))
_UID_COLUMNS = ("recipient_uid", "proxy_uid", "batch_uid", "corrects_uid", "void_of")


@dataclass(frozen=True)
class FieldRow:
    label: Message
    ours: Message
    theirs: Message
    differs: bool


def station_label(code: str, names: Mapping[str, str]) -> str:
    """A station's code and its name in full (never masked: a station is not a person)."""
    name = names.get(code, "")
    return f"{code} {name}".strip()


@dataclass(frozen=True)
class Lookups:
    """What this database says about the uids an item names."""

    stations: dict[str, str]
    people: dict[str, tuple[str, str]]
    receipts: dict[str, str]
    lots: dict[str, str]
    households: dict[str, list[str]]

    @classmethod
    def load(cls, rows: Sequence[Mapping[str, Any]]) -> Lookups:
        wanted = {
            column: [str(r[column]) for r in rows if r.get(column)]
            for column in (*_UID_COLUMNS, "household_uid")
        }
        return cls(
            review.station_names(),
            review.recipient_labels(wanted["recipient_uid"] + wanted["proxy_uid"]),
            review.receipt_numbers(wanted["void_of"]),
            review.lot_numbers(wanted["batch_uid"] + wanted["corrects_uid"]),
            review.household_cards(wanted["household_uid"]),
        )


def compare(
    sheet: str, ours: Mapping[str, Any], theirs: Mapping[str, Any], lookups: Lookups
) -> tuple[FieldRow, ...]:
    """Both versions of a row of ``sheet``, field by field; an empty side (a row whose chain
    hash fails has no version here) reads as such."""
    key = formats.KEY_COLUMN[sheet]
    rows = []
    for column in formats.COLUMNS[sheet]:
        if column == key or (column == "recipient_uid" and "card_code" in formats.COLUMNS[sheet]):
            continue  # the row's own uid; a handout's card code already names its recipient
        show = _formatter(sheet, column, lookups)
        label = (
            say(_PERSON_NAME if sheet == formats.RECIPIENTS else _NAME)
            if column == "name"
            else say(str(LABELS.get(column, column)))
        )
        left = show(ours.get(column)) if ours else say(_NO_HOLD)
        right = show(theirs.get(column)) if theirs else say(_NO_HOLD)
        differs = bool(ours) and bool(theirs) and ours.get(column) != theirs.get(column)
        rows.append(FieldRow(label, left, right, differs))
    return tuple(rows)


def _text(value: Any) -> Message:
    return say("{value}", value="" if value is None else value)


def _formatter(sheet: str, column: str, lookups: Lookups) -> Callable[[Any], Message]:
    if column == "name" and sheet == formats.RECIPIENTS:
        return lambda value: _text(mask_name(str(value or "")))
    if column == "station_code":
        return lambda value: _text(station_label(str(value or ""), lookups.stations))
    if column == "disability":
        return lambda value: say(_YES if value else _NO)
    if column == "group":
        return lambda value: _text(group_label(str(value)) if value else "")
    if column == "chain_hash":
        return lambda value: _text(f"{str(value)[:12]}…" if value else "")
    if column == "household_uid":
        return lambda value: _known(
            value, lambda uid: ", ".join(lookups.households[uid]), lookups.households
        )
    if column in ("recipient_uid", "proxy_uid"):
        return lambda value: _known(value, lambda uid: _person(lookups.people[uid]), lookups.people)
    if column in ("batch_uid", "corrects_uid"):
        return lambda value: _known(value, lookups.lots.__getitem__, lookups.lots)
    if column == "void_of" and sheet == formats.HANDOUTS:
        return lambda value: _known(value, lookups.receipts.__getitem__, lookups.receipts)
    if column == "void_of":
        return lambda value: say(_VOID_OF_COUNT) if value else _text("")
    return _text


def _person(label: tuple[str, str]) -> str:
    card, name = label
    return f"{card} {mask_name(name)}".strip()


def _known(value: Any, read: Callable[[str], str], known: Mapping[str, Any]) -> Message:
    if not value:
        return _text("")
    return _text(read(str(value))) if str(value) in known else say(_NOT_HERE)
