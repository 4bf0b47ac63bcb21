"""One record type per entity that travels between stations, and the words they use.

Each record declares its fields once, in the exchange sheet's column order. From that one
declaration follow the sheet's columns (the few renames, such as ``uid`` <-> ``handout_uid``,
are said in the field's metadata), the cells of a row, a record read back from cells, and for
the chained records the chain fields and the chain hash. Adding a field that travels is one
line here plus a migration.

**Chains.** Each station's own handouts (in receipt-number order) and class counts (in the
order they were written) form hash chains: ``chain_hash = domain.chain.link(previous or
GENESIS, chain_fields())``. The chain fields are every field but ``chain_hash`` (and a
handout's ``card_code``, which the recipient's uid already names). Items are named by code,
since item rows are created per database. An empty optional uid counts as None and an empty
text as "", so a row read back from a workbook hashes the same as the row in the database.
The handout chain names its fields by attribute, the class-count chain by sheet column: that
is how day-files already in the field were hashed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar, NewType, Self

from ttasum_desk.domain import chain, clock

HandoutUid = NewType("HandoutUid", str)
RecipientUid = NewType("RecipientUid", str)
HouseholdUid = NewType("HouseholdUid", str)
BatchUid = NewType("BatchUid", str)
ClassCountUid = NewType("ClassCountUid", str)
ItemUid = NewType("ItemUid", str)
ProxyRegistrationUid = NewType("ProxyRegistrationUid", str)
StationCode = NewType("StationCode", str)


class Status(StrEnum):
    OK = "ok"
    VOID = "void"


class Group(StrEnum):
    STUDENT = "student"
    PUBLIC = "public"
    VULNERABLE = "vulnerable"


class StationKind(StrEnum):
    CENTRE = "centre"
    SCHOOL = "school"
    HUB = "hub"


class ReviewKind(StrEnum):
    CONFLICT = "conflict"
    SAME_PERSON = "same_person"
    DOUBLE_DIP = "double_dip"
    UNSIGNED = "unsigned"  # a day-file from a station with no key enrolled yet


class Origin(StrEnum):
    LOCAL = "local"
    SNAPSHOT = "snapshot"
    MERGE = "merge"


# how a cell's value is made plain before it is compared or hashed
_OPTIONAL, _TEXT, _INT, _BIRTH, _BOOL = "optional", "text", "int", "birth", "bool"


def _meta(
    column: str = "", kind: str = "", chained: bool = True, added: bool = False
) -> dict[str, Any]:
    """What a field says: its sheet column when the name differs, how an empty cell reads,
    whether the chain hash commits to it, and whether it came after format version 1."""
    return {"column": column, "kind": kind, "chained": chained, "added": added}


def _plain(kind: str, value: Any) -> Any:
    if kind == _OPTIONAL:
        return value or None
    if kind == _TEXT:
        return "" if value is None else value
    if kind == _BIRTH:  # an Excel date or ISO text; the year alone stays a number
        return value.isoformat()[:10] if isinstance(value, date) else value
    if kind == _INT:
        return None if value is None or value == "" else int(value)
    if kind == _BOOL:
        return bool(value)
    return value


@dataclass(frozen=True)
class _Record:
    """What every travelling record derives from its one field declaration."""

    CHAIN_KEYS_ARE_COLUMNS: ClassVar[bool] = False

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The exchange sheet's header row, in order."""
        return tuple(f.metadata["column"] or f.name for f in dataclasses.fields(cls))

    @classmethod
    def first_columns(cls) -> tuple[str, ...]:
        """The columns of format version 1: a workbook holds at least these."""
        return tuple(
            f.metadata["column"] or f.name
            for f in dataclasses.fields(cls)
            if not f.metadata["added"]
        )

    @classmethod
    def empty_cells(cls) -> dict[str, Any]:
        """Each column's empty value: what a column missing from an older workbook reads as."""
        return {
            f.metadata["column"] or f.name: _plain(f.metadata["kind"], None)
            for f in dataclasses.fields(cls)
        }

    @classmethod
    def from_cells(cls, row: Mapping[str, Any]) -> Self:
        """A record from a row keyed by sheet column (a workbook row or an export query)."""
        values = {
            f.name: _plain(f.metadata["kind"], row.get(f.metadata["column"] or f.name))
            for f in dataclasses.fields(cls)
        }
        return cls(**values)

    @classmethod
    def from_fields(cls, row: Mapping[str, Any]) -> Self:
        """A record from a mapping keyed by field name (absent fields read as empty)."""
        values = {
            f.name: _plain(f.metadata["kind"], row.get(f.name)) for f in dataclasses.fields(cls)
        }
        return cls(**values)

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> Self:
        """A record from values in column order (an export query's row)."""
        return cls.from_cells(dict(zip(cls.columns(), values, strict=True)))

    def cells(self) -> tuple[Any, ...]:
        """The record's sheet row, in column order (a full birth date as an Excel date)."""
        return tuple(
            date.fromisoformat(value)
            if f.metadata["kind"] == _BIRTH and isinstance(value, str)
            else value
            for f in dataclasses.fields(self)
            for value in (getattr(self, f.name),)
        )

    def chain_fields(self) -> dict[str, Any]:
        """The fields the chain hash commits to (see the module docstring)."""
        return {
            (f.metadata["column"] or f.name) if self.CHAIN_KEYS_ARE_COLUMNS else f.name: getattr(
                self, f.name
            )
            for f in dataclasses.fields(self)
            if f.metadata["chained"] and (getattr(self, f.name) or not f.metadata["added"])
        }

    def chain_hash_after(self, previous: str) -> str:
        return chain.link(previous, self.chain_fields())


