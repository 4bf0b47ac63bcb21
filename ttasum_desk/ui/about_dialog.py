"""About TTASUM Desk: the version, the database's schema and where the data lives, so that
a station can tell the coordinator exactly what it runs when something goes wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ttasum_desk.services.about import about_info


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TTASUM Desk"))
        info = about_info()
        values = {
            "version": info.version,
            "schema": info.schema or self.tr("none"),
            "data": str(info.data_folder),
            "database": str(info.database),
        }
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("TTASUM Desk: fair, offline hand-out of limited goods")))
        titles = {
            "version": self.tr("Version:"),
            "schema": self.tr("Database schema:"),
            "data": self.tr("Data folder:"),
            "database": self.tr("Database:"),
        }
        for key, title in titles.items():
            value = QLabel(values[key])
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
