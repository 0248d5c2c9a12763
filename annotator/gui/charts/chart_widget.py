"""A horizontal bar chart of one crosstab: a bar per category (row), its series (columns)
stacked, or side by side to compare coders. Hover a segment for its numbers, click it for
its sentences; the same painting goes to the screen, a PNG and an SVG.

Painted with QPainter (QtCharts is not part of PySide6-Essentials). The geometry
(``segments``, ``segment_at``) is plain arithmetic on the widget's width, which tests read
instead of pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.corpus.crosstab import Crosstab
from .. import plain, theme

MARGIN = 12
TITLE = 24  # the title line
NOTE = 18  # the line under it
SWATCH = 11
LEGEND_LINE = 20
STACK = 20  # a stacked bar's height
GROUPED = 13  # one coder's bar when bars stand side by side
ROW_GAP = 9
AXIS = 26
RIGHT = 64  # the total printed after a bar
LABEL_MAX = 260


@dataclass(frozen=True)
class Segment:
    row: str
    column: str
    rect: QRectF
    count: int
    percent: float | None  # of its row


def nice_step(span: float) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about five ticks."""
    if span <= 0:
        return 1.0
    raw = span / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class ChartWidget(QWidget):
    segmentClicked = Signal(str, str)  # row key, column key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corpusChart")
        self.table: Crosstab | None = None
        self.colours: dict[str, QColor] = {}
        self.title = ""
        self.note = ""
        self.grouped = False
        self.shares = False  # stacked bars as shares of their row (100%)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_chart(self, table: Crosstab, colours: dict[str, QColor], *, title: str,
                  note: str = "", grouped: bool = False, shares: bool = False) -> None:
        self.table, self.colours, self.title, self.note = table, colours, title, note
        self.grouped, self.shares = grouped, shares and not grouped
        self.updateGeometry()
        self.adjustSize()
        self.update()

    # -- geometry --------------------------------------------------------------------------
    @property
    def rows(self) -> list[str]:
        return self.table.row_keys if self.table else []

    @property
    def columns(self) -> list[str]:
        return self.table.column_keys if self.table else []

    def row_height(self) -> float:
        if self.grouped:
            return len(self.columns) * GROUPED + ROW_GAP
        return STACK + ROW_GAP

    def label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(self.table.row_label(r)) for r in self.rows),
                     default=0)
        return min(widest + 14, LABEL_MAX, max(self.width() * 0.35, 80))

    def legend_items(self) -> list[tuple[str, QRectF]]:
        """(column key, rect of its swatch and name), wrapped over the width."""
        if self.table is None or self.table.columns is None:
            return []
        metrics = QFontMetricsF(self.font())
        items, x, y = [], float(MARGIN), float(TITLE + NOTE)
        for key in self.columns:
            width = SWATCH + 6 + metrics.horizontalAdvance(self.table.column_label(key)) + 16
            if x + width > self.width() - MARGIN and x > MARGIN:
                x, y = float(MARGIN), y + LEGEND_LINE
            items.append((key, QRectF(x, y, width, LEGEND_LINE)))
            x += width
        return items

    def plot_rect(self) -> QRectF:
        items = self.legend_items()
        top = (items[-1][1].bottom() if items else TITLE + NOTE) + 8
        left = MARGIN + self.label_width()
        return QRectF(left, top, max(self.width() - left - RIGHT - MARGIN, 40),
                      len(self.rows) * self.row_height())

    def maximum(self) -> float:
        """The axis's end: 100 (%) for shares, else a round number above the longest bar."""
        if self.shares:
            return 100.0
        table = self.table
        longest = max((table.count(r, c) if self.grouped else table.row_total(r)
                       for r in self.rows for c in (self.columns if self.grouped else [""])),
                      default=0)
        step = nice_step(longest)
        return max(step * math.ceil(longest / step), 1.0)

    def x_of(self, value: float) -> float:
        plot = self.plot_rect()
        return plot.left() + value / self.maximum() * plot.width()

    def segments(self) -> list[Segment]:
        table, plot = self.table, self.plot_rect()
        if table is None:
            return []
        found = []
        for position, row in enumerate(self.rows):
            top = plot.top() + position * self.row_height() + ROW_GAP / 2
            total = table.row_total(row)
            start = 0.0
            for number, column in enumerate(self.columns):
                count, percent = table.count(row, column), table.row_percent(row, column)
                if self.grouped:
                    rect = QRectF(plot.left(), top + number * GROUPED,
                                  self.x_of(count) - plot.left(), GROUPED - 2)
                else:
                    size = (percent or 0.0) if self.shares else float(count)
                    rect = QRectF(self.x_of(start), top, self.x_of(start + size)
                                  - self.x_of(start), STACK)
                    start += size
                if count or self.grouped:
                    found.append(Segment(row, column, rect, count, percent if total else None))
        return found

    def segment_at(self, point: QPointF) -> Segment | None:
        for segment in self.segments():
            # A zero-length bar (grouped) is still pointed at along its own line.
            hit = segment.rect.adjusted(0, 0, 3 if segment.rect.width() < 3 else 0, 0)
            if segment.count and hit.contains(point):
                return segment
        return None

    def describe(self, segment: Segment) -> str:
        table = self.table
        row, column = table.row_label(segment.row), table.column_label(segment.column)
        what = row if table.columns is None else f"{row} \u2014 {column}"
        text = self.tr("%1: %2").replace("%1", what).replace("%2", str(segment.count))
        if segment.percent is not None and table.columns is not None:
            text += " " + self.tr("(%1% of %2)").replace(
                "%1", f"{segment.percent:.1f}").replace("%2", str(table.row_total(segment.row)))
        return text + "\n" + self.tr("Click to list these sentences")

    def sizeHint(self) -> QSize:
        return QSize(720, int(self.plot_rect().bottom() + AXIS + MARGIN))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    # -- events ----------------------------------------------------------------------------
    def row_at(self, point: QPointF) -> str | None:
        plot = self.plot_rect()
        if not plot.top() <= point.y() < plot.bottom():
            return None
        return self.rows[int((point.y() - plot.top()) // self.row_height())]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        segment = self.segment_at(point)
        self.setCursor(Qt.CursorShape.PointingHandCursor if segment
                       else Qt.CursorShape.ArrowCursor)
        if segment is not None:
            self.setToolTip(plain.tooltip(self.describe(segment)))
        elif point.x() < self.plot_rect().left() and self.row_at(point) is not None:
            row = self.row_at(point)  # an elided label, in full, with its total
            self.setToolTip(plain.tooltip(f"{self.table.row_label(row)}: "
                                          f"{self.table.row_total(row)}"))
        else:
            self.setToolTip("")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        segment = self.segment_at(event.position())
        if segment is not None and event.button() == Qt.MouseButton.LeftButton:
            self.segmentClicked.emit(segment.row, segment.column)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self.sizeHint().height()  # the legend may wrap onto more lines
        if height != self.height():
            self.setFixedHeight(height)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """The whole chart on ``painter`` (the screen, an image or an SVG generator)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), theme.PAGE)
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() + 1.5)
        painter.setFont(bold)
        painter.setPen(theme.TEXT)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(MARGIN, 2, self.width() - 2 * MARGIN, TITLE), flags, self.title)
        painter.setFont(font)
        painter.setPen(theme.MUTED_TEXT)
        painter.drawText(QRectF(MARGIN, TITLE, self.width() - 2 * MARGIN, NOTE), flags,
                         self.note)
        if not self.rows or not self.table.total:
            painter.drawText(QRectF(0, TITLE + NOTE, self.width(), 60),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Nothing coded yet"))
            return
        self._paint_legend(painter)
        plot = self.plot_rect()
        self._paint_axis(painter, plot)
        metrics = QFontMetricsF(font)
        for position, row in enumerate(self.rows):
            top = plot.top() + position * self.row_height()
            label = metrics.elidedText(self.table.row_label(row), Qt.TextElideMode.ElideRight,
                                       self.label_width() - 10)
            painter.setPen(theme.TEXT)
            painter.drawText(QRectF(MARGIN, top, self.label_width() - 10, self.row_height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)
        for segment in self.segments():
            painter.fillRect(segment.rect, self.colours.get(segment.column, theme.ACCENT))
            if self.grouped:
                self._value_after(painter, segment.rect, str(segment.count), metrics)
            elif (self.table.columns is not None  # one series: its total follows the bar
                  and segment.rect.width() > metrics.horizontalAdvance(str(segment.count)) + 8):
                painter.setPen(_ink_on(self.colours.get(segment.column, theme.ACCENT)))
                painter.drawText(segment.rect, Qt.AlignmentFlag.AlignCenter, str(segment.count))
        if not self.grouped:
            for position, row in enumerate(self.rows):
                top = plot.top() + position * self.row_height() + ROW_GAP / 2
                end = self.x_of(100.0 if self.shares else self.table.row_total(row))
                self._value_after(painter, QRectF(plot.left(), top, end - plot.left(), STACK),
                                  f"n={self.table.row_total(row)}" if self.shares
                                  else str(self.table.row_total(row)), metrics)

    def _value_after(self, painter: QPainter, rect: QRectF, text: str,
                     metrics: QFontMetricsF) -> None:
        painter.setPen(theme.TEXT)
        painter.drawText(QRectF(rect.right() + 4, rect.top() - 2, RIGHT, rect.height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_legend(self, painter: QPainter) -> None:
        for key, rect in self.legend_items():
            swatch = QRectF(rect.left(), rect.center().y() - SWATCH / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, self.colours.get(key, theme.ACCENT))
            painter.setPen(theme.TEXT)
            painter.drawText(QRectF(swatch.right() + 6, rect.top(), rect.width(), rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.table.column_label(key))

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        top = self.maximum()
        step = 25.0 if self.shares else nice_step(top)
        ticks = [i * step for i in range(int(round(top / step)) + 1)]
        for tick in ticks:
            x = self.x_of(tick)
            painter.setPen(QPen(QColor("#e5e7eb"), 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(theme.MUTED_TEXT)
            text = f"{tick:g}%" if self.shares else f"{tick:g}"
            painter.drawText(QRectF(x - 30, plot.bottom() + 4, 60, 16),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(QColor("#9ca3af"), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))


def _ink_on(colour: QColor) -> QColor:
    """Black or white, whichever reads on ``colour`` (relative luminance)."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#111827") if luminance > 0.55 else QColor("#ffffff")
