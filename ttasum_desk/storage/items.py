"""Item queries: the list the desk offers, and an item by its (scannable) code."""

from __future__ import annotations

from ttasum_desk.storage.models import Item


def all_items() -> list[Item]:
    return list(Item.select().order_by(Item.code))


def by_code(code: str) -> Item | None:
    return Item.get_or_none(Item.code == code)