@dataclass(frozen=True)
class HandoutRecord(_Record):
    """One handout or void as it travels (a void: status void, quantity negated, void_of)."""

    uid: HandoutUid = field(metadata=_meta(column="handout_uid"))
    recipient_uid: RecipientUid = field(metadata=_meta())
    card_code: str = field(metadata=_meta(kind=_TEXT, chained=False))
    item_code: str = field(metadata=_meta(kind=_TEXT))
    quantity: int = field(metadata=_meta(kind=_INT))
    batch_uid: BatchUid | None = field(metadata=_meta(kind=_OPTIONAL))
    station_code: StationCode = field(metadata=_meta(kind=_TEXT))
    operator: str = field(metadata=_meta(kind=_TEXT))
    handed_at: str = field(metadata=_meta(kind=_TEXT))
    receipt_no: str = field(metadata=_meta(kind=_TEXT))
    status: Status = field(metadata=_meta(kind=_TEXT))
    void_of: HandoutUid | None = field(metadata=_meta(kind=_OPTIONAL))
    reason: str = field(metadata=_meta(kind=_TEXT))
    proxy_uid: RecipientUid | None = field(metadata=_meta(kind=_OPTIONAL))
    chain_hash: str = field(metadata=_meta(kind=_TEXT, chained=False))
    override_reason: str = field(metadata=_meta(kind=_TEXT))


@dataclass(frozen=True)
class ClassCountRecord(_Record):
    """Students not on the roster, served as one count for a whole class (or its void)."""

    CHAIN_KEYS_ARE_COLUMNS: ClassVar[bool] = True

    uid: ClassCountUid = field(metadata=_meta(column="class_count_uid"))
    station_code: StationCode = field(metadata=_meta(kind=_TEXT))
    school: str = field(metadata=_meta(kind=_TEXT))
    grade: int = field(metadata=_meta(kind=_INT))
    klass: int = field(metadata=_meta(column="class", kind=_INT))
    item_code: str = field(metadata=_meta(kind=_TEXT))
    batch_uid: BatchUid | None = field(metadata=_meta(kind=_OPTIONAL))
    quantity: int = field(metadata=_meta(kind=_INT))
    operator: str = field(metadata=_meta(kind=_TEXT))
    handed_at: str = field(metadata=_meta(kind=_TEXT))
    status: Status = field(metadata=_meta(kind=_TEXT))
    void_of: ClassCountUid | None = field(metadata=_meta(kind=_OPTIONAL))
    reason: str = field(metadata=_meta(kind=_TEXT))
    chain_hash: str = field(metadata=_meta(kind=_TEXT, chained=False))


