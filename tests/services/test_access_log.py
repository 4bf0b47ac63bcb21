"""The access log keeps who looked at whom; purging by age removes old entries only, from the
service, the command line and the window's automatic purge at start."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ttasum_desk.cli import run
from ttasum_desk.domain.clock import now
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.services import access_log
from ttasum_desk.storage import access_log as rows
from ttasum_desk.storage.db import close_db, db, init_db
from ttasum_desk.storage.models import Recipient


def entries() -> list[tuple[str, str]]:
    return db.execute_sql("SELECT at, operator FROM access_log ORDER BY at").fetchall()


def test_purge_removes_entries_before_the_date_only(station_db: Path) -> None:
    uid = Recipient.select().first().uid
    rows.add("2026-01-31T23:59:00+09:00", "A", "profile", uid)
    rows.add("2026-02-01T00:00:00+09:00", "B", "profile", uid)
    rows.add("2026-03-05T10:00:00+09:00", "C", "check", uid)
    assert access_log.purge(date(2026, 2, 1)) == 1
    assert [operator for _, operator in entries()] == ["B", "C"]


def test_purge_expired_keeps_the_retention_window(station_db: Path) -> None:
    uid = Recipient.select().first().uid
    old = now() - timedelta(days=access_log.RETENTION_DAYS + 1)
    rows.add(old.isoformat(timespec="seconds"), "old", "profile", uid)
    access_log.record("profile", uid, "new")
    assert access_log.purge_expired() == 1
    assert [operator for _, operator in entries()] == ["new"]


def test_newest_first_with_names_masked(station_db: Path) -> None:
    person = Recipient.select().order_by(Recipient.card_code).first()
    rows.add("2026-01-01T09:00:00+09:00", "A", "profile", person.uid)
    rows.add("2026-01-02T09:00:00+09:00", "B", "profile", person.uid)
    listed = access_log.newest()
    assert [entry.operator for entry in listed] == ["B", "A"]
    assert {entry.masked_name for entry in listed} == {mask_name(person.name)}
    assert "*" in listed[0].masked_name


def test_the_command_purges_before_a_date(
    station_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uid = Recipient.select().first().uid
    rows.add("2025-12-31T09:00:00+09:00", "old", "profile", uid)
    rows.add("2026-01-01T09:00:00+09:00", "kept", "profile", uid)
    close_db()
    assert run(["--db", str(station_db), "access", "purge", "--before", "2026-01-01"]) == 0
    assert "1 access log entries" in capsys.readouterr().out
    assert run(["--db", str(station_db), "access", "purge", "--before", "soon"]) == 2
    init_db(station_db)
    assert [operator for _, operator in entries()] == ["kept"]


def test_the_command_line_notes_each_person_it_checks_or_lists(station_db: Path) -> None:
    person = Recipient.select().order_by(Recipient.card_code).first()
    namesakes = Recipient.select().where(Recipient.name == person.name).count()
    close_db()
    base = ["--db", str(station_db)]
    run([*base, "check", "--card", person.card_code, "--item", "MASK-KIT", "--operator", "김담당"])
    assert run([*base, "lookup", person.name, "--operator", "이담당"]) == 0
    init_db(station_db)
    looks = db.execute_sql(
        "SELECT operator, action, recipient_uid FROM access_log ORDER BY id"
    ).fetchall()
    assert looks[0] == ("김담당", "check", person.uid)
    assert ("이담당", "lookup", person.uid) in looks[1:]
    assert len(looks) - 1 >= namesakes  # every person listed, not only the first
