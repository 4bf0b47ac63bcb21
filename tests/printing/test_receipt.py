from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.printing.pdftools import decoded_barcodes, page_sizes_mm, pdf_text
from ttasum_desk.printing.receipt import (
    RECEIPT_FORMATS,
    ReceiptData,
    UnknownReceiptFormat,
    render_receipt,
)


def render(data: ReceiptData, fmt: str, tmp_path: Path, name: str = "receipt") -> Path:
    out = tmp_path / f"{name}-{fmt}.pdf"
    render_receipt(data, fmt, out)
    return out


@pytest.mark.parametrize("fmt", RECEIPT_FORMATS)
def test_receipt_shows_masked_name_number_item_and_never_the_raw_name(
    receipt: ReceiptData, fmt: str, tmp_path: Path
) -> None:
    text = pdf_text(render(receipt, fmt, tmp_path))

    assert "홍*동 (1985)" in text
    assert "홍길동" not in text
    for shown in ("OS-JA01-000123", "KF94 마스크", "L-2020-03-A", "김담당", "중앙동"):
        assert shown in text
    assert "Quantity2매" in text.replace(" ", "")
    assert "2020-03-09 10:15" in text
    assert "Left (이번 주): 1 매" in text
    assert "COPY" not in text
    assert "VOID" not in text


@pytest.mark.parametrize("fmt", RECEIPT_FORMATS)
def test_qr_code_decodes_to_the_handout_uid(receipt: ReceiptData, fmt: str, tmp_path: Path) -> None:
    assert decoded_barcodes(render(receipt, fmt, tmp_path)) == [receipt.handout_uid]


def test_qr_on_58mm_roll_scans_at_thermal_printer_resolution(
    receipt: ReceiptData, tmp_path: Path
) -> None:
    # 203 dpi is what most 58 mm thermal printers print at.
    assert decoded_barcodes(render(receipt, "58mm", tmp_path), dpi=203) == [receipt.handout_uid]


@pytest.mark.parametrize(("fmt", "width"), [("58mm", 58), ("80mm", 80), ("a4", 210)])
def test_page_width_per_format_and_roll_height_fitted_to_content(
    receipt: ReceiptData, fmt: str, width: int, tmp_path: Path
) -> None:
    [(page_width, page_height)] = page_sizes_mm(render(receipt, fmt, tmp_path))

    assert page_width == pytest.approx(width, abs=0.1)
    if fmt == "a4":
        assert page_height == pytest.approx(297, abs=0.1)
    else:
        assert 60 < page_height < 200
        long_item = replace(receipt, item_name="면 마스크 필터 교체형 " * 6)
        [(_, longer)] = page_sizes_mm(render(long_item, fmt, tmp_path, "long"))
        assert longer > page_height  # the roll grows with the content instead of clipping it


def test_long_item_name_wraps_within_58mm_without_losing_text(
    receipt: ReceiptData, tmp_path: Path
) -> None:
    data = replace(
        receipt, item_name="어린이용 면 마스크 필터 교체형 세트", lot_no="LOT-2020-0309-A-0001"
    )
    text = " ".join(pdf_text(render(data, "58mm", tmp_path)).split())

    for word in ("어린이용", "면", "마스크", "필터", "교체형", "세트"):
        assert word in text
    assert "LOT-2020-0309-A-0001" in text.replace(" ", "")


def test_reprint_is_marked_as_a_copy_and_masks_the_proxy(
    receipt: ReceiptData, tmp_path: Path
) -> None:
    data = replace(receipt, copy=True, proxy_name="홍아버지")
    text = pdf_text(render(data, "58mm", tmp_path))

    assert "COPY (reissued)" in text
    assert "홍**지" in text
    assert "홍아버지" not in text
    assert "OS-JA01-000123" in text


def test_void_slip_names_the_voided_receipt_and_the_reason(
    receipt: ReceiptData, tmp_path: Path
) -> None:
    data = replace(receipt, void_reason="수량 입력 오류")
    pdf = render(data, "80mm", tmp_path)
    text = pdf_text(pdf)

    assert "VOID" in text
    assert "This receipt is cancelled." in text
    assert "수량 입력 오류" in text
    assert "OS-JA01-000123" in text
    assert "홍*동" in text
    assert "Left" not in text  # no entitlement talk on a void slip
    assert decoded_barcodes(pdf) == [receipt.handout_uid]


def test_no_lot_and_no_limit_leave_those_lines_out(receipt: ReceiptData, tmp_path: Path) -> None:
    data = replace(receipt, lot_no=None, remaining=None, birth_year=None)
    text = pdf_text(render(data, "58mm", tmp_path))

    assert "Lot" not in text
    assert "Left" not in text
    assert "홍*동" in text
    assert "(1985)" not in text


def test_renders_into_a_binary_stream(receipt: ReceiptData) -> None:
    stream = io.BytesIO()
    render_receipt(receipt, "80mm", stream)
    assert stream.getvalue().startswith(b"%PDF-")


def test_unknown_format_is_a_user_error(receipt: ReceiptData, tmp_path: Path) -> None:
    with pytest.raises(UnknownReceiptFormat, match="58mm, 80mm, a4"):
        render_receipt(receipt, "letter", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


class _KoreanReceiptLabels(QTranslator):
    """A stand-in for the shipped .qm: a few Korean labels in the "Receipt" context."""

    labels: ClassVar[dict[str, str]] = {
        "Receipt no.": "영수증 번호",
        "Handout receipt": "배부 영수증",
        "Item": "품목",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.labels.get(source) if context == "Receipt" else None  # None: not translated


def test_korean_ui_prints_korean_labels(
    qapp: QCoreApplication, receipt: ReceiptData, tmp_path: Path
) -> None:
    translator = _KoreanReceiptLabels()
    qapp.installTranslator(translator)
    try:
        text = pdf_text(render(receipt, "58mm", tmp_path))
    finally:
        qapp.removeTranslator(translator)

    assert "배부 영수증" in text
    assert "영수증 번호" in text
    assert "품목" in text
    assert "Receipt no." not in text
    assert "Operator" in text  # an untranslated label falls back to English
