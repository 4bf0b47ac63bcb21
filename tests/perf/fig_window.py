"""Keystroke to painted results in the real window (offscreen): names typed one character at a
time into the desk's search field, each timed from the key event until the result table has
painted that query's results. The floor: the same typing into a bare QLineEdit whose every
keystroke runs the same query on a bare indexed table into a QListWidget, painted."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

from tests.perf.bench import Figure, percentile, repeat
from tests.perf.data import copy_db

NAMES = repeat(60, 2)
TIMEOUT_S = 5.0


class PaintClock(QObject):
    """Remembers when its widget last painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def type_and_time(
    app: QApplication, field: QLineEdit, clock: PaintClock, shown: Callable[[str], bool], name: str
) -> list[float]:
    """Type ``name`` into an empty field; per keystroke, ms until its results painted."""
    field.clear()
    app.processEvents()
    heartbeat = QTimer()  # wakes the wait below at least every 50 ms
    heartbeat.start(50)
    times = []
    for char in name:
        began = time.perf_counter()
        commit = QInputMethodEvent()  # how a Hangul syllable arrives from the input method
        commit.setCommitString(char)
        QApplication.sendEvent(field, commit)
        query = field.text()
        while not (shown(query) and clock.painted_at > began):
            # Sleep until the next event, as the real event loop does: a spinning loop would
            # hold the GIL against the search thread and slow what it measures.
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() - began > TIMEOUT_S:
                raise RuntimeError(f"no results painted for {query!r}")
        times.append((clock.painted_at - began) * 1000)
    heartbeat.stop()
    return times


def bare_window(bare_db: Path) -> tuple[QWidget, QLineEdit, QListWidget, dict[str, str]]:
    connection = sqlite3.connect(bare_db)
    root = QWidget()
    field, listing = QLineEdit(), QListWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(field)
    layout.addWidget(listing)
    state = {"query": ""}

    def search(text: str) -> None:
        rows = connection.execute(
            "SELECT name, card_code FROM bare WHERE name >= ? AND name < ? LIMIT 50",
            (text, text + "\U0010ffff"),
        ).fetchall()
        listing.clear()
        listing.addItems([f"{name} {card}" for name, card in rows])
        state["query"] = text

    field.textEdited.connect(search)
    root.resize(1366, 768)
    root.show()
    return root, field, listing, state


def run(city: Path, workdir: Path) -> list[Figure]:
    from ttasum_desk.storage.db import close_db, init_db
    from ttasum_desk.storage.models import Recipient
    from ttasum_desk.ui.launch import start

    db = copy_db(city, workdir / "window.db")
    init_db(db, readonly=True)
    names = [r.name for r in Recipient.select(Recipient.name).order_by(Recipient.uid)]
    close_db()
    picks = random.Random(3).sample(names, NAMES + 5)
    app, window = start(db, create_demo=False)
    window.resize(1366, 768)
    desk = window.show_page("DeskPage")
    desk.search_field.setFocus()
    clock = PaintClock(desk.results_view.viewport())
    measured: list[float] = []
    for index, name in enumerate(picks):
        times = type_and_time(
            app, desk.search_field, clock, lambda q: desk.results_query == q, name
        )
        if index >= 5:  # warm-up names
            measured += times
    window.shutdown()
    window.close()

    bare_db = workdir / "bare-window.db"
    bare_db.unlink(missing_ok=True)
    with sqlite3.connect(bare_db) as connection:
        connection.execute("ATTACH DATABASE ? AS city", (f"file:{db}?mode=ro",))
        connection.execute("CREATE TABLE bare AS SELECT name, card_code FROM city.recipient")
        connection.execute("CREATE INDEX bare_name ON bare (name)")
    root, field, listing, state = bare_window(bare_db)
    floor_clock = PaintClock(listing.viewport())
    floor: list[float] = []
    for index, name in enumerate(picks):
        times = type_and_time(app, field, floor_clock, lambda q: state["query"] == q, name)
        if index >= 5:
            floor += times
    root.close()
    return [
        Figure(
            "keystroke to painted results p95",
            percentile(measured, 0.95),
            "ms",
            percentile(floor, 0.95),
            50,
            "value",
            {"p50": percentile(measured, 0.5), "keystrokes": len(measured)},
        )
    ]
