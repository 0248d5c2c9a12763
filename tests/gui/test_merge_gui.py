"""File > Merge: a colleague's file merged in the background, the report, clear errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from gui_helpers import content, store_article
from PySide6.QtWidgets import QMessageBox

from annotator.core import ops
from annotator.core.project import Project
from annotator.gui.review.merge_dialog import MergeDialog


@pytest.fixture
def colleague(tmp_path: Path) -> Path:
    """ben's copy: the same article, with his tags on two sentences, and one article more."""
    path = tmp_path / "ben.sqlite"
    with Project.create(path, target="the dockers' strike") as project:
        store_article(project)
        store_article(project, [[("Un autre article sur le port.", "sentence")]],
                      title="Autre", key="autre")
        for sentence, stance in zip(content(project)[1:3], ("against", "neutral")):
            ops.set_label(project, segment_id=sentence.id, annotator="ben",
                          dimension="stance", value=stance)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def dialog(qtbot, session):
    dialog = MergeDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def test_merge_runs_in_the_background_and_reports(qtbot, dialog, session, gui_project,
                                                  colleague):
    before = digest(colleague)
    broadcasts = []
    session.changed.connect(broadcasts.append)
    dialog.path.setText(str(colleague))
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.added["tags"] == 2 and dialog.report.added["documents"] == 1
    assert "2 tags" in dialog.outcome.text() and "1 documents" in dialog.outcome.text()
    assert "Conflicts:</b> 0" in dialog.outcome.text()
    assert digest(colleague) == before  # their file is only read
    with Project.open(gui_project.path) as fresh:
        assert fresh.tags(content(fresh)[1].id, "ben").stance == "against"
    assert broadcasts and broadcasts[0].touches("tags")  # the views hear of it


def test_merging_twice_adds_nothing(qtbot, dialog, colleague):
    for _ in range(2):
        dialog.report = None
        dialog.path.setText(str(colleague))
        dialog.start()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert not any(dialog.report.added.values())
    assert "nothing" in dialog.outcome.text()


def test_conflicts_are_listed(qtbot, dialog, session, colleague):
    session.set_annotator("ben")
    session.go_to(content(session.project)[1].id)
    session.toggle_value("stance", "favour")
    dialog.path.setText(str(colleague))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert len(dialog.report.conflicts) == 1
    assert dialog.details.isVisibleTo(dialog) and dialog.details.rowCount() == 1
    assert dialog.details.item(0, 4).text() == "favour  /  against"


def test_the_same_file_is_refused_clearly(dialog, gui_project):
    dialog.path.setText(str(gui_project.path))
    assert dialog.start() is None
    box = dialog.findChild(QMessageBox, "errorBox")
    assert "already open" in box.text()


def test_a_file_that_is_not_a_project_is_refused(qtbot, dialog, tmp_path, gui_project):
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database")
    dialog.path.setText(str(other))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None,
                    timeout=60_000)
    assert "not an Annotator project" in dialog.findChild(QMessageBox, "errorBox").text()
    assert "Nothing was merged" in dialog.outcome.text()


def test_file_menu_offers_merge_and_a_review_menu(window):
    titles = {a.text() for m in window.menuBar().actions() if m.menu()
              for a in m.menu().actions()}
    assert "&Merge a colleague's project\u2026" in titles
    assert {"&Review && adjudicate\u2026", "&Agreement\u2026"} <= titles
    window.show_review(agreement=True)
    assert window.review_window.isVisible()
    assert window.review_window.tabs.currentIndex() == 1


def test_cancel_rolls_the_merge_back(qtbot, dialog, monkeypatch, gui_project, colleague):
    import threading

    from annotator.gui.review import merge_dialog

    cancelled = threading.Event()
    real = merge_dialog.merge_project

    def merge_once_cancelled(project, other, *, progress):
        cancelled.wait(5)  # the merge is running when Cancel is pressed
        return real(project, other, progress=progress)

    monkeypatch.setattr(merge_dialog, "merge_project", merge_once_cancelled)
    dialog.path.setText(str(colleague))
    dialog.start()
    dialog.cancel_button.click()
    cancelled.set()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.outcome.text(), timeout=60_000)
    with Project.open(gui_project.path) as fresh:
        assert fresh.annotators() == []
    assert dialog.cancel_button.text() == "Close"
