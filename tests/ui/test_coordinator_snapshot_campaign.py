"""The coordinator page takes a snapshot of another campaign only once the coordinator has
confirmed it, in a question that names both campaigns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.services import exchange_stations as city
from tests.services.test_snapshot_guard import hub_snapshot
from ttasum_desk.services import rules, snapshot
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def other_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hub_snapshot(tmp_path_factory.mktemp("other"), "mask2020.toml")


@pytest.fixture
def page(other_snapshot: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[CoordinatorPage]:
    with city.Hub(tmp_path / "hub.db"):  # runs TTASUM2020
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        shown = window.show_page("CoordinatorPage")
        assert isinstance(shown, CoordinatorPage)
        yield shown
        window.shutdown()


def test_another_campaign_is_taken_only_when_confirmed(
    other_snapshot: Path, page: CoordinatorPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        file_dialogs, "get_open_file_name", lambda *a, **k: (str(other_snapshot), "")
    )
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.import_snapshot_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60_000)
    assert "MASK2020" in asked[0]
    assert "TTASUM2020" in asked[0]
    assert snapshot.as_of() is None
    page.import_snapshot_button.click()
    qtbot.waitUntil(lambda: page.status_label.text() == "Done.", timeout=60_000)
    assert len(asked) == 2
    assert {book.campaign.code for book in rules.current_rules().books} == {
        "TTASUM2020", "MASK2020",
    }  # fmt: skip
    assert snapshot.as_of() is not None
