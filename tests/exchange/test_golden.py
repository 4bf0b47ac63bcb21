"""The exchange format pinned: day-files written by an earlier release still merge, and the
chain hashes of fixed inputs never change (a change would make every old day-file "altered")."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.domain import chain
from ttasum_desk.services import merge, stations
from ttasum_desk.storage import class_counts, handouts
from ttasum_desk.storage.db import close_db, db, init_db

GOLDEN = Path(__file__).parent / "golden"

HANDOUT = {
    "uid": "0b6c3a8e-3f43-4f0c-9d2e-1d1b7c6f0a01",
    "recipient_uid": "7d1f2c9a-0e7b-4a51-8f0c-2b3e4d5f6a7b",
    "item_code": "MASK-KIT",
    "quantity": 2,
    "batch_uid": "",
    "station_code": "OS-JA01",
    "operator": "김담당",
    "handed_at": "2020-03-17T10:00:00+09:00",
    "receipt_no": "OS-JA01-000001",
    "status": "ok",
    "void_of": None,
    "reason": None,
    "proxy_uid": "",
    "override_reason": "",
}
CLASS_COUNT = {
    "class_count_uid": "5a0e7c1d-9b3f-4e2a-8c6d-7f1e0a2b3c4d",
    "station_code": "OS-NC01",
    "school": "오산초등학교",
    "grade": 1,
    "class": 1,
    "item_code": "COTTON-MASK",
    "batch_uid": None,
    "quantity": 25,
    "operator": "김담당",
    "handed_at": "2020-03-20T09:00:00+09:00",
    "status": "ok",
    "void_of": None,
    "reason": "",
}


def test_handout_chain_hash_is_pinned() -> None:
    first = handouts.chain_hash(chain.GENESIS, HANDOUT)
    assert first == "0e64e287640fbeac2ffa212ee32f35c45ab592078f561991ecd914ef8f5fdba4"
    void = HANDOUT | {
        "uid": "0b6c3a8e-3f43-4f0c-9d2e-1d1b7c6f0a02",
        "quantity": -2,
        "receipt_no": "OS-JA01-000002",
        "status": "void",
        "void_of": HANDOUT["uid"],
        "reason": "wrong child",
        "proxy_uid": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
        "override_reason": "가족 대리",
    }
    assert (
        handouts.chain_hash(first, void)
        == "97795b4c50c359ddbcc562fb1ed70dcef13b8b38dbce4a1f8972f68dc4713a12"
    )


def test_class_count_chain_hash_is_pinned() -> None:
    first = class_counts.chain_hash(chain.GENESIS, CLASS_COUNT)
    assert first == "546ec04eb8eeee187b4645211329ba4ca34f38a473755b34f551794a16e77b7d"
    void = CLASS_COUNT | {
        "class_count_uid": "5a0e7c1d-9b3f-4e2a-8c6d-7f1e0a2b3c4e",
        "batch_uid": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        "quantity": -25,
        "status": "void",
        "void_of": CLASS_COUNT["class_count_uid"],
        "reason": "다른 반",
    }
    assert (
        class_counts.chain_hash(first, void)
        == "188e3b19baf34665ab56a5bd2b19118b0d5d0f96c8ac6790433079a6dd829643"
    )


def test_golden_day_files_merge_into_a_fresh_hub(tmp_path: Path) -> None:
    init_db(tmp_path / "hub.db")
    try:
        stations.set_station("GOLD-HUB", "시험 허브", "hub")
        first, second = merge.merge(
            [GOLDEN / "day-OS-JA01.xlsx", GOLDEN / "day-OS-NC01.xlsx"]
        ).files
        assert (first.rows, first.inserted, first.duplicates, first.conflicts) == (82, 82, 0, 0)
        assert (second.rows, second.inserted, second.conflicts) == (79, 6, 0)
        assert second.duplicates == 73  # the stations both files list
        assert (first.altered, second.altered) == (False, False)
        assert (first.problems, second.problems) == ([], [])
        counts = {
            table: db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("recipient", "handout", "batch", "item", "class_count")
        }
        assert counts == {"recipient": 5, "handout": 7, "batch": 4, "item": 4, "class_count": 1}
        live = db.execute_sql("SELECT count(*), sum(quantity) FROM live_handout").fetchone()
        assert tuple(live) == (5, 8)  # JA01: 1 + 2 + 1 (a void nets out); NC01: 2 + 2
    finally:
        close_db()
