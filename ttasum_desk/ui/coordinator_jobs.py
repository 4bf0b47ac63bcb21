"""The coordinator page's exports and imports: the merge report, the snapshot both ways, the
day-file, the summary report and rosters.

Each runs as a background job (ui.background) with a progress dialog and Cancel, so the window
never freezes; exports verify the whole database first. ``CoordinatorJobs`` is the page's base
class: the page adds the day-files, the merge and the reviews, and the status line the jobs
report to. Its strings keep the page's translation context, "CoordinatorPage".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ttasum_desk.i18n import shown
from ttasum_desk.services import dayfile, merge, merge_report, snapshot, summary, verify
from ttasum_desk.services.stations import current_station
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.background import BackgroundJob, start_job
from ttasum_desk.ui.desk.printed import offer_roster_cards
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.file_dialogs import Kind, dated_name
from ttasum_desk.ui.import_dialog import RosterImportDialog
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.pin_gate import require_coordinator

XLSX_FILTER = "Excel (*.xlsx)"


class CoordinatorJobs(QWidget):
    """The row of export and import buttons, and the jobs they start."""

    job_ended = Signal()  # an export or import job ended, its outcome shown
    events: Events
    status_label: QLabel  # where every job says how it went
    last_result: merge.MergeResult | None  # the merge the report exports

    def _exports_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.report_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "Export merge report…")
        )
        self.report_button.setEnabled(False)
        self.snapshot_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "Export snapshot…")
        )
        self.import_snapshot_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "Import snapshot…")
        )
        self.roster_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "Import roster…")
        )
        self.day_file_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "End of day: export day-file…")
        )
        self.summary_button = QPushButton(
            QCoreApplication.translate("CoordinatorPage", "Summary report…")
        )
        for button in (self.report_button, self.summary_button, self.snapshot_button,
                       self.import_snapshot_button, self.roster_button,
                       self.day_file_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.report_button.clicked.connect(self.export_report)
        self.snapshot_button.clicked.connect(self.export_snapshot)
        self.import_snapshot_button.clicked.connect(self.import_snapshot)
        self.roster_button.clicked.connect(self.import_roster)
        self.day_file_button.clicked.connect(self.export_day_file)
        self.summary_button.clicked.connect(self.export_summary)
        return row

    def _save_name(self, title: str, suggested: str, kind: Kind) -> Path | None:
        name, _ = file_dialogs.get_save_file_name(
            self,
            title,
            suggested,
            QCoreApplication.translate("CoordinatorPage", XLSX_FILTER),
            kind=kind,
        )
        return Path(name) if name else None

    def export_report(self) -> None:
        result = self.last_result
        suggested = dated_name("merge-report", ".xlsx", minute=True)
        path = self._save_name(
            QCoreApplication.translate("CoordinatorPage", "Save the merge report"),
            suggested,
            Kind.REPORT,
        )
        if result is not None and path is not None:
            self._run(lambda: merge_report.write_report(result, path), Changes())

    def export_snapshot(self) -> None:
        if require_coordinator(self) is None:
            return
        station = current_station()
        suggested = dated_name("snapshot", ".xlsx", code=station.code if station else "")
        path = self._save_name(
            QCoreApplication.translate("CoordinatorPage", "Save the snapshot"),
            suggested,
            Kind.SNAPSHOT,
        )
        if path is not None:
            self._export(
                QCoreApplication.translate("CoordinatorPage", "Exporting the snapshot…"),
                lambda job: snapshot.export_snapshot(path, job.progress, job.cancelled),
            )

    def _export(self, title: str, write: Callable[[BackgroundJob[object]], object]) -> None:
        """Verify the whole database first: a record changed behind the app never travels."""

        def verified(job: BackgroundJob[object]) -> object:
            verify.require_intact(job.progress, job.cancelled)
            return write(job)

        self._start(title, verified, lambda _: Changes())

    def _start(
        self,
        title: str,
        work: Callable[[BackgroundJob[object]], object],
        changes: Callable[[object], Changes],
        done: Callable[[object], object] | None = None,
        failed: Callable[[str], object] | None = None,
        stopped: str | None = None,
    ) -> BackgroundJob[object]:
        """An export or import as a background job with a progress dialog and Cancel; its
        outcome goes to the status line (a failure, by default, in a box too; a cancel as
        ``stopped`` says)."""
        self.status_label.setText(title)
        self._exports_enabled(False)
        stopped = stopped or QCoreApplication.translate(
            "CoordinatorPage", "Cancelled: nothing was changed."
        )
        return start_job(
            self, work, done=done or (lambda _: self.status_label.setText(self._done())),
            failed=failed or self._job_failed, events=self.events, changes=changes,
            stopped=lambda: self.status_label.setText(stopped),
            ended=self._job_ended, dialog=title,
        )  # fmt: skip

    def _done(self) -> str:
        return QCoreApplication.translate("CoordinatorPage", "Done.")

    def _job_failed(self, text: str) -> None:
        self.status_label.setText(text)
        warn(self, QCoreApplication.translate("CoordinatorPage", "TTASUM Desk"))(text)

    def _job_ended(self) -> None:
        self._exports_enabled(True)
        self.job_ended.emit()

    def _exports_enabled(self, enabled: bool) -> None:
        for button in (self.summary_button, self.snapshot_button, self.import_snapshot_button,
                       self.roster_button, self.day_file_button):  # fmt: skip
            button.setEnabled(enabled)

    def export_day_file(self) -> None:
        """This station's day-file for today, named after the station and the date."""
        suggested = dayfile.suggested_name()
        path = self._save_name(
            QCoreApplication.translate("CoordinatorPage", "Save today's day-file"),
            suggested,
            Kind.DAY_FILE,
        )
        if path is not None:
            self._export(
                QCoreApplication.translate("CoordinatorPage", "Exporting the day-file…"),
                lambda _: dayfile.export_day(path),
            )

    def export_summary(self) -> None:
        name, _ = file_dialogs.get_save_file_name(
            self,
            QCoreApplication.translate("CoordinatorPage", "Save the summary report"),
            dated_name("summary", ".pdf"),
            QCoreApplication.translate("CoordinatorPage", "PDF (*.pdf);;Excel (*.xlsx)"),
            kind=Kind.REPORT,
        )
        if name:
            self._start(
                QCoreApplication.translate("CoordinatorPage", "Writing the summary report…"),
                lambda job: summary.write_summary(name, job.progress, job.cancelled),
                lambda _: Changes(),
                stopped=QCoreApplication.translate(
                    "CoordinatorPage", "Cancelled: the summary report was not written."
                ),
            )

    def import_snapshot(self) -> None:
        operator = require_coordinator(self)
        if operator is None:
            return
        name, _ = file_dialogs.get_open_file_name(
            self,
            QCoreApplication.translate("CoordinatorPage", "Snapshot to import"),
            "",
            QCoreApplication.translate("CoordinatorPage", XLSX_FILTER),
            kind=Kind.SNAPSHOT,
        )
        if name:
            self._take_snapshot(name, operator, other_campaign=False)

    def _take_snapshot(self, name: str, operator: str, other_campaign: bool) -> None:
        """One transaction: a cancel takes nothing of the snapshot."""

        def attempt(job: BackgroundJob[object]) -> object:
            try:
                return snapshot.import_snapshot(
                    name, operator, other_campaign, progress=job.progress, cancelled=job.cancelled
                )
            except snapshot.OtherCampaignError as refusal:
                return refusal  # asked about on the UI thread

        def done(result: object) -> None:
            if not isinstance(result, snapshot.OtherCampaignError):
                self.status_label.setText(self._done())
                return
            self.status_label.clear()
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("CoordinatorPage", "Another campaign"),
                shown(result.message),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._take_snapshot(name, operator, other_campaign=True)

        self._start(
            QCoreApplication.translate("CoordinatorPage", "Importing the snapshot…"), attempt,
            lambda result: (
                Changes()
                if isinstance(result, snapshot.OtherCampaignError)
                else Changes.everything()
            ),
            done=done, failed=self.status_label.setText,
        )  # fmt: skip

    def import_roster(self) -> None:
        if require_coordinator(self) is None:
            return
        name, _ = file_dialogs.get_open_file_name(
            self,
            QCoreApplication.translate("CoordinatorPage", "Roster to import"),
            "",
            QCoreApplication.translate("CoordinatorPage", "Rosters (*.xlsx *.xls *.ods *.csv)"),
            kind=Kind.ROSTER,
        )
        if name and RosterImportDialog.ask(self, Path(name), self.events) is not None:
            offer_roster_cards(self, Path(name).name)

    def _run(self, action: Callable[[], object], changes: Changes) -> bool:
        return run_operation(
            self.events,
            self,
            action,
            changes,
            failure=warn(self, QCoreApplication.translate("CoordinatorPage", "TTASUM Desk")),
            success=lambda _: self.status_label.setText(self._done()),
        )
