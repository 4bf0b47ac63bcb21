"""A day-file holds only its own station's records: a row carrying another station_code than
Meta's is rejected and the file reported altered, even when its Meta hash was fixed up."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.services import exchange_stations as city
from ttasum_desk.domain import signing
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import read_exchange
from ttasum_desk.services import merge
from ttasum_desk.storage.models import Batch


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def forge_station(source: Path, target: Path, sheet: str, code: str) -> str:
    """Change one row's station_code; returns the row's key."""
    return forge_cell(source, target, sheet, "station_code", code)


def forge_cell(source: Path, target: Path, sheet: str, column: str, value: str) -> str:
    """Change the sheet's first row's ``column`` with openpyxl and write the sheet's new hash
    into Meta, as a forger who knows the format would; returns the row's key as it is then."""
    book = openpyxl.load_workbook(source)
    rows = book[sheet]
    headers = [cell.value for cell in rows[1]]
    rows.cell(row=2, column=headers.index(column) + 1).value = value
    cells = [list(row) for row in rows.iter_rows(min_row=2, values_only=True)]
    meta = book[formats.META]
    for key, value in meta.iter_rows(min_row=2):
        if key.value == formats.hash_key(sheet):
            value.value = formats.sheet_digest(cells)
        if key.value in (signing.SIGNED_BY, signing.SIGNATURE):  # can't re-sign: drops it
            key.value = value.value = None
    book.save(target)
    return str(rows.cell(row=2, column=1).value)


def test_a_row_of_another_station_is_rejected(day_files: list[Path], tmp_path: Path) -> None:
    original = next(path for path in day_files if "OS-JA01" in path.name)
    forged = tmp_path / "forged.xlsx"
    key = forge_station(original, forged, formats.BATCHES, "OS-DW01")
    read = read_exchange(forged)
    assert read.station_code == "OS-JA01"
    assert not read.problems  # the Meta hash holds: only the station check can tell
    with city.Hub(tmp_path / "hub.db"):
        outcome = merge.merge([forged]).files[0]
        assert outcome.altered
        assert [problem.english for problem in outcome.problems] == [
            "sheet Batches has rows of station OS-DW01, but Meta says OS-JA01"
        ]
        first, *others = outcome.rejections
        assert (first.sheet, first.key, first.reason) == (
            "Batches", key, "station_code OS-DW01 is not the file's station OS-JA01",
        )  # fmt: skip
        # the handouts from that batch can't go in without it
        assert {(r.sheet, f"unknown batch {key}" in r.reason) for r in others} <= {
            ("Handouts", True)
        }
        assert Batch.get_or_none(Batch.uid == key) is None
        assert Batch.select().where(Batch.station_code == "OS-JA01").count() > 0
