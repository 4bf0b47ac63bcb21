"""Scan to recorded handout: the card code looked up, the rules decided and the handout
committed (synchronous=FULL), against a bare INSERT + COMMIT of one row with the same pragmas.

The rules are the richest sample, Korea's public masks of 2020 (mask2020.toml: the weekday
rotation, dated changes, open days and proxy scopes), asked in the week of 18 May 2020, one
scan a day from Monday to Sunday in turn: some are refused by the rotation, which still
decides in full and writes nothing."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.perf.bench import Figure, percentile, repeat, samples_ms
from tests.perf.data import copy_db
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource
from ttasum_desk.services import batches, handouts, rules
from ttasum_desk.services.lookup import lookup
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient

SCANS = repeat(300, 10)
ITEM = "MASK-KF94"
MONDAY = datetime(2020, 5, 18, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def scan_and_record(card_code: str, scan: int) -> None:
    found = lookup(card_code)[0]
    at = MONDAY + timedelta(days=scan % 7)
    # A refusal is decided and writes nothing: still a scan's full path.
    with contextlib.suppress(UserError):
        handouts.record(handouts.HandoutRequest(found.card_code, ITEM, at=at, operator="김담당"))


def bare_inserts(path: Path, count: int) -> list[float]:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=wal", "synchronous=2", "foreign_keys=1"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("CREATE TABLE handout (uid TEXT PRIMARY KEY, card TEXT, qty INTEGER)")

    def insert(n: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO handout VALUES (?, ?, 1)", (f"uid-{n:08d}", "OS1"))
        connection.execute("COMMIT")

    times = samples_ms([lambda n=n: insert(n) for n in range(count)])
    connection.close()
    return times


def run(db: Path, workdir: Path) -> list[Figure]:
    init_db(copy_db(db, workdir / "handout.db"))
    try:
        rules.load_file(resource("samples/mask2020.toml"))
        batches.receive(batches.BatchRequest(ITEM, f"BENCH-{ITEM}", 1_000_000, source="bench"))
        people = list(Recipient.select(Recipient.card_code).order_by(Recipient.uid))
        picks = random.Random(5).sample(people, SCANS + 20)
        times = samples_ms(
            [lambda p=p, n=n: scan_and_record(p.card_code, n) for n, p in enumerate(picks)]
        )
    finally:
        close_db()
    floor = bare_inserts(workdir / "bare-handout.db", SCANS + 20)
    return [
        Figure(
            "scan to recorded handout p95",
            percentile(times, 0.95),
            "ms",
            percentile(floor, 0.95),
            20,
            "value",
            {"p50": percentile(times, 0.5), "scans": SCANS},
        )
    ]
