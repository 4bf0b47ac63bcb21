"""One receipt PDF per format, against a bare reportlab page with one line of text."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfgen import canvas

from tests.perf.bench import Figure, percentile, repeat, samples_ms
from tests.perf.data import copy_db
from ttasum_desk.printing.fonts import hangul_font
from ttasum_desk.printing.receipt import RECEIPT_FORMATS, render_receipt
from ttasum_desk.services import handouts
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient

RENDERS = repeat(200, 25)


def bare_page() -> None:
    page = canvas.Canvas(io.BytesIO())
    page.drawString(72, 720, "OS-JA01-000001")
    page.save()


def run(db: Path, workdir: Path) -> list[Figure]:
    init_db(copy_db(db, workdir / "receipt.db"))
    try:
        student = Recipient.select().where(Recipient.group == "student").first()
        recorded = handouts.record(
            handouts.HandoutRequest(student.card_code, "COTTON-MASK", 1, operator="김담당")
        )
        data = handouts.receipt_data(recorded.handout_uid)
    finally:
        close_db()
    hangul_font()
    floor = percentile(samples_ms([bare_page] * RENDERS), 0.95)
    figures = []
    for fmt in RECEIPT_FORMATS:
        times = samples_ms([lambda f=fmt: render_receipt(data, f, io.BytesIO())] * RENDERS)
        figures.append(
            Figure(
                f"receipt PDF p95: {fmt}",
                percentile(times, 0.95),
                "ms",
                floor,
                40,
                "value",
                {"p50": percentile(times, 0.5), "renders": RENDERS},
            )
        )
    return figures
