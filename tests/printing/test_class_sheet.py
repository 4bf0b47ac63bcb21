"""The class sign-off sheet prints full names: pupils find and sign their own row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.printing.pdftools import pdf_text
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.printing.class_sheet import ClassSheetData, SheetRow, render_class_sheet


def test_two_pupils_masked_alike_are_told_apart_by_their_full_names(tmp_path: Path) -> None:
    rows = [SheetRow(1, "김영현", 2), SheetRow(2, "김수현", 2), SheetRow(3, "고민우", None)]
    assert mask_name("김영현") == mask_name("김수현")
    data = ClassSheetData(
        "OS-SC01 오산초등학교", "오산초등학교", 3, 2, date(2020, 3, 23), "면마스크(필터교체형)",
        "매", "LOT-1", rows,
    )  # fmt: skip
    render_class_sheet(data, tmp_path / "sheet.pdf")
    text = pdf_text(tmp_path / "sheet.pdf")
    for name in ("김영현", "김수현", "고민우"):
        assert name in text
    assert mask_name("고민우") not in text
