"""Schema version 1: every concept of the product, keyed by UUID.

The same statements build a hub on PostgreSQL (``storage.postgres`` says them in its words);
there, ``SERVER_FUNCTIONS`` first gives the server the SQLite functions the app's queries use,
and trigram search for names.
"""

from __future__ import annotations

from typing import Any

from ttasum_desk.storage.postgres import is_postgres

SERVER_FUNCTIONS = [
    """CREATE FUNCTION json_extract(document TEXT, path TEXT) RETURNS TEXT
        LANGUAGE sql IMMUTABLE STRICT AS $$
        SELECT jsonb_extract_path_text(
            document::jsonb, VARIADIC string_to_array(substr(path, 3), '.'))
        $$""",
    """CREATE FUNCTION group_concat_step(joined TEXT, value TEXT) RETURNS TEXT
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value
                    ELSE joined || ',' || value END
        $$""",
    "CREATE AGGREGATE group_concat(TEXT) (SFUNC = group_concat_step, STYPE = TEXT)",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
]
SERVER_INDEXES = [
    "CREATE INDEX recipient_name_trigram ON recipient USING gin (name_key gin_trgm_ops)"
]

STATEMENTS = [
    """CREATE TABLE station (
        uid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('centre', 'school', 'hub')),
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE operator (
        uid TEXT PRIMARY KEY, station_code TEXT NOT NULL, name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL,
        UNIQUE (station_code, name)) WITHOUT ROWID""",
    """CREATE TABLE household (
        uid TEXT PRIMARY KEY, label TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)
        WITHOUT ROWID""",
    """CREATE TABLE recipient (
        uid TEXT PRIMARY KEY, card_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        name_key TEXT NOT NULL, initials TEXT NOT NULL,
        birth_date TEXT, birth_year INTEGER,
        "group" TEXT NOT NULL CHECK ("group" IN ('student', 'public', 'vulnerable')),
        school TEXT, grade INTEGER, klass INTEGER, number INTEGER, district TEXT,
        phone_last4 TEXT, household_uid TEXT REFERENCES household (uid),
        disability INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '', station_code TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX recipient_name_key ON recipient (name_key)",
    "CREATE INDEX recipient_initials ON recipient (initials)",
    "CREATE INDEX recipient_household ON recipient (household_uid)",
    "CREATE INDEX recipient_class ON recipient (school, grade, klass, number)",
    """CREATE TABLE item (
        uid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '', track_stock INTEGER NOT NULL DEFAULT 0,
        low_stock INTEGER, created_at TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE campaign (
        uid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        starts TEXT NOT NULL, ends TEXT NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE ruleset (
        uid TEXT PRIMARY KEY, campaign_uid TEXT NOT NULL REFERENCES campaign (uid),
        text TEXT NOT NULL, sha256 TEXT NOT NULL, loaded_at TEXT NOT NULL,
        superseded_at TEXT) WITHOUT ROWID""",
    "CREATE INDEX ruleset_campaign ON ruleset (campaign_uid, superseded_at)",
    """CREATE TABLE batch (
        uid TEXT PRIMARY KEY, item_uid TEXT NOT NULL REFERENCES item (uid),
        lot_no TEXT NOT NULL, quantity INTEGER NOT NULL, received_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '', station_code TEXT NOT NULL,
        corrects_uid TEXT REFERENCES batch (uid), operator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX batch_item ON batch (item_uid, received_at)",
    """CREATE TABLE handout (
        uid TEXT PRIMARY KEY, recipient_uid TEXT NOT NULL REFERENCES recipient (uid),
        item_uid TEXT NOT NULL REFERENCES item (uid), quantity INTEGER NOT NULL,
        batch_uid TEXT REFERENCES batch (uid), station_code TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '', handed_at TEXT NOT NULL,
        receipt_no TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('ok', 'void')),
        void_of TEXT REFERENCES handout (uid), reason TEXT NOT NULL DEFAULT '',
        proxy_uid TEXT REFERENCES recipient (uid), override_reason TEXT NOT NULL DEFAULT '',
        chain_hash TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'local',
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX handout_recipient ON handout (recipient_uid, handed_at)",
    "CREATE INDEX handout_station_time ON handout (station_code, handed_at)",
    "CREATE UNIQUE INDEX handout_void_of ON handout (void_of) WHERE void_of IS NOT NULL",
    "CREATE INDEX handout_batch ON handout (batch_uid)",
    """CREATE TABLE import_log (
        uid TEXT PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
        station_code TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, imported_at TEXT NOT NULL,
        rows INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0,
        conflicts INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0,
        altered INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID""",
    "CREATE INDEX import_log_sha ON import_log (sha256)",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, entity TEXT NOT NULL,
        entity_uid TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
]


def up(migrator: Any, db: Any) -> None:
    server = is_postgres(db)
    for statement in [*SERVER_FUNCTIONS, *STATEMENTS, *SERVER_INDEXES] if server else STATEMENTS:
        db.execute_sql(statement)
