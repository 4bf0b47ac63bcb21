"""The class picker of the nurse page: school, grade and class from the roster."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ttasum_desk.services import classes
from ttasum_desk.services.classes import ClassKey
from ttasum_desk.services.stations import current_station


class ClassPicker(QWidget):
    """Three linked combo boxes; ``class_changed`` fires when the picked class changes."""

    class_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school_combo, self.grade_combo, self.class_combo = (
            QComboBox(),
            QComboBox(),
            QComboBox(),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (self.tr("&School"), self.school_combo),
            (self.tr("&Grade"), self.grade_combo),
            (self.tr("C&lass"), self.class_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
        row.addStretch(1)
        self.school_combo.currentIndexChanged.connect(self._fill_grades)
        self.grade_combo.currentIndexChanged.connect(self._fill_classes)
        self.class_combo.currentIndexChanged.connect(self.class_changed)
        self.reload()

    def reload(self) -> None:
        """Schools from the roster; this station's own school first picked when it has one."""
        station = current_station()
        self.school_combo.blockSignals(True)
        self.school_combo.clear()
        self.school_combo.addItems(classes.schools())
        if station is not None and self.school_combo.findText(station.name) >= 0:
            self.school_combo.setCurrentText(station.name)
        self.school_combo.blockSignals(False)
        self._fill_grades()

    def _fill_grades(self) -> None:
        self.grade_combo.blockSignals(True)
        self.grade_combo.clear()
        school = self.school_combo.currentText()
        for grade in classes.grades(school) if school else []:
            self.grade_combo.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        self.grade_combo.blockSignals(False)
        self._fill_classes()

    def _fill_classes(self) -> None:
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        grade = self.grade_combo.currentData()
        if grade is not None:
            for klass in classes.class_numbers(self.school_combo.currentText(), int(grade)):
                self.class_combo.addItem(self.tr("Class {klass}").format(klass=klass), klass)
        self.class_combo.blockSignals(False)
        self.class_changed.emit()

    def current(self) -> ClassKey | None:
        grade, klass = self.grade_combo.currentData(), self.class_combo.currentData()
        if grade is None or klass is None:
            return None
        return ClassKey(self.school_combo.currentText(), int(grade), int(klass))

    def show_class(self, key: ClassKey) -> None:
        self.school_combo.setCurrentText(key.school)
        self.grade_combo.setCurrentIndex(self.grade_combo.findData(key.grade))
        self.class_combo.setCurrentIndex(self.class_combo.findData(key.klass))
