"""Cancel on the long writes: the summary report (PDF and workbook), a card sheet and F10's
check of the records stop where they are, leave no file (and never a half-written one over
the last) and say so. The work waits at a gate in its progress report until the test has
pressed Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_coordinator_page import page  # noqa: F401
from tests.ui.test_desk_closing import record_one
from tests.ui.test_jobs import PATIENCE_S, dump
from ttasum_desk.printing.cards import CardData
from ttasum_desk.services import cards, dayfile, summary, verify
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.desk.printed import PrintBar, print_cards


class HeldAtStep:
    """Stands in for a module's ``report``: passes every report on, and once the work has
    reached ``step`` (a section, a sheet, a page) it waits there until ``release()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, step: int) -> None:
        self.real, self.step = module.report, step
        self.reached, self.gate = threading.Event(), threading.Event()
        self.seen: list[tuple[int, int]] = []
        monkeypatch.setattr(module, "report", self.report)

    def report(self, progress: Any, done: int, total: int, what: str = "") -> None:
        self.real(progress, done, total, what)
        self.seen.append((done, total))
        if total and done == self.step:
            self.reached.set()
            self.gate.wait(PATIENCE_S)

    def release(self) -> None:
        self.gate.set()


def press_cancel(parent: QWidget) -> None:
    """The Cancel button of the job's progress dialog (it shows only after a moment)."""
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_a_cancelled_summary_report_writes_no_file_and_changes_nothing(
    page: CoordinatorPage,  # noqa: F811
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / f"summary{suffix}"
    out.write_bytes(b"last week's report")
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out), ""))
    before = dump()
    held = HeldAtStep(monkeypatch, summary, 1)
    try:
        with qtbot.waitSignal(page.job_ended, timeout=PATIENCE_S * 1000):
            page.summary_button.click()
            assert held.reached.wait(PATIENCE_S)
            press_cancel(page)
            held.release()
    finally:
        held.release()
    assert page.status_label.text() == "Cancelled: the summary report was not written."
    assert out.read_bytes() == b"last week's report"
    assert leftovers(folder) == [out.name]
    assert dump() == before
    assert max(done for done, _ in held.seen) == 1  # it stopped at the section it was on
    assert page.summary_button.isEnabled()


def test_the_summary_report_counts_its_sections(
    page: CoordinatorPage,  # noqa: F811
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out), ""))
    seen: list[tuple[int, int]] = []
    real = summary.report
    monkeypatch.setattr(
        summary, "report", lambda p, d, t, w="": (seen.append((d, t)), real(p, d, t, w))
    )
    with qtbot.waitSignal(page.job_ended, timeout=PATIENCE_S * 1000):
        page.summary_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    total = seen[-1][1]
    assert total >= 1
    assert seen[-1] == (total, total)
    assert [done for done, t in seen if t] == sorted(done for done, t in seen if t)
    assert page.status_label.text() == "Done."


def test_a_cancelled_card_sheet_leaves_no_pdf_and_prints_nothing(
    page: CoordinatorPage,  # noqa: F811
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "printed"
    preferences.set_print_mode("pdf")
    preferences.set_receipt_folder(folder)
    chosen = [
        CardData(f"김학생{number}", "student", f"OS{number:08d}", "오산초", 2013)
        for number in range(25)
    ]  # three pages
    bar = PrintBar(page)
    held = HeldAtStep(monkeypatch, cards, 1)
    try:
        job = print_cards(page, bar, chosen, "cards-3-1")
        assert held.reached.wait(PATIENCE_S)
        press_cancel(page)
        held.release()
        job.wait()
    finally:
        held.release()
    qtbot.waitUntil(lambda: not bar.isHidden(), timeout=PATIENCE_S * 1000)
    assert "Cancelled: no card sheet was written." in bar.text()
    assert not (folder / "cards-3-1.pdf").exists()
    assert leftovers(folder) == []
    assert held.seen == [(0, 3), (1, 3)]


def test_f10_cancelled_while_checking_the_records_exports_no_day_file(
    desk: DeskPage, receipts: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_one(desk, qtbot)
    held = HeldAtStep(monkeypatch, verify, 1)
    try:
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F10)
        assert held.reached.wait(PATIENCE_S)
        assert desk.banner.headline.text() == "Exporting the day-file…"
        press_cancel(desk)
        held.release()
        qtbot.waitUntil(lambda: desk.export_job is None, timeout=PATIENCE_S * 1000)
    finally:
        held.release()
    assert desk.banner.state == BannerState.REFUSED
    assert desk.banner.detail.text() == "Cancelled: no day-file was exported."
    assert not (receipts / dayfile.suggested_name()).exists()
    assert not list(receipts.glob("*.xlsx"))
    total = held.seen[-1][1]
    assert total > 2
    assert held.seen[-1] == (1, total)  # stopped at the second of its checks
