"""The coordinator's PIN and the operators' PINs: set, checked, never kept in the clear.

A PIN is stored as ``scrypt$n$r$p$salt$hash`` (hex): a random salt per PIN and the cost
parameters beside the hash, so stronger parameters later still check older hashes. Checking
compares in constant time. Setting a PIN is audited with who did it, never with the PIN or its
hash. An empty PIN removes it (a small station may run without one).

Overrides (a handout the rules refuse, recorded with a reason) of more than a set quantity
need the coordinator's PIN as well, each time, wherever they are recorded: the desk asks for
it, the command line reads it, and the handout service refuses such an override without it.
The limit is off until the coordinator sets it: what counts as a large override depends on
the items (two masks or two food boxes), and a station whose coordinator is not at hand must
still be able to serve an urgent case. 0 means every override. The audit entry names the
operator and, as ``approved_by``, the coordinator: the PIN is the station's, so it proves the
role, not a person.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from ttasum_desk.errors import UserError
from ttasum_desk.services import stations
from ttasum_desk.storage import audit, roles
from ttasum_desk.storage.db import writing

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
PIN_LENGTHS = (4, 12)


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        found = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(found, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def valid_pin(pin: str) -> str:
    """The PIN stripped, or a UserError saying what a PIN is."""
    pin = pin.strip()
    low, high = PIN_LENGTHS
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise UserError("A PIN is {low} to {high} digits.", low=low, high=high)
    return pin


def coordinator_pin_set() -> bool:
    return bool(roles.coordinator_hash())


def set_coordinator_pin(pin: str, operator: str) -> None:
    """Set (or, with an empty PIN, remove) the coordinator's PIN; one transaction."""
    store_coordinator_pin(_station_code(), pin, operator)


def store_coordinator_pin(station_code: str, pin: str, operator: str) -> None:
    """``set_coordinator_pin`` for a station named by the caller (the first run, whose
    station is not committed yet: reading it would keep it in the cache on a rollback)."""
    hashed = hash_pin(valid_pin(pin)) if pin.strip() else ""
    with writing():
        roles.put_coordinator_hash(hashed)
        action = "coordinator_pin_set" if hashed else "coordinator_pin_removed"
        audit.record(action, "station", station_code, operator)


class CoordinatorPinNeeded(UserError):
    """An override above the station's limit, without the coordinator's PIN."""


APPROVED_BY_COORDINATOR = "coordinator"


def override_limit() -> int | None:
    """Overrides of more than this quantity need the coordinator's PIN; None: none do."""
    return roles.override_limit()


def set_override_limit(limit: int | None, operator: str) -> None:
    """Set (or, with None, turn off) the override limit; audited, one transaction."""
    if limit is not None and limit < 0:
        raise UserError("The override limit is a quantity of 0 or more.")
    with writing():
        roles.put_override_limit(limit)
        audit.record("override_limit_set", "station", _station_code(), operator, limit=limit)


def override_needs_coordinator(quantity: int) -> bool:
    """Whether an override of ``quantity`` must be approved with the coordinator's PIN (never
    at a station without one: it lets everything through, as the window's gate does)."""
    limit = roles.override_limit()
    return limit is not None and quantity > limit and coordinator_pin_set()


def approve_override(quantity: int, pin: str) -> str:
    """Who approved an override of ``quantity``: "" when no approval is needed, the
    coordinator when ``pin`` is theirs; ``CoordinatorPinNeeded`` otherwise."""
    if not override_needs_coordinator(quantity):
        return ""
    if not check_coordinator_pin(pin):
        raise CoordinatorPinNeeded(
            "An override of more than {limit} needs the coordinator's PIN. Nothing was recorded.",
            limit=roles.override_limit(),
        )
    return APPROVED_BY_COORDINATOR


def check_coordinator_pin(pin: str) -> bool:
    stored = roles.coordinator_hash()
    return bool(stored) and pin_matches(pin.strip(), stored)


def operator_has_pin(name: str) -> bool:
    return bool(roles.operator_hash(_station_code(), name))


def set_operator_pin(name: str, pin: str, operator: str) -> None:
    """Set (or, with an empty PIN, remove) an operator's PIN; one transaction."""
    store_operator_pin(_station_code(), name, pin, operator)


def store_operator_pin(code: str, name: str, pin: str, operator: str) -> None:
    """``set_operator_pin`` for a station named by the caller (as ``store_coordinator_pin``)."""
    if name not in stations.operators(code):
        raise UserError("There is no operator {name} at this station.", name=name)
    hashed = hash_pin(valid_pin(pin)) if pin.strip() else ""
    with writing():
        roles.put_operator_hash(code, name, hashed)
        action = "operator_pin_set" if hashed else "operator_pin_removed"
        audit.record(action, "operator", name, operator, station_code=code)


def check_operator_pin(name: str, pin: str) -> bool:
    """True when the operator has no PIN or this is it."""
    stored = roles.operator_hash(_station_code(), name)
    return not stored or pin_matches(pin.strip(), stored)


def _station_code() -> str:
    station = stations.current_station()
    if station is None:
        raise UserError("Set up the station first.")
    return station.code
