"""Today's backup, taken in the background a little after the window opens (it reads the
whole file and checks its integrity first, which takes seconds on a city-sized database)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ttasum_desk.services import backup
from ttasum_desk.ui.background import BackgroundJob, start_job

DELAY_MS = 5_000


class DailyBackup(QObject):
    """Schedules the job; a failure (a damaged database) is shown to the user at once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.job: BackgroundJob[object] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)
        self.timer.start(DELAY_MS)

    def start(self) -> None:
        self.timer.stop()
        if self.job is None:
            self.job = start_job(self, lambda *_: backup.backup_now(), failed=self._warn)

    def wait(self) -> None:
        """Wait for a backup under way; none starts afterwards (the database is closing)."""
        self.timer.stop()
        if self.job is not None:
            self.job.wait()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Backup"), text)
