"""The command line: the same services as the window, headless.

Exit codes: 0 done, 2 invalid input or usage (database unchanged), 3 refused by a rule,
4 the database is busy (another program keeps it locked: try again), 5 the database can't be
used (damaged, read-only, its disk full). Every refusal is one line on stderr in the user's
language, never a traceback; the code is the error's ``exit_code``.
Each command is a function ``cmd_*(args) -> int`` registered in ``build_parser``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ttasum_desk import __version__, paths
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import install_translators, message
from ttasum_desk.storage import postgres
from ttasum_desk.storage.db import close_db, init_db, mapped_errors

EXIT_OK, EXIT_USAGE, EXIT_REFUSED = 0, 2, 3
WRITER_WAIT_S = 60.0  # a writing command waits this long for the one before it, then exits 4


class UsageParser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message, like every other refusal."""

    def error(self, text: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: {text}\n")


def emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    """One JSON object with --json, else the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, default=str))
    elif text:
        print(text)


def operator(args: argparse.Namespace) -> str:
    """Who an audited command acts as: --operator, else this station's first operator, else
    the system user; never nobody."""
    from ttasum_desk.services import stations

    return str(args.operator) if args.operator else stations.first_operator()


AREAS = (
    "foundation", "handouts", "exchange", "nurse", "verify", "backup", "access", "reports",
    "keys", "people", "purge", "donations",
)  # fmt: skip


def database_target(text: str) -> Path | str:
    """--db: a database file, or the URL of a hub on a PostgreSQL server (kept as text: a
    Path would fold its "//")."""
    return text if postgres.is_url(text) else Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="ttasum-desk", description="TTASUM Desk")
    parser.add_argument(
        "--db",
        type=database_target,
        default=None,
        help="database file, or a hub's postgresql://user@host/db (password: PGPASSWORD)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="with no command: create a small demo first if missing"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=("ko", "en"), default=None, help="with no command: the window's language"
    )
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser)
    groups: dict[str, Any] = {}

    def command(name: str, handler: Any, group: str = "", **kwargs: Any) -> Any:
        """A subcommand (``group`` nests it: ``station set``) with --json; a handler sets
        ``readonly=True`` through set_defaults when it never writes, ``opens_db=False`` when
        it opens --db itself."""
        parent = commands
        if group:
            if group not in groups:
                groups[group] = commands.add_parser(group).add_subparsers(
                    dest=f"{group}_command", required=True, parser_class=UsageParser
                )
            parent = groups[group]
        sub = parent.add_parser(name, **kwargs)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help="print one JSON object")
        return sub

    for area in AREAS:
        try:
            module = importlib.import_module(f"ttasum_desk.cli.{area}")
        except ModuleNotFoundError as missing:
            if missing.name != f"ttasum_desk.cli.{area}":
                raise
            continue
        module.register(command)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; returns its exit code."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setOrganizationName("TTASUM")
    app.setApplicationName("TTASUM Desk")
    install_translators()
    args = build_parser().parse_args(argv)
    if not hasattr(args, "handler"):
        build_parser().print_usage(sys.stderr)
        return EXIT_USAGE
    args.db = args.db or paths.default_db()
    readonly = getattr(args, "readonly", False)
    try:
        if not getattr(args, "opens_db", True):
            return int(args.handler(args))
        init_db(args.db, readonly=readonly, lock_wait_s=WRITER_WAIT_S)
        try:  # reads outside a transaction meet a damaged or locked file here
            with mapped_errors(write=not readonly):
                return int(args.handler(args))
        finally:
            close_db()
    except UserError as error:
        print(message(error), file=sys.stderr)
        return error.exit_code
