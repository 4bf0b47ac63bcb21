"""School classes from the roster: the picker's lists, a class list with what each received,
and the pupils with their handouts that charging a class count reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ttasum_desk.domain.clock import stored_instant
from ttasum_desk.domain.rules import HistoryEntry
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient

# The order of a class's pupils: the class list's, and the order a class count is charged in.
PUPIL_ORDER = "r.number, r.name, r.uid"


@dataclass(frozen=True)
class ClassMember:
    """A student of a class and the item's non-voided handouts: in total and on the day."""

    recipient_uid: str
    card_code: str
    name: str
    number: int | None
    received_total: int
    received_on_day: int
    handout_uids_on_day: tuple[str, ...]  # this station's live handouts of the day, for undo


def schools() -> list[str]:
    rows = db.execute_sql(
        "SELECT DISTINCT school FROM recipient WHERE school IS NOT NULL AND school <> ''"
        " ORDER BY school"
    )
    return [school for (school,) in rows.fetchall()]


def grades(school: str) -> list[int]:
    rows = db.execute_sql(
        "SELECT DISTINCT grade FROM recipient WHERE school = ? AND grade IS NOT NULL"
        " ORDER BY grade",
        (school,),
    )
    return [grade for (grade,) in rows.fetchall()]


def classes(school: str, grade: int) -> list[int]:
    rows = db.execute_sql(
        "SELECT DISTINCT klass FROM recipient WHERE school = ? AND grade = ?"
        " AND klass IS NOT NULL ORDER BY klass",
        (school, grade),
    )
    return [klass for (klass,) in rows.fetchall()]


_MEMBERS_SQL = (
    """
SELECT r.uid, r.card_code, r.name, r.number,
  COALESCE((SELECT SUM(h.quantity) FROM live_handout h
            WHERE h.recipient_uid = r.uid AND h.item_uid = :item), 0),
  COALESCE((SELECT SUM(h.quantity) FROM live_handout h
            WHERE h.recipient_uid = r.uid AND h.item_uid = :item
              AND h.handed_at >= :day AND h.handed_at < :next), 0),
  (SELECT group_concat(h.uid) FROM live_handout h
   WHERE h.recipient_uid = r.uid AND h.item_uid = :item AND h.station_code = :station
     AND h.handed_at >= :day AND h.handed_at < :next)
FROM recipient r
WHERE r.school = :school AND r.grade = :grade AND r.klass = :klass
ORDER BY """
    + PUPIL_ORDER
)


def members(
    school: str, grade: int, klass: int, item_uid: str, day: date, station_code: str
) -> list[ClassMember]:
    params = {
        "school": school,
        "grade": grade,
        "klass": klass,
        "item": item_uid,
        "day": day.isoformat(),
        "next": (day + timedelta(days=1)).isoformat(),
        "station": station_code,
    }
    rows = db.execute_sql(_MEMBERS_SQL, params).fetchall()
    return [
        ClassMember(
            uid, card, name, number, int(total), int(on_day), tuple(uids.split(",")) if uids else ()
        )
        for uid, card, name, number, total, on_day, uids in rows
    ]


_PUPILS_SQL = (
    """
SELECT r.*, h.recipient_uid AS got_by, h.quantity AS got_quantity,
       substr(h.handed_at, 1, 10) AS got_on, h.handed_at AS got_at
FROM recipient r
LEFT JOIN live_handout h ON h.item_uid = ? AND (
  h.recipient_uid = r.uid
  OR h.recipient_uid IN (SELECT m.uid FROM recipient m WHERE m.household_uid = r.household_uid)
)
WHERE r.school = ? AND r.grade = ? AND r.klass = ?
ORDER BY """
    + PUPIL_ORDER
)


def pupils_with_history(
    school: str, grade: int, klass: int, item_uid: str, item_code: str
) -> list[tuple[Recipient, list[HistoryEntry]]]:
    """The class's pupils in class-list order, each with the live handouts of the item to them
    and their household, in one query."""
    pupils: dict[str, tuple[Recipient, list[HistoryEntry]]] = {}
    for row in Recipient.raw(_PUPILS_SQL, item_uid, school, grade, klass):
        _, history = pupils.setdefault(row.uid, (row, []))
        if row.got_by is not None:
            history.append(
                HistoryEntry(
                    row.got_by,
                    item_code,
                    row.got_quantity,
                    date.fromisoformat(row.got_on),
                    at=stored_instant(row.got_at),
                )
            )
    return list(pupils.values())


def class_of(recipient_uid: str) -> tuple[str, int, int] | None:
    """(school, grade, class) of a student, or None for anyone else."""
    row = db.execute_sql(
        "SELECT school, grade, klass FROM recipient WHERE uid = ? AND school IS NOT NULL"
        " AND grade IS NOT NULL AND klass IS NOT NULL",
        (recipient_uid,),
    ).fetchone()
    return (row[0], int(row[1]), int(row[2])) if row else None


@dataclass(frozen=True)
class ClassHandoutTotal:
    """Live per-student handouts of a station by class, batch and item (for weekly reports)."""

    school: str
    grade: int
    klass: int
    item_code: str
    batch_uid: str | None
    lot_no: str
    quantity: int


def handout_totals_by_class(station_code: str, first: date, last: date) -> list[ClassHandoutTotal]:
    """Non-voided handouts to students of the station, from ``first`` to ``last`` inclusive."""
    rows = db.execute_sql(
        "SELECT r.school, r.grade, r.klass, i.code, h.batch_uid, COALESCE(b.lot_no, ''),"
        " SUM(h.quantity) FROM live_handout h JOIN recipient r ON r.uid = h.recipient_uid"
        " JOIN item i ON i.uid = h.item_uid LEFT JOIN batch b ON b.uid = h.batch_uid"
        " WHERE h.station_code = ? AND h.handed_at >= ? AND h.handed_at < ?"
        " AND r.school IS NOT NULL AND r.grade IS NOT NULL AND r.klass IS NOT NULL"
        " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3",
        (station_code, first.isoformat(), (last + timedelta(days=1)).isoformat()),
    )
    return [ClassHandoutTotal(*row) for row in rows.fetchall()]
