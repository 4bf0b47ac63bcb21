"""The coordinator's gate: merge, snapshots, roster import, rules, station and operators ask
for the coordinator's PIN first.

Once given, the PIN is not asked again for ``UNLOCK_MINUTES`` (one sitting at the desk), and
the unlock ends when the window closes or another operator signs in (``lock``). After
``MAX_TRIES`` wrong PINs in a row the gate refuses every try for ``WAIT_SECONDS``, so a PIN
can't be guessed by trying them all. A station without a coordinator PIN lets everything
through (Settings suggests setting one). Operators sign in with their own PIN, when they have
one (``sign_in``). An override above the station's limit asks for the coordinator's PIN every
time, unlocked or not (``approve_override``): the coordinator approves that one handout, at
the desk, and the PIN goes with it to the service, which checks it again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ttasum_desk.services import roles
from ttasum_desk.ui import preferences
from ttasum_desk.ui.pin_dialog import PinDialog

UNLOCK_MINUTES = 10
MAX_TRIES = 5
WAIT_SECONDS = 30


@dataclass
class _GateState:
    unlocked_until: float = 0.0
    wrong_in_a_row: int = 0
    waiting_until: float = 0.0


_state = _GateState()


def lock() -> None:
    """End the unlock: the next coordinator action asks for the PIN again."""
    _state.unlocked_until = 0.0


def require_coordinator(parent: QWidget | None) -> str | None:
    """The signed-in operator's name when the coordinator's action may go ahead, None when
    the PIN was refused or the question cancelled."""
    operator = preferences.operator()
    now = time.monotonic()
    if not roles.coordinator_pin_set() or now < _state.unlocked_until:
        return operator
    if _refused_while_waiting(parent, now):
        return None
    pin = PinDialog.ask(
        parent,
        QCoreApplication.translate("PinGate", "Coordinator PIN"),
        QCoreApplication.translate("PinGate", "This is the coordinator's work. Coordinator PIN:"),
    )
    if pin is None:
        return None
    if _accepted(pin, roles.check_coordinator_pin, parent):
        _state.unlocked_until = time.monotonic() + UNLOCK_MINUTES * 60
        return operator
    return None


def approve_override(parent: QWidget | None, quantity: int) -> str | None:
    """The coordinator's PIN for an override of ``quantity``: "" when none is needed, None
    when the PIN was refused or the question cancelled (record nothing then)."""
    if not roles.override_needs_coordinator(quantity):
        return ""
    if _refused_while_waiting(parent, time.monotonic()):
        return None
    pin = PinDialog.ask(
        parent,
        QCoreApplication.translate("PinGate", "Coordinator PIN"),
        QCoreApplication.translate(
            "PinGate",
            "An override of more than {limit} needs the coordinator's approval. Coordinator PIN:",
        ).format(limit=roles.override_limit()),
    )
    if pin is None or not _accepted(pin, roles.check_coordinator_pin, parent):
        return None
    return pin


def sign_in(parent: QWidget | None, name: str) -> bool:
    """Whether ``name`` may work at the desk: no PIN of their own, or they gave it."""
    if not name or not roles.operator_has_pin(name):
        return True
    if _refused_while_waiting(parent, time.monotonic()):
        return False
    pin = PinDialog.ask(
        parent,
        QCoreApplication.translate("PinGate", "Sign in"),
        QCoreApplication.translate("PinGate", "PIN of {name}:").format(name=name),
    )
    if pin is None:
        return False
    return _accepted(pin, lambda given: roles.check_operator_pin(name, given), parent)


def _refused_while_waiting(parent: QWidget | None, now: float) -> bool:
    if now >= _state.waiting_until:
        return False
    seconds = math.ceil(_state.waiting_until - now)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("PinGate", "PIN"),
        QCoreApplication.translate(
            "PinGate", "Too many wrong PINs. Try again in {seconds} seconds."
        ).format(seconds=seconds),
    )
    return True


def _accepted(pin: str, check: Callable[[str], bool], parent: QWidget | None) -> bool:
    if check(pin):
        _state.wrong_in_a_row = 0
        return True
    _state.wrong_in_a_row += 1
    if _state.wrong_in_a_row >= MAX_TRIES:
        _state.wrong_in_a_row = 0
        _state.waiting_until = time.monotonic() + WAIT_SECONDS
        text = QCoreApplication.translate(
            "PinGate", "Wrong PIN, {tries} times in a row. Try again in {seconds} seconds."
        ).format(tries=MAX_TRIES, seconds=WAIT_SECONDS)
    else:
        text = QCoreApplication.translate("PinGate", "Wrong PIN: nothing was done.")
    QMessageBox.warning(parent, QCoreApplication.translate("PinGate", "PIN"), text)
    return False
