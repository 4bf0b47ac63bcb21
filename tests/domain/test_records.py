"""The records keep the exchange format as it is in the field: columns, renames, chain fields."""

from __future__ import annotations

import dataclasses

import pytest

from ttasum_desk.domain import chain
from ttasum_desk.domain.records import (
    BatchRecord,
    ClassCountRecord,
    Group,
    HandoutRecord,
    ProxyRecord,
    RecipientRecord,
    StationKind,
    Status,
)

HANDOUT_COLUMNS = (
    "handout_uid", "recipient_uid", "card_code", "item_code", "quantity", "batch_uid",
    "station_code", "operator", "handed_at", "receipt_no", "status", "void_of", "reason",
    "proxy_uid", "chain_hash", "override_reason",
)  # fmt: skip
COUNT_COLUMNS = (
    "class_count_uid", "station_code", "school", "grade", "class", "item_code", "batch_uid",
    "quantity", "operator", "handed_at", "status", "void_of", "reason", "chain_hash",
)  # fmt: skip


def test_sheet_columns_are_those_of_files_in_the_field() -> None:
    assert HandoutRecord.first_columns() == HANDOUT_COLUMNS
    assert ClassCountRecord.first_columns() == COUNT_COLUMNS
    assert BatchRecord.first_columns() == (
        "batch_uid", "item_code", "lot_no", "quantity", "received_at", "source", "station_code",
        "corrects_uid",
    )  # fmt: skip
    assert RecipientRecord.first_columns() == (
        "recipient_uid", "card_code", "name", "birth_date", "group", "household_uid",
        "school", "grade", "class", "number", "district", "phone_last4", "updated_at",
    )  # fmt: skip
    assert RecipientRecord.columns() == (
        *RecipientRecord.first_columns(), "disability", "tags", "household_label",
    )  # fmt: skip
    assert ProxyRecord.columns() == ProxyRecord.first_columns() == (
        "proxy_registration_uid", "recipient_uid", "proxy_uid", "until", "removed",
        "station_code", "updated_at",
    )  # fmt: skip


def test_the_later_change_of_a_registration_wins_in_any_order() -> None:
    added = ProxyRecord(
        "g1", "r1", "p1", "2020-12-31", False, "OS-JA01", "2020-05-01T10:00:00+09:00"
    )
    removed = dataclasses.replace(
        added, until=None, removed=True, station_code="OS-DW01",
        updated_at="2020-05-01T02:00:01+00:00",  # one second after, written in UTC
    )  # fmt: skip
    same_second = dataclasses.replace(removed, updated_at=added.updated_at)
    assert max(added, removed, key=ProxyRecord.precedence) is removed
    assert max(removed, added, key=ProxyRecord.precedence) is removed
    assert max(same_second, added, key=ProxyRecord.precedence) is same_second
    with pytest.raises(ValueError, match="yesterday"):
        dataclasses.replace(added, updated_at="yesterday").precedence()


def test_handout_chain_commits_to_all_but_card_and_hash() -> None:
    assert set(HandoutRecord.from_cells(handout_cells()).chain_fields()) == {
        "uid", "recipient_uid", "item_code", "quantity", "batch_uid", "station_code", "operator",
        "handed_at", "receipt_no", "status", "void_of", "reason", "proxy_uid", "override_reason",
    }  # fmt: skip


def handout_cells(**changes: object) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(HANDOUT_COLUMNS, None)
    row |= {"handout_uid": "h1", "recipient_uid": "r1", "quantity": 2, "status": "ok"}
    return row | changes


@pytest.mark.parametrize(
    ("empty", "plain"), [("batch_uid", None), ("reason", ""), ("override_reason", "")]
)
def test_an_empty_cell_reads_as_the_database_stores_it(empty: str, plain: object) -> None:
    from_blank = HandoutRecord.from_cells(handout_cells(**{empty: ""}))
    from_none = HandoutRecord.from_cells(handout_cells(**{empty: None}))
    assert from_blank == from_none
    assert getattr(from_blank, empty) == plain
    assert from_blank.chain_hash_after(chain.GENESIS) == from_none.chain_hash_after(chain.GENESIS)


def test_cells_round_trip_and_a_changed_field_changes_the_hash() -> None:
    record = HandoutRecord.from_cells(handout_cells(quantity=2.0, card_code="C-1"))
    assert record.quantity == 2
    assert HandoutRecord.from_values(record.cells()) == record
    for name in record.chain_fields():
        value = getattr(record, name)
        changed = dataclasses.replace(
            record, **{name: (value or 0) + 1 if name == "quantity" else f"{value}x"}
        )
        assert changed.chain_hash_after(chain.GENESIS) != record.chain_hash_after(chain.GENESIS)
    card_only = dataclasses.replace(record, card_code="C-2")
    assert card_only.chain_hash_after(chain.GENESIS) == record.chain_hash_after(chain.GENESIS)


@dataclasses.dataclass(frozen=True)
class LaterHandout(HandoutRecord):
    """A handout with a field added after format version 1, as a later release declares it."""

    note: str = dataclasses.field(
        default="", metadata={"column": "", "kind": "text", "chained": True, "added": True}
    )


def test_an_added_field_is_chained_only_when_it_holds_a_value() -> None:
    old = HandoutRecord.from_cells(handout_cells())
    later = LaterHandout.from_cells(handout_cells())
    assert later.chain_hash_after(chain.GENESIS) == old.chain_hash_after(chain.GENESIS)
    noted = dataclasses.replace(later, note="우편 발송")
    assert noted.chain_hash_after(chain.GENESIS) != old.chain_hash_after(chain.GENESIS)
    assert LaterHandout.first_columns() == HANDOUT_COLUMNS
    assert LaterHandout.empty_cells()["note"] == ""


def test_the_words_are_the_stored_strings() -> None:
    assert [str(s) for s in Status] == ["ok", "void"]
    assert [str(g) for g in Group] == ["student", "public", "vulnerable"]
    assert [str(k) for k in StationKind] == ["centre", "school", "hub"]
    assert Status.VOID == "void"
