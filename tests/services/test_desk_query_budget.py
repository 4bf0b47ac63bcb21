"""The desk's scan and Enter stay within ten SQL statements, counted on the real connection.

A scan is what the desk does for a card code typed by a scanner, then Enter: ask whether the
text is an item code, look the card up, open the person, decide. Enter records and prints, the
receipt taken from the recorded handout. Every statement the connection runs counts, BEGIN
and COMMIT included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ttasum_desk.paths import resource
from ttasum_desk.services import batches, catalogue, handouts, profiles, rules
from ttasum_desk.services.lookup import lookup
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Handout

from .people import OPERATOR, Someone, add_people

BUDGET = 10
ITEM = "MASK-KIT"  # stock tracked: the batch is picked in the same Enter
MUM = Someone("MUM", "김엄마", "1982-09-30", "public", "h1")
FAMILY = [Someone("DAD", "김아빠", "1980-01-15", "public", "h1"), MUM]


@contextmanager
def counted() -> Iterator[list[str]]:
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


def scan_and_enter(card_code: str) -> handouts.RecordedHandout:
    """The service calls of one scan, then Enter, in the desk's order."""
    assert catalogue.item_by_code(card_code) is None
    found = lookup(card_code)
    person = profiles.profile(found[0].recipient_uid)
    decision = handouts.check(person.recipient_uid, ITEM)
    assert decision.allowed
    return handouts.record(
        handouts.HandoutRequest(
            person.recipient_uid, ITEM, decision.max_quantity, operator=OPERATOR
        )
    )


@pytest.fixture
def open_desk(station_db: Path) -> None:
    """Rules, a batch and a household; one handout already made, as at a desk in use."""
    add_people(FAMILY)
    rules.load_text(resource("samples/ttasum2020.toml").read_text(encoding="utf-8"))
    batches.receive(batches.BatchRequest(ITEM, "LOT-1", 500, source="test"))
    scan_and_enter("DAD")


def test_a_scan_and_enter_run_at_most_ten_statements(open_desk: None) -> None:
    with counted() as statements:
        recorded = scan_and_enter(MUM.card)
    listing = "\n".join(f"{n:2}. {s}" for n, s in enumerate(statements, 1))
    assert len(statements) <= BUDGET, f"{len(statements)} statements:\n{listing}"
    row = Handout.get_by_id(recorded.handout_uid)
    assert (row.quantity, row.receipt_no) == (recorded.quantity, "OS-JA01-000002")
    assert row.__data__["batch"] is not None


def test_the_recorded_receipt_matches_a_reprint(open_desk: None) -> None:
    recorded = scan_and_enter(MUM.card)
    reprint = handouts.receipt_data(recorded.handout_uid)
    assert recorded.receipt == reprint
    assert (recorded.receipt.recipient_name, recorded.receipt.lot_no) == ("김엄마", "LOT-1")
    assert recorded.receipt.remaining == 0
