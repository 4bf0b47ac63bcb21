"""Recording handouts: decide, then write the row, its chain hash and its audit entry.

One call is one transaction. A handout is numbered (station code + running number), chained
to the station's previous row and audited in the same statement order every time; voids
(``services.handout_log``) are appended the same way, through ``append_row``. A ``request_id``
already recorded answers with that first handout, so a retried command never hands out twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ttasum_desk.domain.clock import now_iso, parse_moment
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import HandoutRecord, Origin, Status
from ttasum_desk.domain.rules import Decision, HistoryEntry
from ttasum_desk.errors import UserError
from ttasum_desk.services import roles
from ttasum_desk.services.handout_decisions import (
    RefusedByRule,
    context_of,
    decision_for,
    known_item,
    with_history,
)
from ttasum_desk.services.handout_receipts import new_receipt, receipt_data
from ttasum_desk.services.stations import StationInfo, current_station
from ttasum_desk.storage import audit, recipients, requests, stock
from ttasum_desk.storage import handouts as store
from ttasum_desk.storage.db import writing

if TYPE_CHECKING:
    from ttasum_desk.printing.receipt import ReceiptData


@dataclass(frozen=True)
class HandoutRequest:
    recipient: str  # card code or recipient uid
    item_code: str
    quantity: int | None = None  # None: as many as the rules allow now
    at: datetime | None = None  # None: now; set when entering paper tally sheets
    operator: str = ""
    proxy_card: str | None = None  # the collector, when someone else collects
    override_reason: str = ""  # records a handout the rules refuse
    lot_uid: str | None = None  # a named batch instead of first in, first out
    request_id: str = ""  # the writer's own id for this request: a retry records nothing new
    coordinator_pin: str = field(default="", repr=False)  # approves an override above the limit


@dataclass(frozen=True)
class RecordedHandout:
    handout_uid: str
    receipt_no: str
    recipient_uid: str
    card_code: str
    item_code: str
    quantity: int
    batch_uid: str | None
    handed_at: str
    decision: Decision
    overridden: bool
    receipt: ReceiptData


@dataclass(frozen=True)
class RecordedVisit:
    """The handouts of one visit, in the order asked, and the one receipt that lists them."""

    handouts: tuple[RecordedHandout, ...]
    receipt: ReceiptData


def desk_station() -> StationInfo:
    """This database's station: handouts and voids carry its code and number."""
    station = current_station()
    if station is None:
        raise UserError(
            "This database has no station yet. Set it first: station set --code C --name N "
            "--kind centre."
        )
    return station


def operator_named(operator: str) -> str:
    """Who hands out or voids, named: every row and audit entry says who it was."""
    if not operator.strip():
        raise UserError("Say who is handing out: give the operator's name.")
    return operator.strip()


def append_row(row: dict[str, object], item_code: str) -> str:
    """Number, chain and insert a handout or void row of this station; returns the audit
    log's head, read with the numbering, for the entry that follows."""
    receipt_no, chain_head, audit_head = store.numbering(str(row["station_code"]))
    row["receipt_no"] = receipt_no
    unchained = HandoutRecord.from_fields({**row, "item_code": item_code})
    row["chain_hash"] = chain_hash = unchained.chain_hash_after(chain_head)
    record = dataclasses.replace(unchained, chain_hash=chain_hash)
    store.insert(record, str(row["item_uid"]), Origin.LOCAL, str(row["created_at"]))
    return audit_head


def record(request: HandoutRequest) -> RecordedHandout:
    """Decide and record one handout (one transaction); ``services.handouts`` says how."""
    with writing():
        return _record(request)


def record_visit(requests_of_visit: Sequence[HandoutRequest]) -> RecordedVisit:
    """Record the handouts of one visit in one transaction: each decided after the ones
    before it, so a rule counting two items together sees both; a refusal of any records
    none. The receipt lists them all, under the first one's number and QR code."""
    if not requests_of_visit:
        raise UserError("Choose at least one item to record.")
    with writing():
        done = tuple(_record(request) for request in requests_of_visit)
    first, *more = (recorded.receipt for recorded in done)
    return RecordedVisit(done, dataclasses.replace(first, more=tuple(more)))


