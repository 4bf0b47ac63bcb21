"""The statuses already in use, for the window to offer as people type one.

A status only selects people when it is spelt the same everywhere ("consent", not "consnet"),
so the walk-in and profile dialogs complete from the words the database already holds.
"""

from __future__ import annotations

from ttasum_desk.storage.db import reading
from ttasum_desk.storage.models import Recipient


def in_use() -> list[str]:
    """Every status some recipient has, sorted; one pass over the distinct tag texts."""
    with reading():
        texts = Recipient.select(Recipient.tags).where(Recipient.tags != "").distinct()
        words = {word for row in texts for word in row.tags.split(",") if word}
    return sorted(words)
