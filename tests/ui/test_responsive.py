"""Typing in the desk's search never waits for the database.

Held here without a clock: the search is stopped at the database until the test lets it go,
and every key still reaches the field meanwhile. How long the event loop stalls while typing
is a benchmark figure ("longest event-loop gap while typing", tests/perf/fig_window.py),
measured against a floor in the same run, not a pass/fail test.
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import fn
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ttasum_desk.services import demo
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.events import Events

OSAN = Path("/tmp/osan7.db")
PATIENCE_MS = 60_000  # waits end as soon as their condition holds; this only bounds a failure


class HeldSearches:
    """Stands in front of the desk's database search: notes each query and the thread that ran
    it, and keeps the searches waiting at the database until ``release()``."""

    def __init__(self, desk: DeskPage, monkeypatch: pytest.MonkeyPatch) -> None:
        searching = sys.modules[type(desk.runner.search_thread).__module__]
        self.real_lookup: Callable[..., Any] = searching.lookup
        self.queries: list[str] = []
        self.threads: set[int] = set()
        self.gate = threading.Event()
        monkeypatch.setattr(searching, "lookup", self.lookup)

    def lookup(self, query: str, *args: Any, **kwargs: Any) -> Any:
        self.queries.append(query)
        self.threads.add(threading.get_ident())
        self.gate.wait(PATIENCE_MS / 1000)
        return self.real_lookup(query, *args, **kwargs)

    def release(self) -> None:
        self.gate.set()


def press(desk: DeskPage, char: str) -> None:
    """A key carrying one character, as an input method delivers Hangul."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            desk.search_field,
            QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
        )


@pytest.fixture
def desk_on(qtbot: QtBot) -> Iterator[Callable[[], DeskPage]]:
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


def type_while_the_database_is_held(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = Recipient.select().where(fn.LENGTH(Recipient.name) >= 3).order_by(Recipient.uid).get()
    name = person.name
    held = HeldSearches(desk, monkeypatch)
    shown: list[str] = []
    desk.runner.results.connect(lambda query, rows: shown.append(query))
    try:
        press(desk, name[0])
        qtbot.waitUntil(lambda: held.queries == [name[0]], timeout=PATIENCE_MS)
        for char in name[1:]:
            press(desk, char)

        # Every key reached the field while the first search was still waiting at the database.
        assert desk.search_field.text() == name
        assert not held.gate.is_set()
        assert threading.get_ident() not in held.threads
    finally:
        held.release()
    qtbot.waitUntil(lambda: desk.results_query == name, timeout=PATIENCE_MS)
    assert held.queries == [name[0], name]  # the keys in between never queued a search
    assert shown == [name]  # the first key's results, stale by then, were never shown
    assert person.uid in [row.recipient_uid for row in desk.results_model.rows]
    assert desk.left.currentWidget() is desk.results_view


def test_typing_a_name_never_waits_for_the_database(
    station_db: Path,
    desk_on: Callable[[], DeskPage],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    type_while_the_database_is_held(desk_on(), qtbot, monkeypatch)


@pytest.mark.slow
def test_typing_a_name_never_waits_for_the_database_at_osan_scale(
    tmp_path: Path,
    desk_on: Callable[[], DeskPage],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "osan.db"
    if OSAN.exists():  # a city built earlier (13 s to build anew)
        shutil.copy(OSAN, path)
        init_db(path)
    else:
        init_db(path)
        demo.generate("osan", 7, history=False)
    try:
        type_while_the_database_is_held(desk_on(), qtbot, monkeypatch)
    finally:
        close_db()


def test_the_window_stays_live_while_a_roster_of_20000_rows_imports(
    station_db: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import is held at the database after its first thousand rows; meanwhile the
    dialog paints its progress and takes the click on Cancel, so the UI thread never waits
    for the import."""
    from tests.ui.test_jobs import HeldProgress, big_roster
    from ttasum_desk.ui.import_dialog import RosterImportDialog

    dialog = RosterImportDialog(big_roster(tmp_path / "city.xlsx", 20_000), Events())
    qtbot.addWidget(dialog)
    dialog.show()
    held = HeldProgress(monkeypatch)
    try:
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.busy_bar.value() == 1_000, timeout=PATIENCE_MS)
        assert not held.gate.is_set()  # the import waits while the window went on
        dialog.cancel_button.click()
        assert dialog.summary_label.text() == "Stopping: nothing will be imported…"
    finally:
        held.release()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=PATIENCE_MS)
    assert dialog.summary_label.text() == "Cancelled: nothing was imported."
    assert Recipient.select().where(Recipient.source == "roster:city.xlsx").count() == 0
