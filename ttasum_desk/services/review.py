"""The coordinator's review: each item the merges set aside, told so a person can decide it,
and the decision applied.

An item reads in the words of the desk, never by UUID: card codes, receipt numbers, lot
numbers, station codes with their names in full. People's names are masked; stations' are
not. A conflict shows this database's version and the file's side by side, field by field,
marking the fields that differ; a double-dip the handouts it adds up and the rule's limit;
a person registered twice both registrations side by side.

A decision is a ``Choice`` with a reason, in one transaction, audited with the operator:
- ``OURS``: this database's version stands (any conflict).
- ``THEIRS``: a person's fields are taken from the file (a conflict over one person only).
  Handouts, class counts and batches are append-only and never replaced: a wrong one is voided
  through the desk's log. Refused for a person whose personal data was erased by the purge, so
  an older file can't bring it back.
- ``BOTH``: both stand (a double-dip's handouts, both registrations, an unsigned file).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.records import RecipientRecord, ReviewKind
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats
from ttasum_desk.services import keys
from ttasum_desk.services.review_fields import (
    CHAIN_DOES_NOT_HOLD,
    DIFFERS_FROM_HUB,
    SHEET_LABELS,
    FieldRow,
    Lookups,
    compare,
    station_label,
)
from ttasum_desk.storage import audit, merging, review
from ttasum_desk.storage.db import reading, writing
from ttasum_desk.storage.review import HandoutLine, ReviewItem


class Choice(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"
    BOTH = "both"


_CHOICE_LABELS = {
    Choice.OURS: str(QT_TRANSLATE_NOOP("Messages", "Keep this database's version")),
    Choice.THEIRS: str(QT_TRANSLATE_NOOP("Messages", "Take the file's version")),
    Choice.BOTH: str(QT_TRANSLATE_NOOP("Messages", "Keep both")),
}
_THIS_DATABASE = str(QT_TRANSLATE_NOOP("Messages", "This database"))
_THE_FILE = str(QT_TRANSLATE_NOOP("Messages", "File {file}\n{station}"))
_REGISTERED_AT = str(QT_TRANSLATE_NOOP("Messages", "{card}, registered at\n{station}"))
_NOT_HERE = str(QT_TRANSLATE_NOOP("Messages", "{card}: not in this database"))
_CONFLICT_TITLE = str(QT_TRANSLATE_NOOP("Messages", "{sheet} {subject}: {why}"))
_DIP_TITLE = str(
    QT_TRANSLATE_NOOP("Messages", "{card} {name}: {quantity} {item} where the limit is {limit}")
)
_DIP_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "The rule allows {limit} {item} ({period}); together these handouts make {quantity}. "
        "Each station alone allowed its own. Void a mistaken one in the desk's log.",
    )
)
_TWICE_TITLE = str(QT_TRANSLATE_NOOP("Messages", "{name} ({birth}) registered twice: {cards}"))
_APPEND_ONLY = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Handouts, class counts and batches are never replaced: this database's version "
        "stands. Void a wrong one in the log.",
    )
)


class ReviewGoneError(UserError):
    def __init__(self) -> None:
        super().__init__("This item is no longer open: someone decided it already.")


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    uid: str
    kind: str
    subject: Message
    stations: str
    file_name: str
    found_at: str


@dataclass(frozen=True)
class ReviewDetail:
    uid: str
    kind: str
    title: Message
    left: Message  # the heading of the left column of ``fields``
    right: Message
    fields: tuple[FieldRow, ...]
    handouts: tuple[HandoutLine, ...]  # a double-dip's, person names masked
    note: Message | None
    choices: tuple[tuple[Choice, Message], ...]


def open_rows() -> list[ReviewRow]:
    """The open items, each with a subject and the stations involved."""
    with reading():
        names = review.station_names()
        return [
            ReviewRow(
                item.uid,
                item.kind,
                _subject(item),
                _stations(item, names),
                item.file_name,
                item.created_at[:16].replace("T", " "),
            )
            for item in review.items()
        ]


def _stations(item: ReviewItem, names: dict[str, str]) -> str:
    codes = item.detail.get("stations") or ([item.station_code] if item.station_code else [])
    return ", ".join(station_label(str(code), names) for code in codes)


def _subject(item: ReviewItem) -> Message:
    detail = item.detail
    if item.kind == ReviewKind.DOUBLE_DIP:
        return say(
            "{card} {name} {item}",
            card=detail.get("card_code", ""),
            name=mask_name(str(detail.get("name", ""))),
            item=detail.get("item_code", ""),
        )
    if item.kind == ReviewKind.SAME_PERSON:
        return say(
            _TWICE_TITLE,
            name=mask_name(str(detail.get("name", ""))),
            birth=detail.get("birth") or "",
            cards=", ".join(detail.get("cards", [])),
        )
    if item.kind == ReviewKind.UNSIGNED:
        return say("{file}", file=item.file_name)
    row = item.theirs or item.ours
    sheet = item.entity
    if sheet == formats.RECIPIENTS:
        text = f"{row.get('card_code', '')} {mask_name(str(row.get('name', '')))}"
    elif sheet == formats.HANDOUTS:
        text = f"{row.get('receipt_no', '')} {row.get('card_code', '')}"
    elif sheet == formats.CLASS_COUNTS:
        text = f"{row.get('school', '')} {row.get('grade', '')}-{row.get('class', '')}"
    elif sheet == formats.BATCHES:
        text = f"{row.get('item_code', '')} {row.get('lot_no', '')}"
    else:
        text = str(row.get("station_code") or row.get("item_code") or "")
    return say("{sheet} {subject}", sheet=_sheet_label(sheet), subject=text.strip())


def _sheet_label(sheet: str) -> Message:
    """What a row of ``sheet`` is, in the user's language ("person" for Recipients)."""
    return say(str(SHEET_LABELS.get(sheet, sheet)))


