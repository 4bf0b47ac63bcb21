"""Stock as the desk reads it before a handout: what of an item is on this station's shelf."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.storage import items, stock


@dataclass(frozen=True)
class Shelf:
    on_hand: int
    received: bool  # a batch arrived here: the handout service refuses more than on hand


def shelf(item_code: str) -> Shelf | None:
    """What this station has of a stock-tracked item; None when the item's stock is not
    tracked, so any quantity may be handed out. One query."""
    item = items.cached(item_code) or items.by_code(item_code)
    if item is None or not item.track_stock:
        return None
    batches = stock.on_hand_by_batch(item.uid)
    return Shelf(sum(batch.on_hand for batch in batches), bool(batches))
