"""GUI fixtures: the core project first, then the session, then the widget.

Projects here are built from hand-segmented text (no spaCy), so the GUI tests stay fast.
Settings go to a temporary folder: tests never read or write the user's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_window, store_article
from PySide6.QtCore import QSettings

from annotator.core.project import Project
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def gui_project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "gui.sqlite", target="the dockers' strike")
    store_article(project)
    yield project
    project.close()


@pytest.fixture
def session(qapp, gui_project: Project) -> Session:
    session = Session("ana")
    session.set_project(gui_project)
    session.open_document(1)
    return session


@pytest.fixture
def window(qtbot, gui_project: Project) -> MainWindow:
    window = open_window(qtbot, gui_project)
    window.article.setFocus()
    return window
