"""Help > Keyboard shortcuts: the sheet of every binding, grouped."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import translate
from ..keymap import Binding


def shown_key(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key


def sheet_html(bindings: list[Binding]) -> str:
    groups: dict[str, list[Binding]] = {}
    for binding in bindings:
        groups.setdefault(binding.group, []).append(binding)
    parts = ["<style>td{padding:2px 14px 2px 0} kbd{font-family:monospace;"
             "background:#f3f4f6;border:1px solid #d1d5db;padding:0 4px}</style>"]
    for group, members in groups.items():
        parts.append(f"<h3>{escape(group)}</h3><table>")
        for binding in members:
            keys = translate("ShortcutsDialog", " or ").join(
                f"<kbd>{escape(shown_key(k))}</kbd>" for k in binding.keys)
            parts.append(f"<tr><td>{keys or '&mdash;'}</td><td>{escape(binding.title)}</td></tr>")
        parts.append("</table>")
    hint = translate("ShortcutsDialog", "Pressing a value's key again clears it. Keys do "
                     "nothing while you type in the note: Escape leaves it, saved.")
    parts.append(f"<p>{hint}</p>")
    return "".join(parts)



class ShortcutsDialog(QDialog):
    def __init__(self, bindings: list[Binding], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sheet = QTextBrowser()
        self.sheet.setHtml(sheet_html(bindings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
        self.resize(460, 640)