def detail(uid: str) -> ReviewDetail:
    """What the panel shows for one item."""
    with reading():
        item = review.item(uid)
        if item is None:
            raise ReviewGoneError()
        if item.kind == ReviewKind.CONFLICT:
            return _conflict(item, Lookups.load([item.ours, item.theirs]))
        if item.kind == ReviewKind.SAME_PERSON:
            return _same_person(item)
        if item.kind == ReviewKind.DOUBLE_DIP:
            return _double_dip(item, review.station_names())
        return _unsigned(item, review.station_names())


def _options(*choices: Choice) -> tuple[tuple[Choice, Message], ...]:
    return tuple((choice, say(_CHOICE_LABELS[choice])) for choice in choices)


def _conflict(item: ReviewItem, lookups: Lookups) -> ReviewDetail:
    fields = compare(item.entity, item.ours, item.theirs, lookups)
    right = say(
        _THE_FILE, file=item.file_name, station=station_label(item.station_code, lookups.stations)
    )
    why = str(item.detail.get("why", ""))
    title = say(
        _CONFLICT_TITLE,
        sheet=_sheet_label(item.entity),
        subject=_subject(item).params["subject"],
        why=say(why) if why in (DIFFERS_FROM_HUB, CHAIN_DOES_NOT_HOLD) else why,
    )
    note = None if item.entity == formats.RECIPIENTS else say(_APPEND_ONLY)
    return ReviewDetail(
        item.uid, item.kind, title, say(_THIS_DATABASE), right, fields, (), note, choices(item)
    )


def _takes_theirs(item: ReviewItem) -> bool:
    """A conflict over one person (the same uid on both sides) can take the file's version."""
    uid = formats.KEY_COLUMN[formats.RECIPIENTS]
    return (
        item.kind == ReviewKind.CONFLICT
        and item.entity == formats.RECIPIENTS
        and bool(item.ours)
        and item.ours.get(uid) == item.theirs.get(uid)
    )


