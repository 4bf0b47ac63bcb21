"""A hub on a PostgreSQL server in the window and the safety commands: --db takes its URL, the
status bar and About name it, backup and restore point to pg_dump, and a read-only command at
a database without a hub says so, instead of failing with a trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg import HubDatabase
from ttasum_desk import app, cli
from ttasum_desk.errors import StorageError, UserError
from ttasum_desk.services import about, backup, stations, status
from ttasum_desk.storage.db import close_db, db_location, init_db, on_postgres
from ttasum_desk.ui.launch import open_database


def test_status_and_about_name_where_the_hub_lives(hub_db: HubDatabase) -> None:
    target = hub_db("hub")
    init_db(target)
    try:
        stations.set_station("PV-HUB", "도청", "hub")
        shown = status.desk_status()
        assert shown.database == about.about_info().database == db_location()
        if on_postgres():
            assert shown.database == target
            assert shown.database_name.startswith("hub_")  # the server's database, by name
            assert f"/{shown.database_name}" in str(target)
        else:
            assert shown.database_name == "hub.db"
    finally:
        close_db()


def test_the_window_takes_a_servers_url(server_hub: HubDatabase, tmp_path: Path) -> None:
    url = str(server_hub("hub"))
    assert app.window_arguments(["--db", url]) is None  # the full command line parses it
    assert cli.build_parser().parse_args(["--db", url]).db == url
    open_database(url, create_demo=True)  # a server's database: no demo is made in it
    try:
        assert db_location() == url
        assert stations.current_station() is None
    finally:
        close_db()
    assert app.window_arguments(["--db", str(tmp_path / "desk.db")]) == (
        tmp_path / "desk.db",
        False,
    )


def test_backup_and_restore_at_a_server_point_to_pg_dump(
    server_hub: HubDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(server_hub("hub"))
    with pytest.raises(StorageError, match="holds no hub yet"):
        init_db(url, readonly=True)  # a read-only command at an empty database: told, not a trace
    init_db(url)
    try:
        assert backup.backup_now() is None  # the window's daily copy: nothing to copy
        with pytest.raises(UserError, match="pg_dump"):
            backup.backup_to(tmp_path / "copy.db")
    finally:
        close_db()
    out = tmp_path / "copy.db"
    assert cli.run(["--db", url, "backup", "--out", str(out)]) == 2
    assert cli.run(["--db", url, "restore", str(tmp_path / "old.db")]) == 2
    told = capsys.readouterr().err
    assert told.count("pg_dump") == 2
    assert url in told
    assert not out.exists()
