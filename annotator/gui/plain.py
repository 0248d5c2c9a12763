"""Untrusted text stays text: article sentences, notes, titles, file and annotator names are
never interpreted as HTML.

Qt guesses: a ``QLabel``, a ``QMessageBox`` or a tooltip whose text looks like HTML
(``<b>``, ``<font color=...>``, ``<img src=file:///...>``) is rendered as rich text, and an
``<img>`` reads and draws a local file. Widgets that show such text are made here with plain
text, tooltips are escaped, and HTML we compose ourselves escapes every piece it embeds.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

__all__ = ["ask", "button_text", "escape", "label", "message_box", "tooltip"]


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` exactly as it is."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def button_text(text: str) -> str:
    """Text for a button, menu action or tool button: ``&`` would mark a keyboard mnemonic
    and vanish ("R&D" showing as "RD"); doubled, it shows as itself."""
    return text.replace("&", "&&")


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips have no plain-text switch: forced
    rich text with everything escaped, line breaks kept)."""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question whose text (a path, a name) is shown as it is."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setDefaultButton(yes)
    return box.exec() == yes
