"""The app-wide signal hub: services' results announced as past-tense events.

A view that changed the data emits the event after the service call returned; every view
that shows that data listens and refreshes itself. Payloads are UIDs or plain data, never
ORM objects.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    handout_recorded = Signal(str)  # handout uid
    handout_voided = Signal(str)  # uid of the voided handout
    recipient_registered = Signal(str)  # recipient uid
    batch_received = Signal(str)  # batch uid
    data_imported = Signal()  # roster, snapshot or merge: anything may have changed
    station_changed = Signal()  # station profile or operators
    operator_changed = Signal(str)  # operator name
    preferences_changed = Signal()  # printing, large type, font
