"""The demo's 2020 campaign, written in bulk at a small scale: its chains and audit entries
verify, the dashboard's figures are its rows, stock is what came in less what went out, and
it keeps the rules' limits. (The osan scale writes the same, a thousand times more.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ttasum_desk.services import demo, progress, verify
from ttasum_desk.storage import stock
from ttasum_desk.storage.db import close_db, db, init_db


@pytest.fixture
def campaign_db(db_path: Path) -> Iterator[Path]:
    init_db(db_path)
    demo.generate("small", 7, campaign=True)
    yield db_path
    close_db()


def rows(sql: str, *params: object) -> list[tuple[object, ...]]:
    return [tuple(row) for row in db.execute_sql(sql, params).fetchall()]


def test_the_campaign_verifies(campaign_db: Path) -> None:
    result = verify.verify()
    assert result.ok, result.first_failure
    stations = {check.name.split()[-1] for check in result.checks if check.name.startswith("hand")}
    assert {"OS-JA01", "OS-SC01", "OS-DW01"} <= stations  # a school's and a centre's chains too
    origins = dict(rows("SELECT origin, count(*) FROM handout GROUP BY origin"))
    assert origins["merge"] > 100
    assert origins["local"] > 10
    local_2020 = rows(
        "SELECT count(*) FROM handout WHERE origin = 'local' AND handed_at < '2021'"
        " AND uid IN (SELECT entity_uid FROM audit_log WHERE action = 'handout')"
    )
    assert local_2020[0][0] > 0  # the demo station's own past, each with its audit entry


def test_the_dashboard_counts_the_campaign(campaign_db: Path) -> None:
    figures = {row.target.item: row for row in progress.progress(today=date(2020, 6, 1))}
    students = rows("SELECT count(*) FROM recipient WHERE \"group\" = 'student'")[0][0]
    masks, pupils = rows(
        "SELECT SUM(h.quantity), count(DISTINCT h.recipient_uid) FROM live_handout h"
        " JOIN item i ON i.uid = h.item_uid JOIN recipient r ON r.uid = h.recipient_uid"
        " WHERE i.code = 'COTTON-MASK' AND r.\"group\" = 'student'"
    )[0]
    assert (figures["COTTON-MASK"].quantity, figures["COTTON-MASK"].people) == (masks, pupils)
    assert pupils == students  # every pupil reached, class by class
    assert isinstance(masks, int)
    assert masks >= 2 * students
    kits = rows(
        "SELECT SUM(h.quantity) FROM live_handout h JOIN item i ON i.uid = h.item_uid"
        " WHERE i.code = 'MASK-KIT'"
    )[0][0]
    loop = progress.loop()
    assert figures["MASK-KIT"].quantity == loop.kits_out == kits
    donated = rows(
        "SELECT SUM(quantity) FROM batch WHERE source = 'donation' AND station_code <> ''"
    )[0][0]
    assert loop.masks_returned == donated
    finished = rows(
        "SELECT SUM(h.quantity) FROM live_handout h JOIN item i ON i.uid = h.item_uid"
        " WHERE i.code = 'FINISHED-MASK' AND h.handed_at < '2021'"
    )[0][0]
    assert isinstance(finished, int)
    assert 0 < finished <= loop.masks_returned  # handed on only what came back
    assert loop.workshops >= 1
    assert 0 < loop.attended <= loop.signed_up


def test_stock_is_what_came_in_less_what_went_out(campaign_db: Path) -> None:
    received = rows(
        "SELECT b.station_code, i.uid, SUM(b.quantity) FROM batch b"
        " JOIN item i ON i.uid = b.item_uid GROUP BY 1, 2"
    )
    assert len(received) > 8
    for station, item_uid, quantity in received:
        handed = rows(
            "SELECT COALESCE(SUM(quantity), 0) FROM live_handout"
            " WHERE station_code = ? AND item_uid = ?",
            station,
            item_uid,
        )[0][0]
        lots = stock.on_hand_by_batch(str(item_uid), str(station))
        assert sum(lot.on_hand for lot in lots) == quantity - handed  # type: ignore[operator]
        assert all(lot.on_hand >= 0 for lot in lots)
    unstocked = "SELECT count(*) FROM live_handout WHERE batch_uid IS NULL AND handed_at < '2021'"
    assert rows(unstocked)[0][0] == 0  # every handout of the campaign came off a shelf


def test_the_campaign_keeps_the_rules_limits(campaign_db: Path) -> None:
    def handed(item: str) -> list[tuple[object, ...]]:
        return rows(
            "SELECT r.uid, r.household_uid, h.handed_at, h.quantity FROM live_handout h"
            " JOIN item i ON i.uid = h.item_uid JOIN recipient r ON r.uid = h.recipient_uid"
            " WHERE i.code = ? AND h.handed_at < '2021'",
            item,
        )

    monthly: Counter[tuple[object, str]] = Counter()
    for person, _household, at, quantity in handed("COTTON-MASK"):
        monthly[(person, str(at)[:7])] += int(str(quantity))
    assert max(monthly.values()) == 2
    kits = handed("MASK-KIT")
    per_household = Counter(household for _, household, _, _ in kits if household)
    assert len({person for person, *_ in kits}) == len(kits)
    assert max(per_household.values()) <= 2
    weekly: Counter[tuple[object, tuple[int, int]]] = Counter()
    for person, _household, at, quantity in handed("FINISHED-MASK"):
        week = date.fromisoformat(str(at)[:10]).isocalendar()[:2]
        weekly[(person, (week[0], week[1]))] += int(str(quantity))
    assert weekly
    assert max(weekly.values()) <= 5
    weekdays = rows(
        "SELECT DISTINCT strftime('%w', substr(handed_at, 1, 10)) FROM handout"
        " WHERE handed_at < '2021'"
    )
    assert {"0", "6"}.isdisjoint({day for (day,) in weekdays})  # stations close at weekends