def _double_dip(item: ReviewItem, stations: dict[str, str]) -> ReviewDetail:
    detail = item.detail
    lines = tuple(
        HandoutLine(
            line.receipt_no,
            station_label(line.station_code, stations),
            line.handed_at,
            line.quantity,
            line.item_code,
            line.card_code,
            mask_name(line.name),
            line.live,
        )
        for line in review.handout_lines([str(uid) for uid in detail.get("handouts", [])])
    )
    params = {
        "quantity": detail.get("quantity"),
        "limit": detail.get("limit"),
        "item": detail.get("item_code"),
        "period": detail.get("period"),
    }
    title = say(
        _DIP_TITLE,
        card=detail.get("card_code"),
        name=mask_name(str(detail.get("name", ""))),
        **{k: v for k, v in params.items() if k != "period"},
    )
    return ReviewDetail(
        item.uid,
        item.kind,
        title,
        say(""),
        say(""),
        (),
        lines,
        say(_DIP_NOTE, **params),
        choices(item),
    )


def _same_person(item: ReviewItem) -> ReviewDetail:
    cards = [str(card) for card in item.detail.get("cards", [])]
    people = review.people_by_card(cards)
    stations = review.station_names()
    sides: list[dict[str, object]] = []
    headings: list[Message] = []
    for card in (cards * 2)[:2]:
        found = people.get(card)
        if found is None:
            sides.append({})
            headings.append(say(_NOT_HERE, card=card))
            continue
        person, station = found
        sides.append(dict(zip(person.columns(), person.cells(), strict=True)))
        headings.append(say(_REGISTERED_AT, card=card, station=station_label(station, stations)))
    fields = compare(formats.RECIPIENTS, sides[0], sides[1], Lookups.load(sides))
    return ReviewDetail(
        item.uid,
        item.kind,
        _subject(item),
        headings[0],
        headings[1],
        fields,
        (),
        None,
        choices(item),
    )


def _unsigned(item: ReviewItem, stations: dict[str, str]) -> ReviewDetail:
    station = station_label(item.station_code, stations)
    note = say(keys.UNSIGNED_NOTE, station=station)
    return ReviewDetail(
        item.uid,
        item.kind,
        say("{file}", file=item.file_name),
        say(""),
        say(""),
        (),
        (),
        note,
        choices(item),
    )


def resolve(uid: str, choice: Choice, reason: str, operator: str) -> None:
    """Decide one open item (one transaction): apply the choice, close the item, audit it."""
    reason = reason.strip()
    if not reason:
        raise UserError("Give a reason for the decision.")
    with writing():
        item = review.item(uid)
        if item is None or item.status != "open":
            raise ReviewGoneError()
        offered = {option for option, _ in choices(item)}
        if choice not in offered:
            raise UserError("That choice does not apply to this item.")
        if choice == Choice.THEIRS:
            _take_theirs(item)
        review.resolve(uid)
        audit.record(
            "review_resolved",
            "review_item",
            uid,
            operator,
            kind=item.kind,
            choice=str(choice),
            reason=reason,
        )


def choices(item: ReviewItem) -> tuple[tuple[Choice, Message], ...]:
    """What may be decided for ``item``, each with its label."""
    if item.kind != ReviewKind.CONFLICT:
        return _options(Choice.BOTH)
    return _options(Choice.OURS, Choice.THEIRS) if _takes_theirs(item) else _options(Choice.OURS)


def _take_theirs(item: ReviewItem) -> None:
    record = RecipientRecord.from_cells(item.theirs)
    here = review.recipient_labels([record.uid]).get(record.uid)
    if here is not None and not here[1]:
        raise UserError(
            "This person's personal data was erased after the campaign: an older file's "
            "version can't bring it back."
        )
    owner = merging.card_owner(record.card_code)
    if owner not in (None, record.uid):
        raise UserError(
            "The file's card code {card} belongs to another person here: keep this version.",
            card=record.card_code,
        )
    born = record.birth_date
    birth_date = born if isinstance(born, str) else None
    birth_year = int(born[:4]) if isinstance(born, str) else born
    review.take_recipient(
        record,
        {
            "birth_date": birth_date,
            "birth_year": birth_year,
            **search_keys(record.name),
            "updated_at": now_iso(),
        },
    )
