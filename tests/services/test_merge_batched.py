"""A merge looks rows up and inserts them a chunk at a time: the hub comes out the same
whatever the chunk's size (the people registered twice too, found within a chunk and across
chunks), and a row the database refuses is rejected alone, the rest of its chunk going in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg import HubDatabase
from tests.services import exchange_stations as city
from tests.services.test_merge_proxies import registrations, station_day
from tests.services.test_merge_station import forge_cell
from ttasum_desk.domain.records import ReviewKind
from ttasum_desk.exchange import formats
from ttasum_desk.services import merge
from ttasum_desk.storage import merging, review
from ttasum_desk.storage.db import db, writing


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def test_chunks_of_three_rows_give_the_hub_whole_chunks_give(
    day_files: list[Path], hub_db: HubDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    dumps, outcomes = [], []
    for name, chunk_rows in (("whole", merge.CHUNK_ROWS), ("threes", 3)):
        monkeypatch.setattr(merge, "CHUNK_ROWS", chunk_rows)
        with city.Hub(hub_db(name)):
            result = merge.merge(day_files)
            outcomes.append([f.as_json() for f in result.files])
            assert review.items(ReviewKind.SAME_PERSON)  # the cast has one person twice
            dumps.append(city.canonical_dump())
    assert outcomes[1] == outcomes[0]
    assert dumps[1] == dumps[0]


def test_a_row_the_database_refuses_is_left_out_and_the_others_go_in(
    hub_db: HubDatabase,
) -> None:
    sql = (
        "INSERT INTO item (uid, code, name, unit, track_stock, created_at)"
        " VALUES (?, ?, ?, ?, 0, '2020-03-01T09:00:00+09:00')"
    )
    rows = [
        ("item-a", "GLOVES", "장갑", "켤레"),
        ("item-b", "GLOVES", "장갑 또", "켤레"),  # the code is taken: UNIQUE refuses it
        ("item-c", "APRON", "앞치마", "장"),
    ]
    with city.Hub(hub_db("hub")):
        with writing():
            refused = merging.insert_rows(sql, rows)
        assert [index for index, _ in refused] == [1]
        assert "unique" in refused[0][1].lower()  # the database's own words, on either engine
        held = db.execute_sql(
            "SELECT uid, code FROM item WHERE code IN ('GLOVES', 'APRON') ORDER BY uid"
        ).fetchall()
        assert [tuple(row) for row in held] == [("item-a", "GLOVES"), ("item-c", "APRON")]


def test_a_second_registration_of_one_pair_is_refused_by_the_database_alone(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    """A forged Proxies row: the pair the hub holds under a new uid. Nothing the merge checks
    itself catches it; the pair's unique index does, and only that row is rejected."""
    original = station_day(tmp_path, "OS-JA01", [("10:00:00", "2020-12-31", False)])
    forged = tmp_path / "forged.xlsx"
    forge_cell(original, forged, formats.PROXIES, "proxy_registration_uid", "forged-uid")
    with city.Hub(hub_db("hub")):
        merge.merge([original])
        held = registrations()
        outcome = merge.merge([forged]).files[0]
        assert [(r.sheet, r.key) for r in outcome.rejections] == [(formats.PROXIES, "forged-uid")]
        assert outcome.rejections[0].reason.startswith("refused by the database (")
        assert outcome.duplicates == outcome.rows - 1
        assert registrations() == held
