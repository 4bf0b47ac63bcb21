"""The coordinator's summary after a merge, as PDF and workbook, and on the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.services import exchange_stations as city
from ttasum_desk.cli import run
from ttasum_desk.exchange import reader
from ttasum_desk.services import merge, summary


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def test_summary_pdf_and_workbook(day_files: list[Path], tmp_path: Path) -> None:
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        data = summary.gather()
        pdf = summary.write_summary(tmp_path / "summary.pdf")
        book = summary.write_summary(tmp_path / "summary.xlsx")
    items = {count.label.split()[0]: count for count in data.per_item}
    assert items["MASK-KIT"].quantity == 2
    assert items["COTTON-MASK"].quantity == 2 + 1 + 1 + 2 + 2 + 10  # not the voided 2
    assert [day for day, _ in data.per_day] == [date(2020, 3, d) for d in (17, 18, 19, 20)]
    assert items["COTTON-MASK"].handouts == 5
    assert ("OS-JA01 중앙동 행정복지센터", None) not in data.silent_stations
    assert ("OS-CP01 초평동 행정복지센터", None) in data.silent_stations
    assert [(e.kind, e.reason) for e in data.exceptions] == [("void", "wrong child")]
    assert data.open_reviews == 3
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "오산 따숨 마스크 나눔" in text
    assert "wrong child" in text
    assert "도레미" not in text  # no personal names
    sheets = reader.open_workbook(book)
    assert sheets.rows("PerItem")[0] == ["물품 item", "수량 quantity", "지급 건수 handouts"]
    assert len(openpyxl.load_workbook(book)["PerDay"]._charts) == 1


def test_cli_report_summary(day_files: list[Path], tmp_path: Path) -> None:
    hub = tmp_path / "hub.db"
    with city.Hub(hub):
        merge.merge(day_files)
    out = tmp_path / "s.pdf"
    assert run(["--db", str(hub), "report", "summary", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run(["--db", str(hub), "report", "summary", "--out", str(tmp_path / "s.txt")]) == 2
