"""Start the window: application, translators, database, main window.

Kept lean for start-up time: heavy modules (printing, rules) load when first used.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from ttasum_desk import paths
from ttasum_desk.errors import StorageError
from ttasum_desk.i18n import install_translators, message
from ttasum_desk.storage.db import close_db, init_db, mapped_errors

if TYPE_CHECKING:
    from ttasum_desk.ui.main_window import MainWindow

DEMO_SCALE, DEMO_SEED = "small", 7


def open_database(db_path: Path, create_demo: bool) -> None:
    """Open (and create) the database; with ``create_demo`` a new file gets the demo city."""
    fresh = not db_path.exists()
    init_db(db_path)
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


def start(db_path: Path | None, create_demo: bool) -> tuple[QApplication, MainWindow]:
    """Application, database and the shown main window; a StorageError propagates, also
    one that the window's first reads meet (a damaged page that opening did not touch)."""
    app = application()
    open_database(db_path or paths.default_db(), create_demo)
    from ttasum_desk.ui.main_window import MainWindow

    with mapped_errors(write=True):
        window = MainWindow()
    window.show()
    return app, window


def launch(db_path: Path | None, create_demo: bool) -> int:
    """Run the window until it closes; the exit code for the command line."""
    try:
        app, window = start(db_path, create_demo)
    except StorageError as error:
        close_db()
        title = QApplication.translate("Launch", "TTASUM Desk")
        QMessageBox.critical(None, title, message(error))
        return error.exit_code
    try:
        return app.exec()
    finally:
        window.shutdown()
        close_db()
