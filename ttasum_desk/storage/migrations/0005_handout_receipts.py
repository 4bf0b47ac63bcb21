"""Schema version 5: a station's handouts by receipt number (next number, chain head)."""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("CREATE INDEX handout_station_receipt ON handout (station_code, receipt_no)")
