"""The app's file dialogs: the only users of QFileDialog, and they never open the files they
list, so the database keeps its SQLite locks while one shows its folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileSystemModel
from pytestqt.qtbot import QtBot

from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.file_dialogs import SafeFileDialog

PACKAGE = Path(file_dialogs.__file__).resolve().parents[1]


def test_no_module_but_the_helper_uses_qfiledialog() -> None:
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert users == [str(Path("ui/file_dialogs.py"))]


def own_posix_locks() -> list[str]:
    """This process's fcntl locks, as /proc/locks lists them (lock numbers cut off)."""
    mine = f" {os.getpid()} "
    with open("/proc/locks", encoding="ascii") as table:
        return sorted(line.split(":", 1)[1] for line in table if "POSIX" in line and mine in line)


def listed(qtbot: QtBot, dialog: SafeFileDialog) -> QFileSystemModel:
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    with qtbot.waitSignal(model.directoryLoaded, timeout=30_000):
        dialog.show()
    QApplication.processEvents()
    return model


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")
def test_showing_the_databases_folder_keeps_its_locks(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "station.db"
    (tmp_path / "exports").mkdir()
    init_db(database)
    try:
        before = own_posix_locks()
        dialog = SafeFileDialog(None, "", str(tmp_path), "")
        qtbot.addWidget(dialog)
        model = listed(qtbot, dialog)
        index = model.index(str(database))
        assert model.type(index)  # named from the extension, without reading the file
        assert model.type(model.index(str(tmp_path / "exports"))) == "Folder"
        assert before
        assert own_posix_locks() == before
        assert (tmp_path / "station.db-wal").exists()
    finally:
        close_db()


def test_save_dialog_returns_the_chosen_name(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "day.xlsx"

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafeFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, choose)
    name, chosen = file_dialogs.get_save_file_name(None, "Save", str(tmp_path), "Excel (*.xlsx)")
    assert Path(name) == target
    assert chosen == "Excel (*.xlsx)"


def test_a_cancelled_dialog_returns_no_names(qtbot: QtBot, tmp_path: Path) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafeFileDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert file_dialogs.get_open_file_names(None, "Open", str(tmp_path), "") == ([], "")


@pytest.mark.parametrize("name", ["station.db", "station.db-wal", "link.db"])
def test_the_databases_own_files_are_not_accepted(qtbot: QtBot, tmp_path: Path, name: str) -> None:
    database = tmp_path / "station.db"
    init_db(database)
    try:
        if name == "link.db":
            os.link(database, tmp_path / name)
        dialog = SafeFileDialog(None, "", str(tmp_path), "")
        qtbot.addWidget(dialog)
        dialog.setAcceptMode(SafeFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(tmp_path / name))
        dialog.accept()
        assert dialog.result() != SafeFileDialog.DialogCode.Accepted
        dialog.selectFile(str(tmp_path / "day.xlsx"))
        dialog.accept()
        assert dialog.result() == SafeFileDialog.DialogCode.Accepted
    finally:
        close_db()
