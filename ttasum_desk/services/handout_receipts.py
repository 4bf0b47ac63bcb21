"""A handout's receipt: what it shows, and what remains of the person's entitlement.

Recording builds the receipt from what it has just read (no query more at the desk);
reprints and void slips read the handout back and take the rules' decision again at its
moment, so a copy says what the original said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ttasum_desk.domain.clock import parse_moment
from ttasum_desk.domain.records import Status
from ttasum_desk.domain.rules import Decision
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate
from ttasum_desk.services.handout_decisions import Context, decision_for, known_item, with_history
from ttasum_desk.services.stations import StationInfo
from ttasum_desk.services.workshops import guide_url
from ttasum_desk.storage import handouts as store
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


def new_receipt(
    station: StationInfo, context: Context, row: dict[str, object], lot: BatchStock | None
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
    item = known_item(row.item_code)
    found = with_history(row.recipient_uid, item)
    moment = parse_moment(row.handed_at)
    left = decision_for(item, found, moment)
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
