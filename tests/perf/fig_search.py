"""Search: 1,000 mixed queries through the lookup service, against the same queries on a bare
indexed table of the same names."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.perf.bench import Figure, percentile, repeat, samples_ms
from ttasum_desk.domain import hangul
from ttasum_desk.services.lookup import lookup
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient

KINDS = ("name", "partial name", "initial consonants", "one jamo off", "card code")
PER_KIND = repeat(200, 25)


def queries(rng: random.Random) -> dict[str, list[str]]:
    people = list(Recipient.select(Recipient.name, Recipient.card_code).order_by(Recipient.uid))
    picks = [rng.choice(people) for _ in range(PER_KIND * len(KINDS))]

    def typo(name: str) -> str:
        position = rng.randrange(len(name))
        return (
            name[:position]
            + rng.choice(hangul.syllable_neighbours(name[position]) or [name[position]])
            + name[position + 1 :]
        )

    makers: dict[str, Callable[[Recipient], str]] = {
        "name": lambda p: p.name,
        "partial name": lambda p: p.name[1:],
        "initial consonants": lambda p: hangul.initials(p.name),
        "one jamo off": lambda p: typo(p.name),
        "card code": lambda p: p.card_code,
    }
    return {
        kind: [makers[kind](p) for p in picks[i * PER_KIND : (i + 1) * PER_KIND]]
        for i, kind in enumerate(KINDS)
    }


def bare_table(db: Path, bare: Path) -> sqlite3.Connection:
    """The floor: the same names in a bare table with one index per searched column."""
    bare.unlink(missing_ok=True)
    connection = sqlite3.connect(bare)
    connection.execute("ATTACH DATABASE ? AS city", (f"file:{db}?mode=ro",))
    connection.execute("CREATE TABLE bare AS SELECT card_code, name, initials FROM city.recipient")
    connection.execute("CREATE INDEX bare_name ON bare (name)")
    connection.execute("CREATE INDEX bare_card ON bare (card_code)")
    connection.execute("CREATE INDEX bare_initials ON bare (initials)")
    connection.commit()
    return connection


def floor_query(connection: sqlite3.Connection, kind: str, query: str) -> list[tuple[str, ...]]:
    column = {"card code": "card_code", "initial consonants": "initials"}.get(kind, "name")
    return connection.execute(
        f"SELECT card_code, name FROM bare WHERE {column} >= ? AND {column} < ? LIMIT 50",
        (query, query + "\U0010ffff"),
    ).fetchall()


def run(db: Path, workdir: Path) -> list[Figure]:
    rng = random.Random(11)
    init_db(db, readonly=True)
    try:
        by_kind = queries(rng)
        measured = {
            kind: samples_ms([lambda q=q: lookup(q) for q in qs]) for kind, qs in by_kind.items()
        }
    finally:
        close_db()
    bare = bare_table(db, workdir / "bare-search.db")
    floors = {
        kind: samples_ms([lambda k=kind, q=q: floor_query(bare, k, q) for q in qs])
        for kind, qs in by_kind.items()
    }
    bare.close()
    mixed = [t for times in measured.values() for t in times]
    mixed_floor = [t for times in floors.values() for t in times]
    figures = [
        Figure(
            f"search p95: {kind}",
            percentile(measured[kind], 0.95),
            "ms",
            percentile(floors[kind], 0.95),
            15,
            "value",
            {"p50": percentile(measured[kind], 0.5), "queries": len(measured[kind])},
        )
        for kind in KINDS
    ]
    figures.insert(
        0,
        Figure(
            "search p95: 1,000 mixed queries",
            percentile(mixed, 0.95),
            "ms",
            percentile(mixed_floor, 0.95),
            15,
            "value",
            {"p50": percentile(mixed, 0.5), "floor_p50": percentile(mixed_floor, 0.5)},
        ),
    )
    return figures
