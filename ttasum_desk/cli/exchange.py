"""Commands of the Excel exchange: roster import, day-file and snapshot export, merge."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, EXIT_USAGE, emit, operator
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import shown, translate

EXIT_REFUSED_FILE = 5  # a day-file's signature refused it: nothing of it was taken


def _mapping(pairs: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UserError(
                "--map takes COLUMN=FIELD, such as --map 연락처=phone or --map C=birth_date."
            )
        found[column.strip()] = field.strip()
    return found


def cmd_import_roster(args: argparse.Namespace) -> int:
    from ttasum_desk.services import roster_import

    overrides = _mapping(args.map)
    results = [
        roster_import.import_roster(path, overrides, dry_run=args.dry_run, operator=operator(args))
        for path in args.files
    ]
    if args.errors:
        rejected = [r for r in results if r.rejected]
        if rejected:
            headers = roster_import.preview(args.files[0], overrides).headers
            roster_import.save_rejections(rejected[0], headers, args.errors)
    totals: dict[str, Any] = {
        key: sum(getattr(r, key) for r in results)
        for key in ("rows", "inserted", "updated", "unchanged")
    }
    totals["rejected"] = [
        {"row": r.row, "reason": r.reason, "file": result.file, "sheet": r.sheet}
        for result in results
        for r in result.rejected
    ]
    totals["files"] = [result.as_json() for result in results]
    totals["dry_run"] = args.dry_run
    lines = [
        translate(
            "{file}: {rows} rows, {inserted} new, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected.",
            file=result.file,
            rows=result.rows,
            inserted=result.inserted,
            updated=result.updated,
            unchanged=result.unchanged,
            rejected=len(result.rejected),
        )
        for result in results
    ]
    lines += [
        translate("  row {row}: {reason}", row=r.row, reason=shown(r.message))
        for result in results
        for r in result.rejected
    ]
    if args.dry_run:
        lines.append(translate("Dry run: nothing was written."))
    emit(args, totals, "\n".join(lines))
    return EXIT_OK


def register(command: Any) -> None:
    roster = command("roster", cmd_import_roster, group="import", help="import roster workbooks")
    roster.add_argument("files", nargs="+", type=Path, metavar="FILE")
    roster.add_argument("--map", action="append", default=[], metavar="COL=FIELD")
    roster.add_argument("--dry-run", action="store_true")
    roster.add_argument("--operator", default="")
    roster.add_argument("--errors", type=Path, default=None, help="save rejected rows here")
    register_more(command)


def cmd_export_day(args: argparse.Namespace) -> int:
    from ttasum_desk.domain.clock import parse_date
    from ttasum_desk.services import dayfile, verify

    try:
        day = parse_date(args.date) if args.date else None
    except ValueError:
        raise UserError("{text} is not a date. Write it as 2020-03-05.", text=args.date) from None
    verify.require_intact()
    summary = dayfile.export_day(args.out, day)
    handouts = summary.counts.get("Handouts", 0)
    emit(
        args,
        summary.as_json(),
        translate(
            "Day-file for {day} written to {file}: {handouts} handouts.",
            day=summary.day, file=str(summary.path), handouts=handouts,
        ),
    )  # fmt: skip
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    import sys

    from ttasum_desk.services import merge, merge_report

    confirmed = (lambda code, key: True) if args.enrol_new else None
    result = merge.merge(
        args.files, dry_run=args.dry_run, operator=operator(args), confirmed=confirmed
    )
    data = result.as_json()
    if args.report:
        data["report"] = str(merge_report.write_report(result, args.report))
    lines = [
        translate(
            "{file}: {rows} rows, {inserted} new, {duplicates} duplicates, {conflicts} conflicts, "
            "{rejected} rejected{altered}.",
            file=f.file,
            rows=f.rows,
            inserted=f.inserted,
            duplicates=f.duplicates,
            conflicts=f.conflicts,
            rejected=f.rejected,
            altered=translate(" — ALTERED: {problems}", problems=f.problems_text())
            if f.altered
            else "",
        )
        for f in result.files
        if not f.error
    ]
    lines += [
        translate(
            "Double-dip: {card} {item} {period} at {stations}: {quantity} of {limit}.",
            card=d.card_code,
            item=d.item_code,
            period=d.period,
            stations=", ".join(d.stations),
            quantity=d.quantity,
            limit=d.limit,
        )
        for d in result.double_dips
    ]
    if args.dry_run:
        lines.append(translate("Dry run: nothing was written."))
    emit(args, data, "\n".join(lines))
    errors = [f for f in result.files if f.error]
    for failed in errors:
        print(
            translate("{file} refused: {reason}", file=failed.file, reason=failed.error)
            if failed.refused
            else failed.error,
            file=sys.stderr,
        )
    if any(f.refused for f in errors):
        return EXIT_REFUSED_FILE
    return EXIT_USAGE if errors else EXIT_OK


def cmd_export_snapshot(args: argparse.Namespace) -> int:
    from ttasum_desk.services import snapshot, verify

    verify.require_intact()
    summary = snapshot.export_snapshot(args.out)
    emit(
        args,
        summary.as_json(),
        translate("Snapshot as of {as_of} written to {file}.", as_of=summary.as_of, file=args.out),
    )
    return EXIT_OK


def cmd_import_snapshot(args: argparse.Namespace) -> int:
    from ttasum_desk.services import snapshot

    summary = snapshot.import_snapshot(
        args.file, operator=operator(args), other_campaign=args.other_campaign,
        new_hub=args.new_hub,
    )  # fmt: skip
    text = (
        translate("The snapshot as of {as_of} was already imported: nothing changed.",
                  as_of=summary.as_of)
        if summary.unchanged
        else translate(
            "Snapshot as of {as_of} imported: {people} people and {handouts} handouts added.",
            as_of=summary.as_of, people=summary.recipients_added, handouts=summary.handouts_added,
        )
    )  # fmt: skip
    emit(args, summary.as_json(), text)
    return EXIT_OK


def register_more(command: Any) -> None:
    day = command("day", cmd_export_day, group="export", help="write this station's day-file")
    day.add_argument("--date", default=None, help="YYYY-MM-DD (default: today)")
    day.add_argument("--out", type=Path, required=True)
    day.set_defaults(readonly=True)

    merging = command("merge", cmd_merge, help="merge day-files into this (hub) database")
    merging.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merging.add_argument("--report", type=Path, default=None)
    merging.add_argument("--dry-run", action="store_true")
    merging.add_argument("--operator", default="")
    merging.add_argument(
        "--enrol-new", action="store_true",
        help="enrol the keys of stations not enrolled yet (compare their fingerprints first)",
    )  # fmt: skip

    snap = command("snapshot", cmd_export_snapshot, group="export", help="write a snapshot")
    snap.add_argument("--out", type=Path, required=True)  # writes: the hub's snapshot number

    report = command("summary", cmd_report_summary, group="report", help="the summary report")
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    report.set_defaults(readonly=True)

    take = command("snapshot", cmd_import_snapshot, group="import", help="import a snapshot")
    take.add_argument("file", type=Path)
    take.add_argument("--operator", default="")
    take.add_argument(
        "--new-hub", action="store_true",
        help="the hub moved to a new key: compare its fingerprint with the coordinator first",
    )  # fmt: skip
    take.add_argument(
        "--other-campaign", action="store_true",
        help="take the rules of a campaign this station does not run yet",
    )  # fmt: skip


def cmd_report_summary(args: argparse.Namespace) -> int:
    from ttasum_desk.services import summary

    path = summary.write_summary(args.out)
    emit(args, {"file": str(path)}, translate("Summary written to {file}.", file=str(path)))
    return EXIT_OK
