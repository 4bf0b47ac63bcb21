"""Schema version 2: the reversed name, so that a name's ending is an index range too."""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("ALTER TABLE recipient ADD COLUMN name_rev TEXT NOT NULL DEFAULT ''")
    for uid, key in db.execute_sql("SELECT uid, name_key FROM recipient").fetchall():
        db.execute_sql("UPDATE recipient SET name_rev = ? WHERE uid = ?", (key[::-1], uid))
    db.execute_sql("CREATE INDEX recipient_name_rev ON recipient (name_rev)")
