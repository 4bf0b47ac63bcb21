"""The main window: one page per kind of work, station and operator always in view.

The window is built in two steps so that the first frame a user sees is this window:
``MainWindow(opened=False)`` is the bare frame (title, saved geometry, "Opening the
database…" in the status bar), which needs neither the database nor the services; ``open()``
fills it once the database is open. So this module imports the services (and peewee) only
inside the methods that run after ``open()``, and the frame does without Qt's ``Qt``
namespace, whose Python enums are built on first use (15 ms and more, a tenth of a bare
window's start): importing this module must stay as cheap as importing the Qt classes.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QSettings,
    QSize,
    QTimer,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.ui import preferences
from ttasum_desk.ui.events import Changes, Events

if TYPE_CHECKING:
    from ttasum_desk.ui.daily_backup import DailyBackup
    from ttasum_desk.ui.integrity_bar import IntegrityBar

# The pages, in tab order: (module, class, title). A page is built the first time it is shown;
# its class takes (events, parent).
PAGES: list[tuple[str, str, object]] = [
    ("ttasum_desk.ui.desk.page", "DeskPage", QT_TRANSLATE_NOOP("MainWindow", "Station desk")),
    ("ttasum_desk.ui.nurse_page", "NursePage", QT_TRANSLATE_NOOP("MainWindow", "School nurse")),
    (
        "ttasum_desk.ui.coordinator_page",
        "CoordinatorPage",
        QT_TRANSLATE_NOOP("MainWindow", "Coordinator"),
    ),
    (
        "ttasum_desk.ui.donations_page",
        "DonationsPage",
        QT_TRANSLATE_NOOP("MainWindow", "Donations and workshops"),
    ),
    ("ttasum_desk.ui.rules_page", "RulesPage", QT_TRANSLATE_NOOP("MainWindow", "Rules")),
    ("ttasum_desk.ui.settings_page", "SettingsPage", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
]


DEFAULT_SIZE = QSize(1280, 800)  # the first size on a screen larger than 1366x800


class MainWindow(QMainWindow):
    def __init__(self, events: Events | None = None, *, opened: bool = True) -> None:
        """The window on the open database; with ``opened=False`` only its frame, for
        ``open()`` to fill after the first frame has painted."""
        super().__init__()
        self.events = events or Events(self)
        self.pages: dict[str, QWidget] = {}
        self._holders: list[tuple[QWidget, str, str]] = []
        self.opened = False
        self.setWindowTitle(self.tr("TTASUM Desk"))
        self.statusBar().showMessage(QCoreApplication.translate("Launch", "Opening the database…"))
        self._restore_geometry(maximize=False)
        if opened:
            self.open()

    def open(self) -> None:
        """Pages, status and menus on the open database (a StorageError propagates)."""
        from PySide6.QtCore import Qt

        from ttasum_desk.services import access_log
        from ttasum_desk.ui.background import start_job
        from ttasum_desk.ui.daily_backup import DailyBackup
        from ttasum_desk.ui.integrity_bar import IntegrityBar

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for module_name, class_name, title in PAGES:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append((holder, module_name, class_name))
            self.tabs.addTab(holder, self.tr(str(title)))
        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(self.tr("Operator"))
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(QLabel(self.tr("Operator:")))
        row.addWidget(self.operator_combo)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.integrity_bar: IntegrityBar = IntegrityBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.integrity_bar)
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.station_label, self.operator_label = QLabel(), QLabel()
        self.database_label, self.snapshot_label = QLabel(), QLabel()
        for label in (self.station_label, self.operator_label, self.snapshot_label):
            self.statusBar().addPermanentWidget(label)
        self.statusBar().clearMessage()
        self.statusBar().addWidget(self.database_label, 1)
        self.tabs.currentChanged.connect(self._build_page)
        self.operator_combo.currentTextChanged.connect(self._choose_operator)
        self.events.changed.connect(self._changed)
        self.refresh_status()
        self._build_page(self.tabs.currentIndex())
        self._restore_geometry()  # again: the pages' minimum sizes may have grown the frame
        self.daily_backup: DailyBackup = DailyBackup(self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About TTASUM Desk"), self.show_about)
        QTimer.singleShot(0, self.offer_setup)
        start_job(self, lambda *_: access_log.purge_expired())  # looks older than kept
        self.opened = True

    def show_about(self) -> None:
        from ttasum_desk.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def offer_setup(self) -> None:
        """A database without a station opens on the first-run wizard (not blocking)."""
        from ttasum_desk.services.setup import needs_setup
        from ttasum_desk.ui.setup_wizard import SetupWizard

        if needs_setup():
            SetupWizard(self.events, self).open()

    def page(self, class_name: str) -> QWidget:
        """The page of that class, built if it wasn't yet (tests and shortcuts use this)."""
        for index, (_, _, name) in enumerate(self._holders):
            if name == class_name:
                self._build_page(index)
                return self.pages[class_name]
        raise KeyError(class_name)

    def show_page(self, class_name: str) -> QWidget:
        page = self.page(class_name)
        for holder, _, name in self._holders:
            if name == class_name:
                self.tabs.setCurrentWidget(holder)
        return page

    def _build_page(self, index: int) -> None:
        if index < 0 or index >= len(self._holders):
            return
        holder, module_name, class_name = self._holders[index]
        if class_name in self.pages:
            return
        page_class = getattr(importlib.import_module(module_name), class_name)
        page = page_class(self.events, holder)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(page)
        self.pages[class_name] = page

    def _changed(self, changes: Changes) -> None:
        if changes.station or changes.rules:  # a snapshot brings its date and rules
            self.refresh_status()

    def refresh_status(self) -> None:
        from ttasum_desk.services.status import desk_status

        status = desk_status()
        preferences.use_database(status.database)
        chosen = preferences.operator()
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        self.operator_combo.addItems(status.operators)
        if chosen in status.operators:
            self.operator_combo.setCurrentText(chosen)
        self.operator_combo.blockSignals(False)
        operator = self.operator_combo.currentText()
        if operator != chosen:  # the screen and the record name the same operator
            preferences.set_operator(operator)
        if status.station:
            station = f"{status.station.code} {status.station.name}"
        else:
            station = self.tr("No station set: see Settings")
        self.station_label.setText(self.tr("Station: {station}").format(station=station))
        self.operator_label.setText(
            self.tr("Operator: {name}").format(name=operator or self.tr("none"))
        )
        self.database_label.setText(self.tr("Database: {path}").format(path=str(status.database)))
        if status.snapshot_as_of:
            snapshot = self.tr("As of snapshot {date}").format(
                date=local_minute(status.snapshot_as_of)
            )
        else:
            snapshot = self.tr("No snapshot imported: only this station's handouts count")
        self.snapshot_label.setText(snapshot)
        parts = [self.tr("TTASUM Desk"), station, operator, status.database_name]
        self.setWindowTitle(" — ".join(part for part in parts if part))

    def _choose_operator(self, name: str) -> None:
        from ttasum_desk.ui import pin_gate

        pin_gate.lock()  # another person at the desk: the coordinator's unlock ends
        if not pin_gate.sign_in(self, name):
            self.refresh_status()  # back to the operator signed in
            return
        preferences.set_operator(name)
        self.events.operator_changed.emit(name)
        self.refresh_status()

    def _restore_geometry(self, maximize: bool = True) -> None:
        """Where the window was last closed; the first time, maximized on a small screen
        (1024x768 and 1366x768 are common at community centres), else a good size. The
        frame takes the whole screen and leaves the maximized state (a ``Qt`` enum) to
        ``open()``."""
        saved = QSettings().value("window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        available = self.screen().availableGeometry()
        if available.width() <= 1366 or available.height() <= DEFAULT_SIZE.height():
            self.setGeometry(available)  # the whole screen even where nothing maximizes
            if maximize:
                from PySide6.QtCore import Qt

                self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(DEFAULT_SIZE)

    def shutdown(self) -> None:
        """Stop the pages' background work and the backup before the database closes."""
        from ttasum_desk.ui import pin_gate
        from ttasum_desk.ui.background import wait_for_all_jobs

        self.daily_backup.wait()
        pin_gate.lock()
        for page in self.pages.values():
            stop = getattr(page, "shutdown", None)
            if stop is not None:
                stop()
        wait_for_all_jobs()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        if self.opened:  # a frame closed before its database opened has nothing to stop
            self.shutdown()
        super().closeEvent(event)


def local_minute(stored: str) -> str:
    """A stored ISO moment as this PC's local "YYYY-MM-DD HH:MM"; a bare day stays as it is."""
    text = stored.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) == len("YYYY-MM-DD"):
        return text
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
