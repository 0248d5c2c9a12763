"""Help > About."""

from __future__ import annotations

from PySide6 import __version__ as qt_version
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__

ABOUT = (f"<h3>Annotator {__version__}</h3>"
         "<p>Tag news sentences for their sources, stance and verifiability. Every tag is "
         "saved at once in one SQLite project file.</p>"
         f"<p>PySide6 {qt_version} \u00b7 spaCy for pre-annotation</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Annotator", ABOUT)
