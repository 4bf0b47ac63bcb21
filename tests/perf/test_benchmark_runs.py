"""The benchmark runs end to end at small scale and writes valid JSON (no timing is judged)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"name", "value", "unit", "floor", "ratio", "target", "pass"}


def test_small_quick_run_writes_one_object_per_figure(tmp_path: Path) -> None:
    out = tmp_path / "perf.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.perf", "--scale", "small", "--quick",
         "--json", str(out), "--workdir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["meta"]["failed_groups"] == []
    names = [figure["name"] for figure in report["figures"]]
    for expected in ("search p95", "scan to recorded", "receipt PDF", "keystroke",
                     "longest event-loop gap", "start-up", "roster import", "merge of 30",
                     "snapshot import"):  # fmt: skip
        assert any(name.startswith(expected) for name in names), expected
    for figure in report["figures"]:
        assert set(figure) >= KEYS
        assert figure["value"] > 0
    assert "| figure |" in done.stdout
