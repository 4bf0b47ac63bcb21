"""Start-up on the city database, against a bare PySide6 window.

Each run is a fresh process timed from its start. The bare window counts until the event loop
first runs idle after ``show()`` (its first frame). The app runs as a user starts it
(``python -m ttasum_desk --db ...``) with TTASUM_DESK_SMOKE=1, which prints "painted" at the
first frame (the window shell, before the database opens) and "ready" once the main window
is up on the database; both are reported, the first against the target. Medians of several
runs. TTASUM_PERF_FROZEN=dist/ttasum-desk/ttasum-desk adds the same figures for the frozen
build (resources/build/freeze.py), still against the bare window from source (what a user
compares with is a window that appears, however it was built), and one more: the frozen
painted window against the bare window frozen with the same options (``freeze.py --script``,
built in the run), which shows what the app itself adds to what freezing costs any program.
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
ROOT = Path(__file__).resolve().parents[2]
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("TTASUM"))
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("painted", flush=True), print("ready", flush=True), app.quit()))
app.exec()
"""


def times_to(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """ms from process start to each line it prints ("painted", "ready")."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    seen = {line.strip(): (time.perf_counter() - began) * 1000 for line in process.stdout}
    if process.wait(timeout=60) != 0 or not {"painted", "ready"} <= seen.keys():
        raise RuntimeError(f"the window did not start: {command[0]} printed {sorted(seen)}")
    return seen


def medians(command: list[str], env: dict[str, str]) -> dict[str, float]:
    times_to(command, env)  # warm-up: bytecode and file caches
    runs = [times_to(command, env) for _ in range(RUNS)]
    return {key: statistics.median(run[key] for run in runs) for key in ("painted", "ready")}


def figures(label: str, app: dict[str, float], bare: float) -> list[Figure]:
    runs = {"runs": RUNS}
    return [
        Figure(f"start-up to painted window{label}", app["painted"], "ms", bare, 2, "ratio", runs),
        Figure(f"start-up to desk on database{label}", app["ready"], "ms", bare, None, "ratio"),
    ]


def frozen_bare_window(workdir: Path) -> Path:
    """The bare window frozen with the app's run-time options; its program."""
    script = workdir / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    dist = workdir / "frozen-floor"
    subprocess.run(
        [sys.executable, str(ROOT / "resources/build/freeze.py"), "--script", str(script),
         "--name", "bare-window", "--dist", str(dist)],
        capture_output=True, check=True,
    )  # fmt: skip
    return dist / "bare-window" / ("bare-window.exe" if sys.platform == "win32" else "bare-window")


def run(db: Path, workdir: Path) -> list[Figure]:
    copy = copy_db(db, workdir / "startup.db")
    # As on an installed machine, modules start from cached bytecode (a development shell
    # may forbid writing it); the warm-up runs fill the cache and the file cache for both.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env["PYTHONPATH"] = str(ROOT)
    env["TTASUM_DESK_SMOKE"] = "1"
    bare = medians([sys.executable, "-c", BARE], env)["painted"]
    source = medians([sys.executable, "-m", "ttasum_desk", "--db", str(copy)], env)
    found = figures("", source, bare)
    frozen = os.environ.get("TTASUM_PERF_FROZEN")
    if frozen:
        floor = medians([str(frozen_bare_window(workdir))], env)["painted"]
        app = medians([frozen, "--db", str(copy)], env)
        found += figures(" (frozen)", app, bare)
        name = "start-up to painted window (frozen, against a bare window frozen alike)"
        found.append(Figure(name, app["painted"], "ms", floor, None, "ratio", {"runs": RUNS}))
    return found
