"""Schema version 7: a covering index for stock per batch, so a lot with tens of thousands of
handouts is still summed from the index alone."""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP INDEX handout_batch")
    db.execute_sql("CREATE INDEX handout_batch_stock ON handout (batch_uid, status, quantity, uid)")
