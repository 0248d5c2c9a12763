"""Helpers for the GUI tests: hand-segmented articles and reading back from disk."""

from __future__ import annotations

from annotator.core.project import Project
from annotator.core.text.segment import Segment
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings

# One paragraph per entry: (segment text, kind) pairs.
ARTICLE = [
    [("Accueil Monde Sport", "boilerplate")],
    [("Le port de Marseille paralysé par une grève", "heading")],
    [("Les dockers ont cessé le travail lundi, selon la direction du port.", "sentence"),
     ("Le syndicat réclame une hausse des salaires.", "sentence")],
    [("PUBLICITÉ", "boilerplate")],
    [("Le ministre des Transports a annoncé mardi l'ouverture de négociations.", "sentence")],
]


def store_article(project: Project, paragraphs=ARTICLE, title: str = "Grève à Marseille",
                  key: str = "greve", **metadata) -> int:
    """Write a document whose segmentation is given: no spaCy involved. ``metadata``:
    outlet, date, author... columns."""
    text, segments = "", []
    for para, members in enumerate(paragraphs):
        if text:
            text += "\n\n"
        for number, (sentence, kind) in enumerate(members):
            if number:
                text += " "
            segments.append(Segment(len(text), len(text) + len(sentence), kind, para,
                                    "test" if kind == "boilerplate" else None))
            text += sentence
    with project.journal.step("import", undoable=False) as step:
        doc_id = project.store_document(key=key, title=title, lang="fr", text=text,
                                        segments=segments, **metadata)
        step.extra_tables.update({"documents", "segments"})
    return doc_id


def content(project: Project, doc_id: int = 1):
    return [s for s in project.sentences(doc_id) if not s.boilerplate]


def reopened_tags(project: Project, segment_id: int, annotator: str = "ana"):
    """Read tags back through a fresh connection: what is on disk, not in a cache."""
    with Project.open(project.path) as fresh:
        return fresh.tags(segment_id, annotator)


def build_window(qtbot, project: Project, *, background: bool = False):
    """ana's main window on ``project``, shown, the keys on the article."""
    from annotator.gui.controller import Session
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    window = MainWindow(Session("ana"), AppSettings(), model_loader=None,
                        background_suggestions=background)
    qtbot.addWidget(window)
    window.show_project(project)
    window.show()
    qtbot.waitExposed(window)
    window.article.setFocus()
    return window


def open_window(qtbot, project: Project) -> MainWindow:
    """As the app starts: the document is opened before the window is first shown."""
    window = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(project)
    window.show()
    qtbot.waitExposed(window)
    return window
