"""Help > About."""

from __future__ import annotations

from PySide6 import __version__ as qt_version
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__
from ..i18n import translate


def about_html() -> str:
    summary = translate("About", "Tag news sentences for their sources, stance and "
                        "verifiability. Every tag is saved at once in one SQLite project file.")
    spacy = translate("About", "spaCy for pre-annotation")
    return (f"<h3>Annotator {__version__}</h3><p>{summary}</p>"
            f"<p>PySide6 {qt_version} \u00b7 {spacy}</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About Annotator"),
                      about_html())
