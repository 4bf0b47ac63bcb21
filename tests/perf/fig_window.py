"""Keystroke to painted results in the real window (offscreen): names typed one character at a
time into the desk's search field, each timed from the key event until the result table has
painted that query's results. The floor: the same typing into a bare QLineEdit whose every
keystroke runs the same query on a bare indexed table into a QListWidget, painted.

The longest event-loop gap while typing: names typed at a person's pace (about 12 keys a
second) while a 5 ms timer notes the gaps between its ticks; searches run on a worker thread,
so the desk's gaps stay small however big the roster. The floor: the same typing into the bare
window, whose queries run on the UI thread."""

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
PACED_NAMES = repeat(20, 2)
KEY_INTERVAL_S = 0.08  # about 12 keys a second
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


def run_events_until(app: QApplication, done: Callable[[], bool], what: str) -> None:
    """Sleep until the next event, as the real event loop does, until ``done()``: a spinning
    loop would hold the GIL against the search thread and slow what it measures."""
    began = time.perf_counter()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - began > TIMEOUT_S:
            raise RuntimeError(f"waited in vain for {what}")


def commit(field: QLineEdit, char: str) -> None:
    """One character as a Hangul syllable arrives from the input method."""
    event = QInputMethodEvent()
    event.setCommitString(char)
    QApplication.sendEvent(field, event)


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
        commit(field, char)
        query = field.text()
        run_events_until(
            app,
            lambda q=query, b=began: shown(q) and clock.painted_at > b,
            f"results painted for {query!r}",
        )
        times.append((clock.painted_at - began) * 1000)
    heartbeat.stop()
    return times


class GapRecorder:
    """A 5 ms timer that notes the time between its ticks: how long the event loop stalled."""

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


def pause(app: QApplication, seconds: float) -> None:
    until = time.perf_counter() + seconds
    run_events_until(app, lambda: time.perf_counter() >= until, "the end of a pause")


def longest_gap_ms(
    app: QApplication, field: QLineEdit, shown: Callable[[str], bool], names: list[str]
) -> float:
    """Type ``names`` at a person's pace, each until its results arrive; the longest gap."""
    with GapRecorder() as recorder:
        for name in names:
            field.clear()
            for char in name:
                commit(field, char)
                pause(app, KEY_INTERVAL_S)
            run_events_until(app, lambda: shown(field.text()), f"results for {field.text()!r}")
    return max(recorder.gaps) * 1000


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
    paced = picks[5 : 5 + PACED_NAMES]
    gap = longest_gap_ms(app, desk.search_field, lambda q: desk.results_query == q, paced)
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
    floor_gap = longest_gap_ms(app, field, lambda q: state["query"] == q, paced)
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
        ),
        Figure(
            "longest event-loop gap while typing",
            gap,
            "ms",
            floor_gap,
            100,
            "value",
            {"names": len(paced), "key_interval_ms": KEY_INTERVAL_S * 1000},
        ),
    ]
