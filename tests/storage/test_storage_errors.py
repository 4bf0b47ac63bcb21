"""SQLite's errors from real faults, each as the StorageError that tells people what to do,
with the database unchanged; any other SQLite error is a bug and propagates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import OperationalError

from tests.cli_tools import dump
from ttasum_desk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    StorageError,
)
from ttasum_desk.services import handouts
from ttasum_desk.storage.db import close_db, db, init_db, integrity_ok, reading, writing
from ttasum_desk.storage.models import Household

from .faults import (
    CARD,
    ITEM,
    OPERATOR,
    damage,
    fill,
    handout_db,
    integrity,
    locked_by_another_program,
    onto,
    remount,
    small_disk,
    truncate,
)

__all__ = ["handout_db", "small_disk"]  # fixtures

REQUEST = handouts.HandoutRequest(CARD, ITEM, quantity=1, operator=OPERATOR)


def _households(count: int) -> None:
    with writing():
        for number in range(count):
            Household.create(uid=f"h{number}", label="가구" * 50, created_at="2020-03-01")


def test_a_database_that_may_not_grow_is_a_full_disk(empty_db: Path) -> None:
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as full:
        _households(2000)
    assert str(empty_db) in full.value.english
    assert "is full" in full.value.english
    assert full.value.exit_code == 5
    assert Household.select().count() == 0
    assert integrity_ok()
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    _households(2000)  # with room again, the same write goes through
    assert Household.select().count() == 2000


def test_a_handout_on_a_full_disk_is_refused_and_changes_nothing(
    handout_db: Path, small_disk: Path
) -> None:
    database = onto(small_disk, handout_db)
    before = dump(database)
    init_db(database)
    filler = fill(small_disk)
    with pytest.raises(DiskFull) as full:  # at COMMIT: WAL frames are written then
        handouts.record(REQUEST)
    assert str(database) in full.value.english
    filler.unlink()
    close_db()
    assert dump(database) == before
    assert integrity(database) == "ok"
    init_db(database)
    assert handouts.record(REQUEST).receipt_no == "OS-JA01-000001"


def test_another_program_holding_the_lock_past_the_timeout_is_busy(handout_db: Path) -> None:
    before = dump(handout_db)
    init_db(handout_db, busy_timeout_ms=50)
    with locked_by_another_program(handout_db):
        with pytest.raises(DatabaseBusy) as busy:
            handouts.record(REQUEST)
        with reading():  # reading goes on beside the other program's write
            assert handouts.today_log() == []
    assert busy.value.exit_code == 4
    assert str(handout_db) in busy.value.english
    assert "busy" in busy.value.english
    close_db()
    assert dump(handout_db) == before


def _open_and_read(database: Path) -> None:
    """Whichever finds the damage first: opening, or reading today's handouts."""
    init_db(database)
    with reading():
        handouts.today_log()


@pytest.mark.parametrize("harm", [damage, truncate])
def test_a_damaged_file_says_so(handout_db: Path, harm: Callable[[Path], None]) -> None:
    harm(handout_db)
    with pytest.raises(DatabaseDamaged) as damaged:
        _open_and_read(handout_db)
    assert "damaged" in damaged.value.english
    assert str(handout_db) in damaged.value.english
    assert damaged.value.exit_code == 5


def test_a_write_through_a_read_only_open_is_read_only(handout_db: Path) -> None:
    before = dump(handout_db)
    init_db(handout_db, readonly=True)
    with pytest.raises(DatabaseReadOnly) as refused:
        handouts.record(REQUEST)
    assert "read-only" in refused.value.english
    assert str(handout_db) in refused.value.english
    close_db()
    assert dump(handout_db) == before


def test_a_read_only_disk_is_refused_at_open(handout_db: Path, small_disk: Path) -> None:
    database = onto(small_disk, handout_db)
    remount(small_disk, "ro")
    with pytest.raises(DatabaseReadOnly, match="read-only"):
        init_db(database)


def test_other_sqlite_errors_are_bugs_and_propagate(empty_db: Path) -> None:
    with pytest.raises(OperationalError, match="no such table") as bug, writing():
        db.execute_sql("SELECT * FROM no_such_table")
    assert not isinstance(bug.value, StorageError)
    with pytest.raises(OperationalError, match="syntax error"), reading():
        db.execute_sql("SELEC 1")
