"""Painting a layer cell of the review list part by part, so the dimension two annotators
disagree on stands out in the row (bold, red) and the rest reads quietly."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .. import theme

PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # [(text, emphasis)] for the layer columns
SEPARATOR = " \u00b7 "
EMPHASIS = QColor("#b91c1c")
PADDING = 4


class LayerCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        painter.save()
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        painter.setClipRect(rect)
        plain, bold = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        x = rect.left()
        for number, (text, emphasis) in enumerate(parts):
            chunk = (SEPARATOR if number else "") + text
            font = bold if emphasis else plain
            metrics = QFontMetrics(font)
            room = rect.right() - x
            if room <= 0:
                break
            shown = metrics.elidedText(chunk, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.setPen(theme.ink(EMPHASIS) if emphasis else theme.TEXT)
            painter.drawText(QRect(x, rect.top(), room, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != chunk:
                break
        painter.restore()
