"""Each document reopens on the screen the analyst left it on (kept in the settings)."""

from __future__ import annotations

from pathlib import Path

from .article_view import ArticleView
from .controller import Session
from .settings import AppSettings


def remember_reading(article: ArticleView, session: Session, settings: AppSettings) -> None:
    def resume(doc_id: int) -> int | None:
        project = session.project
        return settings.scroll_position(project.path, doc_id) if project else None

    def left(project_path: Path, doc_id: int, position: int) -> None:
        settings.remember_scroll(project_path, doc_id, position)

    article.resume_scroll = resume
    article.documentLeft.connect(left)
