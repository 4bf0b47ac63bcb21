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
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ttasum_desk.domain.clock import now, now_iso, parse_moment
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import HandoutRecord, Origin, Status
from ttasum_desk.domain.rules import (
    MAX_QUANTITY,
    Decision,
    HistoryEntry,
    Person,
    Reason,
    RegisteredProxy,
    decide,
)
from ttasum_desk.domain.who import fits
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate
from ttasum_desk.services import roles
from ttasum_desk.services.class_shares import shares_of
from ttasum_desk.services.rules import current_rules
from ttasum_desk.services.stations import StationInfo, current_station
from ttasum_desk.services.workshops import guide_url
from ttasum_desk.storage import audit, items, recipients, requests, stock
from ttasum_desk.storage import handouts as store
from ttasum_desk.storage.db import writing
from ttasum_desk.storage.models import Item, Recipient
from ttasum_desk.storage.stock import BatchStock

if TYPE_CHECKING:
    from ttasum_desk.printing.receipt import ReceiptData

PERIOD_LABELS = {
    "once": "in total",
    "day": "today",
    "week": "this week",
    "month": "this month",
    "year": "this year",
    "campaign": "in this campaign",
    "days": "within {days} days",
}


# Whether the person may come back later -> the refusal's template.
REFUSAL_TEMPLATES = {
    False: "Refused: {reasons}",
    True: "Refused: {reasons} Eligible again on {next_eligible}.",
}


class RefusedByRule(UserError):
    """The rules refuse the handout; ``decision`` says why and when the person may come back."""

    exit_code = 3

    def __init__(self, decision: Decision) -> None:
        self.decision = decision
        template, params = self._message(lambda reason: reason.english)
        super().__init__(template, **params)

    def _message(self, say: Callable[[Reason], str]) -> tuple[str, dict[str, str]]:
        reasons = " ".join(say(reason) for reason in self.decision.reasons)
        later = self.decision.next_eligible
        if later is None:
            return REFUSAL_TEMPLATES[False], {"reasons": reasons}
        return REFUSAL_TEMPLATES[True], {"reasons": reasons, "next_eligible": later.isoformat()}

    def translated(self) -> str:
        """The message with every reason in the user's language."""
        template, params = self._message(
            lambda r: translate(r.message.template, **r.message.params)
        )
        return translate(template, **params)


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
class VisitLine:
    """One item of a visit and the rules' decision on it."""

    item_code: str
    decision: Decision


@dataclass(frozen=True)
class RecordedVisit:
    """The handouts of one visit, in the order asked, and the one receipt that lists them."""

    handouts: tuple[RecordedHandout, ...]
    receipt: ReceiptData


@dataclass(frozen=True)
class _Context:
    recipient: Recipient
    item: Item
    proxy: Recipient | None
    moment: datetime
    decision: Decision


def parse_at(text: str | None) -> datetime | None:
    """An ``--at`` value: an ISO date or date-time (local time when naive)."""
    if text is None:
        return None
    try:
        return parse_moment(text)
    except ValueError:
        raise UserError(
            "{text} is not a date. Give a date or date-time such as 2020-03-09 or "
            "2020-03-09T10:30.",
            text=text,
        ) from None


def person_of(
    row: Recipient, household_size: int = 1, proxies: tuple[RegisteredProxy, ...] = ()
) -> Person:
    """The person as the rules see them; ``household_size`` and ``proxies`` come with the
    entitlement's query (a collector needs neither)."""
    return Person(
        uid=row.uid,
        group=row.group,
        birth_date=date.fromisoformat(row.birth_date) if row.birth_date else None,
        birth_year=row.birth_year,
        household_uid=recipients.household_uid(row),
        disability=bool(row.disability),
        tags=recipients.tags_of(row),
        school=row.school,
        grade=row.grade,
        klass=row.klass,
        district=row.district,
        household_size=household_size,
        proxies=proxies,
    )


def _with_history(who: str, item: Item) -> recipients.Entitlement:
    """The person with this card code (or uid), with their household's handouts of every
    item a rule counts together with this one and the shares of class counts charged to
    them."""
    return _with_shares(_visitor(who, current_rules().items_sharing(item.code)), item)


def _with_shares(found: recipients.Entitlement, item: Item) -> recipients.Entitlement:
    """``found`` with the shares of the class counts of ``item`` charged to the person."""
    shares = shares_of(found.recipient, item, person_of)
    return dataclasses.replace(found, history=found.history + shares) if shares else found


def _item(code: str) -> Item:
    code = (code or "").strip()
    found = items.by_code(code) or items.by_code(code.upper())
    if found is None:
        known = ", ".join(item.code for item in items.all_items()) or "-"
        raise UserError("There is no item {item}. The items are: {items}.", item=code, items=known)
    return found


