"""The window reads and writes only through services."""

from __future__ import annotations

import re
from pathlib import Path

import ttasum_desk.ui

UI = Path(ttasum_desk.ui.__file__).parent
FORBIDDEN = re.compile(
    r"\.select\(|\.create\(|\.save\(|\.insert\(|\.update\(|\.delete\(|execute_sql|"
    r"storage\.models|storage\.db import (?!close_db|close_thread_connection)|writing\("
)


def test_the_ui_never_queries_or_writes_the_database_itself() -> None:
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(UI.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert found == []
