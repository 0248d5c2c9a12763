"""Windows open no larger than the screen they are on (a 1366 x 768 laptop included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)  # room for the window manager's frame and title bar


def fitted(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, shrunk to the available area of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - FRAME
    return wanted.boundedTo(room)


def resize_to_fit(window: QWidget, wanted: QSize) -> None:
    window.resize(fitted(window, wanted))
