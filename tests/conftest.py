from __future__ import annotations

import functools
import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from pytestqt.qtbot import QtBot

from tests import pg
from ttasum_desk.services import demo
from ttasum_desk.storage.db import close_db, init_db

# No property test may depend on how fast this machine is today: no deadlines anywhere. CI
# (CI=true) runs the same examples every time and prints how to reproduce a failure; on a
# desk, new examples are tried each run. HYPOTHESIS_PROFILE picks one by name.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", derandomize=False, deadline=None)  # even where CI is detected
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

# pytest-qt waits 5 s by default, a timing assertion in disguise: on a loaded 2-core machine a
# background job or a recorded handout may take longer to report, and the test then fails for
# the machine, not the app. A wait with no timeout of its own waits up to a minute; a signal
# that never comes still fails the test.
PATIENCE_MS = 60_000


def _patient(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def patient(self: QtBot, *args: Any, timeout: int = PATIENCE_MS, **kwargs: Any) -> Any:
        return wait(self, *args, timeout=timeout, **kwargs)

    return patient


for _wait in ("waitSignal", "waitSignals", "waitUntil", "waitCallback"):
    setattr(QtBot, _wait, _patient(getattr(QtBot, _wait)))


@pytest.fixture(autouse=True)
def isolated_user_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Data, config and QSettings of every test live under its tmp_path.

    ``qapp`` makes the widgets' QApplication first: a command run in-process would otherwise
    leave a bare QCoreApplication behind, and the next window test would abort."""
    monkeypatch.setenv("TTASUM_DESK_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("TTASUM_DESK_LANG", "en")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.db"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Path]:
    """A real database file with the real pragmas and migrations, and nothing in it."""
    init_db(db_path)
    yield db_path
    close_db()


@pytest.fixture
def station_db(db_path: Path) -> Iterator[Path]:
    """A small demo city (seed 7): station OS-JA01, operators, items, a few hundred people;
    no rules and no handouts yet."""
    init_db(db_path)
    demo.generate("small", 7, history=False)
    yield db_path
    close_db()


# The hub: its tests run on SQLite and on a PostgreSQL server (tests/pg.py).


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """One throwaway PostgreSQL server for the whole run, or a skip that says why not."""
    try:
        server = pg.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as why:
        if pg.REQUIRED:
            pytest.fail(f"TTASUM_REQUIRE_PG=1 but no PostgreSQL server could start: {why}")
        pytest.skip(f"no PostgreSQL server could start: {why}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request: pytest.FixtureRequest, tmp_path: Path) -> pg.HubDatabase:
    """Where a hub lives, by name: a new SQLite file, or a new database on the test server."""
    if request.param == "sqlite":
        return lambda name: tmp_path / f"{name}.db"
    return request.getfixturevalue("server_hub")  # type: ignore[no-any-return]


@pytest.fixture
def server_hub(pg_server: object) -> pg.HubDatabase:
    """Where a hub lives on the test server, by name: for what only a server hub does."""
    return lambda name: pg_server.new_database(name)  # type: ignore[attr-defined, no-any-return]
