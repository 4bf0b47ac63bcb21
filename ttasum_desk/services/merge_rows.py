"""Checking and inserting day-file rows at the hub (the merge's per-row half).

What a chunk of rows needs to know of the hub (uids already there, card owners, items) is
fetched by ``prepare`` in a few set-based queries, and a merge's rows are queued and sent by
``flush`` a table at a time in one statement each: at a PostgreSQL hub one query or insert a
row would be a network round trip each.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

import peewee
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.messages import Message, say
from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    Group,
    HandoutRecord,
    Origin,
    ProxyRecord,
    RecipientRecord,
    ReviewKind,
    StationKind,
    Status,
)
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import normalized
from ttasum_desk.storage import merging as hub
from ttasum_desk.storage import record_sql, review

# why a row is rejected, in the merge report in the user's language
_NOT_WHOLE = str(QT_TRANSLATE_NOOP("Messages", "{what} is not a whole number"))
_UNKNOWN_REFERENCE = str(
    QT_TRANSLATE_NOOP("Messages", "unknown {what} {uid}: merge the file that holds it first")
)
_UNKNOWN_ITEM = str(QT_TRANSLATE_NOOP("Messages", "unknown item {code}"))
_STATION_INCOMPLETE = str(
    QT_TRANSLATE_NOOP("Messages", "a station needs a name and a kind (centre, school, hub)")
)
_ITEM_INCOMPLETE = str(QT_TRANSLATE_NOOP("Messages", "an item needs a name"))
_RECIPIENT_INCOMPLETE = str(
    QT_TRANSLATE_NOOP("Messages", "a recipient needs a name and a card code")
)
_UNKNOWN_GROUP = str(QT_TRANSLATE_NOOP("Messages", "unknown group {group}"))
_CARD_TAKEN = str(QT_TRANSLATE_NOOP("Messages", "the card code {card} belongs to another person"))
_UNKNOWN_STATUS = str(QT_TRANSLATE_NOOP("Messages", "unknown status {status}"))
_NO_RECIPIENT = str(QT_TRANSLATE_NOOP("Messages", "a handout needs a recipient"))
_NOT_A_DAY = str(QT_TRANSLATE_NOOP("Messages", "{text} is not a date. Write it as 2020-03-05."))
_NOT_A_MOMENT = str(
    QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a date. Write it as 2020-03-05 or 2020-03-05T09:30."
    )
)
_OTHER_STATION = str(
    QT_TRANSLATE_NOOP("Messages", "station_code {code} is not the file's station {station}")
)
# the sheets whose rows a station writes itself: a day-file holds only its own
OWN_ROWS_SHEETS = (formats.HANDOUTS, formats.CLASS_COUNTS, formats.BATCHES)
# queued rows go in table by table in this order, each after the rows it refers to
_FLUSH_ORDER = ("household", "batch", "recipient", "handout", "class_count", "proxy_registration")


class RowProblem(ValueError):
    """Why a row can't go in; with ``conflict_with`` it clashes with a row the hub holds."""

    def __init__(self, reason: Message, conflict_with: dict[str, Any] | None = None) -> None:
        super().__init__(reason.english)
        self.reason = reason
        self.conflict_with = conflict_with


def hub_rows(sheet: str, keys: Collection[str]) -> dict[str, dict[str, Any]]:
    """The rows the hub holds for these keys (uids, or codes of Items and Stations), in the
    form a file gives them."""
    if sheet in formats.RECORDS:
        found: Mapping[str, Any] = record_sql.by_uid(formats.RECORDS[sheet], keys)
        return {key: normalized(sheet, record.cells()) for key, record in found.items()}
    references = hub.existing_references(sheet, keys)
    return {key: normalized(sheet, values) for key, values in references.items()}


def other_station_rows(
    sheets: Mapping[str, list[dict[str, Any]]], station: str
) -> tuple[dict[tuple[str, str], Message], list[Message]]:
    """Rows of Handouts, ClassCounts and Batches that carry another station_code than the
    file's Meta: (sheet, key) -> why the row is rejected, and one problem per such sheet (the
    file was altered, since a station exports only its own records)."""
    rejected: dict[tuple[str, str], Message] = {}
    problems: list[Message] = []
    for sheet in OWN_ROWS_SHEETS:
        key_column = formats.KEY_COLUMN[sheet]
        others = [row for row in sheets.get(sheet, []) if row["station_code"] != station]
        for row in others:
            reason = say(_OTHER_STATION, code=row["station_code"], station=station)
            rejected[(sheet, str(row[key_column] or ""))] = reason
        if others:
            problems.append(
                say(
                    str(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "sheet {sheet} has rows of station {codes}, but Meta says {station}",
                        )
                    ),
                    sheet=sheet,
                    codes=", ".join(sorted({str(row["station_code"]) for row in others})),
                    station=station,
                )
            )
    return rejected, problems


