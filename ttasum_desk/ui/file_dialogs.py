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

Given a ``kind``, a dialog starts in the folder last used for that kind of file (kept in
QSettings), and a suggested save name that is taken there gets -2, -3, so that files saved on
the same day don't replace each other unasked. An open dialog whose Open button is disabled
says why underneath (a file of a type the filter does not offer, or no such file).
"""

from __future__ import annotations

import fnmatch
import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase, QSettings, QTimer
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ttasum_desk.domain.clock import now
from ttasum_desk.storage.instance_lock import is_held_database_file


class Kind(StrEnum):
    """The kinds of file whose last folder is remembered, each on its own."""

    ROSTER = "roster"
    DAY_FILE = "day-file"
    SNAPSHOT = "snapshot"
    REPORT = "report"
    RULES = "rules"


_PATTERN = re.compile(r"\(([^)]*)\)")


def dated_name(prefix: str, suffix: str, *, code: str = "", minute: bool = False) -> str:
    """``prefix[-code]-YYYY-MM-DD[-HHMM]suffix`` by the campaign's clock, so that files saved
    on different days (or, with ``minute``, runs of the same day) keep their own names."""
    moment = now()
    stamp = moment.strftime("%Y-%m-%d-%H%M" if minute else "%Y-%m-%d")
    return "-".join(part for part in (prefix, code, stamp) if part) + suffix


def last_folder(kind: Kind) -> Path | None:
    """The folder a file of this kind was last chosen in, if it is still there."""
    folder = str(QSettings().value(f"folders/{kind.value}", "") or "")
    return Path(folder) if folder and Path(folder).is_dir() else None


def _start(kind: Kind | None, directory: str, saving: bool) -> str:
    """Where the dialog opens: the kind's last folder, with a suggested name made unique."""
    folder = last_folder(kind) if kind is not None else None
    if folder is None:
        return directory
    name = Path(directory).name if directory else ""
    return str(_unused(folder / name) if saving and name else folder / name)


def _unused(path: Path) -> Path:
    """``path``, or the first of name-2, name-3 … that does not exist."""
    number = 2
    free = path
    while free.exists():
        free = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return free


def _remember(kind: Kind | None, names: list[str]) -> None:
    if kind is not None and names:
        QSettings().setValue(f"folders/{kind.value}", str(Path(names[0]).parent))


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
        self.label_in_language()
        self.icon_provider = StatOnlyIconProvider()  # kept here: the dialog does not own it
        self.setIconProvider(self.icon_provider)
        self.why_disabled = QLabel()
        self.why_disabled.setWordWrap(True)
        layout = self.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(self.why_disabled, layout.rowCount(), 0, 1, layout.columnCount())
        name_edit = self.findChild(QLineEdit, "fileNameEdit")
        if name_edit is not None:  # after Qt has enabled or disabled Open for the new text
            name_edit.textChanged.connect(lambda _: QTimer.singleShot(0, self.explain))
        self.filterSelected.connect(lambda _: QTimer.singleShot(0, self.explain))

    def label_in_language(self) -> None:
        """Qt's own Korean catalogue lacks the labels of its non-native dialog, so they are ours."""
        label = QFileDialog.DialogLabel
        self.setLabelText(label.LookIn, self.tr("Look in:"))
        self.setLabelText(label.FileName, self.tr("File name:"))
        self.setLabelText(label.FileType, self.tr("Files of type:"))

    def explain(self) -> None:
        """Say why Open is disabled, when it is and a name has been typed."""
        buttons = self.findChild(QDialogButtonBox)
        name_edit = self.findChild(QLineEdit, "fileNameEdit")
        button = buttons.button(QDialogButtonBox.StandardButton.Open) if buttons else None
        typed = name_edit.text().strip() if name_edit is not None else ""
        if button is None or button.isEnabled() or not typed:
            self.why_disabled.clear()
            return
        chosen = Path(self.directory().absoluteFilePath(typed))
        patterns = " ".join(_PATTERN.findall(self.selectedNameFilter()))
        offered = patterns.split() or ["*"]
        if chosen.is_file() and not any(fnmatch.fnmatch(chosen.name.lower(), p) for p in offered):
            self.why_disabled.setText(
                self.tr("Only these files can be opened here: {patterns}").format(patterns=patterns)
            )
        elif not chosen.exists():
            self.why_disabled.setText(
                self.tr("There is no file named {name} in this folder.").format(name=typed)
            )
        else:
            self.why_disabled.clear()

    def accept(self) -> None:
        """Stays open while the choice is the database's own file (or a link to it): reading
        or replacing it here would drop SQLite's locks just the same."""
        if any(is_held_database_file(Path(name)) for name in self.selectedFiles()):
            return
        super().accept()


def _choose(
    parent: QWidget | None,
    caption: str,
    directory: str,
    filters: str,
    kind: Kind | None,
    mode: QFileDialog.FileMode | None,
) -> tuple[list[str], str]:
    """Show one dialog (``mode`` None: save) and remember its folder for ``kind``."""
    dialog = SafeFileDialog(parent, caption, _start(kind, directory, saving=mode is None), filters)
    if mode is None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(mode)
    if not dialog.exec():
        return [], ""
    names = dialog.selectedFiles()
    _remember(kind, names)
    return names, dialog.selectedNameFilter()


def get_save_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filters: str = "",
    *,
    kind: Kind | None = None,
) -> tuple[str, str]:
    names, chosen = _choose(parent, caption, directory, filters, kind, None)
    return (names[0] if names else ""), chosen


def get_open_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filters: str = "",
    *,
    kind: Kind | None = None,
) -> tuple[str, str]:
    mode = QFileDialog.FileMode.ExistingFile
    names, chosen = _choose(parent, caption, directory, filters, kind, mode)
    return (names[0] if names else ""), chosen


def get_open_file_names(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filters: str = "",
    *,
    kind: Kind | None = None,
) -> tuple[list[str], str]:
    return _choose(parent, caption, directory, filters, kind, QFileDialog.FileMode.ExistingFiles)
