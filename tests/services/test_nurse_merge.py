"""A school's day travels like any station's: merged at the hub, its stock per batch agrees."""

from __future__ import annotations

from pathlib import Path

from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from ttasum_desk.services import batches, classes, demo, merge, stations
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage import stock
from ttasum_desk.storage.db import close_db, db, init_db
from ttasum_desk.storage.models import Item

COUNTS = "SELECT uid, school, grade, klass, batch_uid, quantity, status, void_of, chain_hash"
COUNTS += " FROM class_count ORDER BY uid"


def _school_day(folder: Path) -> tuple[Path, str, list[tuple[object, ...]], dict[str, int]]:
    init_db(folder / "school.db")
    demo.generate("small", 7, history=False)
    school = make_school_station()
    station = stations.current_station()
    assert station is not None
    code = station.code
    batches.receive(batches.BatchRequest("COTTON-MASK", "S-1", 12, None, "교육청", OPERATOR))
    batches.receive(batches.BatchRequest("COTTON-MASK", "S-2", 30, None, "교육청", OPERATOR))
    class_a, class_b = first_classes(school, 2)
    pupils = [m.recipient_uid for m in classes.class_list(class_a, "COTTON-MASK").members]
    classes.serve_ticked(pupils, "COTTON-MASK", 2, OPERATOR)
    classes.serve_count(class_b, "COTTON-MASK", 5, OPERATOR)
    undone = classes.serve_count(class_b, "COTTON-MASK", 4, OPERATOR)
    classes.undo_count(undone.uid, OPERATOR)
    item = Item.get(Item.code == "COTTON-MASK")
    on_hand = {line.batch_uid: line.on_hand for line in stock.on_hand_by_batch(item.uid)}
    rows = db.execute_sql(COUNTS).fetchall()
    path = export_day(folder / "day-school.xlsx").path
    close_db()
    return path, code, rows, on_hand


def test_class_counts_merge_at_the_hub_and_stock_agrees(tmp_path: Path) -> None:
    day_file, code, school_rows, school_stock = _school_day(tmp_path)
    init_db(tmp_path / "hub.db")
    try:
        demo.generate("small", 7, history=False)
        stations.set_station("OS-HUB", "오산시청 평생교육과", "hub")
        first = merge.merge([day_file], operator=OPERATOR).files[0]
        assert (first.rejected, first.conflicts, first.altered) == (0, 0, False)
        assert db.execute_sql(COUNTS).fetchall() == school_rows
        item = Item.get(Item.code == "COTTON-MASK")
        at_hub = {line.batch_uid: line.on_hand for line in stock.on_hand_by_batch(item.uid, code)}
        assert at_hub == school_stock
        assert stock.on_hand_by_batch(item.uid) == []  # the hub's own shelf is empty
        again = merge.merge([day_file], operator=OPERATOR).files[0]
        assert again.inserted == 0
        assert db.execute_sql(COUNTS).fetchall() == school_rows
    finally:
        close_db()
