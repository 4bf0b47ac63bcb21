"""Commands of school nurse mode: batches in, corrections, stock."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit, operator
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
            operator=operator(args),
        )
    )
    text = translate(
        "Received lot {lot}: {quantity} on hand.", lot=line.lot_no, quantity=line.on_hand
    )
    emit(args, _batch_json(line), text)
    return EXIT_OK


def cmd_batch_correct(args: argparse.Namespace) -> int:
    from ttasum_desk.services import batches

    line = batches.correct(args.batch_uid, args.qty, args.reason, operator(args))
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


def cmd_class_count(args: argparse.Namespace) -> int:
    from ttasum_desk.services import batches, classes
    from ttasum_desk.services.handouts import parse_at

    key = classes.ClassKey(args.school, args.grade, args.klass)
    lot = batches.lot_uid(args.item, args.lot) if args.lot else None
    recorded = classes.serve_count(key, args.item, args.qty, args.operator, parse_at(args.at), lot)
    data = {
        "class_count_uid": recorded.uid,
        "batch_uid": recorded.batch_uid,
        "quantity": recorded.quantity,
        "handed_at": recorded.handed_at,
    }
    text = translate("Class count of {count} recorded.", count=recorded.quantity)
    emit(args, data, text)
    return EXIT_OK


def cmd_report_weekly(args: argparse.Namespace) -> int:
    from ttasum_desk.services import nurse_reports
    from ttasum_desk.services.handouts import parse_at

    first, last = parse_at(args.first), parse_at(args.last)
    path = nurse_reports.write_weekly(
        args.out, first.date() if first else None, last.date() if last else None
    )
    emit(args, {"file": str(path)}, translate("Weekly workbook saved: {path}", path=str(path)))
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

    count = command("count", cmd_class_count, group="class", help="record a class count")
    count.add_argument("--school", required=True)
    count.add_argument("--grade", type=int, required=True)
    count.add_argument("--class", dest="klass", type=int, required=True)
    count.add_argument("--item", required=True, help="item code")
    count.add_argument("--qty", type=int, required=True)
    count.add_argument("--lot", default=None, help="lot number (default: first in, first out)")
    count.add_argument("--at", default=None, help="ISO date or date-time handed out")
    count.add_argument("--operator", required=True)

    weekly = command(
        "weekly", cmd_report_weekly, group="report", help="the weekly workbook per class and batch"
    )
    weekly.add_argument("--out", type=Path, required=True)
    weekly.add_argument("--from", dest="first", default=None, help="first day (default: Monday)")
    weekly.add_argument("--to", dest="last", default=None, help="last day (default: Sunday)")
