"""This database's station, its operators.

The station is read once per open database and kept (every handout and receipt names it); only
``set_station`` changes it, and a new station code in the settings is read afresh.
"""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass
from typing import Any

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.records import StationKind
from ttasum_desk.errors import UserError
from ttasum_desk.storage import audit, settings
from ttasum_desk.storage.db import db, writing
from ttasum_desk.storage.models import Operator, Station

KINDS = tuple(StationKind)

_station: tuple[object, StationInfo] | None = None  # (connection, station)


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    kind: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def set_station(code: str, name: str, kind: str, operator: str = "") -> StationInfo:
    global _station
    code, name = code.strip().upper(), name.strip()
    if not code or not name or kind not in KINDS:
        raise UserError(
            "A station needs a code, a name and a kind (centre, school or hub).",
        )
    with writing():
        station = Station.get_or_none(Station.code == code)
        if station is None:
            Station.create(code=code, name=name, kind=kind, created_at=now_iso())
        else:
            station.name, station.kind = name, kind
            station.save()
        settings.put("station_code", code)
        audit.record("station_set", "station", code, operator, code=code, name=name, kind=kind)
    _station = None
    from ttasum_desk.services import keys  # keys names the station: imported here, not above

    keys.station_signer()  # the key pair is made when the code is first set
    return StationInfo(code, name, kind)


def current_station() -> StationInfo | None:
    global _station
    code = settings.get("station_code")
    if _station is not None and _station[0] is db.connection() and _station[1].code == code:
        return _station[1]
    station = Station.get_or_none(Station.code == code) if code else None
    if station is None:
        return None
    _station = (db.connection(), StationInfo(station.code, station.name, station.kind))
    return _station[1]


def operators(station_code: str) -> list[str]:
    query = Operator.select(Operator.name).where(
        (Operator.station_code == station_code) & (Operator.active == 1)  # 0/1 on either engine
    )
    return [row.name for row in query.order_by(Operator.name)]


def first_operator() -> str:
    """Who the command line acts as when not told: this station's first operator, else the
    system user."""
    station = current_station()
    names = operators(station.code) if station else []
    return names[0] if names else getpass.getuser()


def add_operator(station_code: str, name: str, added_by: str = "") -> None:
    """Add ``name`` to the station's operators, audited with who added them: ``added_by``,
    else the new operator, who typed their own name at the desk."""
    name = name.strip()
    if not name:
        raise UserError("An operator needs a name.")
    with writing():
        if not Operator.get_or_none(
            (Operator.station_code == station_code) & (Operator.name == name)
        ):
            Operator.create(station_code=station_code, name=name, created_at=now_iso())
            audit.record(
                "operator_added",
                "operator",
                name,
                added_by.strip() or name,
                station_code=station_code,
            )
