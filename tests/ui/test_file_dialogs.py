"""The app's file dialogs: the only users of QFileDialog, and they never open the files they
list, so the database keeps its SQLite locks while one shows its folder."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit
from pytestqt.qtbot import QtBot

from ttasum_desk.domain.clock import now
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.file_dialogs import Kind, SafeFileDialog

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


def _answer(with_name: Path | None, seen: list[str]) -> None:
    """Accept the dialog about to show with ``with_name``, noting the folder it opened in and
    the name it suggested."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafeFileDialog)
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append(f"{dialog.directory().absolutePath()}|{name_edit.text() if name_edit else ''}")
        if with_name is None:
            dialog.reject()
            return
        dialog.selectFile(str(with_name))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_each_kind_starts_in_its_last_folder(qtbot: QtBot, tmp_path: Path) -> None:
    rosters, reports = tmp_path / "rosters", tmp_path / "reports"
    rosters.mkdir()
    reports.mkdir()
    (rosters / "roster.csv").write_text("성명\n", encoding="utf-8")
    seen: list[str] = []
    _answer(rosters / "roster.csv", seen)
    name, _ = file_dialogs.get_open_file_name(
        None, "Roster", "", "Rosters (*.xlsx *.xls *.ods *.csv)", kind=Kind.ROSTER
    )
    assert Path(name) == rosters / "roster.csv"
    _answer(reports / "summary.pdf", seen)
    file_dialogs.get_save_file_name(None, "Save", "summary.pdf", "PDF (*.pdf)", kind=Kind.REPORT)
    (reports / "summary.pdf").write_bytes(b"%PDF")
    _answer(None, seen)
    file_dialogs.get_open_file_name(None, "Roster", "", "", kind=Kind.ROSTER)
    _answer(None, seen)
    file_dialogs.get_save_file_name(None, "Save", "summary.pdf", "PDF (*.pdf)", kind=Kind.REPORT)
    assert seen[2] == f"{rosters}|"
    assert seen[3] == f"{reports}|summary-2.pdf"  # the name there is taken: -2


def test_dated_names_carry_the_date_and_code() -> None:
    today = now().date().isoformat()
    assert file_dialogs.dated_name("snapshot", ".xlsx", code="HUB") == f"snapshot-HUB-{today}.xlsx"
    assert file_dialogs.dated_name("summary", ".pdf") == f"summary-{today}.pdf"
    assert re.fullmatch(
        rf"merge-report-{today}-\d{{4}}\.xlsx",
        file_dialogs.dated_name("merge-report", ".xlsx", minute=True),
    )


def test_a_disabled_open_button_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "roster.txt").write_text("성명\n", encoding="utf-8")
    dialog = SafeFileDialog(None, "", str(tmp_path), "Rosters (*.xlsx *.csv)")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    listed(qtbot, dialog)
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    name_edit.setText("roster.txt")
    qtbot.waitUntil(lambda: dialog.why_disabled.text() != "", timeout=60_000)
    assert dialog.why_disabled.text() == "Only these files can be opened here: *.xlsx *.csv"
    name_edit.setText("missing.xlsx")
    qtbot.waitUntil(
        lambda: dialog.why_disabled.text() == "There is no file named missing.xlsx in this folder.",
        timeout=5_000,
    )
