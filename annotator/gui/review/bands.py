"""Reading a reliability figure against Krippendorff's thresholds, in words and colours.

Shared by the figures, the charts, the per-document table and the review window's summary
line, so a figure has the same colour wherever it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ...core.review.agreement import RELIABLE, TENTATIVE
from .. import theme
from ..i18n import translate

THRESHOLDS = (TENTATIVE, RELIABLE)
# band -> (strong colour for text, bars and lines; light colour for backgrounds)
COLOURS = {
    "unreliable": (QColor("#c81e1e"), QColor("#fde2e2")),
    "tentative": (QColor("#b45309"), QColor("#fdf0c8")),
    "reliable": (QColor("#15803d"), QColor("#dcf5e3")),
    "undefined": (QColor("#6b7280"), QColor("#f3f4f6")),
}
NAMES = {"unreliable": QT_TRANSLATE_NOOP("Bands", "unreliable"),
         "tentative": QT_TRANSLATE_NOOP("Bands", "tentative"),
         "reliable": QT_TRANSLATE_NOOP("Bands", "reliable"),
         "undefined": QT_TRANSLATE_NOOP("Bands", "undefined")}


def band_name(value: float | None) -> str:
    """The band in words, in the interface language."""
    return translate("Bands", NAMES[band(value)])


def band(value: float | None) -> str:
    """The band of a figure as it is printed: .6666 shows as ".667", so it is tentative,
    never red beside a printed .667 (the comparison is on the three rounded decimals)."""
    if value is None:
        return "undefined"
    shown = round(value, 3)
    if shown >= RELIABLE:
        return "reliable"
    return "tentative" if shown >= TENTATIVE else "unreliable"


def strong(value: float | None) -> QColor:
    return theme.ink(COLOURS[band(value)][0])


def light(value: float | None) -> QColor:
    return theme.surface(COLOURS[band(value)][1])


def figure(value: float | None, *, percent: bool = False) -> str:
    """0.712 -> ".712" (as reliability figures are reported); ``percent``: 0.82 -> "82%"."""
    if value is None:
        return "\u2014"
    if percent:
        return f"{value:.0%}"
    text = f"{value:.3f}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text
