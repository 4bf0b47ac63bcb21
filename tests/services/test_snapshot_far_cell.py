"""A snapshot whose Handouts sheet carries one cell at XFD1048576 is refused with that
reference, in bounded memory, and nothing of it is taken (the import runs in a child process,
so that a check that failed would abort the child, not the test run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.exchange import corpus
from tests.services.test_roster_hostile_merge import with_far_cell
from tests.services.test_snapshot_guard import hub_snapshot

ROOT = Path(__file__).resolve().parents[2]
IMPORT_IN_CHILD = (
    corpus.PEAK_KIB
    + """
import json, sys
from pathlib import Path
from tests.services import exchange_stations as city
from tests.services.test_snapshot_guard import open_station
from ttasum_desk.errors import UserError
from ttasum_desk.services import snapshot
open_station(Path(sys.argv[1]), "OS-JA01", None)
before = city.canonical_dump()
try:
    snapshot.import_snapshot(Path(sys.argv[2]))
    error = ""
except UserError as refused:
    error = refused.english
print(json.dumps({
    "error": error,
    "unchanged": city.canonical_dump() == before,
    "as_of": snapshot.as_of(),
    "peak_kib": peak_kib(),
}))
"""
)


def test_a_far_cell_in_a_snapshot_is_refused_and_nothing_taken(tmp_path: Path) -> None:
    snap = hub_snapshot(tmp_path, "ttasum2020.toml")
    far = with_far_cell(snap, tmp_path / "far.xlsx", "Handouts", "XFD1048576")
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_IN_CHILD, str(tmp_path / "station.db"), str(far)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout.splitlines()[-1])
    assert "The sheet Handouts of far.xlsx has a cell at XFD1048576" in outcome["error"]
    assert outcome["unchanged"]
    assert outcome["as_of"] is None
    assert outcome["peak_kib"] < 400_000
