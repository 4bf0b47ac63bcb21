"""A throwaway PostgreSQL server for the hub tests: ``initdb`` and ``pg_ctl`` in a temporary
folder, listening on a unix socket only, fsync off (nothing in it must survive).

``initdb`` refuses to run as root (as CI does), so there the server runs as ``nobody`` through
``runuser``. When no server can be started, ``unavailable`` says why and the tests that need
one skip with that reason; ``TTASUM_REQUIRE_PG=1`` (set by .ci/run) turns the skip into a
failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REQUIRED = os.environ.get("TTASUM_REQUIRE_PG") == "1"
HubDatabase = Callable[[str], "Path | str"]  # a hub's name -> its file, or its URL
UNPRIVILEGED = "nobody"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version)
    return versions[-1].parent if versions else None


def _version(initdb: Path) -> int:
    name = initdb.parent.parent.name
    return int(name) if name.isdigit() else 0


@dataclass
class Server:
    folder: Path
    bin: Path
    numbers: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def socket(self) -> str:
        return str(self.folder)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket}"

    def admin(self) -> Any:
        import psycopg  # only where a server runs: the hub extra

        return psycopg.connect(
            host=self.socket, user="postgres", dbname="postgres", autocommit=True
        )

    def new_database(self, name: str) -> str:
        """A new, empty database; its URL."""
        database = f"{name.lower().replace('-', '_')}_{next(self.numbers)}"
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
        return self.url(database)

    def stop(self) -> None:
        _as_server_user(
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_server_user(command: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", UNPRIVILEGED, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def start(*, durable: bool = False) -> Server:
    """Start a server, or raise RuntimeError saying why none could be; ``durable`` keeps
    fsync on (the benchmark: as SQLite's synchronous=FULL)."""
    folder_bin = binaries()
    if folder_bin is None:
        raise RuntimeError("no PostgreSQL server programs (initdb) are installed")
    folder = Path(tempfile.mkdtemp(prefix="ttasum-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, UNPRIVILEGED)
    data = folder / "data"
    steps = [
        [str(folder_bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        [str(folder_bin / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
         f"-k {folder} -c listen_addresses='' -c max_connections=60"
         + ("" if durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
         "start"],
    ]  # fmt: skip
    for step in steps:
        done = _as_server_user(step)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(
                f"{Path(step[0]).name} failed: {(done.stderr or done.stdout)[-400:]}"
            )
    return Server(folder, folder_bin)
