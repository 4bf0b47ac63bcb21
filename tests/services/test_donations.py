"""Finished masks donated back: into stock as a donated batch, with or without a donor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.services import exchange_stations as city
from tests.services.people import Someone, add_people
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource
from ttasum_desk.services import batches, donations, handouts, merge, progress, rules
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage import stock
from ttasum_desk.storage.db import close_db, db
from ttasum_desk.storage.models import Item

SAMPLE = resource("samples/ttasum2020.toml")


@pytest.fixture
def loop_db(station_db: Path) -> Path:
    add_people([
        Someone("MAKER1", "박만듦", "1975-05-05", "public", "m1"),
        Someone("ELDER1", "최어르신", "1940-02-02", "vulnerable", "e1"),
    ])  # fmt: skip
    rules.load_file(SAMPLE)
    return station_db


def finished_masks() -> str:
    return str(Item.get(Item.code == "FINISHED-MASK").uid)


def test_a_donation_raises_stock_as_a_donated_batch(loop_db: Path) -> None:
    before = stock.on_hand(finished_masks())

    row = donations.record(
        donations.DonationRequest(
            "FINISHED-MASK", 30, "maker1", "2020-05-01T10:00:00+09:00", operator="김담당"
        )
    )
    anonymous = donations.DonationRequest("finished-mask", 12, donated_at="2020-05-01T11:00+09:00")
    donations.record(anonymous)

    assert stock.on_hand(finished_masks()) == before + 42
    assert (row.card_code, row.donor_name, row.quantity, row.operator) == (
        "MAKER1", "박만듦", 30, "김담당",
    )  # fmt: skip
    stored = db.execute_sql(
        "SELECT b.source, b.quantity, r.card_code FROM donation d JOIN batch b"
        " ON b.uid = d.batch_uid LEFT JOIN recipient r ON r.uid = d.donor_uid"
        " ORDER BY d.donated_at, b.lot_no"
    ).fetchall()
    assert stored == [("donation", 30, "MAKER1"), ("donation", 12, None)]
    that_day = donations.today(date(2020, 5, 1))  # newest first
    assert [(r.quantity, r.card_code, r.lot_no) for r in that_day] == [
        (12, None, "D-20200501-002"),
        (30, "MAKER1", "D-20200501-001"),
    ]
    assert donations.today(date(2020, 5, 2)) == []


def test_donated_masks_are_handed_out_and_counted_as_returned(loop_db: Path) -> None:
    for line in batches.stock_report():
        if line.item_code == "FINISHED-MASK":
            assert line.on_hand == 0
    row = donations.record(donations.DonationRequest("FINISHED-MASK", 20, card_code="MAKER1"))
    handouts.record(handouts.HandoutRequest("ELDER1", "FINISHED-MASK", 5, operator="김담당"))
    handouts.record(handouts.HandoutRequest("MAKER1", "MASK-KIT", 1, operator="김담당"))

    (donated,) = [b for b in stock.on_hand_by_batch(finished_masks()) if b.lot_no == row.lot_no]
    assert (donated.received, donated.handed_out, donated.on_hand) == (20, 5, 15)
    figures = progress.loop()
    assert (figures.kits_out, figures.masks_returned, figures.returned_percent) == (1, 20, 2000)


def test_a_correction_of_a_donated_batch_counts_in_what_was_returned(loop_db: Path) -> None:
    row = donations.record(donations.DonationRequest("FINISHED-MASK", 20))
    (line,) = [b for b in stock.on_hand_by_batch(finished_masks()) if b.lot_no == row.lot_no]
    batches.correct(line.batch_uid, 18, "two were torn")

    assert progress.loop().masks_returned == 18
    assert donations.today()[0].quantity == 18


@pytest.mark.parametrize(
    ("request_", "words"),
    [
        (donations.DonationRequest("FINISHED-MASK", 5, card_code="NOBODY"), "No recipient"),
        (donations.DonationRequest("FINISHED-MASK", 0), "not 0"),
        (donations.DonationRequest("FINISHED-MASK", 100_001), "not 100001"),
        (donations.DonationRequest("PAPER", 5), "There is no item PAPER"),
        (donations.DonationRequest("FINISHED-MASK", 5, donated_at="yesterday"), "not a date"),
    ],
)
def test_a_refused_donation_writes_nothing(
    loop_db: Path, request_: donations.DonationRequest, words: str
) -> None:
    counts = "SELECT (SELECT count(*) FROM batch), (SELECT count(*) FROM donation)"
    before = db.execute_sql(counts).fetchone()
    with pytest.raises(UserError, match=words):
        donations.record(request_)
    assert db.execute_sql(counts).fetchone() == before


def test_a_donation_reaches_the_hub_in_the_day_file(tmp_path: Path) -> None:
    """The donated batch travels like any batch; the donor stays at the station."""
    city.open_station(tmp_path / "station.db", "OS-JA01")
    donations.record(donations.DonationRequest("FINISHED-MASK", 25, donated_at="2020-05-01"))
    day_file = export_day(tmp_path / "day.xlsx").path  # the day it was written down
    close_db()
    with city.Hub(tmp_path / "hub.db"):
        merge.merge([day_file])
        assert progress.loop().masks_returned == 25
        assert db.execute_sql("SELECT count(*) FROM donation").fetchone() == (0,)
