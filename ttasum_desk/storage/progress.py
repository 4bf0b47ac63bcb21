"""SQL behind targets and the dashboard: grouped sums over the live views (``live_handout``,
``live_class_count``), so the numbers come from the database, not Python loops over hundreds
of thousands of rows. Each reads the live handouts once: at Osan's scale a pass costs seconds,
so the dashboard asks for everything it shows in two passes rather than one per table."""

from __future__ import annotations

from ttasum_desk.storage.db import db
from ttasum_desk.storage.summary import LABELS

BY = ("day", "station", "group", "item")
_HANDOUT_TOTALS = """
SELECT {labels}, SUM(h.quantity), count(*)
FROM live_handout h JOIN recipient r ON r.uid = h.recipient_uid JOIN item i ON i.uid = h.item_uid
LEFT JOIN station s ON s.code = h.station_code
GROUP BY 1, 2, 3, 4
"""
_CLASS_TOTALS = """
SELECT {labels}, SUM(k.quantity), 0
FROM live_class_count k JOIN item i ON i.uid = k.item_uid
LEFT JOIN station s ON s.code = k.station_code
GROUP BY 1, 2, 3, 4
"""
_REACHED = """
SELECT i.code, r."group", SUM(h.quantity), count(DISTINCT h.recipient_uid)
FROM live_handout h JOIN item i ON i.uid = h.item_uid JOIN recipient r ON r.uid = h.recipient_uid
GROUP BY 1, 2
"""
_CLASS_COUNTED = """
SELECT i.code, SUM(k.quantity) FROM live_class_count k JOIN item i ON i.uid = k.item_uid GROUP BY 1
"""
CLASS_GROUP = "student"  # class counts are handouts to school classes

Totals = dict[str, list[tuple[str, int, int]]]


def totals() -> Totals:
    """By day, station, group and item (the keys of BY): (label, quantity, handouts), labelled
    as storage.summary labels them; class counts add quantity, not handouts."""
    sums: dict[str, dict[str, list[int]]] = {by: {} for by in BY}
    for query, side in ((_HANDOUT_TOTALS, 0), (_CLASS_TOTALS, 1)):
        labels = ", ".join(LABELS[by][side] for by in BY)
        for *keys, quantity, count in db.execute_sql(query.format(labels=labels)):
            for by, key in zip(BY, keys, strict=True):
                row = sums[by].setdefault(str(key), [0, 0])
                row[0] += int(quantity or 0)
                row[1] += int(count or 0)
    return {
        by: [(label, q, n) for label, (q, n) in sorted(rows.items())] for by, rows in sums.items()
    }


def reached() -> dict[tuple[str, str], tuple[int, int]]:
    """(item code, group) → (quantity, people) so far. Class counts add their quantity to the
    student group but no people: they name nobody."""
    rows = {
        (str(code), str(group)): (int(quantity), int(people))
        for code, group, quantity, people in db.execute_sql(_REACHED)
    }
    for code, quantity in db.execute_sql(_CLASS_COUNTED):
        done, people = rows.get((str(code), CLASS_GROUP), (0, 0))
        rows[(str(code), CLASS_GROUP)] = (done + int(quantity), people)
    return rows
