"""SQL behind the coordinator's summary: totals per day, station, group and item; flagged
handouts; the day-files merged per station. Totals count live handouts only (neither voided
ones nor the voids), so a cancelled handout leaves no trace on any day."""

from __future__ import annotations

from typing import Any

from ttasum_desk.storage.db import db

_BREAKDOWN = """
SELECT {label}, SUM(h.quantity), count(*)
FROM live_handout h JOIN recipient r ON r.uid = h.recipient_uid JOIN item i ON i.uid = h.item_uid
LEFT JOIN station s ON s.code = h.station_code
GROUP BY 1 ORDER BY 1
"""
_CLASS_BREAKDOWN = """
SELECT {label}, SUM(k.quantity) FROM live_class_count k JOIN item i ON i.uid = k.item_uid
LEFT JOIN station s ON s.code = k.station_code
GROUP BY 1 ORDER BY 1
"""
LABELS = {
    "day": ("substr(h.handed_at, 1, 10)", "substr(k.handed_at, 1, 10)"),
    "station": (
        "h.station_code || ' ' || COALESCE(s.name, '')",
        "k.station_code || ' ' || COALESCE(s.name, '')",
    ),
    "group": ('r."group"', "'class'"),
    "item": ("i.code || ' ' || i.name", "i.code || ' ' || i.name"),
}


def breakdown(by: str) -> list[tuple[str, int, int]]:
    """(label, quantity, handouts) by day, station, group or item; class counts add their
    quantity (not handouts) to the same labels."""
    handout_label, count_label = LABELS[by]
    rows = {
        str(label): [int(quantity or 0), int(count or 0)]
        for label, quantity, count in db.execute_sql(_BREAKDOWN.format(label=handout_label))
    }
    for label, quantity in db.execute_sql(_CLASS_BREAKDOWN.format(label=count_label)):
        rows.setdefault(str(label), [0, 0])[0] += int(quantity or 0)
    return [(label, quantity, count) for label, (quantity, count) in sorted(rows.items())]


def flagged() -> list[tuple[Any, ...]]:
    """Overrides and voids: (handed_at, station_code, receipt_no, kind, reason, operator)."""
    return db.execute_sql(
        "SELECT handed_at, station_code, receipt_no,"
        " CASE WHEN status = 'void' THEN 'void' ELSE 'override' END,"
        " CASE WHEN status = 'void' THEN reason ELSE override_reason END, operator"
        " FROM handout WHERE status = 'void' OR override_reason <> ''"
        " ORDER BY handed_at, receipt_no"
    ).fetchall()


def stations_to_hear_from() -> list[tuple[str, str]]:
    """(code, name) of every centre and school but this database's own station, whose
    handouts are here as they are recorded: it never sends itself a day-file."""
    return db.execute_sql(
        "SELECT code, name FROM station WHERE kind IN ('centre', 'school')"
        " AND code <> COALESCE((SELECT value FROM setting WHERE key = 'station_code'), '')"
        " ORDER BY code"
    ).fetchall()


def merged_days() -> dict[str, str]:
    """Station code → the latest day of a day-file merged here."""
    rows = db.execute_sql(
        "SELECT station_code, MAX(json_extract(outcome, '$.day')) FROM import_log"
        " WHERE kind = 'merge' AND json_extract(outcome, '$.day') IS NOT NULL"
        " GROUP BY station_code"
    ).fetchall()
    return {str(code): str(day) for code, day in rows}


def open_review_count() -> int:
    row = db.execute_sql("SELECT count(*) FROM review_item WHERE status = 'open'").fetchone()
    return int(row[0])
