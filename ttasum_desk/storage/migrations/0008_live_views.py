"""Schema version 8: the live rows as views, so "not voided" is said once.

A handout (or class count) is live when it is not a void itself and no void names it. SQLite
flattens a view into the query that reads it, so the indexes of the underlying table still
serve: reading ``live_handout`` costs what the copied predicate cost.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE VIEW live_handout AS
        SELECT h.* FROM handout h
        WHERE h.status = 'ok' AND NOT EXISTS (SELECT 1 FROM handout v WHERE v.void_of = h.uid)""",
    """CREATE VIEW live_class_count AS
        SELECT k.* FROM class_count k
        WHERE k.status = 'ok'
          AND NOT EXISTS (SELECT 1 FROM class_count w WHERE w.void_of = k.uid)""",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
