"""Each travelling record's table: its SELECT and its INSERT follow from the record's fields.

Every field is a column of the record's table by the same name, except the few each table
lists in ``computed`` with the SQL that reads them (an item code through the item table, a
birth date that may be the year alone, a household's label). Those are not stored as they
read: the caller of ``insert`` gives their stored form as local columns, with what only the
database keeps (origin, created_at, search keys). So a field added to a record, with the
migration that adds its column, is read, exported, merged and inserted without another line
here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    HandoutRecord,
    ProxyRecord,
    RecipientRecord,
)
from ttasum_desk.storage import bulk
from ttasum_desk.storage.db import db, execute_direct

Record = HandoutRecord | ClassCountRecord | BatchRecord | RecipientRecord | ProxyRecord
R = TypeVar("R", HandoutRecord, ClassCountRecord, BatchRecord, RecipientRecord, ProxyRecord)


@dataclass(frozen=True)
class RecordTable:
    table: str
    alias: str
    joins: str = ""
    computed: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def expression(self, name: str) -> str:
        return self.computed.get(name) or f'{self.alias}."{name}"'


_ITEM_JOIN = "JOIN item i ON i.uid = {alias}.item_uid"
TABLES: dict[type[Any], RecordTable] = {
    HandoutRecord: RecordTable(
        "handout",
        "h",
        "JOIN recipient r ON r.uid = h.recipient_uid " + _ITEM_JOIN.format(alias="h"),
        {"card_code": "r.card_code", "item_code": "i.code"},
    ),
    ClassCountRecord: RecordTable(
        "class_count", "k", _ITEM_JOIN.format(alias="k"), {"item_code": "i.code"}
    ),
    BatchRecord: RecordTable("batch", "b", _ITEM_JOIN.format(alias="b"), {"item_code": "i.code"}),
    RecipientRecord: RecordTable(  # the year alone as text: a column has one type everywhere
        "recipient",
        "p",
        "LEFT JOIN household hh ON hh.uid = p.household_uid",
        {
            "birth_date": "COALESCE(p.birth_date, CAST(p.birth_year AS TEXT))",
            "household_label": "hh.label",
        },
    ),
    ProxyRecord: RecordTable("proxy_registration", "g"),
}
_BIRTH = [f.name for f in dataclasses.fields(RecipientRecord)].index("birth_date")


def select_sql(kind: type[Any]) -> str:
    """``SELECT <the record's fields> FROM <its table and joins>``; add WHERE and ORDER BY."""
    table = TABLES[kind]
    fields = ", ".join(table.expression(f.name) for f in dataclasses.fields(kind))
    return f"SELECT {fields} FROM {table.table} {table.alias} {table.joins}"


def read(kind: type[R], where: str = "", params: Sequence[Any] = (), order: str = "") -> list[R]:
    """The records the WHERE clause selects (columns by table alias), in ``order``."""
    sql = select_sql(kind) + (f" WHERE {where}" if where else "")
    sql += f" ORDER BY {order}" if order else ""
    rows = db.execute_sql(sql, params).fetchall()
    if kind is RecipientRecord:
        rows = [_year_as_number(row) for row in rows]
    return [kind.from_values(row) for row in rows]


def _year_as_number(row: Sequence[Any]) -> Sequence[Any]:
    """A birth known by its year alone reads as the number it is (a full date is ISO text)."""
    year = row[_BIRTH]
    if not (isinstance(year, str) and len(year) == 4):
        return row
    return (*row[:_BIRTH], int(year), *row[_BIRTH + 1 :])


def by_uid(kind: type[R], uids: Iterable[str]) -> dict[str, R]:
    """The records with these uids, keyed by uid (in chunks, under SQLite's variable limit)."""
    alias = TABLES[kind].alias
    ordered = sorted(set(uids))
    found: dict[str, R] = {}
    for start in range(0, len(ordered), 500):
        part = ordered[start : start + 500]
        marks = ", ".join("?" for _ in part)
        found.update((str(r.uid), r) for r in read(kind, f"{alias}.uid IN ({marks})", part))
    return found


def _stored(record: Record) -> dict[str, Any]:
    """The record's plain fields, as its table stores them."""
    computed = TABLES[type(record)].computed
    return {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name not in computed
    }


def insert(record: Record, **local: Any) -> None:
    """One row of the record's table, inside the caller's write transaction: its plain fields,
    and ``local`` for the stored form of its computed fields and the local-only columns."""
    execute_direct(*insert_statement(record, **local))


def insert_statement(record: Record, **local: Any) -> tuple[str, list[Any]]:
    """The INSERT of ``insert`` and its values, for a caller that sends many rows at once."""
    values = {**_stored(record), **local}
    return bulk.insert_sql(TABLES[type(record)].table, values), list(values.values())


def insert_many(records: Sequence[Record], local: Sequence[Mapping[str, Any]]) -> None:
    """``insert`` for many records of one kind at the driver's full speed; ``local[n]`` is
    the n-th record's local columns, the same names for every record."""
    if not records:
        return
    bulk.insert(
        TABLES[type(records[0])].table,
        [*_stored(records[0]), *local[0]],
        (
            [*_stored(record).values(), *extra.values()]
            for record, extra in zip(records, local, strict=True)
        ),
    )


def replace(record: Record) -> None:
    """Overwrite the plain fields of the record's row (same uid) with the record's, inside the
    caller's write transaction; local-only columns stay."""
    table = TABLES[type(record)]
    values = {name: value for name, value in _stored(record).items() if name != "uid"}
    sets = ", ".join(f'"{name}" = ?' for name in values)
    execute_direct(f"UPDATE {table.table} SET {sets} WHERE uid = ?", [*values.values(), record.uid])
