"""A chart as PNG (twice the screen's pixels, sharp in a report) or SVG (vector, editable),
painted by the chart's own ``paint`` and written atomically through the core."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...core.atomic import atomic_write
from ...core.errors import InputError
from .chart_widget import ChartWidget

FORMATS = {".png": "PNG", ".svg": "SVG"}
SCALE = 2


def chart_bytes(chart: ChartWidget, kind: str) -> bytes:
    size = QSize(max(chart.width(), 1), max(chart.height(), 1))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if kind == "SVG":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(chart.title)
        painter = QPainter(generator)
        chart.paint(painter)
        painter.end()
    else:
        image = QImage(size * SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(SCALE)
        painter = QPainter(image)
        chart.paint(painter)
        painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_chart(chart: ChartWidget, path: Path, *, protect: Iterable[Path] = ()) -> Path:
    """Write the chart in the format its name ends with (.png, .svg)."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"cannot write {path.name}: a chart is saved as .png or .svg")
    data = chart_bytes(chart, kind)
    with atomic_write(path, "wb", protect=protect) as handle:
        handle.write(data)
    return path
