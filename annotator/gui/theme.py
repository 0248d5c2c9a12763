"""Colours and fonts shared by the views: one place to tune how the app looks."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

CURRENT_SENTENCE = QColor("#ffe59a")  # warm yellow: where the analyst is
CURRENT_SENTENCE_EDGE = QColor("#e0a800")
FLAG = QColor("#dc2626")  # a sentence flagged "to discuss", in the margin
TAGGED_WITHOUT_VERIFIABILITY = QColor("#e3ecf7")
SOURCE_UNDERLINE = QColor("#1d4ed8")
BOILERPLATE_TEXT = QColor("#a3a3a3")
MUTED_TEXT = QColor("#6b7280")
TEXT = QColor("#1f2328")
PAGE = QColor("#ffffff")
WINDOW = QColor("#f3f4f6")
ACCENT = QColor("#2563eb")
# How much of a verifiability colour shows behind a tagged sentence.
TINT_STRENGTH = 0.16


def tint(color: QColor | str, strength: float = TINT_STRENGTH) -> QColor:
    """``color`` mixed into white: a background light enough to read black text on."""
    color = QColor(color)
    mix = lambda c: round(255 - (255 - c) * strength)  # noqa: E731
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()))


def article_font() -> QFont:
    font = QFont()
    font.setFamilies(["Source Serif 4", "Georgia", "Noto Serif", "DejaVu Serif", "serif"])
    font.setPointSizeF(12.5)
    return font


def apply(app: QApplication) -> None:
    """Fusion with a light palette: the same look on every platform, and offscreen."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, WINDOW)
    palette.setColor(QPalette.ColorRole.Base, PAGE)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8fafc"))
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#bfdbfe"))
    palette.setColor(QPalette.ColorRole.HighlightedText, TEXT)
    app.setPalette(palette)
    app.setStyleSheet(STYLE)


STYLE = """
QGroupBox { font-weight: 600; border: 1px solid #e5e7eb; border-radius: 6px;
            margin-top: 14px; padding: 10px 8px 8px 8px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #374151; }
QPushButton[valueButton="true"] { text-align: left; padding: 4px 8px; border-radius: 4px;
            border: 1px solid #d1d5db; background: #ffffff; }
QPushButton[valueButton="true"]:hover { border-color: #9ca3af; }
QPushButton[valueButton="true"]:checked { font-weight: 600; border: 2px solid #1f2937; }
QLabel[role="hint"] { color: #6b7280; }
QLabel[role="heading"] { font-weight: 600; font-size: 13px; }
QStatusBar QLabel { padding: 0 6px; }
"""
