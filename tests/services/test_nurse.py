"""School nurse mode end to end: batches in, three classes served over two days, a void, and
stock, weekly workbook and day-file rows that agree exactly."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from ttasum_desk.domain.clock import now
from ttasum_desk.services import batches, classes, dayfile, nurse_reports
from ttasum_desk.services.classes import ClassServeError
from ttasum_desk.services.stations import current_station
from ttasum_desk.storage import class_counts, exchange, stock
from ttasum_desk.storage.models import AuditLog, Batch, ClassCount, Handout, Item


def _at(day_offset: int, hour: int) -> datetime:
    moment = now() + timedelta(days=day_offset)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def _receive(lot: str, quantity: int, days_ago: int) -> str:
    line = batches.receive(
        batches.BatchRequest(
            "COTTON-MASK", lot, quantity, _at(-days_ago, 8).isoformat(), "교육청", OPERATOR
        )
    )
    return line.batch_uid


def _table_counts() -> tuple[int, int, int, int]:
    return (
        Handout.select().count(),
        ClassCount.select().count(),
        Batch.select().count(),
        AuditLog.select().count(),
    )


@pytest.fixture
def school(station_db: Path) -> str:
    return make_school_station()


def test_two_batches_three_classes_two_days_agree(school: str, tmp_path: Path) -> None:
    first_lot = _receive("LOT-A", 10, 3)
    second_lot = _receive("LOT-B", 40, 2)
    class_a, class_b, class_c = first_classes(school, 3)

    # Day 1 (yesterday): class A by ticks, two masks each; class B by a count of 7.
    students_a = [m.recipient_uid for m in classes.class_list(class_a, "COTTON-MASK").members]
    outcomes = classes.serve_ticked(students_a, "COTTON-MASK", 2, OPERATOR, at=_at(-1, 10))
    assert all(o.handout_uid for o in outcomes), [o.refusal for o in outcomes]
    classes.serve_count(class_b, "COTTON-MASK", 7, OPERATOR, at=_at(-1, 11))

    # Day 2 (today): class C by ticks, one undone; a count of 3 for class B.
    students_c = [m.recipient_uid for m in classes.class_list(class_c, "COTTON-MASK").members]
    outcomes_c = classes.serve_ticked(students_c, "COTTON-MASK", 2, OPERATOR)
    assert all(o.handout_uid for o in outcomes_c)
    classes.undo_tick(str(outcomes_c[0].handout_uid), OPERATOR)
    with pytest.raises(ClassServeError, match="may be at most 2 "):
        classes.serve_count(class_c, "COTTON-MASK", 3, OPERATOR)  # only the undone one is left
    count_today = classes.serve_count(class_b, "COTTON-MASK", 3, OPERATOR)

    # Ticking the same student twice in a month: the rules refuse that row only.
    again = classes.serve_ticked(students_c[1:2], "COTTON-MASK", 2, OPERATOR)
    assert again[0].handout_uid is None
    assert "Refused" in again[0].refusal

    # Stock per batch, first in first out: LOT-A (10) goes to class A's five students first.
    item = Item.get(Item.code == "COTTON-MASK")
    lines = {b.lot_no: b for b in stock.on_hand_by_batch(item.uid)}
    served_a = 2 * len(students_a)
    assert served_a == 10
    drawn_b = 7 + 2 * (len(students_c) - 1) + 3
    assert (lines["LOT-A"].handed_out, lines["LOT-A"].on_hand) == (10, 0)
    assert (lines["LOT-B"].handed_out, lines["LOT-B"].on_hand) == (drawn_b, 40 - drawn_b)
    assert {h.batch_uid for h in Handout.select().where(Handout.recipient.in_(students_a))} == {
        first_lot
    }
    stored = class_counts.get(count_today.uid)
    assert stored is not None
    assert stored.batch_uid == second_lot

    # The weekly workbook, read back, says the same.
    path = nurse_reports.write_weekly(tmp_path / "weekly.xlsx", _at(-1, 0).date(), now().date())
    book = load_workbook(path)
    batch_sheet = book["Batches"]
    rows = list(batch_sheet.iter_rows(min_row=2, values_only=True))
    by_lot = {row[1]: row for row in rows if row[1]}
    assert by_lot["LOT-A"][4:] == (10, 0, 10, 0)
    assert by_lot["LOT-B"][4:] == (40, 0, drawn_b, 40 - drawn_b)
    assert rows[-1][0] == "Total"
    assert rows[-1][4:] == (50, 0, 10 + drawn_b, 40 - drawn_b)
    assert isinstance(by_lot["LOT-A"][2], datetime)  # an Excel date
    assert batch_sheet.freeze_panes == "A2"
    assert batch_sheet["A1"].font.b
    class_rows = list(book["Classes"].iter_rows(min_row=2, values_only=True))
    per_class = {(r[1], r[2], r[4]): r[5:] for r in class_rows[:-1]}
    assert per_class[(class_a.grade, class_a.klass, "LOT-A")] == (10, 0, 10)
    assert (class_a.grade, class_a.klass, "LOT-B") not in per_class
    assert per_class[(class_b.grade, class_b.klass, "LOT-B")] == (0, 10, 10)
    served_c = 2 * (len(students_c) - 1)
    assert per_class[(class_c.grade, class_c.klass, "LOT-B")] == (served_c, 0, served_c)
    assert class_rows[-1][0] == "Total"
    assert class_rows[-1][5:] == (10 + served_c, 10, 10 + drawn_b)
    assert book["Classes"]._charts
    assert book["Batches"]._charts

    # The day-files of both days, read back: their rows add up to the same stock per batch.
    drawn: dict[str, int] = {}
    received: dict[str, int] = {}
    sheets: dict[str, list[dict[str, object]]] = {"Handouts": [], "ClassCounts": []}
    for day in (_at(-1, 0).date(), now().date()):
        out = dayfile.export_day(tmp_path / f"day-{day}.xlsx", day).path
        book = load_workbook(out, read_only=True)
        for name in ("Handouts", "ClassCounts", "Batches"):
            header, *rows = list(book[name].iter_rows(values_only=True))  # blank tails trimmed
            records = [dict(zip(header, row, strict=False)) for row in rows]
            if name == "Batches":
                received.update({str(r["batch_uid"]): int(r["quantity"]) for r in records})
                continue
            sheets[name] += records
            for r in records:
                key = str(r["batch_uid"])
                drawn[key] = drawn.get(key, 0) + int(r["quantity"])  # voids are negative
    assert [(r["class"], r["quantity"], r["status"]) for r in sheets["ClassCounts"]] == [
        (class_b.klass, 7, "ok"),
        (class_b.klass, 3, "ok"),
    ]
    assert sum(1 for r in sheets["Handouts"] if r["status"] == "void") == 1
    assert received == {first_lot: 10, second_lot: 40}
    assert drawn == {first_lot: 10, second_lot: drawn_b}
    for lot_uid, line in ((first_lot, lines["LOT-A"]), (second_lot, lines["LOT-B"])):
        assert received[lot_uid] - drawn[lot_uid] == line.on_hand
    station = current_station()
    assert station is not None
    today = exchange.station_day_class_counts(station.code, now().date().isoformat())
    assert [(c.quantity, c.status) for c in today] == [(7, "ok"), (3, "ok")]
    assert today[-1].uid == count_today.uid  # written today, last in the chain


def test_serving_more_than_stock_is_refused_and_writes_nothing(school: str) -> None:
    _receive("LOT-S", 6, 1)
    class_a, class_b = first_classes(school, 2)
    students = [m.recipient_uid for m in classes.class_list(class_a, "COTTON-MASK").members]
    assert len(students) * 2 > 6
    before = _table_counts()
    with pytest.raises(ClassServeError, match="only 6 are in stock"):
        classes.serve_ticked(students, "COTTON-MASK", 2, OPERATOR)
    with pytest.raises(stock.OutOfStock, match=r"Only 6 매 of .* left \(lot LOT-S\)"):
        classes.serve_count(class_b, "COTTON-MASK", 7, OPERATOR)
    assert _table_counts() == before
    item = Item.get(Item.code == "COTTON-MASK")
    assert stock.on_hand(item.uid) == 6


def test_batch_correction_is_a_compensating_entry(school: str) -> None:
    lot = _receive("LOT-C", 20, 1)
    class_a = first_classes(school, 1)[0]
    classes.serve_count(class_a, "COTTON-MASK", 8, OPERATOR)
    with pytest.raises(batches.BatchInputError, match="8 from lot LOT-C were already handed out"):
        batches.correct(lot, 7, "box was short", OPERATOR)
    line = batches.correct(lot, 15, "box was short", OPERATOR)
    assert (line.received, line.handed_out, line.on_hand) == (15, 8, 7)
    rows = list(Batch.select().order_by(Batch.created_at))
    assert [(r.quantity, r.__data__["corrects"]) for r in rows] == [(20, None), (-5, lot)]


def test_undo_only_today_and_only_once(school: str) -> None:
    _receive("LOT-U", 30, 2)
    class_a = first_classes(school, 1)[0]
    old = classes.serve_count(class_a, "COTTON-MASK", 4, OPERATOR, at=_at(-1, 9))
    with pytest.raises(ClassServeError, match="Only today's records"):
        classes.undo_count(old.uid, OPERATOR)
    fresh = classes.serve_count(class_a, "COTTON-MASK", 5, OPERATOR)
    classes.undo_count(fresh.uid, OPERATOR)
    with pytest.raises(ClassServeError, match="already undone"):
        classes.undo_count(fresh.uid, OPERATOR)
    listed = classes.class_list(class_a, "COTTON-MASK")
    assert listed.counts == []  # today's count is undone
    item = Item.get(Item.code == "COTTON-MASK")
    assert stock.on_hand(item.uid) == 26
