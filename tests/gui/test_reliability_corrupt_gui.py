"""A damaged project file is refused with a dialog that says why; the window stays usable."""

from gui_helpers import content, reopened_tags, store_article
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.project import Project
from annotator.gui import app
from annotator.gui.settings import AppSettings


def damaged_project(path):
    """A real project whose pages after the first (the schema) are overwritten: it still
    says it is an Annotator project, but its tables cannot be read."""
    with Project.create(path) as project:
        store_article(project)
    data = bytearray(path.read_bytes())
    data[4096:] = bytes((n * 37 + 11) % 256 for n in range(len(data) - 4096))
    path.write_bytes(bytes(data))
    return path


def error_box(window) -> QMessageBox:
    [box] = window.findChildren(QMessageBox, "errorBox")
    assert box.isVisible()
    return box


def test_opening_a_damaged_file_shows_why_and_keeps_the_open_project(qtbot, window, tmp_path):
    bad = damaged_project(tmp_path / "bad.sqlite")
    kept = window.session.project.path
    assert window.open_project_file(bad) is False
    box = error_box(window)
    assert "bad.sqlite is damaged" in box.text() and "malformed" in box.text()
    assert window.session.project.path == kept
    box.button(QMessageBox.StandardButton.Ok).click()
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_3)  # still tags the open project
    assert reopened_tags(window.session.project, window.session.current.id).stance == "neutral"


def test_starting_on_a_damaged_file_shows_why_over_the_last_project(qtbot, gui_project,
                                                                     tmp_path):
    bad = damaged_project(tmp_path / "bad.sqlite")
    AppSettings().remember_project(gui_project.path)
    window = app.launch(bad, annotator="ana", model_loader=None, ask_name=False)
    qtbot.addWidget(window)
    assert "bad.sqlite is damaged" in error_box(window).text()
    assert window.session.project.path == gui_project.path
    assert [s.id for s in window.session.sentences if not s.boilerplate] == [
        s.id for s in content(gui_project)]
