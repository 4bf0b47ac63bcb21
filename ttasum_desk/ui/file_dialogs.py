"""Every file dialog of the app, built so that it never opens a file it lists.

Why: SQLite's unix VFS keeps its locks as POSIX (fcntl) locks, and closing *any* descriptor
of a file drops all of the process's POSIX locks on it. Qt's stock dialog (and the desktop's
native one, which runs in our process through the platform theme) opens each listed file to
guess its MIME type and icon when the extension alone does not say (as for ``.db``), so
merely showing a folder that holds the database, its ``-wal`` or ``-shm`` took the process's
locks away. Another SQLite client could then believe it was the last one, checkpoint and
delete the live WAL, and the next acknowledged handout went into a deleted file. SQLite's
own options do not help: with ``locking_mode=EXCLUSIVE`` the lock is a POSIX lock too (as
with the ``unix-excl`` VFS), it is not taken again once dropped, and an outside client still
deleted the WAL when tried; so the guard is that nothing in this process opens those files.

So this module is the only one that uses ``QFileDialog`` (a test enforces it), and its
dialogs are Qt's own widgets (never native: those are out of our control) with an icon
provider that decides from ``QFileInfo`` alone (a ``stat``, never an ``open``): folders get
the folder icon, everything else the file icon, and the type column names the MIME type
matched by the extension only (``MatchExtension`` never reads the file; Qt's default match
does when the extension is unknown, as for ``.db``). The call shapes follow ``QFileDialog``'s
static functions, returning ``(name, filter)`` with an empty name when cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from ttasum_desk.storage.instance_lock import is_held_database_file


class StatOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's metadata only: Qt's default provider asks
    ``QMimeDatabase`` by content, which opens (and closes) the file."""

    def __init__(self) -> None:
        super().__init__()
        stock = QFileIconProvider()  # its icon(IconType) only looks up the theme, no files
        self._folder = stock.icon(QAbstractFileIconProvider.IconType.Folder)
        self._file = stock.icon(QAbstractFileIconProvider.IconType.File)
        self._mime_types = QMimeDatabase()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, which: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(which, QFileInfo):
            return self._folder if which.isDir() else self._file
        is_folder = which == QAbstractFileIconProvider.IconType.Folder
        return self._folder if is_folder else self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)  # "Folder" or "Drive", from the path alone
        by_name = self._mime_types.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        return by_name.comment() or by_name.name()


class SafeFileDialog(QFileDialog):
    """A non-native dialog whose model never reads the files it lists."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, filters: str) -> None:
        super().__init__(parent, caption, directory, filters)
        self.setOptions(
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons
        )
        self.icon_provider = StatOnlyIconProvider()  # kept here: the dialog does not own it
        self.setIconProvider(self.icon_provider)

    def accept(self) -> None:
        """Stays open while the choice is the database's own file (or a link to it): reading
        or replacing it here would drop SQLite's locks just the same."""
        if any(is_held_database_file(Path(name)) for name in self.selectedFiles()):
            return
        super().accept()


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    if not dialog.exec():
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def get_save_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filters: str = ""
) -> tuple[str, str]:
    dialog = SafeFileDialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    names, chosen = _run(dialog)
    return (names[0] if names else ""), chosen


def get_open_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filters: str = ""
) -> tuple[str, str]:
    dialog = SafeFileDialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    names, chosen = _run(dialog)
    return (names[0] if names else ""), chosen


def get_open_file_names(
    parent: QWidget | None, caption: str = "", directory: str = "", filters: str = ""
) -> tuple[list[str], str]:
    dialog = SafeFileDialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)
