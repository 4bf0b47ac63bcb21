"""Reports a station makes for itself: the close report at the end of the day."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate


def cmd_report_close(args: argparse.Namespace) -> int:
    from ttasum_desk.domain.clock import parse_date
    from ttasum_desk.services import close_report

    try:
        day = parse_date(args.date) if args.date else None
    except ValueError:
        raise UserError("{text} is not a date. Write it as 2020-03-05.", text=args.date) from None
    data = close_report.write_pdf(args.out, day)
    emit(
        args,
        {
            "file": str(args.out),
            "day": data.day.isoformat(),
            "station_code": data.station_code,
            "items": [
                {
                    "item_code": line.code,
                    "handouts": line.handouts,
                    "quantity": line.quantity,
                    "received": line.received,
                    "left": line.left,
                }
                for line in data.items
            ],
            "voids": len(data.voids),
            "overrides": len(data.overrides),
        },
        translate("Close report for {day} written to {file}.", day=data.day, file=str(args.out)),
    )
    return EXIT_OK


def register(command: Any) -> None:
    close = command("close", cmd_report_close, group="report", help="the day's close report")
    close.add_argument("--date", default=None, help="YYYY-MM-DD (default: today)")
    close.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    close.set_defaults(readonly=True)
