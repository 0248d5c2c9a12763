"""Zooming the article: Ctrl+plus / Ctrl+minus / Ctrl+0, the size kept in the settings.

Only the article's text grows (the panel and lists keep the system's size); the current
sentence stays in view as the text reflows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import theme
from .article_view import ArticleView
from .settings import AppSettings

MIN_SIZE, MAX_SIZE, STEP = 8.0, 32.0, 1.0


def clamp_size(size: float) -> float:
    return min(MAX_SIZE, max(MIN_SIZE, float(size)))


class ArticleZoom(QObject):
    """The article's text size; the keys are the window's (``keymap``: zoom_in...)."""

    def __init__(self, article: ArticleView, settings: AppSettings, parent: QObject):
        super().__init__(parent)
        self.article = article
        self.settings = settings
        self.size = clamp_size(settings.article_font_size)
        self._show(self.size)

    def zoom_in(self) -> None:
        self.set_size(self.size + STEP)

    def zoom_out(self) -> None:
        self.set_size(self.size - STEP)

    def reset(self) -> None:
        self.set_size(theme.DEFAULT_FONT_SIZE)

    def set_size(self, size: float) -> None:
        """Show the article at ``size`` points and remember it."""
        size = clamp_size(size)
        if size != self.size:
            self.size = size
            self.settings.article_font_size = size
            self._show(size)

    def _show(self, size: float) -> None:
        self.article.document().setDefaultFont(theme.article_font(size))
        self.article.keep_current_in_view()

