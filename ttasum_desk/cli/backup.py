"""Commands that keep the data safe: a verified backup, and a restore into a new file.

``backup`` opens the database read-only, so it runs beside the window. ``restore`` opens no
database before it has checked the backup: its --db is the new file to restore into.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.i18n import translate


def cmd_backup(args: argparse.Namespace) -> int:
    from ttasum_desk.services import backup

    copied = backup.backup_to(args.out, force=args.force)
    emit(
        args,
        {**copied.as_json(), "verified": True},
        translate(
            "Backup written to {path} and checked: {handouts} handout records, {bytes} bytes.",
            path=str(copied.file),
            handouts=copied.handouts,
            bytes=copied.bytes,
        ),
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from ttasum_desk.services import backup

    restored = backup.restore(args.file, args.db)
    emit(
        args,
        {**restored.as_json(), "verified": True},
        translate(
            "Restored {backup} into {path} and checked it: {handouts} handout records. "
            "Open it with --db {path}.",
            backup=str(args.file),
            path=str(restored.file),
            handouts=restored.handouts,
        ),
    )
    return EXIT_OK


def register(command: Any) -> None:
    save = command("backup", cmd_backup, help="write a checked copy of the database")
    save.add_argument("--out", type=Path, required=True, help="the backup file to write")
    save.add_argument("--force", action="store_true", help="replace an existing file")
    save.set_defaults(readonly=True)

    restore = command(
        "restore", cmd_restore, help="restore a backup into --db, a new file, and check it"
    )
    restore.add_argument("file", type=Path, help="the backup file")
    restore.set_defaults(opens_db=False)
