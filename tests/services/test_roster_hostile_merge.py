"""A day-file whose Handouts sheet carries one cell far out: the merge reports that file as an
error and takes nothing from it, and the desk lives on (the merge runs in a child process, so
that a check that failed would abort the child, not the test run)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.exchange import corpus
from tests.services import exchange_stations as city
from ttasum_desk.exchange import reader

ROOT = Path(__file__).resolve().parents[2]
MERGE_IN_CHILD = (
    corpus.PEAK_KIB
    + """
import json, sys
from pathlib import Path
from tests.services import exchange_stations as city
from ttasum_desk.services import merge
with city.Hub(Path(sys.argv[1])):
    before = city.canonical_dump()
    far = merge.merge([Path(sys.argv[2])]).files[0]
    unchanged = city.canonical_dump() == before
    honest = merge.merge([Path(sys.argv[3])]).files[0]
    print(json.dumps({
        "far": {"error": far.error, "rows": far.rows},
        "unchanged": unchanged,
        "honest": {"error": honest.error, "rows": honest.rows},
        "peak_kib": peak_kib(),
    }))
"""
)


@pytest.fixture(scope="module")
def day_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return city.run_station(tmp_path_factory.mktemp("station"), "OS-JA01")


def with_far_cell(source: Path, target: Path, sheet: str, reference: str) -> Path:
    """A copy of ``source`` with one more row in ``sheet``: a number at ``reference``."""
    with zipfile.ZipFile(source) as archive:
        part = reader._sheet_parts(source, archive)[sheet]
        row = re.sub(r"[A-Z]+", "", reference)
        extra = f'<row r="{row}"><c r="{reference}"><v>1</v></c></row></sheetData>'.encode()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for entry in archive.infolist():
                data = archive.read(entry)
                if entry.filename == part:
                    data = data.replace(b"</sheetData>", extra, 1)
                copy.writestr(entry.filename, data)
    return target


def merge_in_child(hub: Path, far: Path, honest: Path) -> dict[str, Any]:
    """Merge ``far`` then ``honest`` into a new hub, in a child process."""
    done = subprocess.run(
        [sys.executable, "-c", MERGE_IN_CHILD, str(hub), str(far), str(honest)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return outcome


@pytest.mark.parametrize("reference", ["XFD1048576", "AZ1048576", "P1048576"])
def test_far_cell_in_handouts_is_an_error_for_that_file(
    day_file: Path, tmp_path: Path, reference: str
) -> None:
    hostile = with_far_cell(day_file, tmp_path / "far.xlsx", "Handouts", reference)
    outcome = merge_in_child(tmp_path / "hub.db", hostile, day_file)
    assert f"The sheet Handouts of far.xlsx has a cell at {reference}" in outcome["far"]["error"]
    assert outcome["far"]["rows"] == 0
    assert outcome["unchanged"]
    assert outcome["honest"]["error"] == ""
    assert outcome["honest"]["rows"] > 0  # the next file is merged: the process lived on
    assert outcome["peak_kib"] < 400_000
