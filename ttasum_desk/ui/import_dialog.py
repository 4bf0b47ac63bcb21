"""Roster import: a preview of the file with the detected column mapping, which staff can
change column by column, a dry run, then the import; rejected rows can be saved. Both run in
the background with the rows counted against the preview's total and a Cancel that rolls the
import back whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.exchange.roster_mapping import FIELDS, IGNORE
from ttasum_desk.i18n import message, shown, translate
from ttasum_desk.services import roster_import
from ttasum_desk.ui import file_dialogs, preferences
from ttasum_desk.ui.background import BackgroundJob, start_job
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.file_dialogs import Kind, dated_name

FIELD_LABELS = {
    "card_code": QT_TRANSLATE_NOOP("RosterImportDialog", "Card code"),
    "name": QT_TRANSLATE_NOOP("RosterImportDialog", "Name"),
    "birth_date": QT_TRANSLATE_NOOP("RosterImportDialog", "Birth date"),
    "group": QT_TRANSLATE_NOOP("RosterImportDialog", "Group"),
    "school": QT_TRANSLATE_NOOP("RosterImportDialog", "School"),
    "grade": QT_TRANSLATE_NOOP("RosterImportDialog", "Grade"),
    "class": QT_TRANSLATE_NOOP("RosterImportDialog", "Class"),
    "number": QT_TRANSLATE_NOOP("RosterImportDialog", "Number"),
    "district": QT_TRANSLATE_NOOP("RosterImportDialog", "District (동)"),
    "phone": QT_TRANSLATE_NOOP("RosterImportDialog", "Phone (last 4 kept)"),
    "notes": QT_TRANSLATE_NOOP("RosterImportDialog", "Notes"),
    "household": QT_TRANSLATE_NOOP("RosterImportDialog", "Household (shared key)"),
    "tags": QT_TRANSLATE_NOOP("RosterImportDialog", "Statuses (comma-separated)"),
    IGNORE: QT_TRANSLATE_NOOP("RosterImportDialog", "(not imported)"),
}


class RosterImportDialog(QDialog):
    def __init__(self, path: Path, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.events = path, events
        self.result_: roster_import.RosterResult | None = None
        self.last: roster_import.RosterResult | None = None
        self.busy = False
        self.job: BackgroundJob[roster_import.RosterResult] | None = None
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=path.name))
        self.shown = roster_import.preview(path)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.school_field = QLineEdit(self.shown.school)
        self.school_field.setPlaceholderText(self.tr("Used when the file has no school column"))
        form.addRow(self.tr("School"), self.school_field)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Header found in row {row}; {rows} rows of people in {sheets}. "
            "Check what each column holds."
        ).format(row=self.shown.header_row, rows=self.shown.data_rows,
                 sheets=", ".join(self.shown.sheets))))  # fmt: skip
        self.table = QTableWidget(len(self.shown.sample) + 1, len(self.shown.headers))
        self.table.setHorizontalHeaderLabels(self.shown.headers)
        self.field_boxes: list[QComboBox] = []
        for column in range(len(self.shown.headers)):
            box = QComboBox()
            for field in (*FIELDS, IGNORE):
                box.addItem(self.tr(str(FIELD_LABELS[field])), field)
            box.setCurrentIndex(box.findData(self.shown.mapping.get(column, IGNORE)))
            self.table.setCellWidget(0, column, box)
            self.field_boxes.append(box)
        for row, cells in enumerate(self.shown.sample, 1):
            for column, cell in enumerate(cells[: len(self.shown.headers)]):
                self.table.setItem(row, column, QTableWidgetItem(_shown(cell)))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, max(self.shown.data_rows, 1))
        self.busy_bar.setFormat(self.tr("%v of %m rows"))
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self.buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.import_button = QPushButton(self.tr("Import"))
        self.save_errors_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_errors_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.check_button, self.save_errors_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.save_errors_button.clicked.connect(self.save_errors)
        self.buttons.rejected.connect(self.reject)
        button_row = QHBoxLayout()
        button_row.addWidget(self.cancel_button)
        button_row.addWidget(self.buttons, 1)
        layout.addLayout(button_row)
        self.resize(900, 520)

    def chosen_mapping(self) -> dict[int, str]:
        return {column: str(box.currentData()) for column, box in enumerate(self.field_boxes)}

    def changed_mapping(self) -> dict[int, str] | None:
        """The mapping staff set, or None when it is the detected one (then every sheet keeps
        its own detected mapping)."""
        chosen = {c: f for c, f in self.chosen_mapping().items() if f != IGNORE}
        return None if chosen == self.shown.mapping else self.chosen_mapping()

    def run(self, dry_run: bool) -> None:
        """Check or import in the background (a city's roster takes seconds); an import is
        announced as new and changed recipients. It is one transaction: Cancel rolls it back
        whole, and the dialog stays open until the job has ended."""
        path, operator = self.path, preferences.operator()
        school, columns = self.school_field.text().strip(), self.changed_mapping()
        self._set_busy(True)
        self.busy_bar.setValue(0)
        self.summary_label.clear()
        self.job = start_job(
            self,
            lambda job: roster_import.import_roster(
                path,
                dry_run=dry_run,
                operator=operator,
                school=school,
                columns=columns,
                progress=job.progress,
                cancelled=job.cancelled,
            ),
            progress=lambda rows, _, __: self.busy_bar.setValue(rows),
            done=self._show_result,
            failed=self._show_failure,
            stopped=self._show_cancelled,
            events=self.events,
            changes=lambda _: Changes() if dry_run else Changes(recipients=True, reviews=True),
        )

    def cancel(self) -> None:
        if self.job is not None and self.busy:
            self.job.cancel()
            self.summary_label.setText(self.tr("Stopping: nothing will be imported…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        self.save_errors_button.setEnabled(not busy and bool(self.last and self.last.rejected))
        self.import_button.setEnabled(not busy and self.result_ is None)

    def reject(self) -> None:  # Qt override: no closing while an import runs
        if not self.busy:
            super().reject()

    def _show_cancelled(self) -> None:
        self._set_busy(False)
        self.summary_label.setText(self.tr("Cancelled: nothing was imported."))

    def _show_failure(self, text: str) -> None:
        self._set_busy(False)
        self.summary_label.clear()
        QMessageBox.warning(self, self.tr("Roster import"), text)

    def _show_result(self, result: roster_import.RosterResult) -> None:
        dry_run = result.dry_run
        self.last = result
        if not dry_run:
            self.result_ = result
        self._set_busy(False)
        lines = [self.tr(
            "{rows} rows: {inserted} new, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected."
        ).format(rows=result.rows, inserted=result.inserted, updated=result.updated,
                 unchanged=result.unchanged, rejected=len(result.rejected))]  # fmt: skip
        lines += [
            self.tr("Row {row}: {reason}").format(row=r.row, reason=shown(r.message))
            for r in result.rejected[:20]
        ]
        if dry_run:
            lines.append(self.tr("Dry run: nothing was written."))
        self.summary_label.setText("\n".join(lines))

    def save_errors(self) -> None:
        name, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Save rejected rows"),
            dated_name(f"roster-errors-{self.path.stem}", ".xlsx"),
            self.tr("Excel (*.xlsx)"),
            kind=Kind.ROSTER,
        )
        if name and self.last is not None:
            roster_import.save_rejections(self.last, self.shown.headers, name)

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: Path, events: Events
    ) -> roster_import.RosterResult | None:
        """Show the dialog; the import's result, or None when nothing was imported."""
        try:
            dialog = cls(path, events, parent)
        except UserError as error:
            QMessageBox.warning(parent, translate("Roster import"), message(error))
            return None
        dialog.exec()
        return dialog.result_


def _shown(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell.isoformat() if hasattr(cell, "isoformat") else str(cell)
