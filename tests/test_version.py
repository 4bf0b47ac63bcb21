"""The version, as the command line and the About box give it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import ttasum_desk
from ttasum_desk import paths
from ttasum_desk.ui.about_dialog import AboutDialog
from ttasum_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def test_version_prints_the_program_and_its_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ttasum_desk", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout == f"ttasum-desk {ttasum_desk.__version__}\n"


def test_the_about_box_names_version_schema_and_where_the_data_is(
    empty_db: Path, qtbot: QtBot
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    about_action = window.menuBar().actions()[0].menu().actions()[0]
    assert about_action.text() == "&About TTASUM Desk"
    about = AboutDialog(window)
    qtbot.addWidget(about)
    texts = [label.text() for label in about.findChildren(QLabel)]
    migrations = sorted(p.stem for p in paths.PACKAGE_ROOT.glob("storage/migrations/0*.py"))
    for shown in (ttasum_desk.__version__, migrations[-1], str(empty_db), str(paths.data_dir())):
        assert shown in texts
    window.shutdown()
