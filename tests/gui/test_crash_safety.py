"""Killing the app right after a key press loses nothing: every key that changes a tag is
committed before the next one is handled. The app runs in its own process, which kills
itself (SIGKILL: no cleanup, no close) straight after the last key."""

import os
import subprocess
import sys
import textwrap

import pytest
from gui_helpers import content

from annotator.core.project import Project

APP = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from annotator.core.project import Project
    from annotator.gui.app import application
    from annotator.gui.controller import Session
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    application()
    window = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    window.show_project(Project.open(sys.argv[1]))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.article.setFocus()
    for key in (Qt.Key.Key_2, Qt.Key.Key_V, Qt.Key.Key_J, Qt.Key.Key_O, Qt.Key.Key_F):
        QTest.keyClick(window.article, key)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_tags_survive_a_kill_right_after_the_keys(gui_project, tmp_path):
    path = gui_project.path
    gui_project.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", APP, str(path), str(tmp_path / "cfg")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == -9, result.stderr
    with Project.open(path) as project:
        first, second = content(project)[:2]
        assert (project.tags(first.id, "ana").stance,
                project.tags(first.id, "ana").verifiability) == ("against", "verifiable")
        second_tags = project.tags(second.id, "ana")
        assert (second_tags.verifiability, second_tags.flag) == ("opinion", True)
