"""A row of buttons for one single-valued dimension (stance, verifiability), keys shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ..core.schema import LabelSchema
from . import plain


class ValueButtons(QWidget):
    picked = Signal(str)  # the value clicked (the session toggles it)

    def __init__(self, schema: LabelSchema, dimension: str, columns: int = 2,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.dimension = dimension
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.labels = {e["value"]: e.get("label") or e["value"] for e in schema.entries(dimension)}
        for number, entry in enumerate(schema.active_entries(dimension)):  # retired: no button
            key = (entry.get("key") or "").upper()
            label = entry.get("label") or entry["value"]
            button = QPushButton(plain.button_text(f"{key}   {label}" if key else label))
            button.setCheckable(True)
            button.setProperty("valueButton", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the article
            button.setToolTip(plain.tooltip(definition_tip(entry)))
            if entry.get("color"):
                button.setIcon(_swatch(entry["color"]))
            button.clicked.connect(lambda _checked, value=entry["value"]: self._click(value))
            grid.addWidget(button, number // columns, number % columns)
            self.buttons[entry["value"]] = button
        # An old tag may carry a retired value: said, since no button shows it.
        self.retired = plain.label()
        self.retired.setProperty("role", "hint")
        self.retired.hide()
        grid.addWidget(self.retired, (len(self.buttons) + columns - 1) // columns, 0, 1, columns)

    def show_value(self, value: str | None) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == value)
        hidden = value is not None and value not in self.buttons
        if hidden:
            self.retired.setText(self.tr("Tagged “{label}”, a retired value").format(
                label=self.labels.get(value, value)))
        self.retired.setVisible(hidden)

    def _click(self, value: str) -> None:
        # The button's own toggling is undone: the file decides what is checked.
        self.show_value(None)
        self.picked.emit(value)


def definition_tip(entry: dict) -> str:
    """What a value's tooltip says: its label and key, its definition and examples."""
    key = (entry.get("key") or "").upper()
    label = entry.get("label") or entry["value"]
    lines = [f"{label} ({key})" if key else label]
    if entry.get("definition"):
        lines.append(entry["definition"])
    lines += [f"• {example}" for example in entry.get("examples", [])]
    return "\n".join(lines)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, 12, 12, 3, 3)
    painter.end()
    return QIcon(pixmap)