@dataclass(frozen=True)
class Queued:
    """A row waiting for ``flush``: its INSERT, and the file's row it comes from (None for a
    household a recipient names), with its row number in the sheet."""

    table: str
    sql: str
    values: list[Any]
    sheet: str = ""
    row: dict[str, Any] | None = None
    number: int = 0


@dataclass(frozen=True)
class Refused:
    """A queued row the database refused at ``flush``: it is not in the hub."""

    sheet: str
    row: dict[str, Any]
    number: int
    why: str  # in the database's own words


@dataclass(frozen=True)
class _Newcomer:
    """A recipient inserted by this file, to be compared with the hub's people of its name."""

    uid: str
    name: str
    card: str
    born: Any
    name_key: str
    birth: str | None


def _whole(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise RowProblem(say(_NOT_WHOLE, what=what))
    return value


def _optional_whole(value: Any, what: str) -> int | None:
    return None if value is None else _whole(value, what)


class RowInserter:
    """Knows what the hub holds for the rows at hand (``prepare``) and inserts rows: at once,
    or, ``batched``, queued until ``flush`` (which the caller then calls after each chunk)."""

    def __init__(self, station_code: str, file_name: str, at: str, *, batched: bool = False):
        self.station_code, self.file_name, self.at = station_code, file_name, at
        self.batched = batched
        self.origin = Origin.MERGE  # what inserted handouts are marked as
        self.items: dict[str, str] = {}
        self.known: dict[str, set[str]] = {"recipient": set(), "batch": set(), "handout": set()}
        self.known["class_count"] = set()
        self.cards: dict[str, str] = {}  # card code -> its holder, of the cards the rows name
        self.queue: list[Queued] = []
        self.refused: list[Refused] = []
        self.newcomers: list[_Newcomer] = []

    def prepare(self, sheet: str, rows: list[dict[str, Any]]) -> None:
        self.items = hub.item_uids()
        wanted: dict[str, set[str]] = {table: set() for table in self.known}
        for row in rows:
            if sheet == formats.BATCHES:
                wanted["batch"].add(row["corrects_uid"])
            elif sheet == formats.HANDOUTS:
                wanted["recipient"] |= {row["recipient_uid"], row["proxy_uid"]}
                wanted["batch"].add(row["batch_uid"])
                wanted["handout"].add(row["void_of"])
            elif sheet == formats.CLASS_COUNTS:
                wanted["batch"].add(row["batch_uid"])
                wanted["class_count"].add(row["void_of"])
            elif sheet == formats.PROXIES:
                wanted["recipient"] |= {row["recipient_uid"], row["proxy_uid"]}
        for table, uids in wanted.items():
            uids = {str(uid) for uid in uids if uid}
            if uids:
                self.known[table] |= hub.present(table, uids)
        if sheet == formats.RECIPIENTS:
            self.cards.update(hub.card_owners({str(row["card_code"]) for row in rows}))

    def _queue(self, entry: Queued) -> None:
        self.queue.append(entry)
        if not self.batched:
            for refused in self.flush():
                raise peewee.IntegrityError(refused.why)

    def flush(self) -> list[Refused]:
        """Insert the queued rows, a table at a time, then flag the people registered twice
        among the recipients inserted; the rows the database refused since the last flush
        (the rest are in)."""
        self._send()
        refused, self.refused = self.refused, []
        return refused

    def _send(self) -> None:
        refused: list[Refused] = []
        queue, self.queue = sorted(self.queue, key=lambda q: _FLUSH_ORDER.index(q.table)), []
        for sql, entries in groupby(queue, key=lambda q: q.sql):
            run = list(entries)
            for index, why in hub.insert_rows(sql, [q.values for q in run]):
                entry = run[index]
                if entry.row is not None:
                    refused.append(Refused(entry.sheet, entry.row, entry.number, why))
        for gone in refused:
            table = record_sql.TABLES[formats.RECORDS[gone.sheet]].table
            self.known.get(table, set()).discard(str(gone.row[formats.KEY_COLUMN[gone.sheet]]))
        dropped = {str(g.row["recipient_uid"]) for g in refused if g.sheet == formats.RECIPIENTS}
        if dropped:  # a snapshot import flushes every row: never walk the cards for nothing
            self.cards = {card: uid for card, uid in self.cards.items() if uid not in dropped}
        newcomers, self.newcomers = [n for n in self.newcomers if n.uid not in dropped], []
        self._flag_same_people(newcomers)
        self.refused += refused

    def _flag_same_people(self, newcomers: list[_Newcomer]) -> None:
        """A review of each pair of a newcomer and another recipient of the same name and
        birth: the hub's people, and the newcomers inserted before it (so a pair within the
        file is flagged once, by the later of the two)."""
        people = {(n.name_key, n.birth) for n in newcomers if n.birth}
        if not people:
            return
        found: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for name_key, birth, uid, station, card in hub.namesakes(people):
            found.setdefault((name_key, birth), []).append((uid, station, card))
        order = {newcomer.uid: index for index, newcomer in enumerate(newcomers)}
        for index, newcomer in enumerate(newcomers):
            for other, other_station, other_card in found.get(
                (newcomer.name_key, newcomer.birth or ""), []
            ):
                if other == newcomer.uid or order.get(other, -1) > index:
                    continue
                pair = "|".join(sorted([newcomer.uid, other]))
                review.add(
                    ReviewKind.SAME_PERSON, formats.RECIPIENTS, pair,
                    finger=review.fingerprint(ReviewKind.SAME_PERSON, formats.RECIPIENTS, pair),
                    detail={
                        "name": newcomer.name, "birth": newcomer.born,
                        "cards": sorted([newcomer.card, other_card]),
                        "stations": sorted([self.station_code, other_station]),
                    },
                    file_name=self.file_name, station_code=self.station_code, at=self.at,
                )  # fmt: skip

    def _need(self, table: str, uid: Any, what: str) -> Any:
        if uid and uid not in self.known[table]:
            raise RowProblem(say(_UNKNOWN_REFERENCE, what=what, uid=uid))
        return uid or None

    def _item(self, code: Any) -> str:
        uid = self.items.get(str(code))
        if uid is None:
            raise RowProblem(say(_UNKNOWN_ITEM, code=code))
        return uid

    def insert(self, sheet: str, row: dict[str, Any], number: int = 0) -> None:
        """Check the row and insert it (``number``: its row in the sheet, for ``flush``)."""
        getattr(self, "_" + sheet.lower())(row, number)

    def _insert(
        self, sheet: str, row: dict[str, Any], number: int, record: Any, **local: Any
    ) -> None:
        sql, values = record_sql.insert_statement(record, **local)
        table = record_sql.TABLES[type(record)].table
        self._queue(Queued(table, sql, values, sheet, row, number))

    def _stations(self, row: dict[str, Any], number: int) -> None:
        if row["kind"] not in tuple(StationKind) or not row["name"]:
            raise RowProblem(say(_STATION_INCOMPLETE))
        uid = str(row["station_uid"] or "")
        if not uid or hub.present("station", [uid]):
            uid = new_uid()
        hub.insert_station(uid, str(row["station_code"]), str(row["name"]), row["kind"], self.at)

    def _items(self, row: dict[str, Any], number: int) -> None:
        if not row["name"]:
            raise RowProblem(say(_ITEM_INCOMPLETE))
        uid = str(row["item_uid"] or "")
        if not uid or hub.present("item", [uid]):
            uid = new_uid()
        hub.insert_item(uid, str(row["item_code"]), str(row["name"]), str(row["unit"]), self.at)
        self.items[str(row["item_code"])] = uid

    def _batches(self, row: dict[str, Any], number: int) -> None:
        item_uid = self._item(row["item_code"])
        _whole(row["quantity"], "the quantity")
        self._need("batch", row["corrects_uid"], "batch")
        record = BatchRecord.from_cells(row)
        self._insert(formats.BATCHES, row, number, record, item_uid=item_uid, created_at=self.at)
        self.known["batch"].add(record.uid)

    def _recipients(self, row: dict[str, Any], number: int) -> None:
        uid, card, name = str(row["recipient_uid"]), str(row["card_code"]), str(row["name"])
        if not name.strip() or not card.strip():
            raise RowProblem(say(_RECIPIENT_INCOMPLETE))
        if row["group"] not in tuple(Group):
            raise RowProblem(say(_UNKNOWN_GROUP, group=row["group"]))
        if card in self.cards:
            self._send()  # its holder may be a row of this file still queued, or refused
        owner = self.cards.get(card)
        if owner is not None:
            raise RowProblem(
                say(_CARD_TAKEN, card=card), hub_rows(formats.RECIPIENTS, [owner])[owner]
            )
        born = row["birth_date"]
        birth_date = born if isinstance(born, str) else None
        birth_year = int(born[:4]) if isinstance(born, str) else _optional_whole(born, "birth")
        for column, what in (("grade", "grade"), ("class", "class"), ("number", "number")):
            _optional_whole(row[column], what)
        phone = row["phone_last4"]
        record = RecipientRecord.from_cells(
            {**row, "phone_last4": None if phone is None else str(phone)}
        )
        if record.household_uid:
            values = [record.household_uid, record.household_label, self.at]
            self.queue.append(Queued("household", hub.ENSURE_HOUSEHOLD, values))
        keys = search_keys(name)
        self._insert(
            formats.RECIPIENTS, row, number, record, birth_date=birth_date,
            birth_year=birth_year, **keys, notes="", source=Origin.MERGE,
            station_code=self.station_code, created_at=record.updated_at,
        )  # fmt: skip
        self.known["recipient"].add(uid)
        self.cards[card] = uid
        birth = hub.birth_key(birth_date, birth_year)
        self.newcomers.append(_Newcomer(uid, name, card, born, keys["name_key"], birth))
        if not self.batched:
            self._send()  # the reviews of people registered twice

    def _status(self, row: dict[str, Any]) -> None:
        if row["status"] not in tuple(Status):
            raise RowProblem(say(_UNKNOWN_STATUS, status=row["status"]))

    def _handouts(self, row: dict[str, Any], number: int) -> None:
        self._status(row)
        if not self._need("recipient", row["recipient_uid"], "recipient"):
            raise RowProblem(say(_NO_RECIPIENT))
        item_uid = self._item(row["item_code"])
        _whole(row["quantity"], "the quantity")
        self._need("batch", row["batch_uid"], "batch")
        self._need("handout", row["void_of"], "handout")
        self._need("recipient", row["proxy_uid"], "proxy")
        record = HandoutRecord.from_cells(row)
        self._insert(
            formats.HANDOUTS,
            row,
            number,
            record,
            item_uid=item_uid,
            origin=self.origin,
            created_at=self.at,
        )
        self.known["handout"].add(record.uid)

    def _classcounts(self, row: dict[str, Any], number: int) -> None:
        self._status(row)
        _whole(row["grade"], "the grade")
        _whole(row["class"], "the class")
        item_uid = self._item(row["item_code"])
        self._need("batch", row["batch_uid"], "batch")
        _whole(row["quantity"], "the quantity")
        self._need("class_count", row["void_of"], "class count")
        record = ClassCountRecord.from_cells(row)
        sheet = formats.CLASS_COUNTS
        self._insert(sheet, row, number, record, item_uid=item_uid, created_at=self.at)
        self.known["class_count"].add(record.uid)

    def _registration(self, row: dict[str, Any]) -> ProxyRecord:
        """A Proxies row as a valid registration: both people known, dates that read."""
        record = ProxyRecord.from_cells(row)
        for uid, what in ((record.recipient_uid, "recipient"), (record.proxy_uid, "proxy")):
            if uid not in self.known["recipient"]:
                raise RowProblem(say(_UNKNOWN_REFERENCE, what=what, uid=uid or "''"))
        try:
            if record.until is not None:
                date.fromisoformat(str(record.until))
        except ValueError:
            raise RowProblem(say(_NOT_A_DAY, text=record.until)) from None
        try:
            record.precedence()
        except ValueError:
            raise RowProblem(say(_NOT_A_MOMENT, text=record.updated_at)) from None
        return record

    def _proxies(self, row: dict[str, Any], number: int) -> None:
        self._insert(formats.PROXIES, row, number, self._registration(row), created_at=self.at)

    def take_if_later(self, row: dict[str, Any], held: dict[str, Any]) -> bool:
        """Replace the registration held with a Proxies row that is a later change of it
        (``ProxyRecord.precedence``); whether it did. An earlier change leaves it as it is."""
        record = self._registration(row)
        if record.precedence() <= ProxyRecord.from_cells(held).precedence():
            return False
        self._send()  # the registration held may be a row of this file still queued
        record_sql.replace(record)
        return True
