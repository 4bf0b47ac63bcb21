"""The hub beyond one server: the same day-files merged into a hub on Citus (a coordinator
and two workers) and into one PostgreSQL server, in the same run, then the double-dip search
and the snapshot export at each.

``python -m tests.perf.hub_sharded --files 30 --per-file 2000 --workdir /tmp/hub-sharded``
starts four throwaway servers (tests/pg.py, fsync on): one alone, and three with Citus loaded
(``shared_preload_libraries``) that become a coordinator and two workers on unix sockets.
The hub's schema is the app's own, created by its migrations on the coordinator; then the
handouts and the people are distributed by the person (``recipient.uid``,
``handout.recipient_uid``), and the small, shared tables (items, stations, rules, batches,
households) become reference tables copied to every node; the live-handouts view is said
again with the key (a void lies on its handout's shard). What Citus refuses on the way is
printed (and kept in ``--json``): the constraints it cannot keep and the errors of the app's
own SQL. Only this script needs Citus; it is outside the test run (not a ``test_`` file), and
the Citus extension must be built for the installed PostgreSQL (resources/docs/
hub-postgresql.md, "Beyond one server", says how).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests import pg
from tests.perf.bench import Figure, table
from tests.perf.data import city_db
from tests.perf.hub_merge import after_merge, args_per_file, build_day_files, new_hub
from ttasum_desk.services import merge
from ttasum_desk.storage.db import close_db, db, init_db

WORKERS = 2
SHARDS = 8  # per distributed table: four a worker
DISTRIBUTED = {  # table -> distribution column: everything of a person on one shard
    "recipient": "uid",
    "handout": "recipient_uid",
    "card_replacement": "recipient_uid",
    "proxy_registration": "recipient_uid",
    "workshop_seat": "recipient_uid",
}
REFERENCE = ["station", "setting", "item", "campaign", "ruleset", "household", "batch"]
LIVE_HANDOUT = """CREATE OR REPLACE VIEW live_handout AS
    SELECT h.* FROM handout h WHERE h.status = 'ok' AND NOT EXISTS (
        SELECT 1 FROM handout v WHERE v.void_of = h.uid AND v.recipient_uid = h.recipient_uid)"""


class CitusCluster:
    """A coordinator and its workers, each a throwaway server with Citus loaded."""

    def __init__(self, nodes: Sequence[pg.Server]) -> None:
        self.nodes = list(nodes)

    @classmethod
    def start(cls, workers: int = WORKERS) -> CitusCluster:
        nodes: list[pg.Server] = []
        try:
            for _ in range(workers + 1):
                node = pg.start(durable=True)
                nodes.append(node)
                with node.admin() as connection:
                    connection.execute("ALTER SYSTEM SET shared_preload_libraries = 'citus'")
                data, log = str(node.folder / "data"), str(node.folder / "log")
                restart = [str(node.bin / "pg_ctl"), "-D", data, "-l", log, "-w", "restart"]
                done = pg._as_server_user(restart)
                if done.returncode != 0:
                    raise RuntimeError(f"Citus did not load: {done.stderr or done.stdout}")
                with node.admin() as connection:  # how a node reaches itself: no TCP here
                    connection.execute(f"ALTER SYSTEM SET citus.local_hostname = '{node.socket}'")
                    connection.execute("SELECT pg_reload_conf()")
        except BaseException:
            for node in nodes:
                node.stop()
            raise
        return cls(nodes)

    def new_database(self, name: str) -> str:
        """A database of this name on every node, with Citus in it and the workers added to
        the coordinator's; the coordinator's URL (what ``--db`` takes)."""
        database = name.lower()
        for node in self.nodes:
            with node.admin() as connection:
                connection.execute(f'CREATE DATABASE "{database}"')
            with _connect(node, database) as connection:
                connection.execute("CREATE EXTENSION citus")
        coordinator, *workers = self.nodes
        with _connect(coordinator, database) as connection:
            connection.execute("SELECT citus_set_coordinator_host(%s, 5432)", (coordinator.socket,))
            for worker in workers:
                connection.execute("SELECT citus_add_node(%s, 5432)", (worker.socket,))
        return coordinator.url(database)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()


def _connect(node: pg.Server, database: str) -> Any:
    import psycopg

    return psycopg.connect(host=node.socket, user="postgres", dbname=database, autocommit=True)


def distribute(connection: Any) -> list[str]:
    """Make the hub's tables Citus tables; what Citus needed changed, one line each.

    Citus keeps a unique constraint or a foreign key between distributed tables only when it
    holds the distribution column, so the foreign keys are set aside first, the unique
    constraints without that column dropped (a primary key gets the column added), the tables
    distributed, and then each foreign key put back: the ones Citus refuses are reported."""
    notes: list[str] = []
    keys = connection.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2"
    ).fetchall()
    for table_name, name, _ in keys:
        connection.execute(f'ALTER TABLE {table_name} DROP CONSTRAINT "{name}"')
    for table_name, column in DISTRIBUTED.items():
        notes += _unique_without(connection, table_name, column)
    for table_name in REFERENCE:
        connection.execute("SELECT create_reference_table(%s)", (table_name,))
    connection.execute(f"SET citus.shard_count = {SHARDS}")
    first = None
    for table_name, column in DISTRIBUTED.items():
        sql = "SELECT create_distributed_table(%s, %s, colocate_with => %s)"
        arguments = (table_name, column, first or "default")
        try:
            connection.execute(sql, arguments)
        except Exception as error:  # triggers: Citus refuses them unless told it may
            notes.append(f"create_distributed_table({table_name}): {_said(error)}")
            connection.execute("SET citus.enable_unsafe_triggers = on")
            connection.execute(sql, arguments)
            notes.append("  -> distributed with citus.enable_unsafe_triggers = on")
        first = first or table_name
    # a void lies on its handout's shard; the view must say so, or Citus can't join them
    connection.execute(LIVE_HANDOUT)
    notes.append("live_handout: the void's anti-join also matches recipient_uid")
    for table_name, name, definition in keys:
        try:
            connection.execute(f'ALTER TABLE {table_name} ADD CONSTRAINT "{name}" {definition}')
        except Exception as error:
            notes.append(f"foreign key {table_name}.{name} {definition}: {_said(error)}")
    return notes


def _unique_without(connection: Any, table_name: str, column: str) -> list[str]:
    """Drop the table's unique constraints and indexes that lack ``column``; the primary key
    comes back with ``column`` first."""
    notes = []
    rows = connection.execute(
        "SELECT i.indexrelid::regclass::text, i.indisprimary, c.conname,"
        " pg_get_indexdef(i.indexrelid),"
        " array(SELECT attname FROM pg_attribute WHERE attrelid = i.indrelid"
        "       AND attnum = ANY(i.indkey))"
        " FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid"
        " WHERE i.indrelid = %s::regclass AND i.indisunique",
        (table_name,),
    ).fetchall()
    for index, primary, constraint, definition, columns in rows:
        if column in columns:
            continue
        if constraint:
            connection.execute(f'ALTER TABLE {table_name} DROP CONSTRAINT "{constraint}"')
        else:
            connection.execute(f"DROP INDEX {index}")
        if primary:
            key = ", ".join([column, *columns])
            connection.execute(f"ALTER TABLE {table_name} ADD PRIMARY KEY ({key})")
            notes.append(f"{definition}: dropped; primary key ({key}) instead")
        else:
            notes.append(f"{definition}: dropped (unique only with {column} in it)")
    return notes


def _said(error: BaseException) -> str:
    return str(error).strip().splitlines()[0]


def measure(label: str, hub: str, paths: Sequence[Path], workdir: Path) -> dict[str, Any]:
    """Merge the files into ``hub`` in-process, then search and export there."""
    found = _merged(hub, paths)
    if "merge error" not in found:
        try:
            dips, one_file, export = after_merge(hub, workdir, paths[-1])
        except Exception as error:
            found["after merge error"] = _said(error)
        else:
            found["double-dips of everyone"] = dips
            found["double-dips of one file's people"] = one_file
            found["snapshot export"] = export
    print(label, json.dumps(found, indent=1), file=sys.stderr, flush=True)
    return found


def _merged(hub: str, paths: Sequence[Path]) -> dict[str, Any]:
    """The merge's time, the files it could not merge, and the rows the hub then holds."""
    init_db(hub)
    try:
        began = time.perf_counter()
        try:
            result = merge.merge(list(paths))
        except Exception as error:
            return {"merge error": _said(error)}
        seconds = time.perf_counter() - began
        failed = [f"{f.file}: {f.error}" for f in result.files if f.error]
        counts = {table_name: _count(table_name) for table_name in ("recipient", "handout")}
    finally:
        close_db()
    return {"merge": seconds, "failed files": failed, **counts}


