"""Today's backup, taken on a pool thread a little after the window opens (it reads the whole
file and checks its integrity first, which takes seconds on a city-sized database)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services import backup
from ttasum_desk.storage.db import close_thread_connection

DELAY_MS = 5_000


class _Signals(QObject):
    failed = Signal(str)


class _BackupJob(QRunnable):
    def __init__(self, signals: _Signals) -> None:
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        try:
            backup.backup_now()
        except UserError as error:
            self.signals.failed.emit(message(error))
        finally:
            close_thread_connection()


class DailyBackup(QObject):
    """Schedules the job; a failure (a damaged database) is shown to the user at once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.signals = _Signals(self)
        self.signals.failed.connect(self._warn)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)
        self.timer.start(DELAY_MS)

    def start(self) -> None:
        self.timer.stop()
        self.pool.start(_BackupJob(self.signals))

    def wait(self) -> None:
        """Wait for a backup under way; none starts afterwards (the database is closing)."""
        self.timer.stop()
        self.pool.waitForDone()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Backup"), text)
