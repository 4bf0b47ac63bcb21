"""A station process for the lock tests, run as ``python -m tests.storage.lock_child DB``.

It opens the database with ``init_db``, shows a file dialog on the database's folder
(offscreen) and waits until the dialog has listed it, prints ``ready``, then records one
handout for every line it reads ("go") or, with ``--loop``, records handouts until killed;
after each commit it prints the handout's uid: the acknowledgement, or "refused: " and the
reason when the app refused to record. ``--stock`` shows Qt's stock dialog instead of the
app's, to show what the app's dialog prevents.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from tests.storage.faults import CARD, ITEM, OPERATOR
from ttasum_desk.errors import StorageError
from ttasum_desk.services.handouts import HandoutRequest, record
from ttasum_desk.storage.db import init_db
from ttasum_desk.ui.file_dialogs import SafeFileDialog

LISTING_WAIT_MS = 30_000  # a bound only: the loop ends as soon as the folder is listed


def show_dialog(folder: Path, *, stock: bool) -> QFileDialog:
    """The dialog, shown and done listing ``folder`` (icons and types included)."""
    if stock:
        dialog = QFileDialog(None, "stock", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    else:
        dialog = SafeFileDialog(None, "app", str(folder), "")
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    listed = QEventLoop()
    model.directoryLoaded.connect(lambda _path: listed.quit())
    QTimer.singleShot(LISTING_WAIT_MS, listed.quit)
    dialog.show()
    listed.exec()
    QApplication.processEvents()
    return dialog


def acknowledge() -> None:
    request = HandoutRequest(CARD, ITEM, quantity=1, operator=OPERATOR, override_reason="test")
    try:
        print(record(request).handout_uid, flush=True)
    except StorageError as refused:
        print(f"refused: {refused.english}", flush=True)


def main(argv: list[str]) -> None:
    path = Path(argv[0])
    app = QApplication([])
    init_db(path)
    dialog = show_dialog(path.parent, stock="--stock" in argv)
    print("ready", flush=True)
    if "--loop" in argv:
        while True:
            acknowledge()
    for _line in sys.stdin:
        acknowledge()
    dialog.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:])
