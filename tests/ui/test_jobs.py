"""Long jobs on the worker: per-file rows of a merge update as each file finishes; a cancel
rolls back the item in hand and keeps, and reports, what was done before; the roster import
counts its rows and can be cancelled. Held without a clock: the work waits at a gate until
the test has acted."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tests.services.test_roster_import import HEADERS
from tests.ui.test_coordinator_page import day_files, outcome_texts, page  # noqa: F401
from ttasum_desk.services import merge, roster_import
from ttasum_desk.storage.db import db_path
from ttasum_desk.ui.background import BackgroundJob
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.import_dialog import RosterImportDialog

PATIENCE_S = 60


def dump() -> list[str]:
    """Everything the database holds, as SQL, read through a connection of its own."""
    connection = sqlite3.connect(db_path())
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def big_roster(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("명단")
    sheet.append(["2020학년도 오산초등학교 학생 명단"])
    sheet.append(HEADERS)
    for number in range(1, rows + 1):
        name = "김" + chr(0xAC00 + number % 11172) + chr(0xAC00 + number // 11172)
        sheet.append([number, name, 3, 1 + number % 9, f"2013-{1 + number % 12:02d}-05",
                      None, "중앙동", None])  # fmt: skip
    book.save(path)
    return path


class HeldProgress:
    """Stands in for the roster import's progress report: the first report reaches the
    dialog, then the work waits there until ``release()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = roster_import.report
        self.gate = threading.Event()
        monkeypatch.setattr(roster_import, "report", self.report)

    def report(self, *args: Any) -> None:
        self.real(*args)
        self.gate.wait(PATIENCE_S)

    def release(self) -> None:
        self.gate.set()


def test_each_files_row_shows_its_outcome_as_it_is_merged(
    page: CoordinatorPage,  # noqa: F811
    day_files: list[Path],  # noqa: F811
    qtbot: QtBot,
) -> None:
    seen: list[list[str]] = []
    page.file_merged.connect(lambda outcome: seen.append(outcome_texts(page)))
    page.add_files(day_files)
    with qtbot.waitSignal(page.merge_finished, timeout=PATIENCE_S * 1000):
        page.merge_button.click()
    assert seen[0][0].startswith("Merged")
    assert seen[0][1:] == ["waiting", "waiting"]  # the others not yet merged
    assert seen[1][1].startswith("Merged")
    assert seen[1][2] == "waiting"
    assert all(text.startswith("Merged") for text in outcome_texts(page))


def test_a_cancel_rolls_back_the_file_at_hand_and_keeps_the_files_before(
    page: CoordinatorPage,  # noqa: F811
    day_files: list[Path],  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(merge, "CHUNK_ROWS", 2)  # look at the cancel every other row
    after_first: list[list[str]] = []
    job: BackgroundJob[merge.MergeResult] = BackgroundJob(page)

    def first_done(outcome: merge.FileOutcome) -> None:
        after_first.append(dump())
        job.cancel()  # asked while the second file is about to start

    looks: list[bool] = []

    def cancelled() -> bool:
        """The second file starts (its first look passes), then stops at its first chunk."""
        if job.cancelled():
            looks.append(True)
        return len(looks) >= 2

    with qtbot.waitSignal(job.succeeded) as finished:
        job.run(
            lambda _: merge.merge(day_files, operator="", cancelled=cancelled, finished=first_done)
        )
    result = finished.args[0]
    assert result.cancelled
    assert [f.file for f in result.files] == [day_files[0].name]  # done before the cancel
    assert result.files[0].inserted > 0
    assert len(looks) == 2  # it stopped inside the second file
    assert dump() == after_first[0]  # nothing of the second file remains


def test_the_roster_import_counts_rows_and_a_cancel_imports_nothing(
    page: CoordinatorPage,  # noqa: F811
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(roster_import, "CHUNK_ROWS", 20)
    monkeypatch.setattr(roster_import, "FLUSH_ROWS", 10)  # rows are written before the cancel
    dialog = RosterImportDialog(big_roster(tmp_path / "roster.xlsx", 200), page.events, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy_bar.maximum() == 200
    before = dump()
    held = HeldProgress(monkeypatch)
    try:
        with qtbot.assertNotEmitted(page.events.changed):
            dialog.import_button.click()
            qtbot.waitUntil(lambda: dialog.busy_bar.value() == 20, timeout=PATIENCE_S * 1000)
            assert dialog.cancel_button.isVisible()
            assert not dialog.import_button.isEnabled()
            dialog.cancel_button.click()
            held.release()
            qtbot.waitUntil(lambda: not dialog.busy, timeout=PATIENCE_S * 1000)
    finally:
        held.release()
    assert dialog.summary_label.text() == "Cancelled: nothing was imported."
    assert dump() == before
    assert dialog.import_button.isEnabled()  # it may be imported after all
    with qtbot.waitSignal(page.events.changed, timeout=PATIENCE_S * 1000):
        dialog.import_button.click()
    assert "200 new" in dialog.summary_label.text()
