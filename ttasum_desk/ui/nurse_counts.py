"""The nurse page's class-count box: the day's class counts, the count to record with the most
the class's pupils may still receive beside it, and undo.

Its texts stay in the nurse page's translation context, where they were before the box had a
module of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ttasum_desk.services import classes
from ttasum_desk.services.classes import ClassKey, ClassList
from ttasum_desk.ui import preferences
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.nurse_models import ClassCountsModel
from ttasum_desk.ui.operations import run_operation
from ttasum_desk.ui.tables import row_table_view


class ClassCountBox(QWidget):
    """Records and undoes class counts of the page's class, item and lot; ``say`` and ``fail``
    put the outcome in the page's status line."""

    def __init__(
        self,
        events: Events,
        serving: Callable[[], tuple[ClassKey | None, str, str | None]],
        say: Callable[[str], object],
        fail: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = events
        self.serving = serving  # the class, item code and lot (None: first in, first out)
        self.say = say
        self.fail = fail
        self.model = ClassCountsModel(self)
        self.view = row_table_view(self.model)
        self.spin = QSpinBox()
        self.spin.setRange(1, 9999)
        self.spin.setAccessibleName(
            QCoreApplication.translate("NursePage", "Quantity of the class count")
        )
        self.record_button = QPushButton(
            QCoreApplication.translate("NursePage", "Record class &count")
        )
        self.room_label = QLabel()
        self.undo_button = QPushButton(
            QCoreApplication.translate("NursePage", "U&ndo the selected class count")
        )
        self._lay_out()
        self.record_button.clicked.connect(self.record)
        self.undo_button.clicked.connect(self.undo_selected)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "NursePage", "Class counts today (charged to the class's pupils)"
                )
            )
        )
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        caption = QLabel(QCoreApplication.translate("NursePage", "Quantity han&ded out"))
        caption.setBuddy(self.spin)
        row.addWidget(caption)
        row.addWidget(self.spin)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        self.room_label.setWordWrap(True)
        layout.addWidget(self.room_label)
        layout.addWidget(self.undo_button)

    def show_class(self, listed: ClassList | None) -> None:
        """The class's counts of the day and the most a new one may be; None: no class."""
        self.model.set_rows(listed.counts if listed else [])
        if listed is None:
            self.room_label.clear()
        elif listed.room.pupils == 0:
            self.room_label.setText(
                QCoreApplication.translate(
                    "NursePage", "No pupils on the class list: import it to record a count."
                )
            )
        else:
            self.room_label.setText(
                QCoreApplication.translate(
                    "NursePage", "At most {most} for {pupils} pupils"
                ).format(most=listed.room.most, pupils=listed.room.pupils)
            )

    def record(self) -> None:
        key, item_code, lot_uid = self.serving()
        if key is None:
            return
        count = self.spin.value()
        run_operation(
            self.events,
            self,
            lambda: classes.serve_count(
                key, item_code, count, preferences.operator(), lot_uid=lot_uid
            ),
            Changes(class_counts=True),
            failure=self.fail,
            success=lambda _: self.say(
                QCoreApplication.translate("NursePage", "Class count of {count} recorded.").format(
                    count=count
                )
            ),
        )

    def undo_selected(self) -> None:
        chosen = self.model.row_at(self.view.currentIndex().row())
        if chosen is None:
            return
        run_operation(
            self.events,
            self,
            lambda: classes.undo_count(chosen.uid, preferences.operator()),
            Changes(class_counts=True),
            failure=self.fail,
        )
