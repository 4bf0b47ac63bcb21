"""SQL behind the desk's close report: one station's day, counted from the live views.

A day is selected by comparing the stored ISO times as text (``[day, next day)``), as the day-file
does, so the report counts the same handouts the evening's day-file carries and the
``handed_at`` indexes serve.
"""

from __future__ import annotations

from typing import Any

from ttasum_desk.storage.db import db

_OUT_PER_ITEM = """
SELECT item_uid, SUM(handouts), SUM(quantity) FROM (
  SELECT h.item_uid, 1 AS handouts, h.quantity FROM live_handout h
  WHERE h.station_code = :station AND h.handed_at >= :start AND h.handed_at < :end
  UNION ALL
  SELECT k.item_uid, 0, k.quantity FROM live_class_count k
  WHERE k.station_code = :station AND k.handed_at >= :start AND k.handed_at < :end
) GROUP BY item_uid
"""

_IN_PER_ITEM = """
SELECT item_uid, SUM(quantity) FROM batch
WHERE station_code = :station AND received_at >= :start AND received_at < :end
GROUP BY item_uid
"""

_VOIDS = """
SELECT v.handed_at, o.receipt_no, i.code, o.quantity, v.reason, v.operator
FROM handout v JOIN handout o ON o.uid = v.void_of JOIN item i ON i.uid = v.item_uid
WHERE v.status = 'void' AND v.station_code = :station
  AND v.handed_at >= :start AND v.handed_at < :end
ORDER BY v.handed_at, v.receipt_no
"""

_OVERRIDES = """
SELECT h.handed_at, h.receipt_no, i.code, h.quantity, h.override_reason, h.operator
FROM live_handout h JOIN item i ON i.uid = h.item_uid
WHERE h.override_reason <> '' AND h.station_code = :station
  AND h.handed_at >= :start AND h.handed_at < :end
ORDER BY h.handed_at, h.receipt_no
"""

_PER_OPERATOR = """
SELECT h.operator, count(*), SUM(h.quantity) FROM live_handout h
WHERE h.station_code = :station AND h.handed_at >= :start AND h.handed_at < :end
GROUP BY h.operator ORDER BY h.operator
"""


def _window(station: str, start: str, end: str) -> dict[str, str]:
    return {"station": station, "start": start, "end": end}


def handed_out_per_item(station: str, start: str, end: str) -> dict[str, tuple[int, int]]:
    """item uid → (handouts, quantity) of live handouts and class counts in [start, end)."""
    rows = db.execute_sql(_OUT_PER_ITEM, _window(station, start, end)).fetchall()
    return {uid: (int(count or 0), int(quantity or 0)) for uid, count, quantity in rows}


def received_per_item(station: str, start: str, end: str) -> dict[str, int]:
    """item uid → the quantity of batches received in [start, end) (corrections included)."""
    rows = db.execute_sql(_IN_PER_ITEM, _window(station, start, end)).fetchall()
    return {uid: int(quantity or 0) for uid, quantity in rows}


def voids(station: str, start: str, end: str) -> list[tuple[Any, ...]]:
    """(voided_at, voided receipt_no, item code, quantity, reason, operator)."""
    return db.execute_sql(_VOIDS, _window(station, start, end)).fetchall()


def overrides(station: str, start: str, end: str) -> list[tuple[Any, ...]]:
    """(handed_at, receipt_no, item code, quantity, override reason, operator), live only."""
    return db.execute_sql(_OVERRIDES, _window(station, start, end)).fetchall()


def per_operator(station: str, start: str, end: str) -> list[tuple[str, int, int]]:
    """(operator, handouts, quantity) of live handouts."""
    rows = db.execute_sql(_PER_OPERATOR, _window(station, start, end)).fetchall()
    return [(str(name), int(count), int(quantity or 0)) for name, count, quantity in rows]
