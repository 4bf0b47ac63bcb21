"""Schema version 9: handouts, class counts and the audit log refuse UPDATE and DELETE.

These tables are append-only by design (a mistake is voided by a second row), and the chains
over them only help if a change is caught; the triggers make the database itself refuse one,
so a bug in the app, or a casual edit through an SQLite tool that keeps the triggers, fails
with ``append-only: ...`` and changes nothing. No code path of the app updates or deletes
these rows (snapshot imports and merges only insert rows they don't have yet; the demo
records through the services), so there is no exception. The triggers fire on UPDATE and
DELETE only: inserting, the hot path, costs what it did. A tool that drops the triggers first
is not stopped by them; ``ttasum-desk verify`` catches what it changes. On a PostgreSQL hub
the same refusal is a PL/pgSQL trigger function, and TRUNCATE is refused too.
"""

from __future__ import annotations

from typing import Any

from ttasum_desk.storage.postgres import is_postgres

REFUSE_FUNCTION = """CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"""

REFUSALS = {
    "handout": "append-only: a handout is never changed or deleted; void it instead",
    "class_count": "append-only: a class count is never changed or deleted; void it instead",
    "audit_log": "append-only: the audit log is never changed or deleted",
}


def up(migrator: Any, db: Any) -> None:
    server = is_postgres(db)
    if server:
        db.execute_sql(REFUSE_FUNCTION)
    for table, refusal in REFUSALS.items():
        for event in ("UPDATE", "DELETE", "TRUNCATE") if server else ("UPDATE", "DELETE"):
            trigger = f"{table}_append_only_{event.lower()} BEFORE {event} ON {table}"
            if server:
                each = "STATEMENT" if event == "TRUNCATE" else "ROW"
                db.execute_sql(
                    f"CREATE TRIGGER {trigger} FOR EACH {each}"
                    f" EXECUTE FUNCTION refuse_change('{refusal}')"
                )
            else:
                db.execute_sql(
                    f"CREATE TRIGGER {trigger} BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
                )
