"""Where the PIN hashes are kept: the settings table, one key per role.

The coordinator's PIN is the station's; an operator's PIN belongs to that operator of that
station. Only hashes are stored (``services.roles`` makes and checks them). Beside them, the
station's quantity above which an override needs the coordinator's PIN (absent: none does).
"""

from __future__ import annotations

from ttasum_desk.storage import settings

COORDINATOR_KEY = "coordinator_pin"
OVERRIDE_LIMIT_KEY = "override_pin_above"


def operator_key(station_code: str, name: str) -> str:
    return f"operator_pin/{station_code}/{name}"


def coordinator_hash() -> str:
    return settings.get(COORDINATOR_KEY) or ""


def put_coordinator_hash(hashed: str) -> None:
    """Inside the caller's write transaction."""
    settings.put(COORDINATOR_KEY, hashed)


def operator_hash(station_code: str, name: str) -> str:
    return settings.get(operator_key(station_code, name)) or ""


def put_operator_hash(station_code: str, name: str, hashed: str) -> None:
    """Inside the caller's write transaction."""
    settings.put(operator_key(station_code, name), hashed)


def override_limit() -> int | None:
    value = settings.get(OVERRIDE_LIMIT_KEY) or ""
    return int(value) if value.isdigit() else None


def put_override_limit(limit: int | None) -> None:
    """Inside the caller's write transaction; None turns the check off."""
    settings.put(OVERRIDE_LIMIT_KEY, "" if limit is None else str(limit))
