"""The app under a real X server and window manager, driven by real keystrokes (xdotool):
what the analyst typed is exactly what the project file holds afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from real_x import START_TIMEOUT, focus_window, keys, start_app, type_text, x_display

from annotator.core import suggestions
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from annotator.gui.controller.suggestions import CoreSuggestions
from annotator.gui.theme import DEFAULT_FONT_SIZE

pytestmark = pytest.mark.slow
NOTE = "a verifier"


@pytest.fixture
def suggested_project(tmp_path, article_file):
    """The strike article, segmented and suggested by spaCy, as the app would find it."""
    path = tmp_path / "greve.sqlite"
    with Project.create(path, target="the dockers' strike") as project:
        import_paths(project, [article_file], lang="fr")
        suggestions.suggest_documents(project)
    return path


def test_keystrokes_under_x_land_in_the_project_file(tmp_path, suggested_project):
    with Project.open(suggested_project, readonly=True) as project:
        heading, first, second, third = [s for s in project.sentences(1)
                                          if not s.boilerplate]
        text = project.document(1).text
        ghost = CoreSuggestions().for_sentence(project, first, "ana")[0]  # the first ✓
    with x_display(tmp_path) as env:
        log = tmp_path / "app.log"
        app = start_app(env, log, str(suggested_project), "--annotator", "ana")
        try:
            focus_window(env, suggested_project.name)
            keys(env, "j", "j", "j", "k")  # heading -> first -> second -> third -> second
            keys(env, "k", "3")  # the first sentence: stance neutral
            keys(env, "Tab", "Tab", "Tab", "Tab", "Return")  # type, quote, note, first ✓
            keys(env, "j", "Tab", "Tab", "Tab")  # the second sentence's note
            type_text(env, NOTE)
            keys(env, "Escape", "j")  # saved; the keys are the article's again
            keys(env, "shift+Right", "shift+Right", "s")  # "Le ministre" as a source
            keys(env, "o", "ctrl+z")  # opinion, taken back
            keys(env, "ctrl+plus", "ctrl+plus", "ctrl+minus")  # the article one point larger
            keys(env, "ctrl+q")
            assert app.wait(timeout=START_TIMEOUT) == 0, log.read_text()
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    with Project.open(suggested_project, readonly=True) as project:
        tagged = {s.id: project.tags(s.id, "ana") for s in (heading, first, second, third)}
        decided = {s.id: s.state for s in suggestions.document_suggestions(project, 1, None)
                   if s.segment_id == first.id}
        annotators = project.annotators()
    assert annotators == ["ana"]
    assert tagged[heading.id].empty
    assert tagged[first.id].stance == "neutral"
    assert decided[ghost.id] == "accepted"
    assert [s for i, s in decided.items() if i != ghost.id] == ["open"] * (len(decided) - 1)
    assert tagged[second.id].note == NOTE
    assert (tagged[second.id].stance, tagged[second.id].verifiability) == (None, None)
    assert tagged[second.id].sources == []
    [source] = tagged[third.id].sources
    assert text[source.start:source.end] == "Le ministre"
    assert (source.value, source.quote) == ("other", "indirect")
    assert tagged[third.id].verifiability is None
    settings = QSettings(str(tmp_path / "config" / "Annotator" / "Annotator.ini"),
                         QSettings.Format.IniFormat)
    assert float(settings.value("article/font_size")) == DEFAULT_FONT_SIZE + 1
