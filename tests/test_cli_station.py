"""Setting the station from the command line is audited with who did it."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.cli import run
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
