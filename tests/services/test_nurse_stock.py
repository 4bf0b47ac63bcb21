"""The stock ledger under a long random run of receipts, counts, undos and corrections."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from ttasum_desk.errors import UserError
from ttasum_desk.services import batches, classes, rules
from ttasum_desk.storage import stock
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Item

# Kits for pupils, far more than the run hands out: it is the stock that runs short here.
PLENTY = """
[campaign]
code = "KITS-FOR-PUPILS"
name = "학생 키트"
starts = 2020-03-02

[[rules]]
item = "MASK-KIT"
groups = ["student"]
limit = 100000
period = "campaign"
"""


def _ledger(item_uid: str) -> dict[str, int]:
    """batch uid → received − drawn, summed straight from the rows (voids carry −quantity)."""
    rows = db.execute_sql(
        "SELECT b.uid, b.quantity"
        " + COALESCE((SELECT SUM(c.quantity) FROM batch c WHERE c.corrects_uid = b.uid), 0)"
        " - COALESCE((SELECT SUM(k.quantity) FROM class_count k WHERE k.batch_uid = b.uid), 0)"
        " FROM batch b WHERE b.item_uid = ? AND b.corrects_uid IS NULL",
        (item_uid,),
    )
    return dict(rows.fetchall())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stock_never_negative_and_always_adds_up(station_db: Path, seed: int) -> None:
    rng = random.Random(seed)
    school = make_school_station()
    rules.load_text(PLENTY)
    keys = first_classes(school, 4)
    item = Item.get(Item.code == "MASK-KIT")
    live: list[str] = []
    lots = refused = 0
    for _ in range(150):
        action = rng.choice(["receive", "count", "count", "count", "undo", "correct"])
        try:
            if action == "receive":
                lots += 1
                request = batches.BatchRequest("MASK-KIT", f"R{lots}", rng.randint(1, 30))
                batches.receive(request)
            elif action == "count":
                recorded = classes.serve_count(
                    rng.choice(keys), "MASK-KIT", rng.randint(1, 12), OPERATOR
                )
                live.append(recorded.uid)
            elif action == "undo" and live:
                classes.undo_count(live.pop(rng.randrange(len(live))), OPERATOR)
            elif action == "correct":
                lines = stock.on_hand_by_batch(item.uid)
                if lines:
                    line = rng.choice(lines)
                    batches.correct(line.batch_uid, rng.randint(0, 40), "recount", OPERATOR)
        except UserError:
            refused += 1  # out of stock, below what was handed out, nothing to correct
        lines = stock.on_hand_by_batch(item.uid)
        assert all(line.on_hand >= 0 for line in lines)
        assert {line.batch_uid: line.on_hand for line in lines} == _ledger(item.uid)
        assert stock.on_hand(item.uid) == sum(line.on_hand for line in lines)
    counted = db.execute_sql("SELECT COUNT(*) FROM class_count WHERE status = 'ok'").fetchone()[0]
    assert counted > 20  # the run served classes,
    assert 0 < refused < 100  # and was refused now and then
