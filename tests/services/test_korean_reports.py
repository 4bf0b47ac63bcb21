"""With Korean chosen, the papers the coordinator hands on say nothing in English: only codes,
file names, dates, what people typed and a few proper nouns are in Latin letters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tests.printing.pdftools import pdf_text
from tests.services import exchange_stations as city
from ttasum_desk.i18n import install_translators
from ttasum_desk.printing.receipt import render_receipt
from ttasum_desk.services import batches, close_report, handouts, merge, merge_report, summary

from .people import OPERATOR
from .test_handouts import MONDAY, desk, give  # noqa: F401  (desk is a fixture)

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*[A-Za-z][A-Za-z0-9'-]*")
PROPER_NOUNS = {"TTASUM", "QR", "PDF", "KF94"}
# codes, lot numbers, day-files, and pieces of a uid where a line wraps it
CODE = re.compile(r"^[A-Z0-9-]+$|^day-[A-Z0-9-]+$|^xlsx$|^[0-9a-f-]+$")
DAY = MONDAY.date()
TYPED = {"wrong", "child"}  # the void's reason as the operator typed it


def english_words(text: str) -> list[str]:
    return [
        word
        for word in WORD.findall(text)
        if word not in PROPER_NOUNS and word not in TYPED and not CODE.match(word)
    ]


@pytest.fixture
def korean(qtbot: QtBot) -> Iterator[None]:
    install_translators("ko")
    yield
    install_translators("en")


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def test_the_summary_and_the_merge_report_are_korean(
    korean: None, day_files: list[Path], tmp_path: Path
) -> None:
    with city.Hub(tmp_path / "hub.db"):
        result = merge.merge(day_files)
        pdf = summary.write_summary(tmp_path / "summary.pdf")
        report = merge_report.write_report(result, tmp_path / "report.xlsx")
    text = pdf_text(pdf)
    assert "학급 집계" in text or "학생" in text
    assert english_words(text) == []
    cells = [
        str(value)
        for sheet in openpyxl.load_workbook(report)
        for row in list(sheet.iter_rows(values_only=True))[1:]  # headers name both languages
        for value in row
        if isinstance(value, str)
    ]
    assert any("전체" in cell for cell in cells)  # a double dip's period
    assert english_words(" ".join(cells)) == []


def test_the_close_report_and_a_receipt_are_korean(
    korean: None,
    desk: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    batches.receive(batches.BatchRequest("COTTON-MASK", "LOT-1", 50, DAY.isoformat(), "", OPERATOR))
    kept = give("ST1", "COTTON-MASK", 2)
    give("SON", "COTTON-MASK", 1, override_reason="분실")
    close = tmp_path / "close.pdf"
    close_report.write_pdf(close, DAY)
    receipt = tmp_path / "receipt.pdf"
    render_receipt(handouts.receipt_data(kept.handout_uid), "58mm", receipt)
    close_text, receipt_text = pdf_text(close), pdf_text(receipt)
    assert "마감 보고" in close_text
    assert kept.receipt_no in receipt_text
    assert english_words(close_text) == []
    assert english_words(receipt_text) == []
