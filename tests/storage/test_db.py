from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.tampering import edit_behind_the_app
from ttasum_desk.errors import StorageError
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage.db import close_db, db, init_db, integrity_ok, schema_versions, writing
from ttasum_desk.storage.models import Household, Recipient


def test_pragmas_are_those_of_a_durable_database(empty_db: Path) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert integrity_ok()
    assert schema_versions()[:2] == ["0001_initial", "0002_search_keys"]


def test_migration_from_version_1_keeps_and_extends_the_data(db_path: Path) -> None:
    init_db(db_path, migrate_to="0001_initial")
    assert schema_versions() == ["0001_initial"]
    db.execute_sql(
        "INSERT INTO household (uid, label, created_at) VALUES ('h1', '홍씨 가구', '2020-03-01')"
    )
    db.execute_sql(
        """INSERT INTO recipient (uid, card_code, name, name_key, initials, birth_date,
        birth_year, "group", household_uid, created_at, updated_at)
        VALUES ('r1', 'OS1', '홍길동', '홍길동', 'ㅎㄱㄷ', '2012-05-05', 2012, 'student', 'h1',
        '2020-03-01', '2020-03-01')"""
    )
    close_db()

    init_db(db_path)
    try:
        assert schema_versions()[-1] >= "0002_search_keys"
        person = Recipient.get_by_id("r1")
        assert (person.name, person.birth_date, person.household.label) == (
            "홍길동",
            "2012-05-05",
            "홍씨 가구",
        )
        assert person.name_rev == "동길홍"
        assert [row.uid for row in recipients.name_ends("길동", 5)] == ["r1"]
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT uid FROM recipient "
            "WHERE name_rev >= '동' AND name_rev < '동z'"
        ).fetchall()
        assert "recipient_name_rev" in str(plan)
    finally:
        close_db()


def _write_then_fail() -> None:
    with writing():
        Household.create(uid="h-gone", label="x", created_at="2020-01-01")
        raise RuntimeError("refused half way")


def test_a_refused_write_leaves_nothing_behind(empty_db: Path) -> None:
    with pytest.raises(RuntimeError):
        _write_then_fail()
    assert Household.select().count() == 0


def test_audit_chain_detects_an_edit(empty_db: Path) -> None:
    with writing():
        audit.record("one", "thing", "a", operator="김담당", n=1)
        audit.record("two", "thing", "b", operator="김담당", n=2)
    assert audit.verify() is None
    edit_behind_the_app(empty_db, "UPDATE audit_log SET payload = '{\"n\":3}' WHERE action = 'one'")
    assert audit.verify() == 1


HOLDER = textwrap.dedent(
    """
    import sys
    from ttasum_desk.storage.db import init_db
    init_db(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_instance_is_refused_naming_the_holder(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StorageError) as refused:
            init_db(db_path)
        assert f"pid {holder.pid}" in refused.value.english
        assert "already open" in refused.value.english
        # A read-only open (lookups) is still allowed beside the holder.
        init_db(db_path, readonly=True)
        close_db()
    finally:
        holder.communicate("")
    init_db(db_path)  # the lock died with its holder
    close_db()


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some text, not SQLite" * 100)
    with pytest.raises(StorageError, match="not a TTASUM Desk database"):
        init_db(bogus)
