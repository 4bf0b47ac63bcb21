"""``export day`` and ``export snapshot`` run the full verify first: a database edited behind
the app exits 5 with the broken receipt named, and no file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tampering import edit_behind_the_app
from ttasum_desk.cli import run
from ttasum_desk.services import demo
from ttasum_desk.storage.db import close_db, init_db

RECEIPT = "OS-JA01-000002"


@pytest.fixture(scope="module")
def tampered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tampered") / "station.db"
    init_db(path)
    try:
        demo.generate("small", 7)
    finally:
        close_db()
    edit_behind_the_app(path, "UPDATE handout SET quantity = 50 WHERE receipt_no = ?", (RECEIPT,))
    return path


@pytest.mark.parametrize("kind", [["day"], ["snapshot"]])
def test_export_from_a_tampered_database_exits_5_and_writes_nothing(
    tampered: Path, tmp_path: Path, kind: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    code = run(["--db", str(tampered), "export", *kind, "--out", str(out)])
    assert code == 5
    assert RECEIPT in capsys.readouterr().err
    assert not out.exists()
