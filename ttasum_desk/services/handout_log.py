"""The station's log of the day, and voids: the compensating rows that undo a handout.

A handout is never changed or deleted: a void is a row of its own, numbered, chained and
audited like the handout it cancels (``handout_recording.append_row``), with its reason.
"""

from __future__ import annotations

from datetime import date

from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.domain.ids import new_uid
from ttasum_desk.domain.records import Status
from ttasum_desk.errors import UserError
from ttasum_desk.services.handout_recording import append_row, desk_station, operator_named
from ttasum_desk.storage import audit
from ttasum_desk.storage import handouts as store
from ttasum_desk.storage.db import writing


def void(handout_uid: str, reason: str, operator: str) -> str:
    """Void a handout with a reason (one transaction); returns the void's uid."""
    with writing():
        operator = operator_named(operator)
        station = desk_station()
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
        audit_head = append_row(row, original.item_code)
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


def today_log(day: date | None = None) -> list[store.HandoutRow]:
    """This station's handouts and voids of ``day`` (today by default), newest first."""
    return store.today_log(desk_station().code, day or now().date())
