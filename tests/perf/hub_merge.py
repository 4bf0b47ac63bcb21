"""A province's hub: many stations' day-files merged on SQLite and on PostgreSQL, by one
coordinator and by four at once, then the double-dip search and the snapshot export.

``python -m tests.perf.hub_merge --files 500 --per-file 2000`` (the province), ``--quick``
(10 files of 200 handouts: that it runs). The day-files are written straight from generated
records (signed, each station with its own key and chain), about 0.5 s a file of 2,000
handouts here, and kept in ``--workdir`` between runs; ``--build-only`` writes the missing
ones and stops, so they can be made ahead of a run. Each figure is held against the floor of the
same Recipients and Handouts rows inserted in the same run: PostgreSQL's ``COPY`` into a
fresh database of the same schema, and SQLite's bare ``executemany`` (it has no COPY). The
PostgreSQL server is a throwaway one (tests/pg.py) with fsync on, as SQLite writes with
``synchronous=FULL``. Prints the figures and writes them as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from tests import pg
from tests.perf.bench import Figure, table
from tests.perf.data import city_db
from tests.perf.fig_exchange import (
    DAY,
    HANDOUT_COLUMNS,
    ITEM_OF_GROUP,
    RECIPIENT_COLUMNS,
    handout_rows,
    import_floor,
    read_all,
    recipient_rows,
)
from ttasum_desk import __version__
from ttasum_desk.domain import chain, signing
from ttasum_desk.domain.records import (
    BatchRecord,
    BatchUid,
    HandoutRecord,
    HandoutUid,
    RecipientRecord,
    StationCode,
    Status,
)
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import write_exchange
from ttasum_desk.services import double_dips, merge, snapshot, stations
from ttasum_desk.storage import exchange as store
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import close_db, init_db, reading

COORDINATORS = (1, 4)
EXIT_BUSY = 4


def station_code(index: int) -> StationCode:
    return StationCode(f"PV-{index // 100:02d}-{index % 100:02d}")


def build_day_files(folder: Path, files: int, per_file: int, city: Path) -> list[Path]:
    """``files`` stations' signed day-files of ``per_file`` handouts each of the city's people
    (each station's own key and hash chain), written straight through the exchange writer
    from generated records, as ``dayfile.export_day`` writes them; kept in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{station_code(index)}-{per_file}.xlsx" for index in range(files)]
    missing = [index for index, path in enumerate(paths) if not path.exists()]
    if not missing:
        return paths
    init_db(city, readonly=True)
    try:
        people = record_sql.read(RecipientRecord, order="p.uid")
        items = store.item_rows()
    finally:
        close_db()
    for index in missing:  # each file its own draw, so a missing file comes out the same
        chosen = random.Random(index).sample(people, per_file)
        write_day_file(paths[index], station_code(index), chosen, items, index)
    return paths


def write_day_file(
    path: Path,
    code: StationCode,
    people: Sequence[RecipientRecord],
    items: Sequence[Sequence[object]],
    index: int,
) -> None:
    """One station's day: a batch per item, then one handout to each of ``people``."""
    received = "2020-05-01T00:00:00+00:00"
    lots = {
        item: BatchRecord(
            BatchUid(str(uuid.uuid4())), item, f"LOT-{code}-{item}", 100_000, received, "",
            code, None,
        )
        for item in sorted({ITEM_OF_GROUP[person.group] for person in people})
    }  # fmt: skip
    previous, handed = chain.GENESIS, []
    for n, person in enumerate(people):
        item = ITEM_OF_GROUP[person.group]
        moment = (DAY + timedelta(seconds=index * 7 + n)).isoformat()
        record = HandoutRecord(
            HandoutUid(str(uuid.uuid4())), person.uid, person.card_code, item, 1,
            lots[item].uid, code, "김담당", moment, f"{code}-{n + 1:06d}", Status.OK, None,
            "", None, "", "",
        )  # fmt: skip
        previous = record.chain_hash_after(previous)
        handed.append(replace(record, chain_hash=previous))
    data: dict[str, list[Sequence[object]]] = {
        formats.RECIPIENTS: [person.cells() for person in sorted(people, key=lambda p: p.uid)],
        formats.HANDOUTS: [record.cells() for record in handed],
        formats.BATCHES: [lot.cells() for lot in lots.values()],
        formats.CLASS_COUNTS: [],
        formats.PROXIES: [],
        formats.ITEMS: list(items),
        formats.STATIONS: [(str(uuid.uuid4()), code, code, "centre")],
    }
    meta = {
        "kind": formats.KIND_DAY, "station_code": code, "station_name": code,
        "exported_at": DAY.isoformat(), "app_version": __version__, "audit_head": chain.GENESIS,
        "day": DAY.date().isoformat(), "chain_start": chain.GENESIS, "chain_head": previous,
        "class_chain_start": chain.GENESIS,
    }  # fmt: skip
    write_exchange(path, meta, data, signer=signing.Signer.generate())


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def new_hub(engine: str, workdir: Path, server: pg.Server | None, name: str) -> str:
    if engine == "postgresql" and server:
        target = server.new_database(name)
    else:
        for stale in workdir.glob(f"{name}.db*"):
            stale.unlink()
        target = str(workdir / f"{name}.db")
    init_db(target)
    try:
        stations.set_station("PV-HUB", "도청", "hub")
    finally:
        close_db()
    return target


def merge_at_once(hub: str, paths: Sequence[Path], coordinators: int) -> tuple[float, int]:
    """Wall time of ``coordinators`` processes each merging its share of the files, and how
    many gave up because the hub stayed busy (exit code 4: a SQLite hub is one PC's)."""
    shares = [paths[n::coordinators] for n in range(coordinators)]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TTASUM_DESK_LANG": "en"}
    began = time.perf_counter()
    pcs = [
        subprocess.Popen(
            [sys.executable, "-m", "ttasum_desk", "--db", hub, "merge", *map(str, share)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for share in shares
    ]
    gave_up = 0
    for pc in pcs:
        _, err = pc.communicate()
        if pc.returncode == EXIT_BUSY:
            gave_up += 1
        elif pc.returncode != 0:
            raise RuntimeError(err.decode()[-2000:])
    return time.perf_counter() - began, gave_up


def copy_floor(server: pg.Server, paths: Sequence[Path]) -> float:
    """The same rows by COPY (through a staging table), one transaction per file, into tables
    of the hub's shape (columns, checks, indexes; foreign keys unchecked, as in SQLite's)."""
    url = server.new_database("floor")
    init_db(url)
    close_db()
    import psycopg

    database = url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(host=server.socket, user="postgres", dbname=database) as connection:
        for table_name in ("recipient", "handout"):
            connection.execute(f"CREATE TABLE bare_{table_name} (LIKE {table_name} INCLUDING ALL)")
        connection.commit()
        began = time.perf_counter()
        for path in paths:
            sheets = read_all(path)
            with connection.transaction():
                for table_name, columns, rows in (
                    ("recipient", RECIPIENT_COLUMNS, recipient_rows(sheets["Recipients"])),
                    ("handout", HANDOUT_COLUMNS, handout_rows(sheets["Handouts"])),
                ):
                    names = ", ".join(f'"{c}"' for c in columns)
                    stage = f"stage_{table_name}"  # COPY can't skip rows already there
                    like = f"LIKE bare_{table_name} INCLUDING DEFAULTS"
                    connection.execute(f"CREATE TEMP TABLE {stage} ({like}) ON COMMIT DROP")
                    with connection.cursor().copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
                        for row in rows:  # calamine reads every number as a float
                            copy.write_row([_whole(value) for value in row])
                    connection.execute(
                        f"INSERT INTO bare_{table_name} SELECT * FROM {stage}"
                        " ON CONFLICT DO NOTHING"
                    )
        return time.perf_counter() - began


def _whole(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def after_merge(hub: str, workdir: Path, last: Path) -> tuple[float, float, float]:
    """At the merged hub, in seconds: the double-dip search over everyone, the one a merge of
    ``last`` alone runs (over the households of the people it names), the snapshot export."""
    named = {str(row[0]) for row in read_all(last)["Recipients"][1:]}
    init_db(hub)
    try:

        def search(people: set[str] | None) -> None:
            with reading():
                double_dips.detect(people)

        return (
            timed(lambda: search(None)),
            timed(lambda: search(named)),
            timed(lambda: snapshot.export_snapshot(workdir / "snap.xlsx")),
        )
    finally:
        close_db()


def measure(
    engine: str, paths: Sequence[Path], workdir: Path, server: pg.Server | None
) -> list[Figure]:
    sized = f"{len(paths)} files × {args_per_file(paths)}"
    floor = (
        copy_floor(server, paths)
        if engine == "postgresql" and server
        else import_floor(paths, workdir / "floor.db")
    )
    figures = []
    for coordinators in COORDINATORS:
        hub = new_hub(engine, workdir, server, f"hub{coordinators}")
        if coordinators == 1:
            init_db(hub)
            try:
                seconds = timed(lambda: merge.merge(list(paths)))
            finally:
                close_db()
            gave_up = 0
        else:
            seconds, gave_up = merge_at_once(hub, paths, coordinators)
        name = f"{engine}: merge of {sized}, {coordinators} coordinator(s)"
        name += f" ({gave_up} gave up: busy)" if gave_up else ""
        figures.append(Figure(name, seconds, "s", floor, None, "ratio"))
        if coordinators == 1:
            dips, one_file, export = after_merge(hub, workdir, paths[-1])
            for what, seconds in (("everyone", dips), ("one file's people", one_file)):
                name = f"{engine}: double-dips of {what}, {sized}"
                figures.append(Figure(name, seconds, "s", floor, None, "ratio"))
            figures.append(
                Figure(f"{engine}: snapshot export, {sized}", export, "s", floor, None, "ratio")
            )
    return figures


def args_per_file(paths: Sequence[Path]) -> str:
    return f"{int(paths[0].stem.rsplit('-', 1)[1]):,} handouts"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.hub_merge")
    parser.add_argument("--files", type=int, nargs="+", default=[500])
    parser.add_argument("--per-file", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="10 files of 200 handouts")
    parser.add_argument(
        "--city", choices=["small", "osan"], help="whose people (default: small up to 400)"
    )
    parser.add_argument("--engines", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--build-only", action="store_true", help="write the missing day-files, then stop"
    )
    args = parser.parse_args(argv)
    files, per_file = ([10], 200) if args.quick else (args.files, args.per_file)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="ttasum-hub-perf-"))
    workdir.mkdir(parents=True, exist_ok=True)
    city = city_db(workdir, args.city or ("small" if per_file <= 400 else "osan"))
    if args.build_only:
        build_day_files(workdir / "dayfiles", max(files), per_file, city)
        return 0
    server = pg.start(durable=True) if "postgresql" in args.engines else None
    figures: list[Figure] = []
    try:
        every = build_day_files(workdir / "dayfiles", max(files), per_file, city)
        for count in files:
            for engine in args.engines:
                case = measure(engine, every[:count], workdir, server)
                figures += case
                print(table(case), file=sys.stderr, flush=True)
    finally:
        if server:
            server.stop()
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps([f.as_json() for f in figures], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
