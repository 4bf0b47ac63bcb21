"""The window reads and writes only through services; the desk's modules import in one
direction."""

from __future__ import annotations

import ast
import re
from graphlib import TopologicalSorter
from pathlib import Path

import ttasum_desk.ui

UI = Path(ttasum_desk.ui.__file__).parent
FORBIDDEN = re.compile(
    r"\.select\(|\.create\(|\.save\(|\.insert\(|\.update\(|\.delete\(|execute_sql|"
    r"storage\.models|writing\(|"
    r"storage\.db import (?!close_db|close_thread_connection|mapped_errors)"
)


def test_the_ui_never_queries_or_writes_the_database_itself() -> None:
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert found == []


def _desk_imports(path: Path) -> set[str]:
    """The desk modules a module imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {name for name in names if name.startswith("ttasum_desk.ui.desk.")}
    return found


def test_the_desk_package_has_no_import_circle() -> None:
    modules = {f"ttasum_desk.ui.desk.{path.stem}": path for path in (UI / "desk").glob("*.py")}
    graph = {name: _desk_imports(path) & modules.keys() for name, path in modules.items()}
    assert "ttasum_desk.ui.desk.page" in graph
    TopologicalSorter(graph).prepare()  # raises CycleError on a circle
    assert not [name for name, imported in graph.items() if "ttasum_desk.ui.desk.page" in imported]
