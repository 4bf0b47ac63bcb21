"""The coordinator page in the real window: drop day-files, merge on the worker, see the
outcome per file and the review list, export the report; the roster import dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.services import exchange_stations as city
from tests.services.test_merge import add_one
from tests.services.test_roster_import import school_roster
from ttasum_desk.exchange import reader
from ttasum_desk.services import merge
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.background import BackgroundJob
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.import_dialog import RosterImportDialog
from ttasum_desk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


@pytest.fixture
def page(tmp_path: Path, qtbot: QtBot) -> Iterator[CoordinatorPage]:
    with city.Hub(tmp_path / "hub.db"):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        shown = window.show_page("CoordinatorPage")
        assert isinstance(shown, CoordinatorPage)
        yield shown
        window.shutdown()


def drop(page: CoordinatorPage, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(event)


def outcome_texts(page: CoordinatorPage) -> list[str]:
    model = page.file_model
    return [str(model.data(model.index(row, 8))) for row in range(model.rowCount())]


def test_drop_merge_review_and_report(
    page: CoordinatorPage,
    day_files: list[Path],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    edited = tmp_path / "edited.xlsx"
    add_one(day_files[0], edited, "Handouts", "quantity", 2)
    drop(page, [*day_files, edited, tmp_path / "notes.txt"])
    assert page.file_model.rowCount() == 4
    with qtbot.waitSignal(page.merge_finished, timeout=60_000) as finished:
        page.merge_button.click()
    result = finished.args[0]
    assert page.progress.value() == 4
    assert not result.cancelled
    texts = outcome_texts(page)
    assert all(text.startswith("Merged") for text in texts[:3])  # a note: keys not enrolled
    assert texts[3].startswith("ALTERED")
    assert page.file_model.data(page.file_model.index(3, 6)) == 1  # one conflict
    kinds = [page.review_model.data(page.review_model.index(r, 0))
             for r in range(page.review_model.rowCount())]  # fmt: skip
    assert sorted(kinds) == ["Conflict", "Double-dip", "Double-dip", "Registered twice"]
    qtmodeltester.check(page.file_model, force_py=True)
    qtmodeltester.check(page.review_model, force_py=True)
    out = tmp_path / "report.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out), ""))
    page.report_button.click()
    files = reader.open_workbook(out).rows("Files")
    assert [row[0] for row in files[1:]] == [*(p.name for p in day_files), "edited.xlsx"]
    assert len(reader.open_workbook(out).rows("Conflicts")) > 1
    snapshot_out = tmp_path / "snapshot.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(snapshot_out), ""))
    with qtbot.waitSignal(page.job_ended, timeout=60_000):
        page.snapshot_button.click()
    assert reader.open_workbook(snapshot_out).has_sheet("Rules")


def test_cancelled_worker_merges_no_file(
    page: CoordinatorPage, day_files: list[Path], qtbot: QtBot
) -> None:
    job: BackgroundJob[merge.MergeResult] = BackgroundJob(page)
    job.cancel()
    with qtbot.waitSignal(job.succeeded) as finished:
        job.run(
            lambda job: merge.merge(
                day_files, operator="", progress=job.progress, cancelled=job.cancelled
            )
        )
    assert finished.args[0].cancelled
    assert finished.args[0].files == []


def test_roster_dialog_preview_mapping_and_import(
    page: CoordinatorPage, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = RosterImportDialog(school_roster(tmp_path / "roster.xlsx"), page.events, page)
    qtbot.addWidget(dialog)
    assert dialog.school_field.text() == "오산초등학교"
    assert dialog.chosen_mapping()[1] == "name"
    notes = dialog.field_boxes[7]
    notes.setCurrentIndex(notes.findData("ignore"))
    before = Recipient.select().count()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "6 new" in dialog.summary_label.text()
    assert "Dry run" in dialog.summary_label.text()
    assert Recipient.select().count() == before
    with qtbot.waitSignal(page.events.changed) as announced:
        dialog.import_button.click()
    assert announced.args[0].recipients
    assert not dialog.busy
    assert Recipient.select().count() == before + 6
    assert Recipient.get(Recipient.name == "라마바").notes == ""
    assert dialog.save_errors_button.isEnabled()  # the duplicate row


def test_end_of_day_export(
    page: CoordinatorPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
        seen.append(str(args[2]))
        return str(tmp_path / "today.xlsx"), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_name)
    with qtbot.waitSignal(page.job_ended, timeout=60_000):
        page.day_file_button.click()
    assert seen[0].startswith("day-OS-HUB-")
    assert reader.open_workbook(tmp_path / "today.xlsx").rows("Meta")[3] == ["kind", "day"]
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.job_ended, timeout=60_000):
        page.summary_button.click()
    assert out.read_bytes().startswith(b"%PDF")


def test_decide_a_review_item(page: CoordinatorPage, day_files: list[Path], qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.merge_finished, timeout=60_000):
        page.add_files(day_files)
        page.merge_button.click()
    assert page.review_model.rowCount() == 3
    page.review_table.selectRow(0)
    page.review_panel.reason.setText("settled by phone")
    page.review_panel.resolve_button.click()
    assert page.review_model.rowCount() == 2
    assert len(merge.open_reviews()) == 2


def test_a_day_file_offered_as_a_snapshot_is_refused_and_nothing_is_announced(
    page: CoordinatorPage, day_files: list[Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(day_files[0]), ""))
    before = Recipient.select().count()
    with qtbot.assertNotEmitted(page.events.changed):
        page.import_snapshot_button.click()
        assert not page.import_snapshot_button.isEnabled()  # busy in the background
        qtbot.waitUntil(page.import_snapshot_button.isEnabled)
    assert page.status_label.text() not in ("", "Done.")
    assert Recipient.select().count() == before
