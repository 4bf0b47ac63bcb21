"""What the handout service keeps between handouts (the station, the items, the parsed rules)
follows every change, and the receipt ``record`` returns is the one a reprint shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.services import catalogue, handouts, rules, stations
from ttasum_desk.storage import merging
from ttasum_desk.storage.db import close_db, init_db, writing

from .people import STATION, add_people
from .test_handouts import MONDAY, PEOPLE, TTASUM, give


@pytest.fixture
def desk(station_db: Path) -> None:
    add_people(PEOPLE)
    rules.load_text(TTASUM)


def test_a_renamed_station_prints_on_the_next_receipt(desk: None) -> None:
    assert give("ST1", "COTTON-MASK", 1).receipt.station_name == "중앙동 행정복지센터"
    stations.set_station(STATION, "중앙동 임시 배부처", "centre")
    assert give("ST2", "COTTON-MASK", 1).receipt.station_name == "중앙동 임시 배부처"


def test_an_item_a_merge_adds_is_found(desk: None) -> None:
    assert catalogue.item_by_code("GLOVES") is None
    with writing():
        merging.insert_item("item-gloves", "GLOVES", "장갑", "켤레", "2020-03-01T09:00:00+09:00")
    decision = handouts.check("ST1", "GLOVES", at=MONDAY)  # no rule hands gloves out
    assert not decision.allowed
    assert "GLOVES" in [item.code for item in catalogue.item_list()]
    assert catalogue.item_by_code("gloves") == catalogue.ItemInfo("GLOVES", "장갑", "켤레", False)


def test_another_database_keeps_nothing_of_the_first(desk: None, tmp_path: Path) -> None:
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).allowed
    close_db()
    init_db(tmp_path / "other.db")
    assert stations.current_station() is None
    assert rules.current_rules().books == ()
    assert catalogue.item_by_code("COTTON-MASK") is None


def test_a_changed_rules_text_decides_the_next_check(desk: None) -> None:
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).max_quantity == 2
    rules.load_text(TTASUM.replace('limit = 2\nperiod = "month"', 'limit = 3\nperiod = "month"'))
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).max_quantity == 3


@pytest.mark.parametrize(
    ("card", "item", "proxy", "override"),
    [
        ("OLD", "FINISHED-MASK", "SON", ""),  # collected by the son
        ("ST1", "COTTON-MASK", None, ""),  # a plain handout
        ("SON", "MASK-KIT", None, "lost it on the bus"),  # an override after a refusal
    ],
)
def test_the_recorded_receipt_is_the_reprint(
    desk: None, card: str, item: str, proxy: str | None, override: str
) -> None:
    if override:
        give(card, item)
    made = give(card, item, proxy_card=proxy, override_reason=override)
    assert made.receipt == handouts.receipt_data(made.handout_uid)
    assert made.receipt.receipt_no == made.receipt_no
    assert (made.receipt.proxy_name is not None) == (proxy is not None)