@dataclass(frozen=True)
class BatchRecord(_Record):
    """A delivery received (or a compensating correction of one)."""

    uid: BatchUid = field(metadata=_meta(column="batch_uid"))
    item_code: str = field(metadata=_meta(kind=_TEXT))
    lot_no: str = field(metadata=_meta(kind=_TEXT))
    quantity: int = field(metadata=_meta(kind=_INT))
    received_at: str = field(metadata=_meta(kind=_TEXT))
    source: str = field(metadata=_meta(kind=_TEXT))
    station_code: StationCode = field(metadata=_meta(kind=_TEXT))
    corrects_uid: BatchUid | None = field(metadata=_meta(kind=_OPTIONAL))


@dataclass(frozen=True)
class RecipientRecord(_Record):
    """A person on the roster as the exchange carries them."""

    uid: RecipientUid = field(metadata=_meta(column="recipient_uid"))
    card_code: str = field(metadata=_meta(kind=_TEXT))
    name: str = field(metadata=_meta(kind=_TEXT))
    birth_date: str | int | None = field(metadata=_meta(kind=_BIRTH))  # ISO, or the year
    group: Group = field(metadata=_meta(kind=_TEXT))
    household_uid: HouseholdUid | None = field(metadata=_meta(kind=_OPTIONAL))
    school: str | None = field(metadata=_meta())
    grade: int | None = field(metadata=_meta(kind=_INT))
    klass: int | None = field(metadata=_meta(column="class", kind=_INT))
    number: int | None = field(metadata=_meta(kind=_INT))
    district: str | None = field(metadata=_meta())
    phone_last4: str | None = field(metadata=_meta())
    updated_at: str = field(metadata=_meta(kind=_TEXT))
    disability: bool = field(metadata=_meta(kind=_BOOL, added=True))
    tags: str = field(metadata=_meta(kind=_TEXT, added=True))  # comma-separated, sorted
    # the key the household was named by (its uid follows from it): shown, never compared
    household_label: str = field(metadata=_meta(kind=_TEXT, added=True))


@dataclass(frozen=True)
class ProxyRecord(_Record):
    """Someone registered to collect for a person, or that registration's change or removal.

    A registration is one row per pair (its uid follows from the pair), changed in place: where
    two copies differ, the later change wins (``precedence``), so removals travel too."""

    uid: ProxyRegistrationUid = field(metadata=_meta(column="proxy_registration_uid"))
    recipient_uid: RecipientUid = field(metadata=_meta(kind=_TEXT))
    proxy_uid: RecipientUid = field(metadata=_meta(kind=_TEXT))
    until: str | None = field(metadata=_meta(kind=_OPTIONAL))  # an ISO day, inclusive
    removed: bool = field(metadata=_meta(kind=_BOOL))
    station_code: StationCode = field(metadata=_meta(kind=_TEXT))
    updated_at: str = field(metadata=_meta(kind=_TEXT))

    def precedence(self) -> tuple[datetime, bool, str, str]:
        """Of two versions of a registration the greater wins: the later change, and for
        changes in the same second a removal, then the later end, then the greater station
        code, so that every order of merging keeps the same one. ValueError: no valid moment."""
        instant = clock.parse_moment(str(self.updated_at)).astimezone(UTC)
        return instant, self.removed, self.until or "", self.station_code
