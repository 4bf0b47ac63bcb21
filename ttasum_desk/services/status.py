"""What the window's title and status bar show about this database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ttasum_desk.services import stations
from ttasum_desk.services.stations import StationInfo
from ttasum_desk.storage import settings
from ttasum_desk.storage.db import db_path


@dataclass(frozen=True)
class DeskStatus:
    station: StationInfo | None
    operators: list[str]
    snapshot_as_of: str | None  # date of the last imported snapshot
    database: Path


def desk_status() -> DeskStatus:
    station = stations.current_station()
    return DeskStatus(
        station=station,
        operators=stations.operators(station.code) if station else [],
        snapshot_as_of=settings.get("snapshot_as_of"),
        database=db_path(),
    )
