"""Commands of the foundation: demo data, station identity, lookup."""

from __future__ import annotations

import argparse
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit, operator
from ttasum_desk.domain.records import StationKind
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate


def cmd_demo(args: argparse.Namespace) -> int:
    from ttasum_desk.services import demo
    from ttasum_desk.storage import recipients

    if recipients.count():
        raise UserError(
            "The database {path} already holds data. Use a new --db path for the demo.",
            path=str(args.db),
        )
    count = demo.generate(args.scale, args.seed, campaign=args.campaign)
    emit(
        args,
        {"recipients": count},
        translate("Demo database ready: {count} recipients.", count=count),
    )
    return EXIT_OK


def cmd_station_set(args: argparse.Namespace) -> int:
    from ttasum_desk.services import stations

    station = stations.set_station(args.code, args.name, args.kind, operator(args))
    emit(
        args,
        station.as_json(),
        translate("This database is now station {code}.", code=station.code),
    )
    return EXIT_OK


def cmd_lookup(args: argparse.Namespace) -> int:
    from ttasum_desk.services import access_log
    from ttasum_desk.services.lookup import lookup

    results = lookup(args.query)
    looking = operator(args)
    for result in results:  # every person shown is a look at that person
        access_log.record("lookup", result.recipient_uid, looking)
    lines = [
        f"{r.card_code}  {r.name}  {r.birth_year or ''}  {r.group}  "
        f"{r.school or r.district or ''} {r.grade or ''}{'-' if r.grade else ''}{r.klass or ''}"
        for r in results
    ]
    emit(args, {"results": [r.as_json() for r in results]}, "\n".join(lines))
    return EXIT_OK


def register(command: Any) -> None:
    demo = command("demo", cmd_demo, help="create a demo database")
    demo.add_argument("--scale", choices=["small", "osan"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--campaign",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add the 2020 campaign as it happened (default: at the osan scale only)",
    )

    station = command("set", cmd_station_set, group="station", help="set this database's station")
    station.add_argument("--code", required=True)
    station.add_argument("--name", required=True)
    station.add_argument("--kind", choices=list(StationKind), required=True)
    station.add_argument("--operator", default="", help="who sets it (default: the first)")

    look = command("lookup", cmd_lookup, help="find recipients by card code or name")
    look.add_argument("query")
    look.add_argument(
        "--operator", default="", help="who is looking (default: the station's first)"
    )
