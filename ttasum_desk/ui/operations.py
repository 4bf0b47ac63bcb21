"""One way to run an operation: a service call from a UI action, then its changes announced.

In the spirit of Anki's ``CollectionOp``: the action calls one service (one transaction); when
it returns, the service has committed, so the page's own ``success`` callback runs and then the
``Changes`` go out on the events hub, once, with the initiator; every page refreshes itself from
them. A ``UserError`` (a ``StorageError`` too: full disk, read-only, damaged or busy database)
goes to ``failure`` in the user's language, and nothing is announced, since nothing changed.
Anything else is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.storage.db import mapped_errors
from ttasum_desk.ui.events import Changes, Events

T = TypeVar("T")


def announce(events: Events, changes: Changes, initiator: QObject | None) -> None:
    """The one place that tells the pages what changed; nothing is said of no change."""
    if changes:
        events.changed.emit(changes, initiator)


def run_operation(
    events: Events,
    initiator: QObject,
    action: Callable[[], T],
    changes: Changes | Callable[[T], Changes],
    *,
    failure: Callable[[str], object],
    success: Callable[[T], object] | None = None,
) -> bool:
    """Run ``action``; True when it succeeded (and its changes were announced)."""
    try:
        with mapped_errors(write=True):  # reads outside a transaction explained too
            result = action()
    except UserError as error:
        failure(message(error))
        return False
    if success is not None:
        success(result)
    announce(events, changes(result) if callable(changes) else changes, initiator)
    return True


def warn(parent: QWidget, title: str) -> Callable[[str], object]:
    """A ``failure`` that shows the message in a warning box."""
    return lambda text: QMessageBox.warning(parent, title, text)
