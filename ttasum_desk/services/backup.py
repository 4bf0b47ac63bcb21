"""Rotating backups through SQLite's online backup API, so a damaged disk or a mistaken
merge never costs more than a day: one copy a day, the newest ``KEEP`` kept."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from ttasum_desk.errors import DatabaseDamaged
from ttasum_desk.storage.db import db_path, integrity_ok, mapped_errors

KEEP = 7


def backup_folder(database: Path) -> Path:
    return database.with_name(database.stem + "-backups")


def backup_now(today: date | None = None) -> Path | None:
    """Copy the open database to today's backup file unless it exists; prune the oldest.

    Returns the new backup's path, or None when today's copy was already there. A damaged
    database is not backed up over good copies.
    """
    source = db_path()
    folder = backup_folder(source)
    target = folder / f"{source.stem}-{(today or date.today()).isoformat()}.db"
    if target.exists():
        return None
    if not integrity_ok():
        raise DatabaseDamaged(
            "The database {path} failed its integrity check, so no backup was made over the "
            "good ones. Restore the newest backup from {folder}.",
            path=str(source),
            folder=str(folder),
        )
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with (
        mapped_errors(write=True, path=partial),  # a full or read-only backup disk, told as such
        closing(sqlite3.connect(source)) as live,
        closing(sqlite3.connect(partial)) as copy,
    ):
        live.backup(copy)
    partial.replace(target)
    for old in sorted(folder.glob(f"{source.stem}-*.db"))[:-KEEP]:
        old.unlink()
    return target
