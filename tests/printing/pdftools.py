"""Looking into PDFs the way a person or a scanner would: text, page sizes, decoded barcodes.

Every test that runs an outside program goes through ``require_tool``, so that on a machine
without it the test is skipped and says which package to install (``.ci/run`` installs them).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from ttasum_desk.printing.fonts import FALLBACK_CID_FONT

# program -> the Debian package that provides it
TOOL_PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "zbarimg": "zbar-tools"}
# Where poppler looks for its CJK character maps (poppler-data): Debian, /usr/local, Homebrew.
POPPLER_DATA_DIRS = [
    Path(prefix) / "share" / "poppler" for prefix in ("/usr", "/usr/local", "/opt/homebrew")
]


def require_tool(*programs: str) -> None:
    """Skip the calling test, naming the package, when one of ``programs`` is not installed."""
    for program in programs:
        if shutil.which(program) is None:
            package = TOOL_PACKAGES.get(program, program)
            pytest.skip(f"{program} ({package}) is not installed: can't read the output back")


def require_korean_cmaps() -> None:
    """Skip unless poppler can read text set in the built-in, non-embedded Hangul font."""
    if not any((folder / "cMap" / "Adobe-Korea1").is_dir() for folder in POPPLER_DATA_DIRS):
        pytest.skip(
            f"poppler-data is not installed: pdftotext can't read {FALLBACK_CID_FONT}, "
            "the built-in Hangul font that PDFs fall back on"
        )


def pdf_text(pdf: Path) -> str:
    """The text of every page, as pdftotext (poppler) extracts it."""
    require_tool("pdftotext")
    if FALLBACK_CID_FONT.encode() in pdf.read_bytes():  # no Hangul font was found to embed
        require_korean_cmaps()
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
    require_tool("pdftoppm", "zbarimg")
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    found = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True
    )  # exit code 4 means "nothing found": the assertions say what was expected
    return found.stdout.split()
