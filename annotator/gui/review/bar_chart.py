"""A horizontal bar chart of one reliability figure (overall, then per document) with
Krippendorff's thresholds drawn as lines.

Painted rather than built from QtCharts: each bar takes its band's colour, the thresholds are
labelled where they cross the axis, and the geometry (``bar_rect``, ``value_x``) is plain
arithmetic that a test can check without looking at pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import plain, theme
from . import bands

BAR_HEIGHT = 18
GAP = 6
TOP = 34  # room for the title and the threshold labels
BOTTOM = 22  # the axis labels
LABEL_WIDTH = 150
RIGHT = 44  # the value printed after the bar


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    key: Any = None  # what a click on the bar reports (a document id, None: overall)
    emphasis: bool = False


class BarChart(QWidget):
    barClicked = Signal(object)  # the bar's key

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.note = ""  # under the title, e.g. "12 lowest of 40 documents"
        self.thresholds = bands.THRESHOLDS
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar], note: str = "") -> None:
        self.bars, self.note = list(bars), note
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, TOP + BOTTOM + max(len(self.bars), 1) * (BAR_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # -- geometry --------------------------------------------------------------------------
    @property
    def low(self) -> float:
        """The axis starts at 0, or below it when a figure is negative (alpha can be)."""
        values = [b.value for b in self.bars if b.value is not None]
        return min(0.0, min(values, default=0.0))

    def plot_rect(self) -> QRectF:
        return QRectF(LABEL_WIDTH, TOP, max(self.width() - LABEL_WIDTH - RIGHT, 10),
                      len(self.bars) * (BAR_HEIGHT + GAP))

    def value_x(self, value: float) -> float:
        plot = self.plot_rect()
        return plot.left() + (value - self.low) / (1.0 - self.low) * plot.width()

    def bar_rect(self, position: int) -> QRectF:
        plot = self.plot_rect()
        top = plot.top() + position * (BAR_HEIGHT + GAP) + GAP / 2
        value = self.bars[position].value
        right = self.value_x(value) if value is not None else plot.left()
        left = self.value_x(0.0)
        return QRectF(min(left, right), top, abs(right - left), BAR_HEIGHT)

    def value_rect(self, position: int, metrics: QFontMetrics) -> QRectF:
        """Where a bar's figure is printed: just after the bar's end."""
        rect = self.bar_rect(position)
        width = metrics.horizontalAdvance(bands.figure(self.bars[position].value)) + 4
        return QRectF(max(rect.right(), self.value_x(0.0)) + 2, rect.top() + 1, width,
                      BAR_HEIGHT - 2)

    def bar_at(self, point: QPointF) -> int | None:
        plot = self.plot_rect()
        if not (0 <= point.x() <= self.width() and plot.top() <= point.y() < plot.bottom()):
            return None
        position = int((point.y() - plot.top()) // (BAR_HEIGHT + GAP))
        return position if 0 <= position < len(self.bars) else None

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.bar_at(event.position())
        if position is not None and event.button() == Qt.MouseButton.LeftButton:
            self.barClicked.emit(self.bars[position].key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = self.bar_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if position is not None
                       else Qt.CursorShape.ArrowCursor)
        if position is not None:
            bar = self.bars[position]
            self.setToolTip(plain.tooltip(
                self.tr("{label}: {figure} ({band}). Click to review the disagreements.").format(
                    label=bar.label, figure=bands.figure(bar.value),
                    band=bands.band_name(bar.value))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.PAGE)
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(theme.TEXT)
        painter.drawText(QRectF(8, 2, self.width() - 16, 16),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        painter.setFont(font)
        if self.note:
            painter.setPen(theme.MUTED_TEXT)
            painter.drawText(QRectF(8, 2, self.width() - 16, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.note)
        if not self.bars:
            painter.setPen(theme.MUTED_TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet"))
            return
        plot = self.plot_rect()
        self._paint_zones(painter, plot)
        self._paint_axis(painter, plot, metrics)
        for position, bar in enumerate(self.bars):
            rect = self.bar_rect(position)
            painter.setFont(bold if bar.emphasis else font)
            painter.setPen(theme.TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(QRectF(4, rect.top(), LABEL_WIDTH - 10, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if bar.value is None:
                painter.setPen(theme.MUTED_TEXT)
                painter.drawText(QRectF(plot.left() + 4, rect.top(), 200, BAR_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter, "undefined (no variation)")
                continue
            painter.fillRect(rect, bands.strong(bar.value))
        self._paint_thresholds(painter, plot, font)
        for position, bar in enumerate(self.bars):  # on a white ground, over the lines
            if bar.value is None:
                continue
            painter.setFont(bold if bar.emphasis else font)
            text = bands.figure(bar.value)
            rect = self.value_rect(position, QFontMetrics(painter.font()))
            painter.fillRect(rect, theme.PAGE)
            painter.setPen(theme.TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_zones(self, painter: QPainter, plot: QRectF) -> None:
        """The bands behind the bars: where a figure falls reads before its number."""
        edges = [self.low, *self.thresholds, 1.0]
        for left, right in zip(edges, edges[1:]):
            zone = QRectF(QPointF(self.value_x(left), plot.top()),
                          QPointF(self.value_x(right), plot.bottom()))
            colour = QColor(bands.light(left if left >= 0 else 0.0))
            colour.setAlpha(150)
            painter.fillRect(zone, colour)

    def _paint_axis(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        painter.setPen(QPen(QColor("#d1d5db"), 1))
        zero = self.value_x(0.0)
        painter.drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                      plot.bottom()))
        painter.setPen(theme.MUTED_TEXT)
        ticks = sorted({self.low, 0.0, 0.5, 1.0})
        for tick in ticks:
            x = self.value_x(tick)
            text = bands.figure(tick) if tick not in (0.0, 1.0) else f"{tick:.0f}"
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 3, width + 4, 16),
                             Qt.AlignmentFlag.AlignCenter, text)

    def _paint_thresholds(self, painter: QPainter, plot: QRectF, font: QFont) -> None:
        small = self.threshold_font(font)
        painter.setFont(small)
        for (value, x), rect in zip(self.threshold_lines(), self.threshold_label_rects(small)):
            colour = bands.strong(value)
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()))
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, bands.figure(value))

    def threshold_font(self, font: QFont | None = None) -> QFont:
        small = QFont(font or self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7))
        return small

    def threshold_label_rects(self, font: QFont | None = None) -> list[QRectF]:
        """Where each threshold's label is printed: centred on its line, pushed apart
        (the lower one leftwards, the higher one rightwards) where they would touch on a
        narrow chart."""
        metrics = QFontMetricsF(self.threshold_font(font) if font is None else font)
        top = self.plot_rect().top() - 17
        rects = []
        for value, x in self.threshold_lines():
            width = metrics.horizontalAdvance(bands.figure(value)) + 4
            rects.append(QRectF(x - width / 2, top, width, 13))
        for left, right in zip(rects, rects[1:]):
            overlap = left.right() + 3 - right.left()
            if overlap > 0:
                left.translate(-overlap / 2, 0)
                right.translate(overlap / 2, 0)
        return rects

    def threshold_lines(self) -> list[tuple[float, float]]:
        """(threshold, x) of each line drawn: what a test checks instead of pixels."""
        return [(value, self.value_x(value)) for value in self.thresholds]
