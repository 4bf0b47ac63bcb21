"""This database's station, its operators."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.records import StationKind
from ttasum_desk.errors import UserError
from ttasum_desk.storage import audit, settings
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Operator, Station

KINDS = tuple(StationKind)


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    kind: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def set_station(code: str, name: str, kind: str) -> StationInfo:
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
        audit.record("station_set", "station", code, code=code, name=name, kind=kind)
    return StationInfo(code, name, kind)


def current_station() -> StationInfo | None:
    code = settings.get("station_code")
    station = Station.get_or_none(Station.code == code) if code else None
    return StationInfo(station.code, station.name, station.kind) if station else None


def operators(station_code: str) -> list[str]:
    query = Operator.select(Operator.name).where(
        (Operator.station_code == station_code) & Operator.active
    )
    return [row.name for row in query.order_by(Operator.name)]


def add_operator(station_code: str, name: str) -> None:
    name = name.strip()
    if not name:
        raise UserError("An operator needs a name.")
    with writing():
        if not Operator.get_or_none(
            (Operator.station_code == station_code) & (Operator.name == name)
        ):
            Operator.create(station_code=station_code, name=name, created_at=now_iso())
            audit.record("operator_added", "operator", name, station_code=station_code)
