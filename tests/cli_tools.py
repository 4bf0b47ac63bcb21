"""Running the command line in-process, and reading a database file from outside the app."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ttasum_desk.cli import run


def cli(db: Path, *argv: str) -> int:
    """The exit code, also of argparse's own refusals (which raise SystemExit)."""
    try:
        return run(["--db", str(db), *argv])
    except SystemExit as stopped:
        return int(stopped.code or 0)


def dump(database: Path) -> list[str]:
    """Every row and the schema, read with a plain connection: what a refusal must not change."""
    with closing(sqlite3.connect(database)) as connection:
        return list(connection.iterdump())
