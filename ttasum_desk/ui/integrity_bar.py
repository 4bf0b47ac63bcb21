"""The red bar at the top of the window when the database is not what the app wrote.

At every start the full ``verify`` runs once the first frame is up, off the UI thread (about
four seconds on a city of 250,000 people, too long to hold the window). When a check fails,
the bar names the first broken row and says what to do (restore the newest good backup with
the restore command, export nothing until then); when everything holds, it stays hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ttasum_desk.domain.messages import say
from ttasum_desk.i18n import shown
from ttasum_desk.services.verify import Verification, verify
from ttasum_desk.ui.background import start_job

RESTORE_HINT = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Close the app and restore it with: ttasum-desk --db NEW.db restore BACKUP.db",
    )
)


class IntegrityBar(QLabel):
    """Hidden while the database holds; red, naming what failed, when it doesn't."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #c62828; color: white; padding: 8px; }")
        self.setAccessibleName(self.tr("Database check"))
        self.hide()
        self.checked = False  # set once the check has reported, whatever it found
        QTimer.singleShot(0, self.start_check)

    def start_check(self) -> None:
        start_job(self, lambda *_: verify(), done=self.show_result, failed=self.show_text)

    def show_result(self, result: Verification) -> None:
        failure = result.first_failure
        if failure is None:
            self.checked = True
            self.hide()
            return
        self.show_text(f"{shown(failure.message)} {shown(say(RESTORE_HINT))}")

    def show_text(self, text: str) -> None:
        self.checked = True
        self.setText(text)
        self.show()
