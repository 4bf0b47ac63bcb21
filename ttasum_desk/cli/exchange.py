"""Commands of the Excel exchange: roster import, day-file and snapshot export, merge."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate


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
        roster_import.import_roster(path, overrides, dry_run=args.dry_run, operator=args.operator)
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
        {"row": r.row, "reason": r.reason, "file": result.file}
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
        translate("  row {row}: {reason}", row=r.row, reason=translate(r.template, **r.params))
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
