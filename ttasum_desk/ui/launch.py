"""Start the window: application, translators, the main window's bare frame, then database
and pages.

Start-up is felt as the time until a window appears, so the first frame is the main window
before it opens (``MainWindow(opened=False)``: title, saved geometry, "Opening the
database…"): peewee, the services and the pages load, and the database opens, only after it
has painted (``QTimer.singleShot(0, ...)`` after ``show()``), and then fill the same window,
so nothing is replaced on screen. With TTASUM_DESK_SMOKE=1 the app prints "painted" at the
first frame and "ready" once the main window is up on the database, then quits with 0: the
frozen build's smoke test and the start-up benchmark use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ttasum_desk import paths
from ttasum_desk.i18n import install_translators
from ttasum_desk.ui.main_window import MainWindow

DEMO_SCALE, DEMO_SEED = "small", 7
SMOKE = "TTASUM_DESK_SMOKE"


def open_database(db_path: Path | str, create_demo: bool) -> None:
    """Open (and create) the database, a file or a hub's server URL; with ``create_demo`` a
    new file gets the demo city."""
    from ttasum_desk.storage import db, postgres

    fresh = not postgres.is_url(db_path) and not Path(db_path).exists()
    db.init_db(db_path)
    if create_demo and fresh:
        stock_demo()


def stock_demo() -> None:
    """The small demo city, equipped to hand out."""
    from ttasum_desk.services import demo

    demo.generate(DEMO_SCALE, DEMO_SEED)
    equip_demo()


def equip_demo() -> None:
    """Osan's TTASUM rules and a first batch of every item, so that the desk decides and
    records from the first scan."""
    from ttasum_desk.services import batches, rules
    from ttasum_desk.services.catalogue import item_list

    rules.load_file(paths.resource("samples/ttasum2020.toml"), operator="demo")
    for item in item_list():
        batches.receive(
            batches.BatchRequest(
                item.code, f"DEMO-{item.code}", 500, source="demo", operator="demo"
            )
        )


def application() -> QApplication:
    """The QApplication with its names set and translators installed, before any widget."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("TTASUM")
    app.setApplicationName("TTASUM Desk")
    install_translators()
    return app


def start(db_path: Path | str | None, create_demo: bool) -> tuple[QApplication, MainWindow]:
    """Application, database and the shown main window; a StorageError propagates, also
    one that the window's first reads meet (a damaged page that opening did not touch)."""
    app = application()
    return app, main_window(db_path, create_demo)


def main_window(db_path: Path | str | None, create_demo: bool) -> MainWindow:
    """Open the database and show the main window on it."""
    window = MainWindow(opened=False)
    open_on_database(window, db_path, create_demo)
    window.show()
    return window


def open_on_database(window: MainWindow, db_path: Path | str | None, create_demo: bool) -> None:
    """Open the database and fill ``window`` on it."""
    from ttasum_desk.storage.db import mapped_errors

    open_database(db_path or paths.default_db(), create_demo)
    with mapped_errors(write=True):
        window.open()


def launch(db_path: Path | str | None, create_demo: bool) -> int:
    """Run the window until it closes; the exit code for the command line."""
    app = application()
    smoke = os.environ.get(SMOKE) == "1"
    window = MainWindow(opened=False)
    window.show()
    failure: list[int] = []

    def first_frame() -> None:
        if smoke:
            print("painted", flush=True)
        QTimer.singleShot(0, open_window)

    def open_window() -> None:
        from ttasum_desk.errors import StorageError
        from ttasum_desk.i18n import message
        from ttasum_desk.storage.db import close_db

        try:
            open_on_database(window, db_path, create_demo)
        except StorageError as error:
            close_db()
            window.hide()
            title = QApplication.translate("Launch", "TTASUM Desk")
            QMessageBox.critical(None, title, message(error))
            failure.append(error.exit_code)
            app.exit(error.exit_code)
            return
        if smoke:
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, first_frame)
    try:
        code = app.exec()
    finally:
        from ttasum_desk.storage.db import close_db

        if window.opened:
            window.shutdown()
        close_db()
    return failure[0] if failure else code
