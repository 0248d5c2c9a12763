"""The article's left margin: the bar beside the current sentence and the marks of the
sentences flagged "to discuss".

Rects are in viewport coordinates, computed from the text layout as it is now (after any
scroll), so a repaint after an auto-scroll lands where the pixels really are.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QPainter, QPainterPath, QTextCursor
from PySide6.QtWidgets import QTextEdit

from . import theme

BAR_GAP = 14  # from the text column to the current sentence's bar
BAR_WIDTH = 4
FLAG_GAP = 30  # from the text column to a flag mark
FLAG_SIZE = 11


def line_rect(view: QTextEdit, position: int) -> QRect:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor)


def text_left(view: QTextEdit) -> int:
    return int(view.document().rootFrame().frameFormat().leftMargin())


def bar_rect(view: QTextEdit, span: tuple[int, int] | None) -> QRect | None:
    """The bar beside the sentence at view positions ``span``."""
    if span is None:
        return None
    top, bottom = line_rect(view, span[0]).top(), line_rect(view, span[1]).bottom()
    left = max(text_left(view) - BAR_GAP, 2)
    return QRect(QPoint(left, top), QPoint(left + BAR_WIDTH - 1, bottom))


def flag_rect(view: QTextEdit, span: tuple[int, int]) -> QRect:
    """A small pennant left of the bar, on the sentence's first line."""
    first = line_rect(view, span[0])
    left = max(text_left(view) - FLAG_GAP, 2)
    top = first.top() + max((first.height() - FLAG_SIZE) // 2, 0)
    return QRect(left, top, FLAG_SIZE, FLAG_SIZE)


def paint(view: QTextEdit, painter: QPainter, current: tuple[int, int] | None,
          flagged: Iterable[tuple[int, int]], area: QRect) -> None:
    bar = bar_rect(view, current)
    if bar is not None and bar.intersects(area):
        painter.fillRect(bar, theme.CURRENT_SENTENCE_EDGE)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for span in flagged:
        mark = flag_rect(view, span)
        if mark.intersects(area):
            painter.fillPath(_pennant(mark), theme.FLAG)


def _pennant(mark: QRect) -> QPainterPath:
    """A flag on its pole: reads as "to discuss" without a legend."""
    path = QPainterPath()
    left, top, size = mark.left(), mark.top(), mark.width()
    path.addRect(left, top, 2, size)
    path.moveTo(QPointF(left + 2, top))
    path.lineTo(QPointF(left + size, top + size * 0.3))
    path.lineTo(QPointF(left + 2, top + size * 0.6))
    path.closeSubpath()
    return path
