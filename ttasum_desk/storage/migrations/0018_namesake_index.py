"""Schema version 18: an index for finding people registered twice.

A merge asks, for each chunk of a day-file's people, who is already here with the same name and
birth (the birth date, else the year alone: ``storage.merging.namesakes``). With only the name
indexed, a common name leads to thousands of rows, and PostgreSQL preferred to hash the whole
recipient table every chunk: about 0.15 s a chunk at a province's 245,000 people, growing with
the hub. Indexing the pair as the query compares it keeps that a lookup on both engines.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    "CREATE INDEX recipient_namesake ON recipient"
    " (name_key, (COALESCE(birth_date, CAST(birth_year AS TEXT))))",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
