"""Commands of the handout desk: rules load, check, handout, void, receipt.

The commands and their exit codes are listed in resources/docs/command-line.md.

``check`` and ``handout`` exit 3 when the rules refuse, with the reasons (and, with --json, the
decision on stdout); bad input exits 2 and changes nothing.

An override above the station's limit needs the coordinator's PIN (``services.roles``). It is
never an argument, which the shell's history and the process list would keep: ``handout``
reads it from ``TTASUM_DESK_COORDINATOR_PIN``, or asks for it on a terminal, unechoed, when
the override turns out to need it. Without it the override is refused (exit 2), and nothing is
recorded.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, EXIT_REFUSED, emit, operator
from ttasum_desk.domain.rules import MAX_QUANTITY, Decision, Reason
from ttasum_desk.i18n import shown, translate

RECEIPT_FORMATS = ("58mm", "80mm", "a4")
COORDINATOR_PIN_VARIABLE = "TTASUM_DESK_COORDINATOR_PIN"


def reason_text(reason: Reason) -> str:
    return shown(reason.message)


def decision_json(decision: Decision) -> dict[str, Any]:
    rule = decision.rule
    return {
        "allowed": decision.allowed,
        "max_quantity": decision.max_quantity,
        "quantity": decision.quantity,
        "reasons": [
            {"code": r.code, "message": reason_text(r), "params": dict(r.message.params)}
            for r in decision.reasons
        ],
        "next_eligible": decision.next_eligible.isoformat() if decision.next_eligible else None,
        "used": decision.used,
        "limit": decision.limit,
        "rule": None
        if rule is None
        else {
            "campaign": rule.campaign.code,
            "number": rule.number,
            "line": rule.line,
            "item": rule.item,
            "period": rule.period,
            "window_days": rule.window_days,
            "limit": rule.limit,
            "visits": rule.visits,
        },
    }


def decision_text(decision: Decision) -> str:
    head = (
        translate("Allowed: {quantity}.", quantity=decision.quantity)
        if decision.allowed
        else translate("Refused.")
    )
    lines = [head, *(reason_text(r) for r in decision.reasons)]
    if decision.next_eligible is not None:
        lines.append(translate("Eligible again on {day}.", day=decision.next_eligible.isoformat()))
    return "\n".join(lines)


def quantity_arg(text: str) -> int:
    """A --qty value; a huge one is refused here, with the reason, before anything is read."""
    try:
        quantity = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("{text} is not a whole number.", text=text)
        ) from None
    if quantity > MAX_QUANTITY:
        raise argparse.ArgumentTypeError(
            translate(
                "The quantity may be at most {most}, not {quantity}.",
                most=MAX_QUANTITY,
                quantity=quantity,
            )
        )
    return quantity


def cmd_rules_load(args: argparse.Namespace) -> int:
    from ttasum_desk.services import rules

    result = rules.load_file(args.file, operator=operator(args))
    text = (
        translate(
            "Loaded the rules of campaign {campaign}: {count} rules.",
            campaign=result.campaign_code,
            count=result.rules,
        )
        if result.changed
        else translate(
            "The rules of campaign {campaign} are already loaded; nothing changed.",
            campaign=result.campaign_code,
        )
    )
    warnings = (
        translate("Warning, line {line}: {warning}", line=w.line, warning=shown(w.message))
        for w in result.warnings
    )
    emit(args, result.as_json(), "\n".join((text, *warnings)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ttasum_desk.services import access_log, handouts

    decision = handouts.check(
        args.card, args.item, args.qty, handouts.parse_at(args.at), args.proxy_card
    )
    access_log.record_card("check", args.card, operator(args))
    emit(args, decision_json(decision), decision_text(decision))
    return EXIT_OK if decision.allowed else EXIT_REFUSED


def cmd_handout(args: argparse.Namespace) -> int:
    from ttasum_desk.services import handouts, roles

    request = handouts.HandoutRequest(
        recipient=args.card,
        item_code=args.item,
        quantity=args.qty,
        at=handouts.parse_at(args.at),
        operator=operator(args),
        proxy_card=args.proxy_card,
        override_reason=args.override_reason or "",
        request_id=args.request_id or "",
        coordinator_pin=os.environ.get(COORDINATOR_PIN_VARIABLE, ""),
    )
    try:
        try:
            recorded = handouts.record(request)
        except roles.CoordinatorPinNeeded:
            if request.coordinator_pin or not sys.stdin.isatty():
                raise
            pin = getpass.getpass(translate("Coordinator PIN: "))
            recorded = handouts.record(replace(request, coordinator_pin=pin))
    except handouts.RefusedByRule as refusal:
        if args.json:
            emit(args, decision_json(refusal.decision), "")
        print(refusal.translated(), file=sys.stderr)
        return EXIT_REFUSED
    data = {
        **decision_json(recorded.decision),
        "handout_uid": recorded.handout_uid,
        "receipt_no": recorded.receipt_no,
        "quantity": recorded.quantity,
        "overridden": recorded.overridden,
        "batch_uid": recorded.batch_uid,
    }
    if args.receipt:
        from ttasum_desk.printing.receipt import render_receipt

        render_receipt(recorded.receipt, args.format, args.receipt)
        data["receipt"] = str(args.receipt)
    emit(
        args,
        data,
        translate(
            "Recorded {quantity} of {item}: receipt {receipt_no}, handout {uid}.",
            quantity=recorded.quantity,
            item=recorded.item_code,
            receipt_no=recorded.receipt_no,
            uid=recorded.handout_uid,
        ),
    )
    return EXIT_OK


def cmd_void(args: argparse.Namespace) -> int:
    from ttasum_desk.services import handouts

    void_uid = handouts.void(args.handout_uid, args.reason, operator(args))
    emit(
        args,
        {"void_uid": void_uid, "void_of": args.handout_uid.strip()},
        translate("Voided; the void is recorded as {uid}.", uid=void_uid),
    )
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace) -> int:
    """A reprint, marked as a copy; a void's uid prints its void slip."""
    from ttasum_desk.printing.receipt import render_receipt
    from ttasum_desk.services import handouts

    data = handouts.receipt_data(args.handout_uid)
    render_receipt(replace(data, copy=data.void_reason is None), args.format, args.out)
    emit(args, {"out": str(args.out)}, translate("Receipt written to {path}.", path=str(args.out)))
    return EXIT_OK


