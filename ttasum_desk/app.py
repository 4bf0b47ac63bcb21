"""Entry point: a subcommand runs headless; no subcommand opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from ttasum_desk import cli

    args = list(sys.argv[1:] if argv is None else argv)
    parsed = cli.build_parser().parse_args(args)
    if getattr(parsed, "handler", None) is not None:
        return cli.run(args)
    from ttasum_desk.i18n import request_language
    from ttasum_desk.ui.launch import launch

    request_language(parsed.lang or "")
    return launch(parsed.db, create_demo=parsed.demo)
