"""Progress against targets from real handouts and class counts in a real database, and the
summary report's progress section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.services import exchange_stations as city
from ttasum_desk.domain.clock import parse_moment
from ttasum_desk.paths import resource
from ttasum_desk.services import classes, handouts, progress, rules, summary
from ttasum_desk.storage.db import close_db

TARGET = """
[[targets]]
item = "COTTON-MASK"
group = "student"
quantity = 20
people = 4
by = 2020-06-30
label = "Masks for pupils"
"""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Path]:
    """Three pupils served 2 + 1 + 2 masks (one more handout voided) and a class count of 7."""
    city.open_station(tmp_path / "station.db", "OS-JA01")
    sample = resource("samples/ttasum2020.toml").read_text(encoding="utf-8")
    rules.load_text(sample + TARGET)
    people = city.cast()
    city.give(people.pupil, "COTTON-MASK", 2, "2020-03-17T10:05:00")
    city.give(people.pupil2, "COTTON-MASK", 1, "2020-03-18T10:00:00")
    city.give(people.pupil, "COTTON-MASK", 2, "2020-04-17T10:00:00")
    voided = city.give(people.pupil3, "COTTON-MASK", 2, "2020-03-18T11:00:00")
    handouts.void(voided, "wrong child", city.OPERATOR)
    city.give(people.adult, "MASK-KIT", 1, "2020-03-17T10:00:00")
    whole_class = classes.ClassKey("오산초등학교", 1, 1)
    moment = parse_moment("2020-03-20T09:00:00+09:00")
    classes.serve_count(whole_class, "COTTON-MASK", 7, city.OPERATOR, moment)
    yield tmp_path
    close_db()


def test_progress_counts_live_handouts_and_class_counts(served: Path) -> None:
    rows = {
        row.target.label: row
        for row in progress.progress(parse_moment("2020-06-20T00:00:00+09:00").date())
    }
    pupils = rows["Masks for pupils"]
    assert (pupils.quantity, pupils.people) == (2 + 1 + 2 + 7, 2)  # not the voided 2
    assert pupils.percent == 50  # 2 of 4 people is the lower of 12/20 and 2/4
    assert pupils.days_left == 10
    kits = rows["시민 마스크 만들기 키트"]
    assert (kits.quantity, kits.people, kits.percent) == (1, 1, 0)


def test_summary_report_has_the_progress_section(served: Path, tmp_path: Path) -> None:
    pdf = summary.write_summary(tmp_path / "summary.pdf")
    book = summary.write_summary(tmp_path / "summary.xlsx")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Progress against targets" in text
    pupils_row = text[text.index("Masks for pupils") :].split("\n")
    assert pupils_row[:4] == ["Masks for pupils", "12", "20", "2 / 4"]
    assert pupils_row[5] == "50%"
    sheet = openpyxl.load_workbook(book)["Progress"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    pupils = next(row for row in rows if row[0] == "Masks for pupils")
    assert pupils[1:5] == [12, 20, 2, 4]
    assert pupils[6] == 50


def test_last_day_files_list_the_other_stations_not_this_one(served: Path) -> None:
    """A station's own handouts are recorded here; only the others send day-files."""
    heard = dict(progress.dashboard().last_heard)
    assert "OS-DW01 대원동 행정복지센터" in heard
    assert heard["OS-DW01 대원동 행정복지센터"] is None  # nothing merged from it yet
    assert not [station for station in heard if station.startswith("OS-JA01")]