def _decide(
    item: Item,
    found: recipients.Entitlement,
    on: datetime,
    quantity: int | None = None,
    proxy: Recipient | None = None,
) -> Decision:
    """The rules' decision, its reasons naming the item and its unit as people know them."""
    decision = decide(
        current_rules().for_item(item.code),
        person_of(found.recipient, found.household_size, found.proxies),
        item.code,
        on,
        found.history,
        quantity,
        person_of(proxy) if proxy is not None else None,
    )
    return dataclasses.replace(
        decision, reasons=tuple(_named(reason, item) for reason in decision.reasons)
    )


def _named(reason: Reason, item: Item) -> Reason:
    """The reason naming the item by its name and quantities with its unit: written right
    after the number, a Latin unit after a space ("30 kg"), a Korean one without ("3매")."""
    params = dict(reason.message.params)
    if params.get("item") == item.code:
        params["item"] = item.name
    if "unit" in params:
        unit = item.unit or ""
        params["unit"] = f" {unit}" if unit[:1].isascii() and unit[:1].isalnum() else unit
    if params == reason.message.params:
        return reason
    return dataclasses.replace(reason, message=dataclasses.replace(reason.message, params=params))


def _quantity(quantity: int | None) -> int | None:
    """A requested quantity: whole and at most MAX_QUANTITY, which the database can store."""
    if quantity is not None and (
        isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1
    ):
        raise UserError(
            "The quantity must be a whole number of 1 or more, not {quantity}.", quantity=quantity
        )
    if quantity is not None and quantity > MAX_QUANTITY:
        raise UserError(
            "The quantity may be at most {most}, not {quantity}.",
            most=MAX_QUANTITY,
            quantity=quantity,
        )
    return quantity


def _proxy(proxy_card: str | None) -> Recipient | None:
    """The collector with this card code, or None when nobody else collects."""
    if not proxy_card or not proxy_card.strip():
        return None
    proxy = recipients.by_card(proxy_card.strip())
    if proxy is None:
        raise UserError(
            "No recipient has the card code {card} given for the collector. Check the code.",
            card=proxy_card.strip(),
        )
    return proxy


def _context(
    who: str, item_code: str, quantity: int | None, at: datetime | None, proxy_card: str | None
) -> _Context:
    quantity = _quantity(quantity)
    item = _item(item_code)
    found = _with_history(who, item)
    proxy = _proxy(proxy_card)
    moment = at or now()
    decision = _decide(item, found, moment, quantity, proxy)
    return _Context(found.recipient, item, proxy, moment, decision)


def check(
    recipient: str,
    item_code: str,
    quantity: int | None = None,
    at: datetime | None = None,
    proxy_card: str | None = None,
) -> Decision:
    """The decision for a card code (or recipient uid) and an item; writes nothing. One
    query (two with a collector) needs no transaction to be consistent."""
    return _context(recipient, item_code, quantity, at, proxy_card).decision


def check_visit(
    recipient: str,
    at: datetime | None = None,
    proxy_card: str | None = None,
    also: str | None = None,
) -> tuple[VisitLine, ...]:
    """The decision on every item a rule covers for this person on the day (by item
    code), and on ``also`` (the item chosen at the desk) even when none does, so
    that its refusal can be shown and overridden. The household's history of every item the
    rules name comes in one query; writes nothing."""
    rules = current_rules()
    named = {code for rule in rules.rules for code in rule.items}
    chosen = _item(also) if also else None
    codes = named | {chosen.code} if chosen else named
    found = _visitor(recipient, codes)
    moment = at or now()
    proxy = _proxy(proxy_card)
    person = person_of(found.recipient, found.household_size, found.proxies)
    day = moment.date()
    lines = []
    for item in filter(None, (items.cached(code) for code in sorted(codes))):
        covered = any(fits(rule, person, day) for rule in rules.for_item(item.code))
        if covered or item.code == (chosen.code if chosen else None):
            seen = _with_shares(found, item)
            lines.append(VisitLine(item.code, _decide(item, seen, moment, None, proxy)))
    return tuple(lines)


def _visitor(who: str, codes: Set[str]) -> recipients.Entitlement:
    """The person with their household's handouts of ``codes``; shares come per item."""
    code = (who or "").strip()
    found = recipients.with_history(code, codes) if code else None
    if found is None:
        raise UserError(
            "No recipient has the card code {card}. Check the code, search by name, or "
            "register the person.",
            card=code,
        )
    return found


def _station() -> StationInfo:
    station = current_station()
    if station is None:
        raise UserError(
            "This database has no station yet. Set it first: station set --code C --name N "
            "--kind centre."
        )
    return station


def _operator(operator: str) -> str:
    if not operator.strip():
        raise UserError("Say who is handing out: give the operator's name.")
    return operator.strip()


def _append(row: dict[str, object], item_code: str) -> str:
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
    """Decide and record one handout (one transaction); see the module docstring."""
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
    operator = _operator(request.operator)
    station = _station()
    context = _context(
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
    audit_head = _append(row, item.code)
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
        receipt=_receipt(station, context, row, lot),
    )


