"""The card_replacement table: lost cards' old codes with their owners (migration 0013)."""

from __future__ import annotations

from ttasum_desk.storage.db import db


def record(old_code: str, recipient_uid: str, replaced_at: str, operator: str) -> None:
    """Inside the caller's write transaction."""
    db.execute_sql(
        "INSERT INTO card_replacement (old_code, recipient_uid, replaced_at, operator)"
        " VALUES (?, ?, ?, ?)",
        (old_code, recipient_uid, replaced_at, operator),
    )


def replaced(code: str) -> tuple[str, str, str] | None:
    """(old code, recipient uid, replaced at) of an old card code as scanned or in upper case."""
    row = db.execute_sql(
        "SELECT old_code, recipient_uid, replaced_at FROM card_replacement WHERE old_code IN (?, ?)"
        " ORDER BY old_code != ? LIMIT 1",
        (code, code.upper(), code),
    ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


def history(recipient_uid: str) -> list[tuple[str, str, str]]:
    """(old code, replaced at, operator) of the person's replaced cards, oldest first."""
    rows = db.execute_sql(
        "SELECT old_code, replaced_at, operator FROM card_replacement WHERE recipient_uid = ?"
        " ORDER BY replaced_at, old_code",
        (recipient_uid,),
    ).fetchall()
    return [(str(code), str(at), str(operator)) for code, at, operator in rows]
