"""The desk stays responsive while a name is typed: the event loop never stalls > 100 ms.

A 5 ms timer records the gaps between its ticks while names are typed one syllable at a
time; searches run on the worker thread, so the gaps stay small however big the roster.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ttasum_desk.services import demo
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.events import Events

OSAN = Path("/tmp/osan7.db")


class GapRecorder:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def __enter__(self) -> GapRecorder:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def press(widget: DeskPage, char: str) -> None:
    field = widget.search_field
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def queries() -> list[str]:
    """Whole names, initials, given names and name starts of people in the database."""
    people = Recipient.select().order_by(Recipient.uid).limit(4)
    found = []
    for person in people:
        found += [person.name, person.initials, person.name[1:], person.name[:2]]
    return found


def type_names(desk: DeskPage, qtbot: QtBot) -> tuple[float, list[float]]:
    """Type every query a syllable at a time (~12 keys a second); returns the longest gap of
    the event loop and, per query, the time from its last key to its results on screen."""
    latencies, shown = [], {}
    desk.runner.results.connect(lambda query, rows: shown.setdefault(query, time.perf_counter()))
    with GapRecorder() as recorder:
        for query in queries():
            qtbot.keyClick(desk.search_field, Qt.Key.Key_Escape)
            shown.clear()
            for number, char in enumerate(query):
                if number:
                    qtbot.wait(80)
                press(desk, char)
            typed = time.perf_counter()
            qtbot.waitUntil(
                lambda q=query: (
                    desk.results_query == q and desk.left.currentWidget() is desk.results_view
                ),
                timeout=5000,
            )
            latencies.append(shown[query] - typed)
    return max(recorder.gaps), latencies


@pytest.fixture
def desk_on(qtbot: QtBot) -> Iterator[callable]:  # type: ignore[valid-type]
    pages: list[DeskPage] = []

    def build() -> DeskPage:
        page = DeskPage(Events())
        qtbot.addWidget(page)
        page.show()
        pages.append(page)
        return page

    yield build
    for page in pages:
        page.shutdown()


def test_typing_names_never_blocks_the_event_loop(
    station_db: Path,
    desk_on: callable,
    qtbot: QtBot,  # type: ignore[valid-type]
) -> None:
    longest, _ = type_names(desk_on(), qtbot)
    assert longest < 0.100


@pytest.mark.slow
def test_typing_names_never_blocks_the_event_loop_at_osan_scale(
    tmp_path: Path,
    desk_on: callable,  # type: ignore[valid-type]
    qtbot: QtBot,
) -> None:
    path = tmp_path / "osan.db"
    if OSAN.exists():  # a city built earlier (13 s to build anew)
        shutil.copy(OSAN, path)
        init_db(path)
    else:
        init_db(path)
        demo.generate("osan", 7, history=False)
    try:
        longest, latencies = type_names(desk_on(), qtbot)
    finally:
        close_db()
    print(f"longest event-loop gap {longest * 1000:.1f} ms; last key to results (ms):",
          [round(latency * 1000, 1) for latency in latencies])  # fmt: skip
    assert longest < 0.100