def _answered_before(request_id: str, handout_uid: str, request: HandoutRequest) -> RecordedHandout:
    """The handout first recorded under ``request_id``, as recording answered it: the
    decision is taken again at its moment on the history without it."""
    row = store.get(handout_uid)
    item = _item(request.item_code)
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
    found = _with_history(row.recipient_uid, item)
    own = HistoryEntry(row.recipient_uid, item.code, row.quantity, moment.date())
    if own in found.history:
        found.history.remove(own)
    proxy = recipients.by_card(request.proxy_card.strip()) if request.proxy_card else None
    decision = _decide(item, found, moment, row.quantity, proxy)
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


def _receipt(
    station: StationInfo, context: _Context, row: dict[str, object], lot: BatchStock | None
) -> ReceiptData:
    """The receipt of a handout just recorded, from what recording read."""
    from ttasum_desk.printing.receipt import ReceiptData

    quantity = int(str(row["quantity"]))
    proxy = context.proxy if row["proxy_uid"] else None
    return ReceiptData(
        station_code=station.code,
        station_name=station.name,
        operator=str(row["operator"]),
        handed_at=parse_moment(str(row["handed_at"])),
        receipt_no=str(row["receipt_no"]),
        recipient_name=context.recipient.name,
        birth_year=context.recipient.birth_year,
        item_name=context.item.name,
        unit=context.item.unit,
        quantity=quantity,
        lot_no=lot.lot_no if lot else None,
        handout_uid=str(row["uid"]),
        proxy_name=proxy.name if proxy else None,
        guide_url=guide_url(context.item.code),
        **_left(context.decision, quantity),
    )


def _left(decision: Decision, given: int) -> dict[str, Any]:
    """What a receipt says remains of the entitlement this period: the decision's maximum
    less ``given``, handed out since it was decided."""
    rule = decision.rule
    return {
        "remaining": max(0, decision.max_quantity - given) if rule else None,
        "period_label": translate(PERIOD_LABELS[rule.period], days=rule.window_days)
        if rule
        else "",
    }


def void(handout_uid: str, reason: str, operator: str) -> str:
    """Void a handout with a reason (one transaction); returns the void's uid."""
    with writing():
        operator = _operator(operator)
        station = _station()
        original = store.get(handout_uid.strip())
        if original is None:
            raise UserError(
                "There is no handout {uid}. Copy the id from the receipt or the day's log.",
                uid=handout_uid.strip(),
            )
        if original.status == Status.VOID:
            raise UserError(
                "{uid} is a void itself and can't be voided. Record the handout again instead.",
                uid=original.uid,
            )
        if original.voided_by is not None:
            raise UserError(
                "The handout {receipt_no} is already voided.", receipt_no=original.receipt_no
            )
        if not reason.strip():
            raise UserError("Give a reason for the void.")
        row: dict[str, object] = {
            "uid": new_uid(),
            "recipient_uid": original.recipient_uid,
            "item_uid": original.item_uid,
            "quantity": -original.quantity,
            "batch_uid": original.batch_uid,
            "station_code": station.code,
            "operator": operator,
            "handed_at": now_iso(),
            "status": Status.VOID,
            "void_of": original.uid,
            "reason": reason.strip(),
            "proxy_uid": None,
            "override_reason": "",
            "created_at": now_iso(),
        }
        audit_head = _append(row, original.item_code)
        audit.record_after(
            audit_head,
            "handout_void",
            "handout",
            str(row["uid"]),
            operator,
            void_of=original.uid,
            voided_receipt=original.receipt_no,
            receipt_no=row["receipt_no"],
            quantity=original.quantity,
            reason=reason.strip(),
        )
    return str(row["uid"])


def receipt_data(handout_uid: str, copy: bool = False) -> ReceiptData:
    """What the receipt (or, for a void, the void slip) of a handout shows."""
    from ttasum_desk.printing.receipt import ReceiptData

    row = store.get(handout_uid.strip())
    if row is None:
        raise UserError(
            "There is no handout {uid}. Copy the id from the receipt or the day's log.",
            uid=handout_uid.strip(),
        )
    voided = store.get(row.void_of) if row.void_of else None
    item = _item(row.item_code)
    found = _with_history(row.recipient_uid, item)
    moment = parse_moment(row.handed_at)
    left = _decide(item, found, moment)
    return ReceiptData(
        station_code=row.station_code,
        station_name=row.station_name,
        operator=row.operator,
        handed_at=moment,
        receipt_no=voided.receipt_no if voided else row.receipt_no,
        recipient_name=row.name,
        birth_year=row.birth_year,
        item_name=row.item_name,
        unit=row.unit,
        quantity=abs(row.quantity),
        lot_no=row.lot_no,
        handout_uid=row.uid,
        proxy_name=row.proxy_name,
        copy=copy,
        void_reason=row.reason if row.status == Status.VOID else None,
        guide_url=guide_url(row.item_code),
        **_left(left, 0),
    )


def today_log(day: date | None = None) -> list[store.HandoutRow]:
    """This station's handouts and voids of ``day`` (today by default), newest first."""
    return store.today_log(_station().code, day or now().date())