def _count(table_name: str) -> int:
    return int(db.execute_sql(f"SELECT count(*) FROM {table_name}").fetchone()[0])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.hub_sharded")
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--per-file", type=int, default=2000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="ttasum-hub-sharded-"))
    workdir.mkdir(parents=True, exist_ok=True)
    city = city_db(workdir, "small" if args.per_file <= 400 else "osan")
    paths = build_day_files(workdir / "dayfiles", args.files, args.per_file, city)
    single = pg.start(durable=True)
    cluster: CitusCluster | None = None
    try:
        cluster = CitusCluster.start()
        # the cluster makes its databases as a single server does
        citus_hub = new_hub("postgresql", workdir, cluster, "citus_hub")
        with _connect(cluster.nodes[0], "citus_hub") as connection:
            changes = distribute(connection)
        print("\n".join(changes), file=sys.stderr, flush=True)
        found = {
            "one server": measure("one server", new_hub("postgresql", workdir, single, "one"),
                                  paths, workdir),
            "citus": measure("citus", citus_hub, paths, workdir),
        }  # fmt: skip
    finally:
        single.stop()
        if cluster:
            cluster.stop()
    sized = f"{len(paths)} files × {args_per_file(paths)}"
    figures = [
        Figure(f"{what}, {sized}: Citus (against one server)", citus, "s", alone, None, "ratio")
        for what, alone in found["one server"].items()
        if isinstance(alone, float) and isinstance(citus := found["citus"].get(what), float)
    ]
    print(table(figures))
    if args.json:
        report = {"changes": changes, "found": found, "figures": [f.as_json() for f in figures]}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
