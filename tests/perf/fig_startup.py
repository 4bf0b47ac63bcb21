"""Start-up to an interactive window on the city database, against a bare PySide6 window.

Both are timed from process start until the event loop first runs idle after ``show()``
(the window paints and takes input), median of several runs, each in a fresh process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.bench import Figure, repeat
from tests.perf.data import copy_db

RUNS = repeat(7, 1)
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("TTASUM"))
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""
APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ttasum_desk.ui.launch import start
app, window = start(Path(sys.argv[1]), create_demo=False)
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
window.shutdown()
"""


def time_to_ready(script: str, *args: str, env: dict[str, str]) -> float:
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - began
    process.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError("the window did not start")
    return elapsed * 1000


def run(db: Path, workdir: Path) -> list[Figure]:
    copy = copy_db(db, workdir / "startup.db")
    # As on an installed machine, modules start from cached bytecode (a development shell
    # may forbid writing it); the warm-up runs fill the cache and the file cache for both.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    time_to_ready(BARE, env=env)
    time_to_ready(APP, str(copy), env=env)
    bare = statistics.median(time_to_ready(BARE, env=env) for _ in range(RUNS))
    app = statistics.median(time_to_ready(APP, str(copy), env=env) for _ in range(RUNS))
    return [Figure("start-up to interactive window", app, "ms", bare, 2, "ratio", {"runs": RUNS})]
