"""Looking into PDFs the way a person or a scanner would: text, page sizes, decoded barcodes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm


def pdf_text(pdf: Path) -> str:
    """The text of every page, as pdftotext (poppler) extracts it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width) / mm, float(page.mediabox.height) / mm)
        for page in PdfReader(pdf).pages
    ]


def decoded_barcodes(pdf: Path, dpi: int = 300) -> list[str]:
    """Every barcode zbarimg finds on the pages rendered at ``dpi``, page by page."""
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: can't check what a scanner reads")
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    found = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True
    )  # exit code 4 means "nothing found": the assertions say what was expected
    return found.stdout.split()
