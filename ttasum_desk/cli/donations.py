"""Commands of the TTASUM loop: finished masks donated back, and mask-making workshops."""

from __future__ import annotations

import argparse
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.cli.handouts import quantity_arg
from ttasum_desk.i18n import translate


def cmd_donation_add(args: argparse.Namespace) -> int:
    from ttasum_desk.services import donations

    row = donations.record(
        donations.DonationRequest(args.item, args.qty, args.card, args.at, args.operator)
    )
    data = {
        "donation_uid": row.uid,
        "item_code": row.item_code,
        "quantity": row.quantity,
        "lot_no": row.lot_no,
        "card_code": row.card_code,
        "donated_at": row.donated_at,
    }
    text = translate(
        "Donation of {quantity} {unit} of {item} taken into stock as lot {lot}.",
        quantity=row.quantity,
        unit=row.unit,
        item=row.item_name,
        lot=row.lot_no,
    )
    emit(args, data, text)
    return EXIT_OK


def _workshop_json(row: Any) -> dict[str, Any]:
    return {
        "number": row.number,
        "held_on": row.held_on,
        "place": row.place,
        "capacity": row.capacity,
        "signed_up": row.signed_up,
        "attended": row.attended,
    }


def _workshop_line(row: Any) -> str:
    return translate(
        "{number}  {day}  {place}  signed up {signed_up}/{capacity}, attended {attended}",
        number=row.number,
        day=row.held_on,
        place=row.place,
        signed_up=row.signed_up,
        capacity=row.capacity,
        attended=row.attended,
    )


def cmd_workshop_add(args: argparse.Namespace) -> int:
    from ttasum_desk.services import workshops

    row = workshops.add(args.date, args.place, args.capacity, args.operator)
    emit(args, _workshop_json(row), translate("Workshop {number} added.", number=row.number))
    return EXIT_OK


def cmd_workshop_scan(args: argparse.Namespace) -> int:
    from ttasum_desk.services import workshops

    scan = workshops.attend if args.workshop_command == "attend" else workshops.sign_up
    seat = scan(args.session, args.card, args.operator, args.confirm)
    shown = {"card": seat.card_code, "number": seat.workshop.number}
    text = (
        translate("{card} attended workshop {number}.", **shown)
        if seat.attended
        else translate("{card} signed up for workshop {number}.", **shown)
    )
    data = {**_workshop_json(seat.workshop), "card_code": seat.card_code,
            "over_capacity": seat.over_capacity}  # fmt: skip
    emit(args, data, text)
    return EXIT_OK


def cmd_workshop_list(args: argparse.Namespace) -> int:
    from ttasum_desk.services import workshops

    rows = workshops.sessions()
    emit(
        args,
        {"workshops": [_workshop_json(row) for row in rows]},
        "\n".join(_workshop_line(row) for row in rows) or translate("No workshops yet."),
    )
    return EXIT_OK


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("{text} is not a whole number.", text=text)
        ) from None


def register(command: Any) -> None:
    add = command("add", cmd_donation_add, group="donation", help="take in donated finished masks")
    add.add_argument("--card", default="", help="the donor's card (default: anonymous)")
    add.add_argument("--item", required=True, help="item code, such as FINISHED-MASK")
    add.add_argument("--qty", type=quantity_arg, required=True, help="how many")
    add.add_argument("--at", default=None, help="ISO date or date-time (default: now)")
    add.add_argument("--operator", default="")

    session = command("add", cmd_workshop_add, group="workshop", help="add a workshop session")
    session.add_argument("--date", required=True, help="the day, such as 2020-05-16")
    session.add_argument("--place", required=True)
    session.add_argument("--capacity", type=_whole, required=True, help="places")
    session.add_argument("--operator", default="")

    for name, text in (("signup", "sign a card up"), ("attend", "mark a card as attended")):
        scan = command(name, cmd_workshop_scan, group="workshop", help=text)
        scan.add_argument("--session", type=_whole, required=True, help="the workshop's number")
        scan.add_argument("--card", required=True)
        scan.add_argument("--operator", default="")
        scan.add_argument("--confirm", action="store_true", help="past the last place all the same")

    listing = command("list", cmd_workshop_list, group="workshop", help="every workshop")
    listing.set_defaults(readonly=True)
