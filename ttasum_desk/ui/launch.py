"""Start the window: application, translators, database, main window.

Kept lean for start-up time: heavy modules (printing, rules) load when first used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ttasum_desk import paths
from ttasum_desk.errors import StorageError
from ttasum_desk.i18n import install_translators, message
from ttasum_desk.storage.db import close_db, init_db

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


def launch(db_path: Path | None, create_demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("TTASUM")
    app.setApplicationName("TTASUM Desk")
    install_translators()
    try:
        open_database(db_path or paths.default_db(), create_demo)
    except StorageError as error:
        QMessageBox.critical(None, app.translate("Launch", "TTASUM Desk"), message(error))
        return error.exit_code
    from ttasum_desk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
        close_db()