def _record(request: HandoutRequest) -> RecordedHandout:
    """``record``'s work inside the caller's transaction."""
    request_id = request.request_id.strip()
    first = requests.handout_of(request_id) if request_id else None
    if first is not None:
        return _answered_before(request_id, first, request)
    operator = operator_named(request.operator)
    station = desk_station()
    context = context_of(
        request.recipient, request.item_code, request.quantity, request.at, request.proxy_card
    )
    decision = context.decision
    override = request.override_reason.strip()
    if not decision.allowed and not override:
        raise RefusedByRule(decision)
    quantity = decision.quantity or (decision.rule.limit if decision.rule else 1)
    item, proxy = context.item, context.proxy
    approved_by = (
        "" if decision.allowed else roles.approve_override(quantity, request.coordinator_pin)
    )
    lot = stock.pick_lot(item.uid, quantity, request.lot_uid) if item.track_stock else None
    batch_uid = lot.batch_uid if lot else None
    row: dict[str, object] = {
        "uid": new_uid(),
        "recipient_uid": context.recipient.uid,
        "item_uid": item.uid,
        "quantity": quantity,
        "batch_uid": batch_uid,
        "station_code": station.code,
        "operator": operator,
        "handed_at": context.moment.isoformat(timespec="seconds"),
        "status": Status.OK,
        "void_of": None,
        "reason": "",
        "proxy_uid": proxy.uid if proxy and proxy.uid != context.recipient.uid else None,
        "override_reason": "" if decision.allowed else override,
        "created_at": now_iso(),
    }
    audit_head = append_row(row, item.code)
    if request_id:
        requests.remember(request_id, str(row["uid"]))
    audit.record_after(
        audit_head,
        "handout_override" if not decision.allowed else "handout",
        "handout",
        str(row["uid"]),
        operator,
        receipt_no=row["receipt_no"],
        card_code=context.recipient.card_code,
        item=item.code,
        quantity=quantity,
        handed_at=row["handed_at"],
        override_reason=row["override_reason"],
        refused=[reason.code for reason in decision.reasons] if not decision.allowed else [],
        **({"approved_by": approved_by} if approved_by else {}),
    )
    return RecordedHandout(
        handout_uid=str(row["uid"]),
        receipt_no=str(row["receipt_no"]),
        recipient_uid=context.recipient.uid,
        card_code=context.recipient.card_code,
        item_code=item.code,
        quantity=quantity,
        batch_uid=batch_uid,
        handed_at=str(row["handed_at"]),
        decision=decision,
        overridden=not decision.allowed,
        receipt=new_receipt(station, context, row, lot),
    )


def _answered_before(request_id: str, handout_uid: str, request: HandoutRequest) -> RecordedHandout:
    """The handout first recorded under ``request_id``, as recording answered it: the
    decision is taken again at its moment on the history without it."""
    row = store.get(handout_uid)
    item = known_item(request.item_code)
    if (
        row is None
        or request.recipient.strip() not in (row.card_code, row.recipient_uid)
        or (item.uid != row.item_uid)
    ):
        raise UserError(
            "The request id {request_id} was already used for another handout ({uid}). "
            "Give each new handout a new request id.",
            request_id=request_id,
            uid=handout_uid,
        )
    moment = parse_moment(row.handed_at)
    found = with_history(row.recipient_uid, item)
    own = HistoryEntry(row.recipient_uid, item.code, row.quantity, moment.date())
    if own in found.history:
        found.history.remove(own)
    proxy = recipients.by_card(request.proxy_card.strip()) if request.proxy_card else None
    decision = decision_for(item, found, moment, row.quantity, proxy)
    return RecordedHandout(
        handout_uid=row.uid,
        receipt_no=row.receipt_no,
        recipient_uid=row.recipient_uid,
        card_code=row.card_code,
        item_code=item.code,
        quantity=row.quantity,
        batch_uid=row.batch_uid,
        handed_at=row.handed_at,
        decision=decision,
        overridden=bool(row.override_reason),
        receipt=receipt_data(row.uid),
    )
