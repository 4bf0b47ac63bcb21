"""The desk's close report on a real database: per item out, in and left, voids and overrides
with reasons, operators; as a PDF read back and from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.printing.pdftools import pdf_text
from ttasum_desk.cli import run
from ttasum_desk.domain.clock import now
from ttasum_desk.services import batches, close_report, handouts
from ttasum_desk.storage.db import close_db, init_db

from .people import OPERATOR
from .test_handouts import MONDAY, desk, give  # noqa: F401  (desk is a fixture)

DAY = MONDAY.date()


@pytest.fixture
def day_at_desk(desk: None) -> dict[str, str]:  # noqa: F811
    """On Monday: 50 cotton masks in, three handouts (one by override), one voided today."""
    batches.receive(batches.BatchRequest("COTTON-MASK", "LOT-1", 50, DAY.isoformat(), "", OPERATOR))
    kept = give("ST1", "COTTON-MASK", 2)
    voided = give("ST2", "COTTON-MASK", 2)
    overridden = give("SON", "COTTON-MASK", 1, override_reason="lost his mask on the bus")
    handouts.void(voided.handout_uid, "wrong child", OPERATOR)
    return {"kept": kept.receipt_no, "voided": voided.receipt_no, "over": overridden.receipt_no}


def test_the_day_counts_live_handouts_stock_and_operators(day_at_desk: dict[str, str]) -> None:
    data = close_report.gather(DAY)
    lines = {line.code: line for line in data.items}
    cotton = lines["COTTON-MASK"]
    assert (cotton.handouts, cotton.quantity, cotton.received) == (2, 3, 50)
    assert cotton.left == 50 - 3  # the voided two are back on the shelf
    assert [(op.operator, op.handouts, op.quantity) for op in data.operators] == [(OPERATOR, 2, 3)]
    assert [(o.receipt_no, o.reason) for o in data.overrides] == [
        (day_at_desk["over"], "lost his mask on the bus")
    ]
    assert data.voids == []  # the void was written today, not on Monday
    assert data.station_code == "OS-JA01"

    today = close_report.gather(now().date())
    assert [(v.receipt_no, v.item_code, v.quantity, v.reason) for v in today.voids] == [
        (day_at_desk["voided"], "COTTON-MASK", 2, "wrong child")
    ]
    assert all(line.handouts == 0 for line in today.items)


def test_the_pdf_names_receipts_and_reasons_never_people(
    day_at_desk: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "close.pdf"
    close_report.write_pdf(out, DAY)
    text = pdf_text(out)
    assert "2020-03-16" in text
    assert "OS-JA01" in text
    assert "lost his mask on the bus" in text
    assert day_at_desk["over"] in text
    assert OPERATOR in text
    for name in ("김학생", "이학생", "박아들"):
        assert name not in text


def test_cli_report_close(day_at_desk: dict[str, str], db_path: Path, tmp_path: Path) -> None:
    close_db()
    out = tmp_path / "close.pdf"
    try:
        assert (
            run(
                ["--db", str(db_path), "report", "close", "--date", "2020-03-16", "--out", str(out)]
            )
            == 0
        )
        assert out.read_bytes().startswith(b"%PDF")
        assert "wrong child" in pdf_text_of_today(db_path, tmp_path)
        assert (
            run(["--db", str(db_path), "report", "close", "--date", "16 March", "--out", str(out)])
            == 2
        )
        assert run(["--db", str(db_path), "report", "close", "--out", str(tmp_path / "c.txt")]) == 2
    finally:
        init_db(db_path)


def pdf_text_of_today(db_path: Path, tmp_path: Path) -> str:
    out = tmp_path / "today.pdf"
    assert run(["--db", str(db_path), "report", "close", "--out", str(out)]) == 0
    return pdf_text(out)


def test_an_empty_day_says_none(day_at_desk: dict[str, str]) -> None:
    data = close_report.gather(date(2020, 3, 1))
    assert data.overrides == []
    assert data.operators == []
    assert [line.received for line in data.items if line.code == "COTTON-MASK"] == [0]
