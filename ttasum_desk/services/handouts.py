"""Handouts: check a request against the rules, record it, void it, and a receipt's data.

Interfaces the window, the command line and the exchange rely on:
- ``check(recipient, item_code, quantity=None, at=None, proxy_card=None) -> Decision``: the
  decision for a card code (or recipient uid), read in one query; writes nothing.
- ``record(HandoutRequest) -> RecordedHandout``: decide, then record, in one transaction: a new
  UUID, the receipt number (station code + running number, OS-JA01-000123), the operator, the
  batch (first in, first out, where the item's stock is tracked), the station's chain hash
  (see ``storage.handouts``) and an audit entry. A refusal raises ``RefusedByRule`` (exit code 3)
  and writes nothing, unless ``override_reason`` is given: then it is recorded and audited.
  An override above the station's limit also needs ``coordinator_pin`` (``services.roles``).
  ``RecordedHandout.receipt`` is the receipt's data, made from what recording read: print it.
  A ``request_id`` already recorded answers with that first handout and records nothing, so
  a retried command never hands out twice (the same id for another card or item is refused).
- ``check_visit(recipient, at=None, proxy_card=None, also=None) -> tuple[VisitLine, ...]``:
  the decision on every item a rule covers for this person (and ``also``), from one history
  query; writes nothing.
- ``record_visit(requests) -> RecordedVisit``: several handouts of one visit recorded as
  ``record`` records each, in one transaction (all or nothing), with one receipt listing them.
- ``void(handout_uid, reason, operator) -> str``: a compensating row; voiding a handout twice,
  or voiding a void, is refused. Returns the void's uid.
- ``receipt_data(handout_uid, copy) -> ReceiptData``: for reprints and void slips (a void's data
  is a void slip for the voided receipt's number).

A scan and its Enter at the desk cost few statements: the person comes with their household's
size, their registered proxies and the household's handouts of every item a rule counts
together with the asked one (``CurrentRules.items_sharing``) in one query, the receipt number
with both chain heads in another, and the station, the items and the parsed rules are kept
between handouts.

This module is the one entry point the window, the command line, classes and the demo call;
the work is split by what it does: deciding (``handout_decisions``), recording
(``handout_recording``), receipts and reprints (``handout_receipts``), voids and the day's log
(``handout_log``).
"""

from __future__ import annotations

from ttasum_desk.services.handout_decisions import (
    RefusedByRule,
    VisitLine,
    check,
    check_visit,
    parse_at,
    person_of,
)
from ttasum_desk.services.handout_log import today_log, void
from ttasum_desk.services.handout_receipts import receipt_data
from ttasum_desk.services.handout_recording import (
    HandoutRequest,
    RecordedHandout,
    RecordedVisit,
    record,
    record_visit,
)

__all__ = [
    "HandoutRequest",
    "RecordedHandout",
    "RecordedVisit",
    "RefusedByRule",
    "VisitLine",
    "check",
    "check_visit",
    "parse_at",
    "person_of",
    "receipt_data",
    "record",
    "record_visit",
    "today_log",
    "void",
]
