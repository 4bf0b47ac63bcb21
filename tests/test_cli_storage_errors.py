"""The command line on a database it can't use: exit 4 when another program keeps it
locked, 5 when it is damaged, read-only or its disk is full; one line on stderr, never a
traceback, and the database unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli_tools import dump
from ttasum_desk.cli import run

from .storage.faults import (
    CARD,
    ITEM,
    OPERATOR,
    corrupt_page,
    damage,
    fill,
    handout_db,
    integrity,
    locked_by_another_program,
    onto,
    read_only_file,
    read_only_folder,
    remount,
    small_disk,
)

__all__ = ["handout_db", "small_disk"]  # fixtures

HANDOUT = ["handout", "--card", CARD, "--item", ITEM, "--qty", "1", "--operator", OPERATOR]
PAGE = 4096
SHARED_MEMORY_PAGES, LOCK_PAGES = 8, 1  # the -shm index and the instance lock file


def refusal(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "Traceback" not in err
    return err


def test_a_handout_on_a_full_disk_exits_5(
    handout_db: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = onto(small_disk, handout_db)
    before = dump(database)
    # room to open the database, not for the handout's pages in the write-ahead log
    filler = fill(small_disk, leave=(SHARED_MEMORY_PAGES + LOCK_PAGES + 3) * PAGE)
    assert run(["--db", str(database), *HANDOUT]) == 5
    assert f"The disk that holds the database {database} is full" in refusal(capsys)
    filler.unlink()
    assert dump(database) == before
    assert integrity(database) == "ok"


def test_a_database_locked_by_another_program_exits_4(
    handout_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(handout_db)
    with locked_by_another_program(handout_db):  # until the command has given up
        assert run(["--db", str(handout_db), *HANDOUT]) == 4
    assert f"The database {handout_db} is busy" in refusal(capsys)
    assert dump(handout_db) == before


@pytest.mark.parametrize(
    ("harm", "argv"),
    [(damage, HANDOUT), (damage, ["lookup", "김"]), (corrupt_page, HANDOUT)],
)
def test_a_damaged_database_exits_5(
    handout_db: Path,
    argv: list[str],
    harm: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    harm(handout_db)
    assert run(["--db", str(handout_db), *argv]) == 5
    err = refusal(capsys)
    assert f"The file {handout_db} is not a TTASUM Desk database or is damaged" in err
    assert "Restore a backup" in err


def test_a_database_on_a_read_only_disk_exits_5(
    handout_db: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = onto(small_disk, handout_db)
    before = dump(database)
    remount(small_disk, "ro")
    assert run(["--db", str(database), *HANDOUT]) == 5
    assert f"The database {database} can't be written" in refusal(capsys)
    remount(small_disk, "rw")  # a WAL database needs its -shm file to be read at all
    assert dump(database) == before


def test_a_read_only_database_file_exits_5(
    handout_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(handout_db)
    with read_only_file(handout_db):
        assert run(["--db", str(handout_db), *HANDOUT]) == 5
    assert f"The database {handout_db} can't be written" in refusal(capsys)
    assert dump(handout_db) == before


def test_a_database_in_a_read_only_folder_exits_5(
    handout_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(handout_db)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with read_only_folder(handout_db, scratch):
        assert run(["--db", str(handout_db), *HANDOUT]) == 5
    assert f"The database {handout_db} can't be written" in refusal(capsys)
    assert dump(handout_db) == before
