"""Commands for what the rules read of a person: household, statuses, group, disability, and
who is registered to collect for them (``recipient set``, ``proxy add|remove|list``).

Each is one call of ``services.people`` (one transaction, audited); bad input exits 2 and
changes nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit, operator
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate

YES_NO = {"yes": True, "no": False}


def _until(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("{text} is not a date. Give a day such as 2020-05-31.", text=text) from None


def cmd_recipient_set(args: argparse.Namespace) -> int:
    from ttasum_desk.services import people

    given = (args.household, args.tags, args.group, args.disability)
    if all(value is None for value in given):
        raise UserError("Nothing to change: give --household, --tags, --group or --disability.")
    shown = people.set_details(
        args.card,
        household_key=args.household,
        tags=args.tags,
        group=args.group,
        disability=YES_NO[args.disability] if args.disability else None,
        operator=operator(args),
    )
    data = {
        "recipient_uid": shown.recipient_uid,
        "card_code": shown.card_code,
        "group": shown.group,
        "household_uid": shown.household_uid,
        "household": shown.household_label,
        "statuses": list(shown.statuses),
        "disability": shown.disability,
    }
    text = translate(
        "{card}: group {group}, household {household}, statuses {statuses}.",
        card=shown.card_code,
        group=shown.group,
        household=shown.household_label or "-",
        statuses=", ".join(shown.statuses) or "-",
    )
    emit(args, data, text)
    return EXIT_OK


def _proxy_json(line: Any) -> dict[str, Any]:
    return {
        "proxy_uid": line.proxy_uid,
        "card_code": line.card_code,
        "name": line.masked_name,
        "until": line.until.isoformat() if line.until else None,
    }


def _proxy_text(line: Any) -> str:
    until = line.until.isoformat() if line.until else translate("no end")
    return f"{line.card_code}  {line.masked_name}  {until}"


def cmd_proxy_add(args: argparse.Namespace) -> int:
    from ttasum_desk.services import people

    line = people.add_proxy(args.card, args.proxy_card, _until(args.until), operator(args))
    text = translate(
        "{proxy} may collect for {card} until {until}.",
        proxy=line.card_code,
        card=args.card.strip(),
        until=line.until.isoformat() if line.until else translate("no end"),
    )
    emit(args, _proxy_json(line), text)
    return EXIT_OK


def cmd_proxy_remove(args: argparse.Namespace) -> int:
    from ttasum_desk.services import people

    people.remove_proxy(args.card, args.proxy_card, operator(args))
    text = translate(
        "{proxy} no longer collects for {card}.",
        proxy=args.proxy_card.strip(),
        card=args.card.strip(),
    )
    emit(args, {"removed": True}, text)
    return EXIT_OK


def cmd_proxy_list(args: argparse.Namespace) -> int:
    from ttasum_desk.services import people

    lines = people.proxies_of(args.card)
    text = "\n".join(_proxy_text(line) for line in lines) or translate(
        "No one is registered to collect for {card}.", card=args.card.strip()
    )
    emit(args, {"proxies": [_proxy_json(line) for line in lines]}, text)
    return EXIT_OK


def register(command: Any) -> None:
    edit = command(
        "set", cmd_recipient_set, group="recipient", help="set a person's household and statuses"
    )
    edit.add_argument("--card", required=True, help="card code of the recipient")
    edit.add_argument("--household", default=None, help='household key ("": no household)')
    edit.add_argument("--tags", default=None, help='statuses, comma-separated ("": none)')
    edit.add_argument("--group", default=None, help="student, public or vulnerable")
    edit.add_argument("--disability", choices=tuple(YES_NO), default=None)
    edit.add_argument("--operator", default="")

    for name, handler, what in (
        ("add", cmd_proxy_add, "register someone to collect for a person"),
        ("remove", cmd_proxy_remove, "end a proxy registration"),
        ("list", cmd_proxy_list, "who may collect for a person"),
    ):
        sub = command(name, handler, group="proxy", help=what)
        sub.add_argument("--card", required=True, help="card code of the person collected for")
        if name == "list":
            sub.set_defaults(readonly=True)
            continue
        sub.add_argument("--proxy-card", required=True, help="card code of the collector")
        sub.add_argument("--operator", default="")
        if name == "add":
            sub.add_argument("--until", default=None, help="last day, YYYY-MM-DD (default: no end)")
