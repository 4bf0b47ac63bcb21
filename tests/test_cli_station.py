"""Setting the station and adding operators are audited with who did it."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.cli import run
from ttasum_desk.services import stations
from ttasum_desk.storage.db import close_db, db, init_db


def test_station_set_names_its_operator_in_the_audit_log(db_path: Path) -> None:
    argv = ["--db", str(db_path), "station", "set", "--code", "OS-JA02", "--name", "중앙동"]
    assert run([*argv, "--kind", "centre", "--operator", "김총괄"]) == 0
    init_db(db_path)
    try:
        rows = db.execute_sql(
            "SELECT operator, entity_uid FROM audit_log WHERE action = 'station_set'"
        ).fetchall()
    finally:
        close_db()
    assert rows == [("김총괄", "OS-JA02")]


def test_an_added_operator_is_audited_with_who_added_them(station_db: Path) -> None:
    station = stations.current_station()
    assert station is not None
    stations.add_operator(station.code, "이담당", "김총괄")  # Settings, after the PIN
    stations.add_operator(station.code, "박담당")  # typed at the desk by the new operator
    rows = db.execute_sql(
        "SELECT entity_uid, operator FROM audit_log WHERE action = 'operator_added'"
        " AND entity_uid IN ('이담당', '박담당') ORDER BY seq"
    ).fetchall()
    assert rows == [("이담당", "김총괄"), ("박담당", "박담당")]
