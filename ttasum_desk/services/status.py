"""What the window's title and status bar show about this database."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ttasum_desk.services import stations
from ttasum_desk.services.stations import StationInfo
from ttasum_desk.storage import settings
from ttasum_desk.storage.db import db_location, db_path, on_postgres


@dataclass(frozen=True)
class DeskStatus:
    station: StationInfo | None
    operators: list[str]
    snapshot_as_of: str | None  # date of the last imported snapshot
    database: str  # its file, or a hub's server URL
    database_name: str  # the file's name, or the server's database's


def desk_status() -> DeskStatus:
    station = stations.current_station()
    location = db_location()
    return DeskStatus(
        station=station,
        operators=stations.operators(station.code) if station else [],
        snapshot_as_of=settings.get("snapshot_as_of"),
        database=location,
        database_name=urlsplit(location).path.strip("/") if on_postgres() else db_path().name,
    )
