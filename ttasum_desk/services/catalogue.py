"""The items this station hands out, as plain data for the desk."""

from __future__ import annotations

from dataclasses import dataclass

from ttasum_desk.storage import items


@dataclass(frozen=True)
class ItemInfo:
    code: str
    name: str
    unit: str
    track_stock: bool


def item_list() -> list[ItemInfo]:
    return [ItemInfo(i.code, i.name, i.unit, bool(i.track_stock)) for i in items.all_items()]


def item_by_code(code: str) -> ItemInfo | None:
    """The item with that code (scanned or typed, any case), or None, from the items as
    ``item_list`` last read them: the desk asks this of every scan, so it costs no query."""
    code = code.strip()
    item = items.cached(code) or items.cached(code.upper())
    return ItemInfo(item.code, item.name, item.unit, bool(item.track_stock)) if item else None
