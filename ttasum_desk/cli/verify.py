"""The ``verify`` command: is this database still what the app wrote?

Opens the database read-only, runs ``services.verify`` and prints one line per check (with
--json: ``{"ok", "checks": [{"name", "ok", "first_broken", "message"}]}``). Exits 0 when every
check holds and 5 (a damaged database) when any fails; the failed line names the first broken
row and what to do.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ttasum_desk.cli import EXIT_OK, emit
from ttasum_desk.i18n import shown, translate

EXIT_BROKEN = 5  # the exit code of a damaged database, as for a StorageError
HOLDS = str(QT_TRANSLATE_NOOP("Messages", "[ok] {message}"))
BROKEN = str(QT_TRANSLATE_NOOP("Messages", "[BROKEN] {message}"))


def cmd_verify(args: argparse.Namespace) -> int:
    from ttasum_desk.services.verify import verify

    result = verify()
    checks = [
        {
            "name": check.name,
            "ok": check.ok,
            "first_broken": check.first_broken,
            "message": shown(check.message),
        }
        for check in result.checks
    ]
    lines = [
        translate(HOLDS if check["ok"] else BROKEN, message=check["message"]) for check in checks
    ]
    signing = shown(result.signing)
    emit(
        args, {"ok": result.ok, "checks": checks, "signing": signing}, "\n".join([*lines, signing])
    )
    return EXIT_OK if result.ok else EXIT_BROKEN


def register(command: Any) -> None:
    verify = command(
        "verify", cmd_verify, help="check the database file, the hash chains and the audit log"
    )
    verify.set_defaults(readonly=True)
