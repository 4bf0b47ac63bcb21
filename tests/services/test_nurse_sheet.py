"""The class sign-off sheet: every student's full name, quantities, totals, page numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.printing.pdftools import pdf_text
from tests.services.nurse_fixtures import OPERATOR, first_classes, make_school_station
from ttasum_desk.printing.class_sheet import ClassSheetData, SheetRow, render_class_sheet
from ttasum_desk.services import batches, classes


def test_class_sheet_lists_every_student_by_full_name(station_db: Path, tmp_path: Path) -> None:
    school = make_school_station()
    batches.receive(batches.BatchRequest("COTTON-MASK", "LOT-P", 100, None, "교육청", OPERATOR))
    key = first_classes(school, 1)[0]
    members = classes.class_list(key, "COTTON-MASK").members
    classes.serve_ticked([m.recipient_uid for m in members[:3]], "COTTON-MASK", 2, OPERATOR)
    classes.serve_count(key, "COTTON-MASK", 4, OPERATOR)
    pdf = classes.print_class_sheet(key, "COTTON-MASK", tmp_path / "sheet.pdf")
    text = pdf_text(pdf)
    for member in members:
        assert member.name in text
    assert school in text
    assert "LOT-P" in text
    assert "3 of 5 students received 6" in text
    assert "Class counts (charged to the class's pupils): 4" in text
    assert re.search(r"\b1 ?/ ?1\b", text)


def test_long_class_runs_to_numbered_pages(tmp_path: Path) -> None:
    rows = [SheetRow(n, f"학생{n:02d}이름", 2 if n % 3 else None) for n in range(1, 41)]
    data = ClassSheetData(
        "OS-SC01 오산초등학교", "오산초등학교", 3, 2, date(2020, 3, 23), "면마스크(필터교체형)",
        "매", "LOT-1", rows,
    )  # fmt: skip
    render_class_sheet(data, tmp_path / "long.pdf")
    text = pdf_text(tmp_path / "long.pdf")
    assert re.search(r"\b1 ?/ ?2\b", text)
    assert re.search(r"\b2 ?/ ?2\b", text)
    assert all(row.name in text for row in rows)
    assert "Total" in text
