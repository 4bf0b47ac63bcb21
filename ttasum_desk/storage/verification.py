"""Read-only checks that the file is sound and the append-only tables still say what was
written, for ``services.verify``; ``read_snapshot`` holds them in one read transaction.

``first_broken_class_count`` walks a station's class-count chain (see ``storage.class_counts``);
``first_disagreement`` compares the handout and class-count rows with what the audit log
recorded when they were written. The second catches an edit whose chain hashes were all
recomputed afterwards, as long as the audit log was left alone: both chains use a public
algorithm without a secret, so whoever rewrites both consistently is caught only by a copy
kept elsewhere (a backup, the day-files the hub already merged).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import DatabaseError

from ttasum_desk.domain import chain
from ttasum_desk.domain.records import ClassCountRecord
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import db, on_postgres, reading


@contextmanager
def read_snapshot() -> Iterator[None]:
    """One read transaction that a file too damaged to read can't turn into a crash: SQLite
    may end the transaction itself on a corruption error, so it is closed (by ROLLBACK:
    nothing was written) only when still open. A PostgreSQL hub reads one REPEATABLE READ
    snapshot."""
    if on_postgres():
        with reading():
            yield
        return
    connection = db.connection()
    connection.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def integrity_findings() -> list[str]:
    """What SQLite's full integrity check finds wrong with the file (empty: nothing); a
    PostgreSQL server checks its own pages (and ``pg_amcheck`` checks them on demand)."""
    if on_postgres():
        return []
    try:
        findings = [text for (text,) in db.execute_sql("PRAGMA integrity_check")]
    except (sqlite3.DatabaseError, DatabaseError) as error:  # too damaged to be checked
        return [str(error)]
    return [] if findings == ["ok"] else findings


def station_codes(table: str) -> list[str]:
    """The stations with rows in ``table`` (handout or class_count)."""
    cursor = db.execute_sql(f"SELECT DISTINCT station_code FROM {table} ORDER BY station_code")
    return [code for (code,) in cursor]


def first_broken_class_count(station_code: str) -> ClassCountRecord | None:
    """The station's first class count whose chain hash doesn't follow from its fields and
    its predecessor, or None when the chain holds.

    Rows are taken in the order they were written: ``created_at``, which a merge sets once
    per file, then the file's own order (``handed_at``, uid)."""
    previous = chain.GENESIS
    counts = record_sql.read(
        ClassCountRecord, "k.station_code = ?", (station_code,), "k.created_at, k.handed_at, k.uid"
    )
    for count in counts:
        if count.chain_hash_after(previous) != count.chain_hash:
            return count
        previous = count.chain_hash
    return None


@dataclass(frozen=True)
class Disagreement:
    """A row that differs from its audit entry, or a local handout no entry records."""

    entity: str  # handout | class_count
    uid: str
    receipt_no: str  # "" for a class count
    seq: int | None  # the audit entry; None when there is none


def _matches(*columns: str) -> str:
    """The row's columns equal the payload's, NULL equal to NULL (a ``-`` negates: a void)."""
    return " AND ".join(
        f"r.{name.lstrip('-')} IS NOT DISTINCT FROM {'-' if name[0] == '-' else ''}p."
        + name.lstrip("-")
        for name in columns
    )


# (table, audit actions, what the row must still match in the entry's payload ``p``)
_AGREEMENT = (
    ("handout", ("handout", "handout_override"), _matches("quantity", "receipt_no", "handed_at")),
    ("handout", ("handout_void",), _matches("-quantity", "receipt_no", "void_of")),
    ("class_count", ("class_count",), _matches("quantity", "handed_at")),
    ("class_count", ("class_count_void",), _matches("-quantity", "void_of")),
)
_PAYLOAD = (
    "SELECT seq, entity_uid, CAST(json_extract(payload, '$.quantity') AS INTEGER) AS quantity,"
    " json_extract(payload, '$.receipt_no') AS receipt_no,"
    " json_extract(payload, '$.handed_at') AS handed_at,"
    " json_extract(payload, '$.void_of') AS void_of FROM audit_log"
)


def first_disagreement() -> Disagreement | None:
    """The first audit entry (by seq) whose row is gone or changed, else the first local
    handout (by receipt number) that no audit entry records, else None."""
    found: list[Disagreement] = []
    for table, actions, agrees in _AGREEMENT:
        receipt = "r.receipt_no, p.receipt_no" if table == "handout" else "''"
        row = db.execute_sql(
            f"SELECT p.seq, p.entity_uid, COALESCE({receipt}, '') FROM"
            f" ({_PAYLOAD} WHERE entity = ? AND action IN ({', '.join('?' for _ in actions)})) p"
            f" LEFT JOIN {table} r ON r.uid = p.entity_uid"
            f" WHERE r.uid IS NULL OR NOT ({agrees}) ORDER BY p.seq LIMIT 1",
            (table, *actions),
        ).fetchone()
        if row:
            found.append(Disagreement(table, str(row[1]), str(row[2]), int(row[0])))
    if found:
        return min(found, key=lambda disagreement: disagreement.seq or 0)
    unrecorded = db.execute_sql(  # EXCEPT: one sort, where NOT EXISTS would scan the log per row
        "SELECT uid, receipt_no FROM handout WHERE uid IN (SELECT uid FROM handout"
        " WHERE origin = 'local' EXCEPT SELECT entity_uid FROM audit_log WHERE entity = 'handout')"
        " ORDER BY receipt_no LIMIT 1"
    ).fetchone()
    return Disagreement("handout", unrecorded[0], unrecorded[1], None) if unrecorded else None
