"""verify on real database files: a clean station and a merged hub hold; an edit made behind
the app's back (triggers dropped) is named by its first broken row; the triggers refuse the
app's own UPDATE and DELETE."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import peewee
import pytest

from tests.services import exchange_stations as city
from tests.tampering import edit_behind_the_app
from ttasum_desk.domain import chain
from ttasum_desk.services import classes, demo, merge
from ttasum_desk.services.verify import Verification, verify
from ttasum_desk.storage import handouts
from ttasum_desk.storage.db import close_db, db, init_db

STATION = "OS-JA01"
CLASS = classes.ClassKey("오산초등학교", 1, 1)


@pytest.fixture(scope="module")
def clean_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo station with its handouts and a void, plus two class counts, one undone."""
    path = tmp_path_factory.mktemp("clean") / "station.db"
    init_db(path)
    try:
        demo.generate("small", 7)
        classes.serve_count(CLASS, "COTTON-MASK", 2, "김담당")
        undone = classes.serve_count(CLASS, "COTTON-MASK", 1, "김담당")
        classes.undo_count(undone.uid, "김담당")
    finally:
        close_db()
    return path


@pytest.fixture
def station(clean_station: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the clean station, open for writing (as the desk would hold it)."""
    path = tmp_path / "station.db"
    shutil.copy(clean_station, path)
    init_db(path)
    yield path
    close_db()


def verified(path: Path) -> Verification:
    """verify on a read-only connection, as the command runs it."""
    close_db()
    init_db(path, readonly=True)
    return verify()


def failed(result: Verification) -> dict[str, str | None]:
    return {check.name: check.first_broken for check in result.checks if not check.ok}


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_a_clean_station_holds_check_by_check(station: Path) -> None:
    result = verified(station)
    assert result.ok
    assert result.first_failure is None
    assert [check.name for check in result.checks] == [
        "integrity",
        f"handout_chain {STATION}",
        f"class_count_chain {STATION}",
        "audit_log",
        "audit_agreement",
    ]
    assert result.checks[1].message.english == f"The handout chain of {STATION} holds."


def test_a_merged_hub_holds(tmp_path: Path) -> None:
    files = city.three_day_files(tmp_path)
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(files)
    result = verified(tmp_path / "hub.db")
    assert result.ok, result.first_failure
    names = {check.name for check in result.checks}
    assert {"handout_chain OS-DW01", "handout_chain OS-NC01", "class_count_chain OS-NC01"} <= names


def test_an_edited_handout_is_named_by_its_receipt(station: Path) -> None:
    receipt = "OS-JA01-000003"
    edit_behind_the_app(station, f"UPDATE handout SET quantity = 50 WHERE receipt_no = '{receipt}'")
    result = verified(station)
    assert not result.ok
    assert failed(result) == {f"handout_chain {STATION}": receipt, "audit_agreement": receipt}
    first = result.first_failure
    assert first is not None
    assert first.first_broken == receipt
    assert f"breaks at receipt {receipt}" in first.message.english
    assert "export nothing until then" in first.message.english
    assert str(station.with_name("station-backups")) in first.message.english


def test_a_deleted_handout_is_missed_by_the_audit_log(station: Path) -> None:
    edit_behind_the_app(station, "DELETE FROM handout WHERE receipt_no = 'OS-JA01-000002'")
    result = verified(station)
    assert failed(result) == {
        f"handout_chain {STATION}": "OS-JA01-000003",  # its predecessor is gone
        "audit_agreement": "OS-JA01-000002",
    }


def test_an_edited_audit_entry_is_named_by_its_seq(station: Path) -> None:
    edit_behind_the_app(station, "UPDATE audit_log SET operator = '누군가' WHERE seq = 4")
    result = verified(station)
    assert failed(result) == {"audit_log": "audit 4"}
    assert "breaks at entry 4" in result.checks[-2].message.english


def test_an_edited_class_count_is_named(station: Path) -> None:
    [(uid,)] = query(station, "SELECT uid FROM class_count WHERE quantity = 2")
    edit_behind_the_app(station, f"UPDATE class_count SET quantity = 5 WHERE uid = '{uid}'")
    result = verified(station)
    assert failed(result) == {f"class_count_chain {STATION}": uid, "audit_agreement": uid}
    chain_check = next(c for c in result.checks if c.name.startswith("class_count_chain"))
    assert "오산초등학교 1-1" in chain_check.message.english


def rechain(path: Path, station_code: str) -> None:
    """Recompute every chain hash of the station with the public algorithm, as a tool that
    knows the code would after editing a row."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute(
            "SELECT h.*, i.code AS item_code FROM handout h JOIN item i ON i.uid = h.item_uid"
            " WHERE h.station_code = ? ORDER BY h.receipt_no",
            (station_code,),
        ).fetchall()
        previous = chain.GENESIS
        for row in rows:
            previous = handouts.chain_hash(previous, dict(row))
            connection.execute(
                "UPDATE handout SET chain_hash = ? WHERE uid = ?", (previous, row["uid"])
            )


def test_a_rechained_station_still_disagrees_with_its_audit_log(station: Path) -> None:
    receipt = "OS-JA01-000003"
    edit_behind_the_app(station, f"UPDATE handout SET quantity = 50 WHERE receipt_no = '{receipt}'")
    rechain(station, STATION)
    result = verified(station)
    assert failed(result) == {"audit_agreement": receipt}
    assert result.checks[-1].message.english.startswith(f"Receipt {receipt} no longer matches")


def test_a_handout_added_behind_the_app_is_in_no_audit_entry(station: Path) -> None:
    edit_behind_the_app(
        station,
        "INSERT INTO handout (uid, recipient_uid, item_uid, quantity, batch_uid, station_code,"
        " operator, handed_at, receipt_no, status, void_of, reason, proxy_uid, override_reason,"
        " chain_hash, origin, created_at)"
        " SELECT 'forged', recipient_uid, item_uid, quantity, batch_uid, station_code, operator,"
        " handed_at, 'OS-JA01-999999', status, NULL, reason, proxy_uid,"
        " override_reason, chain_hash, origin, created_at FROM handout"
        " WHERE receipt_no = 'OS-JA01-000001'",
    )
    result = verified(station)
    assert failed(result)["audit_agreement"] == "OS-JA01-999999"
    assert "in no audit entry" in result.checks[-1].message.english


@pytest.mark.parametrize("table", ["handout", "class_count", "audit_log"])
def test_the_apps_own_connection_can_neither_update_nor_delete(station: Path, table: str) -> None:
    before = query(station, f"SELECT * FROM {table} ORDER BY 1")
    for statement in (f"UPDATE {table} SET operator = 'x'", f"DELETE FROM {table}"):
        with pytest.raises(peewee.IntegrityError, match="append-only"):
            db.execute_sql(statement)
    assert query(station, f"SELECT * FROM {table} ORDER BY 1") == before
    assert verified(station).ok
