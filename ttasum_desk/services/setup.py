"""The first run: station, operators with their PINs, rules and the coordinator's PIN at once.

One transaction, so a setup that fails on any part (a bad rules file, a PIN of letters)
leaves the database as it was and the first-run window can simply be shown again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.errors import UserError
from ttasum_desk.services import roles, rules, stations
from ttasum_desk.storage import audit
from ttasum_desk.storage.db import writing


@dataclass(frozen=True)
class OperatorSetup:
    name: str
    pin: str = ""  # empty: signs in by name alone


@dataclass(frozen=True)
class SetupRequest:
    code: str
    name: str
    kind: str
    operators: tuple[OperatorSetup, ...]
    rules_text: str
    rules_source: str  # the file's name, for the audit log
    coordinator_pin: str = ""


def needs_setup() -> bool:
    """Whether this database has no station yet."""
    return stations.current_station() is None


def set_up(request: SetupRequest) -> stations.StationInfo:
    """Everything the desk needs to start handing out, in one transaction."""
    names = [operator.name.strip() for operator in request.operators if operator.name.strip()]
    if not names:
        raise UserError("Name at least one operator.")
    if request.kind == "hub" and not request.coordinator_pin.strip():
        raise UserError("A coordinator's hub needs a coordinator PIN.")
    first = names[0]
    with writing():
        station = stations.set_station(request.code, request.name, request.kind, first)
        for operator in request.operators:
            if operator.name.strip():
                stations.add_operator(station.code, operator.name, first)
                if operator.pin.strip():
                    roles.store_operator_pin(
                        station.code, operator.name.strip(), operator.pin, first
                    )
        rules.load_text(request.rules_text, operator=first, source=request.rules_source)
        if request.coordinator_pin.strip():
            roles.store_coordinator_pin(station.code, request.coordinator_pin, first)
        audit.record("station_setup", "station", station.code, first, operators=names)
    return station
