"""The ``purge`` command: erase the personal data of people inactive since a day.

``purge --inactive-since DATE [--dry-run]`` runs ``services.purge`` (which says what goes
and what stays); ``--dry-run`` only counts, and writes nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate

PURGED = str(
    QT_TRANSLATE_NOOP("Messages", "Personal data of {people} people inactive since {day} erased.")
)
WOULD_PURGE = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Dry run: the personal data of {people} people inactive since {day} would be erased. "
        "Nothing was written.",
    )
)


def cmd_purge(args: argparse.Namespace) -> int:
    from ttasum_desk.domain.clock import parse_date
    from ttasum_desk.services import purge

    try:
        since = parse_date(args.inactive_since)
    except ValueError:
        raise UserError(
            "{text} is not a date. Write it as 2020-03-05.", text=args.inactive_since
        ) from None
    result = purge.purge(since, args.operator, dry_run=args.dry_run)
    template = WOULD_PURGE if result.dry_run else PURGED
    text = translate(template, people=result.people, day=since.isoformat())
    emit(args, result.as_json(), text)
    return EXIT_OK


def register(command: Any) -> None:
    purge = command(
        "purge", cmd_purge, help="erase the personal data of people inactive since a day"
    )
    purge.add_argument("--inactive-since", required=True, help="YYYY-MM-DD")
    purge.add_argument("--dry-run", action="store_true", help="count only, write nothing")
    purge.add_argument("--operator", default="")
