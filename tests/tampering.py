"""Edits made behind the app's back, the way an outside SQLite tool would make them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any


def edit_behind_the_app(path: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    """Open the file with the plain ``sqlite3`` module, drop the append-only triggers and run
    ``sql``: what a hostile tool does to change a record."""
    with closing(sqlite3.connect(path)) as connection, connection:
        triggers = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only%'"
        ).fetchall()
        for (name,) in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute(sql, params)
