"""The coordinator's page: drop or pick day-files, merge them with progress and cancel, see
each file's outcome as it is merged, review conflicts, double-dips and people registered twice
(the chosen item's detail and decision beside the list: ui.review_panel). Its row of exports
and imports (the merge report, the snapshot, the day-file, the summary, rosters) comes from
its base, ui.coordinator_jobs. Other sub-tabs hold the dashboard (ui.dashboard), the access
log with the purge after the campaign, and the station keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.services import merge, purge
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.access_log_view import AccessLogView
from ttasum_desk.ui.background import BackgroundJob, start_job
from ttasum_desk.ui.coordinator_jobs import XLSX_FILTER, CoordinatorJobs
from ttasum_desk.ui.coordinator_models import FileTableModel, ReviewTableModel
from ttasum_desk.ui.dashboard import Dashboard
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.file_dialogs import Kind
from ttasum_desk.ui.pin_gate import require_coordinator
from ttasum_desk.ui.purge_dialog import PurgeDialog
from ttasum_desk.ui.review_panel import ReviewPanel
from ttasum_desk.ui.station_keys import EnrolledStations
from ttasum_desk.ui.tables import row_table_view

EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection


class CoordinatorPage(CoordinatorJobs):
    merge_finished = Signal(object)  # merge.MergeResult, after the views refreshed
    file_merged = Signal(object)  # merge.FileOutcome, after its row shows it

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.merge_job: BackgroundJob[merge.MergeResult] | None = None
        self.last_result = None
        self.setAcceptDrops(True)
        files = QWidget()
        layout = QVBoxLayout(files)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(self._files_box())
        parts.addWidget(self._review_box())
        parts.setStretchFactor(0, 1)
        parts.setStretchFactor(1, 3)
        layout.addWidget(parts, 1)
        layout.addLayout(self._exports_row())
        self.dashboard = Dashboard(events)
        self.sections = QTabWidget()
        self.sections.addTab(files, self.tr("Day-files and reviews"))
        self.sections.addTab(self.dashboard, self.tr("Dashboard"))
        self.sections.addTab(self._privacy(), self.tr("Access log"))
        self.sections.addTab(EnrolledStations(events), self.tr("Station keys"))
        QVBoxLayout(self).addWidget(self.sections)
        self.review_model.reload()
        events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.reviews:
            self.review_model.reload()

    # --- building -------------------------------------------------------------------------

    def _files_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Day-files (drop .xlsx files here)"))
        column = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add day-files…"))
        self.clear_button = QPushButton(self.tr("Clear list"))
        self.dry_run_check = QCheckBox(self.tr("Dry run (write nothing)"))
        self.merge_button = QPushButton(self.tr("Merge"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        for widget in (self.add_button, self.clear_button, self.dry_run_check):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        self.file_model = FileTableModel(self)
        self.file_table = row_table_view(self.file_model, EXTENDED)
        column.addWidget(self.file_table)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m files"))
        self.status_label = QLabel(self.tr("Add the day-files of the stations, then merge."))
        self.status_label.setWordWrap(True)
        column.addWidget(self.progress)
        column.addWidget(self.status_label)
        self.add_button.clicked.connect(self.pick_files)
        self.clear_button.clicked.connect(self.file_model.clear)
        self.merge_button.clicked.connect(self.start_merge)
        self.cancel_button.clicked.connect(self.cancel_merge)
        return box

    def _privacy(self) -> QWidget:
        """The access log, and the purge after the campaign below it."""
        privacy = QWidget()
        column = QVBoxLayout(privacy)
        column.addWidget(AccessLogView(), 1)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                self.tr(
                    "After the campaign: erase the personal data of people inactive since a day."
                )
            )
        )
        row.addStretch(1)
        self.purge_button = QPushButton(self.tr("Erase personal data…"))
        self.purge_button.clicked.connect(self.purge_personal_data)
        row.addWidget(self.purge_button)
        column.addLayout(row)
        return privacy

    def _review_box(self) -> QGroupBox:
        """The list on the left, the chosen item's detail and decision on the right."""
        box = QGroupBox(self.tr("To review: conflicts, double-dips, people registered twice"))
        self.review_model = ReviewTableModel(self)
        self.review_table = row_table_view(self.review_model)
        header = self.review_table.horizontalHeader()
        for column, width in ((1, 220), (2, 200)):  # long texts elide; the tooltip has them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.review_panel = ReviewPanel(self.events)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.review_table)
        sides.addWidget(self.review_panel)
        sides.setStretchFactor(0, 1)
        sides.setStretchFactor(1, 1)
        QVBoxLayout(box).addWidget(sides)
        self.review_table.selectionModel().currentRowChanged.connect(self._review_chosen)
        self.review_model.modelReset.connect(lambda: self.review_panel.show_item(None))
        return box

    def _review_chosen(self, current: QModelIndex) -> None:
        row = self.review_model.row_at(current.row())
        self.review_panel.show_item(row.uid if row is not None else None)

    def purge_personal_data(self) -> None:
        """Erase the personal data of people inactive since a day, after the PIN and a
        confirmation naming how many."""
        operator = require_coordinator(self)
        if operator is None:
            return
        since = PurgeDialog.ask(self)
        if since is not None:
            self._run(lambda: purge.purge(since, operator), Changes(recipients=True, reviews=True))

    # --- files ----------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        self.file_model.add([Path(p) for p in paths if str(p).lower().endswith(".xlsx")])

    def pick_files(self) -> None:
        names, _ = file_dialogs.get_open_file_names(
            self, self.tr("Day-files to merge"), "", self.tr(XLSX_FILTER), kind=Kind.DAY_FILE
        )
        self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    # --- merging --------------------------------------------------------------------------

    def start_merge(self) -> None:
        paths = [row.path for row in self.file_model.rows]
        if not paths or self.merge_job is not None:
            return
        operator = require_coordinator(self)
        if operator is None:
            return
        dry_run = self.dry_run_check.isChecked()
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self._busy(True)
        self.merge_job = start_job(
            self,
            lambda job: merge.merge(
                paths,
                dry_run=dry_run,
                operator=operator,
                progress=job.progress,
                cancelled=job.cancelled,
                finished=job.item_done,
            ),
            progress=self._on_progress,
            item=self._on_file_merged,
            done=self._on_finished,
            failed=self._on_failed,
            events=self.events,
            changes=lambda result: Changes() if result.dry_run else Changes.everything(),
        )

    def cancel_merge(self) -> None:
        if self.merge_job is not None:
            self.merge_job.cancel()
            self.status_label.setText(self.tr("Stopping after the file at hand…"))

    def _busy(self, busy: bool) -> None:
        self.merge_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self.clear_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        if name:
            self.status_label.setText(self.tr("Merging {file}…").format(file=name))

    def _on_file_merged(self, outcome: merge.FileOutcome) -> None:
        self.file_model.set_outcomes([outcome])
        self.file_merged.emit(outcome)

    def _on_finished(self, result: merge.MergeResult) -> None:
        self.merge_job = None
        self._busy(False)
        self.last_result = result
        self.file_model.set_outcomes(result.files)
        self.review_model.reload()
        self.report_button.setEnabled(True)
        self.status_label.setText(self._summary(result))
        self.merge_finished.emit(result)

    def _on_failed(self, text: str) -> None:
        self.merge_job = None
        self._busy(False)
        self.status_label.setText(text)

    def _summary(self, result: merge.MergeResult) -> str:
        text = self.tr(
            "{files} files: {inserted} rows added, {conflicts} conflicts, {altered} altered, "
            "{dips} double-dips."
        ).format(
            files=len(result.files), inserted=sum(f.inserted for f in result.files),
            conflicts=sum(f.conflicts for f in result.files),
            altered=sum(f.altered for f in result.files), dips=len(result.double_dips),
        )  # fmt: skip
        if result.cancelled:
            text += " " + self.tr("Cancelled: the remaining files were not merged.")
        if result.dry_run:
            text += " " + self.tr("Dry run: nothing was written.")
        return text

    def shutdown(self) -> None:
        """Ask a merge under way to stop after its file (the window waits for it)."""
        if self.merge_job is not None:
            self.merge_job.cancel()
