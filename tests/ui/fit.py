"""The window at a small screen's size, and whether a widget lies wholly inside it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ttasum_desk.i18n import install_translators
from ttasum_desk.ui.main_window import MainWindow


def window_of_size(qtbot: QtBot, size: tuple[int, int], language: str) -> MainWindow:
    """The main window in ``language``, shown not maximized at ``size``; shut it down after."""
    install_translators(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))
