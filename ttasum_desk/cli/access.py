"""The access log's command: ``access purge --before DATE`` removes the looks made before it.

The window purges entries older than ``services.access_log.RETENTION_DAYS`` at every start;
this command is for a shorter keep, when a campaign's policy asks for one.
"""

from __future__ import annotations

import argparse
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate


def cmd_access_purge(args: argparse.Namespace) -> int:
    from ttasum_desk.domain.clock import parse_date
    from ttasum_desk.services import access_log

    try:
        before = parse_date(args.before)
    except ValueError:
        raise UserError("{text} is not a date. Write it as 2020-03-05.", text=args.before) from None
    removed = access_log.purge(before)
    emit(
        args,
        {"before": before.isoformat(), "removed": removed},
        translate(
            "{removed} access log entries from before {day} removed.",
            removed=removed,
            day=before.isoformat(),
        ),
    )
    return EXIT_OK


def register(command: Any) -> None:
    purge = command(
        "purge", cmd_access_purge, group="access", help="remove access log entries before a date"
    )
    purge.add_argument("--before", required=True, help="YYYY-MM-DD")
