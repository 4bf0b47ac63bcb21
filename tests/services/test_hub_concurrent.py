"""Four coordinators' PCs merge into one PostgreSQL hub at once, the same day-files and
different ones: the hub ends as one serial merge leaves it, every row once, none lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg import Server
from tests.services import exchange_stations as city
from ttasum_desk.services import merge
from ttasum_desk.storage.db import close_db, init_db

ORDERS = [(0, 1, 2), (2, 1, 0), (1,), (2, 0)]  # each PC's files, overlapping on purpose


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def test_four_pcs_merging_at_once_give_the_serial_hub(
    day_files: list[Path], pg_server: Server
) -> None:
    serial, shared = pg_server.new_database("serial"), pg_server.new_database("shared")
    with city.Hub(serial):
        merge.merge(day_files)
        expected = city.canonical_dump()
        expected_counts = dict(city.table_counts())
    with city.Hub(shared):
        pass  # set up as the serial hub was, before any PC merges
    pcs = [
        subprocess.Popen(
            [sys.executable, "-m", "ttasum_desk", "--db", shared, "merge", "--json"]
            + [str(day_files[index]) for index in order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in ORDERS
    ]
    for pc in pcs:
        err = pc.communicate(timeout=600)[1]
        assert pc.returncode == 0, err
    init_db(shared)
    try:
        assert city.canonical_dump() == expected
        assert dict(city.table_counts()) == expected_counts
        merged = city.db.execute_sql(
            "SELECT count(*) FROM import_log WHERE kind = 'merge'"
        ).fetchone()[0]
        assert merged == sum(len(order) for order in ORDERS)
        chain = city.db.execute_sql("SELECT count(DISTINCT prev_hash), count(*) FROM audit_log")
        distinct_links, entries = chain.fetchone()
        assert distinct_links == entries  # one audit chain, never forked
    finally:
        close_db()
