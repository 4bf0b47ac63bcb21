"""The desk's end of day: the close report on screen (F9), saved as PDF, and the day-file export
(F10) that says where the file went and how many rows it holds. The export checks the whole
database first, in the background with a progress dialog and Cancel (ui.background).

The day-file is written into the receipt folder under its suggested name, without a dialog:
at closing time one key and one clear answer beat choosing a folder each evening.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services.steps import stop_if_cancelled
from ttasum_desk.ui import preferences
from ttasum_desk.ui.background import BackgroundJob, start_job
from ttasum_desk.ui.desk.banner import BannerState, DecisionBanner
from ttasum_desk.ui.desk.printed import chosen_font

if TYPE_CHECKING:
    from ttasum_desk.printing.close_report import CloseReportData
    from ttasum_desk.services.dayfile import DayFileSummary

# reportlab and the exchange are imported when first used: not needed to show the desk.


def export_day_file(
    parent: QWidget, said: Callable[[bool, str], object]
) -> BackgroundJob[DayFileSummary]:
    """Write today's day-file into the receipt folder in the background, after checking the
    whole database (a record changed behind the app never travels; at a city's scale the
    check takes a while), with a progress dialog and Cancel: a cancel exports nothing.
    ``said(written, sentence)`` hears where and how many rows, or why not."""
    from ttasum_desk.services import dayfile, verify

    folder = preferences.receipt_folder()

    def work(job: BackgroundJob[DayFileSummary]) -> DayFileSummary:
        verify.require_intact(job.progress, job.cancelled)
        stop_if_cancelled(job.cancelled)
        folder.mkdir(parents=True, exist_ok=True)
        return dayfile.export_day(folder / dayfile.suggested_name())

    def written(summary: DayFileSummary) -> None:
        said(
            True,
            QCoreApplication.translate(
                "CloseReport",
                "Done: the day-file is {file}, with {rows} rows ({handouts} handouts).",
            ).format(
                file=str(summary.path),
                rows=sum(summary.counts.values()),
                handouts=summary.counts.get("Handouts", 0),
            ),
        )

    cancelled = QCoreApplication.translate("CloseReport", "Cancelled: no day-file was exported.")
    return start_job(
        parent, work, done=written, failed=lambda text: said(False, text),
        stopped=lambda: said(False, cancelled),
        dialog=QCoreApplication.translate(
            "CloseReport", "Checking the records, then writing the day-file…"
        ),
    )  # fmt: skip


def export_at_desk(parent: QWidget, banner: DecisionBanner) -> BackgroundJob[DayFileSummary]:
    """F10 at the desk: the banner says the export is under way, then where the day-file
    went, or why not."""

    def said(written: bool, text: str) -> None:
        if written:
            title = QCoreApplication.translate("DeskPage", "Day-file exported")
            banner.show_state(BannerState.DONE, title, text)
        else:
            title = QCoreApplication.translate("DeskPage", "Day-file not exported")
            banner.show_state(BannerState.REFUSED, title, text)

    banner.show_state(
        BannerState.IDLE,
        QCoreApplication.translate("DeskPage", "Exporting the day-file…"),
        QCoreApplication.translate("DeskPage", "Checking the records first."),
    )
    return export_day_file(parent, said)


def report_html(data: CloseReportData) -> str:
    """The close report as the screen shows it: the same sections as the PDF."""
    from ttasum_desk.printing.close_report import heading, no_rows, sections

    title, made = heading(data)
    parts = [f"<h2>{escape(title)}</h2><p>{escape(made)}</p>"]
    for section in sections(data):
        parts.append(f"<h3>{escape(section.title)}</h3>")
        if not section.rows:
            parts.append(f"<p>{escape(no_rows())}</p>")
            continue
        head = "".join(f"<th align='left'>{escape(cell)}</th>" for cell in section.header)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in section.rows
        )
        parts.append(f"<table cellspacing='6'><tr>{head}</tr>{body}</table>")
    return "".join(parts)


class CloseReportDialog(QDialog):
    """Today's close report, with its PDF and the day-file one button (or key) away."""

    def __init__(self, data: CloseReportData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("End of day"))
        self.view = QTextBrowser()
        self.view.setHtml(report_html(data))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Save as PDF"))
        self.day_file_button = QPushButton(self.tr("Export day-file (F10)"))
        self.day_file_button.setShortcut(Qt.Key.Key_F10)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.day_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.day_file_button.clicked.connect(self.export_day_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def save_pdf(self) -> None:
        """The report as an A4 PDF in the receipt folder, opened or printed as receipts are."""
        from ttasum_desk.printing.close_report import render_close_report

        path = preferences.receipt_folder() / f"close-{self.data.station_code}-{self.data.day}.pdf"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            render_close_report(self.data, path, chosen_font())
        except OSError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Done: the close report is {file}.").format(file=str(path)))

    def export_day_file(self) -> None:
        self.status.setText(
            QCoreApplication.translate(
                "CloseReport", "Checking the records, then writing the day-file…"
            )
        )
        export_day_file(self, lambda _written, text: self.status.setText(text))


def open_close_report(parent: QWidget) -> CloseReportDialog | None:
    """Gather today's report and show it (not modal: the desk stays usable behind it)."""
    from ttasum_desk.services import close_report

    try:
        data = close_report.gather()
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CloseReport", "End of day"), message(error)
        )
        return None
    dialog = CloseReportDialog(data, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