def register(command: Any) -> None:
    load = command("load", cmd_rules_load, group="rules", help="validate and load a rules file")
    load.add_argument("file", type=Path)
    load.add_argument("--operator")

    for name, handler in (("check", cmd_check), ("handout", cmd_handout)):
        sub = command(name, handler, help=f"{name} a handout against the rules")
        sub.add_argument("--card", required=True, help="card code of the recipient")
        sub.add_argument("--item", required=True, help="item code")
        sub.add_argument(
            "--qty", type=quantity_arg, default=None, help="quantity (default: the most allowed)"
        )
        sub.add_argument("--at", default=None, help="ISO date or date-time (default: now)")
        sub.add_argument("--proxy-card", default=None, help="card code of the collector")
        sub.add_argument("--operator", help="who is asking (default: the station's first)")
        if name == "handout":
            sub.add_argument("--override-reason", default=None)
            sub.add_argument(
                "--request-id", default=None, help="a retry with the same id records nothing new"
            )
            sub.add_argument("--receipt", type=Path, default=None, help="write the receipt PDF")
            sub.add_argument("--format", choices=RECEIPT_FORMATS, default="80mm")

    void = command("void", cmd_void, help="void a handout, with a reason")
    void.add_argument("handout_uid")
    void.add_argument("--reason", required=True)
    void.add_argument("--operator")

    receipt = command("receipt", cmd_receipt, help="print a handout's receipt again (a copy)")
    receipt.add_argument("handout_uid")
    receipt.add_argument("--out", type=Path, required=True)
    receipt.add_argument("--format", choices=RECEIPT_FORMATS, default="80mm")
    receipt.set_defaults(readonly=True)
