"""What the About box tells a station to pass on when something goes wrong: the app's
version, the database's schema (its last applied migration) and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ttasum_desk import __version__, paths
from ttasum_desk.storage.db import db_location, schema_versions


@dataclass(frozen=True)
class AboutInfo:
    version: str
    schema: str | None  # None: no migration applied
    data_folder: Path
    database: str  # its file, or a hub's server URL


def about_info() -> AboutInfo:
    applied = schema_versions()
    return AboutInfo(
        version=__version__,
        schema=applied[-1] if applied else None,
        data_folder=paths.data_dir(),
        database=db_location(),
    )
