"""The command line: the same services as the window, headless.

Exit codes: 0 done, 2 invalid input or usage (database unchanged), 3 refused by a rule.
Each command is a function ``cmd_*(args) -> int`` registered in ``build_parser``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ttasum_desk import paths
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import install_translators, message, translate
from ttasum_desk.storage.db import close_db, init_db

EXIT_OK, EXIT_USAGE, EXIT_REFUSED = 0, 2, 3


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


# -- foundation ------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from ttasum_desk.services import demo
    from ttasum_desk.storage import recipients

    if recipients.count():
        raise UserError(
            "The database {path} already holds data. Use a new --db path for the demo.",
            path=str(args.db),
        )
    count = demo.generate(args.scale, args.seed)
    emit(args, {"recipients": count}, translate("Demo database ready: {count} recipients.", count=count))
    return EXIT_OK


def cmd_station_set(args: argparse.Namespace) -> int:
    from ttasum_desk.services import stations

    station = stations.set_station(args.code, args.name, args.kind)
    emit(args, station.as_json(), translate("This database is now station {code}.", code=station.code))
    return EXIT_OK


def cmd_lookup(args: argparse.Namespace) -> int:
    from ttasum_desk.services.lookup import lookup

    results = lookup(args.query)
    lines = [
        f"{r.card_code}  {r.name}  {r.birth_year or ''}  {r.group}  "
        f"{r.school or r.district or ''} {r.grade or ''}{'-' if r.grade else ''}{r.klass or ''}"
        for r in results
    ]
    emit(args, {"results": [r.as_json() for r in results]}, "\n".join(lines))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="ttasum-desk", description="TTASUM Desk")
    parser.add_argument("--db", type=Path, default=None, help="database file")
    parser.add_argument(
        "--demo", action="store_true", help="with no command: create a small demo first if missing"
    )
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser)

    def command(name: str, handler: Any, parent: Any = commands, **kwargs: Any) -> Any:
        sub = parent.add_parser(name, **kwargs)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help="print one JSON object")
        return sub

    demo = command("demo", cmd_demo, help="create a demo database")
    demo.add_argument("--scale", choices=["small", "osan"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(writes=True)

    station = commands.add_parser("station").add_subparsers(dest="station_command", required=True)
    station_set = command("set", cmd_station_set, station, help="set this database's station")
    station_set.add_argument("--code", required=True)
    station_set.add_argument("--name", required=True)
    station_set.add_argument("--kind", choices=["centre", "school", "hub"], required=True)

    look = command("lookup", cmd_lookup, help="find recipients by card code or name")
    look.add_argument("query")
    look.set_defaults(readonly=True)
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
    try:
        init_db(args.db, readonly=getattr(args, "readonly", False))
        try:
            return int(args.handler(args))
        finally:
            close_db()
    except UserError as error:
        print(message(error), file=sys.stderr)
        return error.exit_code
