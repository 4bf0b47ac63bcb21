"""Entry point: a subcommand runs headless; no subcommand opens the window.

Opening the window skips building the full command line: that imports every command's
module (the services, peewee), about 100 ms that would come before the window's first frame.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

WINDOW_FLAGS = ("--demo",)
WINDOW_OPTIONS = ("--db",)


def window_arguments(args: Sequence[str]) -> tuple[Path | None, bool] | None:
    """(database, demo) when ``args`` only hold the window's --db (a file) and --demo; else
    None, and the full command line parses them (commands, --help, --version, mistakes, and
    a hub's postgresql:// URL, which a Path would fold)."""
    if any("://" in arg for arg in args):
        return None
    db: Path | None = None
    demo = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if arg in WINDOW_FLAGS:
            demo = True
        elif name in WINDOW_OPTIONS and equals and value:
            db = Path(value)
        elif arg in WINDOW_OPTIONS and rest and not rest[0].startswith("-"):
            db = Path(rest.pop(0))
        else:
            return None
    return db, demo


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window = window_arguments(args)
    if window is None:
        from ttasum_desk import cli

        parsed = cli.build_parser().parse_args(args)
        if getattr(parsed, "handler", None) is not None:
            return cli.run(args)
        window = parsed.db, parsed.demo
        if parsed.lang:  # --lang is rare: it takes the full command line's path
            from ttasum_desk.i18n import request_language

            request_language(parsed.lang)
    from ttasum_desk.ui.launch import launch

    return launch(*window)
