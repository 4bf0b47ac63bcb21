"""The app-wide signal hub: what an operation changed, announced once it has committed.

An operation (``ui.operations``) runs one service call and, when it succeeded, broadcasts a
``Changes`` with its initiator through ``changed``; every page that shows that data refreshes
itself from it. Payloads are flags and UIDs, never ORM objects. The operator and the
preferences are not in the database, so they keep their own signals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """What one operation changed. Stock follows from handouts, class counts and batches."""

    handouts: bool = False  # recorded or voided
    class_counts: bool = False
    batches: bool = False  # received or corrected
    recipients: bool = False
    station: bool = False  # station profile or operators
    rules: bool = False  # rules and items
    reviews: bool = False  # the coordinator's review list
    workshops: bool = False  # a session added, a sign-up or an attendance
    uids: tuple[str, ...] = ()  # the records the operation made

    @classmethod
    def everything(cls) -> Changes:
        """A roster, snapshot or merge: anything may have changed."""
        return cls(
            handouts=True, class_counts=True, batches=True, recipients=True,
            station=True, rules=True, reviews=True, workshops=True,
        )  # fmt: skip

    @property
    def stock(self) -> bool:
        return self.handouts or self.class_counts or self.batches or self.rules

    def __bool__(self) -> bool:
        return any(value is True for value in vars(self).values())


class Events(QObject):
    changed = Signal(object, object)  # Changes, the initiator (the widget that ran it)
    operator_changed = Signal(str)  # operator name
    preferences_changed = Signal()  # printing, large type, font
