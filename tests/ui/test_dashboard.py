"""The Coordinator tab's dashboard on a real window: the target's percent and figures, and a
refresh when handouts change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.services import exchange_stations as city
from tests.services.test_progress import served  # noqa: F401  (the fixture)
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.events import Changes
from ttasum_desk.ui.main_window import MainWindow


def test_dashboard_shows_progress_and_refreshes(served: Path, qtbot: QtBot) -> None:  # noqa: F811
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("CoordinatorPage")
    assert isinstance(page, CoordinatorPage)
    page.sections.setCurrentWidget(page.dashboard)
    qtbot.waitUntil(lambda: page.dashboard.job is None and bool(page.dashboard.bars))
    labels = [label.text() for label in page.dashboard.targets_box.findChildren(QLabel)]
    assert "Masks for pupils" in labels
    pupils = labels.index("Masks for pupils")
    assert [bar.text() for bar in page.dashboard.bars][3] == "50%"
    assert labels[pupils + 1].startswith("12 / 20 · 2 / 4 people")
    assert page.dashboard.models["group"].rows[-1] == ("student", 5, 3)
    assert page.dashboard.chart.series()

    city.give(city.cast().pupil3, "COTTON-MASK", 2, "2020-03-21T10:00:00")
    window.events.changed.emit(Changes(handouts=True), None)
    assert page.dashboard.updating_label.isVisibleTo(page.dashboard)
    qtbot.waitUntil(lambda: page.dashboard.job is None)
    assert [bar.text() for bar in page.dashboard.bars][
        3
    ] == "70%"  # 14 of 20 masks, the lower of 14/20 and 3/4 people
    window.shutdown()
