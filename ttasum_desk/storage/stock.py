"""Stock: computed from batches, their correcting entries, handouts and class counts.

Nothing here is typed in. A batch's stock is its quantity plus its correcting entries, minus
the handouts and class counts drawn from it that have not been voided. Stock is this
station's: batches received elsewhere (seen through a merge or snapshot) are not on its shelf.
Batches are used first-in-first-out by ``received_at`` unless a lot is named.

A handout is always drawn from one batch. A quantity larger than every single batch but within
the total is refused with the largest quantity one lot can give, so that the nurse hands out
that much and records the rest as a second handout from the next lot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ttasum_desk.errors import UserError
from ttasum_desk.storage import settings
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Item


class OutOfStock(UserError):
    """Not enough on hand: stock never goes negative."""

    @classmethod
    def short(cls, item: Item, on_hand: int, lots: str) -> OutOfStock:
        return cls(
            "Only {on_hand} {unit} of {item} left (lot {lot}). Receive a batch or hand out less.",
            on_hand=on_hand,
            unit=item.unit,
            item=item.name,
            lot=lots or "-",
        )

    @classmethod
    def split(cls, item: Item, quantity: int, largest: int, lot: str) -> OutOfStock:
        return cls(
            "No single lot holds {quantity} {unit} of {item}; the fullest, lot {lot}, has "
            "{largest}. Hand out {largest} now and the rest as a second handout.",
            quantity=quantity,
            unit=item.unit,
            item=item.name,
            lot=lot,
            largest=largest,
        )


class UnknownLot(UserError):
    """A named lot that is not a batch of the item at this station."""


@dataclass(frozen=True)
class BatchStock:
    batch_uid: str
    lot_no: str
    received_at: str
    received: int  # the batch's quantity with its correcting entries
    handed_out: int  # non-voided handouts and class counts drawn from it
    on_hand: int
    source: str = ""


@dataclass(frozen=True)
class ItemStock:
    item_uid: str
    item_code: str
    item_name: str
    unit: str
    low_stock: int | None
    batches: list[BatchStock] = field(default_factory=list)

    @property
    def on_hand(self) -> int:
        return sum(batch.on_hand for batch in self.batches)

    @property
    def is_low(self) -> bool:
        return bool(self.batches) and self.low_stock is not None and self.on_hand <= self.low_stock

    def as_json(self) -> dict[str, object]:
        return {
            "item_code": self.item_code,
            "on_hand": self.on_hand,
            "low": self.is_low,
            "batches": [
                {
                    "batch_uid": b.batch_uid,
                    "lot_no": b.lot_no,
                    "received_at": b.received_at,
                    "received": b.received,
                    "handed_out": b.handed_out,
                    "on_hand": b.on_hand,
                }
                for b in self.batches
            ],
        }


_BATCHES_SQL = """
SELECT b.item_uid, b.uid, b.lot_no, b.received_at, b.source,
  b.quantity + COALESCE((SELECT SUM(c.quantity) FROM batch c WHERE c.corrects_uid = b.uid), 0),
  COALESCE((SELECT SUM(h.quantity) FROM live_handout h WHERE h.batch_uid = b.uid), 0)
  + COALESCE((SELECT SUM(k.quantity) FROM live_class_count k WHERE k.batch_uid = b.uid), 0)
