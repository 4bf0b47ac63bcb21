"""Rosters saved by LibreOffice Calc, imported into the database.

The fixtures were written once with openpyxl (a class list with real date cells, a date typed
as text, grades and classes typed with their Korean suffix, phones as text), then converted by
``soffice --headless --convert-to xls|ods`` and the .ods back to xlsx, so each file is what
LibreOffice itself writes: dates as serial numbers with a date format in .xls, as typed values
in .ods, and its own xlsx parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.services import roster_import
from ttasum_desk.storage.models import Recipient

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = {  # name: (birth date, grade, class, school)
    "가나다": ("2013-03-05", 3, 2, "오산초등학교"),
    "라마바": ("2013-04-15", 3, 2, "오산초등학교"),
    "사아자": ("2013-12-31", 3, 2, "오산초등학교"),
}


@pytest.mark.parametrize("name", ["roster-lo.xlsx", "roster-lo.xls", "roster-lo.ods"])
def test_a_libreoffice_roster_imports_its_rows(station_db: Path, name: str) -> None:
    before = Recipient.select().count()
    result = roster_import.import_roster(FIXTURES / name, school="오산초등학교")
    assert (result.rows, result.inserted, result.rejected) == (3, 3, [])
    assert Recipient.select().count() == before + 3
    rows = Recipient.select().where(Recipient.name.in_(list(EXPECTED)))
    got = {row.name: (row.birth_date, row.grade, row.klass, row.school) for row in rows}
    assert got == EXPECTED
