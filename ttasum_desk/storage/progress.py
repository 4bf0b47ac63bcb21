"""SQL behind targets and the dashboard: grouped sums over the live views (``live_handout``,
``live_class_count``), so the numbers come from the database's indexes, not Python loops over
hundreds of thousands of rows."""

from __future__ import annotations

from ttasum_desk.storage.db import db

_HANDED = """
SELECT COALESCE(SUM(h.quantity), 0), count(DISTINCT h.recipient_uid)
FROM live_handout h JOIN item i ON i.uid = h.item_uid JOIN recipient r ON r.uid = h.recipient_uid
WHERE i.code = ? AND (? IS NULL OR r."group" = ?)
"""
_CLASS_COUNTED = """
SELECT COALESCE(SUM(k.quantity), 0)
FROM live_class_count k JOIN item i ON i.uid = k.item_uid
WHERE i.code = ?
"""
CLASS_GROUP = "student"  # class counts are handouts to school classes


def handed_out(item: str, group: str | None) -> tuple[int, int]:
    """(quantity, people) of ``item`` to ``group`` (None: all) so far. Class counts add their
    quantity but no people: they name nobody."""
    quantity, people = db.execute_sql(_HANDED, (item, group, group)).fetchone()
    if group in (None, CLASS_GROUP):
        (counted,) = db.execute_sql(_CLASS_COUNTED, (item,)).fetchone()
        quantity += counted
    return int(quantity), int(people)
