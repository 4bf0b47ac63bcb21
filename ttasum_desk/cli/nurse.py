"""Commands of school nurse mode: batches in, corrections, stock."""

from __future__ import annotations

import argparse
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.i18n import translate


def _batch_json(line: Any) -> dict[str, Any]:
    return {
        "batch_uid": line.batch_uid,
        "lot_no": line.lot_no,
        "received_at": line.received_at,
        "received": line.received,
        "handed_out": line.handed_out,
        "on_hand": line.on_hand,
    }


def cmd_batch_receive(args: argparse.Namespace) -> int:
    from ttasum_desk.services import batches

    line = batches.receive(
        batches.BatchRequest(
            item_code=args.item,
            lot_no=args.lot,
            quantity=args.qty,
            received_at=args.at,
            source=args.source,
            operator=args.operator,
        )
    )
    text = translate(
        "Received lot {lot}: {quantity} on hand.", lot=line.lot_no, quantity=line.on_hand
    )
    emit(args, _batch_json(line), text)
    return EXIT_OK


def cmd_batch_correct(args: argparse.Namespace) -> int:
    from ttasum_desk.services import batches

    line = batches.correct(args.batch_uid, args.qty, args.reason, args.operator)
    text = translate(
        "Lot {lot} now counts {quantity} received, {on_hand} on hand.",
        lot=line.lot_no,
        quantity=line.received,
        on_hand=line.on_hand,
    )
    emit(args, _batch_json(line), text)
    return EXIT_OK


def cmd_stock(args: argparse.Namespace) -> int:
    from ttasum_desk.services import batches

    report = batches.stock_report()
    lines = []
    for item in report:
        warning = "  " + translate("LOW STOCK") if item.is_low else ""
        lines.append(f"{item.item_code}  {item.on_hand} {item.unit}{warning}")
        lines += [
            f"  {b.lot_no}  {b.on_hand}/{b.received}  {b.received_at[:10]}" for b in item.batches
        ]
    emit(args, {"items": [item.as_json() for item in report]}, "\n".join(lines))
    return EXIT_OK


def register(command: Any) -> None:
    receive = command("receive", cmd_batch_receive, group="batch", help="record a received batch")
    receive.add_argument("--item", required=True, help="item code")
    receive.add_argument("--lot", required=True, help="lot number")
    receive.add_argument("--qty", type=int, required=True, help="quantity received")
    receive.add_argument("--source", default="", help="who delivered it")
    receive.add_argument("--at", default=None, help="ISO date or date-time received")
    receive.add_argument("--operator", default="")

    correct = command(
        "correct", cmd_batch_correct, group="batch", help="correct a batch's quantity"
    )
    correct.add_argument("batch_uid")
    correct.add_argument("--qty", type=int, required=True, help="the true quantity received")
    correct.add_argument("--reason", required=True)
    correct.add_argument("--operator", default="")

    stock = command("stock", cmd_stock, help="stock per item and batch")
    stock.set_defaults(readonly=True)