FROM batch b
WHERE b.station_code = ? AND b.corrects_uid IS NULL {and_item}
ORDER BY b.received_at, b.created_at, b.uid
"""


def _station(station_code: str | None) -> str:
    return station_code if station_code is not None else settings.get("station_code") or ""


def _batches_by_item(station: str, item_uid: str | None) -> dict[str, list[BatchStock]]:
    """item uid -> its batches at the station, oldest first: of one item, or of all in one
    query."""
    sql = _BATCHES_SQL.format(and_item="AND b.item_uid = ?" if item_uid else "")
    rows = db.execute_sql(sql, (station, item_uid) if item_uid else (station,))
    found: dict[str, list[BatchStock]] = {}
    for item, uid, lot_no, received_at, source, received, handed_out in rows:
        found.setdefault(item, []).append(
            BatchStock(
                batch_uid=uid,
                lot_no=lot_no,
                received_at=received_at,
                received=int(received),
                handed_out=int(handed_out),
                on_hand=int(received) - int(handed_out),
                source=source,
            )
        )
    return found


def on_hand_by_batch(item_uid: str, station_code: str | None = None) -> list[BatchStock]:
    """Every batch of the item at the station (this database's by default), oldest first."""
    return _batches_by_item(_station(station_code), item_uid).get(item_uid, [])


def on_hand(item_uid: str, station_code: str | None = None) -> int:
    return sum(batch.on_hand for batch in on_hand_by_batch(item_uid, station_code))


def batch_stock(batch_uid: str) -> BatchStock:
    """One batch's stock (the batch must exist and not be a correcting entry)."""
    item_uid, station_code = db.execute_sql(
        "SELECT item_uid, station_code FROM batch WHERE uid = ?", (batch_uid,)
    ).fetchone()
    found = [b for b in on_hand_by_batch(item_uid, station_code) if b.batch_uid == batch_uid]
    return found[0]


def pick_batch(
    item_uid: str, quantity: int, lot_uid: str | None = None, station_code: str | None = None
) -> str | None:
    """The uid of the batch ``pick_lot`` picks, or None."""
    picked = pick_lot(item_uid, quantity, lot_uid, station_code)
    return picked.batch_uid if picked else None


def pick_lot(
    item_uid: str, quantity: int, lot_uid: str | None = None, station_code: str | None = None
) -> BatchStock | None:
    """The batch to draw ``quantity`` from: the named lot, else the oldest that holds enough;
    one query.

    None when the item has no batches at the station (its stock is not tracked there).
    Raises OutOfStock when batches exist but none holds enough.
    """
    batches = on_hand_by_batch(item_uid, station_code)
    if not batches:
        if lot_uid is not None:
            raise _unknown_lot(item_uid)
        return None
    if lot_uid is not None:
        named = [b for b in batches if b.batch_uid == lot_uid]
        if not named:
            raise _unknown_lot(item_uid)
        if named[0].on_hand < quantity:
            raise OutOfStock.short(Item.get_by_id(item_uid), named[0].on_hand, named[0].lot_no)
        return named[0]
    for batch in batches:
        if batch.on_hand >= quantity:
            return batch
    stocked = [b for b in batches if b.on_hand > 0]
    total = sum(b.on_hand for b in stocked)
    item = Item.get_by_id(item_uid)
    if total >= quantity:
        fullest = max(stocked, key=lambda b: b.on_hand)
        raise OutOfStock.split(item, quantity, fullest.on_hand, fullest.lot_no)
    raise OutOfStock.short(item, total, ", ".join(b.lot_no for b in stocked))


def _unknown_lot(item_uid: str) -> UnknownLot:
    item = Item.get_by_id(item_uid)
    return UnknownLot(
        "That lot is not a batch of {item} at this station. "
        "Pick one of the lots in the stock list.",
        item=item.name,
    )


def stock_report(station_code: str | None = None) -> list[ItemStock]:
    """Per item (stock-tracked, or with batches here), its batches and on-hand total; every
    item's batches in one query."""
    by_item = _batches_by_item(_station(station_code), None)
    report = []
    for item in Item.select().order_by(Item.code):
        batches = by_item.get(item.uid, [])
        if item.track_stock or batches:
            report.append(
                ItemStock(item.uid, item.code, item.name, item.unit, item.low_stock, batches)
            )
    return report


_DRAWN_SQL = """
SELECT batch_uid, SUM(quantity) FROM (
  SELECT h.batch_uid, h.quantity FROM live_handout h
  WHERE h.station_code = :station AND h.batch_uid IS NOT NULL
    AND h.handed_at >= :start AND h.handed_at < :end
  UNION ALL
  SELECT k.batch_uid, k.quantity FROM live_class_count k
  WHERE k.station_code = :station AND k.batch_uid IS NOT NULL
    AND k.handed_at >= :start AND k.handed_at < :end
) GROUP BY batch_uid
"""


def drawn_by_batch(station_code: str, start: str, end: str) -> dict[str, int]:
    """batch uid → non-voided handouts and class counts handed out in [start, end)
    (ISO strings compared as stored: dates select whole local days)."""
    rows = db.execute_sql(_DRAWN_SQL, {"station": station_code, "start": start, "end": end})
    return {uid: int(total) for uid, total in rows.fetchall()}
