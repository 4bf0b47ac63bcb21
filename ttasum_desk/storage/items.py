"""Item queries: the list the desk offers, and an item by its (scannable) code.

Items change only when rules are loaded or files are imported, never between two handouts, so
an item is found in a catalogue read once per open database. ``by_code`` reads the catalogue
again before it says an item doesn't exist (a merge may have added it); ``cached`` doesn't,
for the desk, which asks about every scanned text: a card code must not cost a query.
``all_items`` reads afresh and renews the catalogue (the desk reloads its list after every
import); ``forget`` drops it when an item is added or changed.
"""

from __future__ import annotations

from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Item

_catalogue: tuple[object, dict[str, Item]] | None = None  # (connection, code -> item)


def all_items() -> list[Item]:
    global _catalogue
    found = list(Item.select().order_by(Item.code))
    _catalogue = (db.connection(), {item.code: item for item in found})
    return found


def cached(code: str) -> Item | None:
    """The item in the catalogue as last read (once per open database)."""
    if _catalogue is None or _catalogue[0] is not db.connection():
        all_items()
    assert _catalogue is not None
    return _catalogue[1].get(code)


def by_code(code: str) -> Item | None:
    found = cached(code)
    if found is None:
        all_items()
        found = cached(code)
    return found


def forget() -> None:
    """Drop the catalogue (inside a write that adds or changes items)."""
    global _catalogue
    _catalogue = None
