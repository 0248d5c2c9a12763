"""The real app in its own process, tagging while other programs write to the same file,
then killed with SIGKILL: every tag the app showed as saved and every `annotator tag` that
exited with 0 is in the file, and the file is sound."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from reliability_helpers import CLI, ENV, build_project, integrity, tags_on_disk

SENTENCES = 24  # under the 30 tags that start a classifier training (seconds)
EACH = 14  # two annotators' tags together stay under those 30 tags too
STANCE_KEYS = {"favour": "Key_1", "against": "Key_2"}

# The app: tags every sentence (a stance key, then J for the next one) and says which tag it
# showed as saved after each key; meanwhile a background suggestion job runs on its own
# connection (an in-process second open of the file). Then it waits to be killed.
APP = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from annotator.core.project import Project
    from annotator.gui.app import application
    from annotator.gui.controller import Session
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    path, settings, annotator, value = sys.argv[1:5]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    application()
    window = MainWindow(Session(annotator), AppSettings(), model_loader=None,
                        background_suggestions=True)
    window.show_project(Project.open(path))
    window.session.failed.connect(lambda text: print("failed:", text, file=sys.stderr,
                                                     flush=True))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.article.setFocus()
    print("ready", flush=True)
    sys.stdin.readline()
    key = getattr(Qt.Key, sys.argv[5])
    pause = int(sys.argv[7])  # after this many keys, wait until told to go on
    for number in range(int(sys.argv[6])):
        if number % 8 == 0:
            window.suggestion_jobs.suggest_all()
        if number == pause:
            QTest.qWait(300)  # the job has opened its own connection to the file
            print("paused", flush=True)
            sys.stdin.readline()
        current = window.session.current
        QTest.keyClick(window.article, key)
        shown = window.session.tags(current.id).stance
        print("saved", current.idx, shown, int(window.suggestion_jobs.busy), flush=True)
        QTest.keyClick(window.article, Qt.Key.Key_J)
        QTest.qWait(20)
    print("done", flush=True)
    QTest.qWait(600000)
""")


def start_app(path, settings, annotator, value, pause=-1, sentences=SENTENCES):
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(path), str(settings), annotator, value,
         STANCE_KEYS[value], str(sentences), str(pause)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=ENV)
    assert app.stdout.readline().strip() == "ready", app.stderr.read()
    return app


def go(app):
    app.stdin.write("go\n")
    app.stdin.flush()


def saved_until(app, marker: str = "done", saved: set | None = None,
                jobs: list | None = None) -> set:
    """(index, value) of each tag the app reported saved, read up to ``marker``; ``jobs``
    collects whether a suggestion job was running at each of those moments."""
    saved = set() if saved is None else saved
    for line in app.stdout:
        if line.strip() == marker:
            return saved
        _word, idx, value, busy = line.split()
        saved.add((int(idx), value))
        if jobs is not None:
            jobs.append(busy == "1")
    raise AssertionError(f"the app stopped early: {app.stderr.read()}")


def kill(app):
    os.kill(app.pid, signal.SIGKILL)
    assert app.wait(timeout=30) == -signal.SIGKILL


pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]


def test_the_app_tagging_beside_cli_writes_and_a_suggestion_job_loses_nothing(tmp_path):
    path = build_project(tmp_path / "p.sqlite", SENTENCES, lang="en")
    app = start_app(path, tmp_path / "cfg", "ana", "against", pause=SENTENCES // 3)
    go(app)
    cli_saved = set()

    def cli_tag(index):
        done = subprocess.run([*CLI, "tag", str(path), "1", str(index), "--annotator", "ben",
                               "--stance", "favour"], env=ENV, capture_output=True,
                              text=True, timeout=60)
        if done.returncode == 0:
            cli_saved.add((index, "ben", "stance", "favour"))
        else:
            assert "busy" in done.stderr, done.stderr  # only ever a clear refusal

    app_saved: set = set()
    jobs: list[bool] = []
    saved_until(app, "paused", app_saved, jobs)  # the app is idle, its job has opened
    cli_tag(0)  # another program writes and exits while the app holds the file open
    go(app)
    for index in range(1, SENTENCES, 4):  # and goes on writing as the app tags
        cli_tag(index)
    saved_until(app, "done", app_saved, jobs)
    kill(app)  # the suggestion job may still be running: it is killed too
    assert any(jobs)  # a suggestion job (its own connection) ran while the app tagged
    assert {value for _idx, value in app_saved} == {"against"}
    assert len(app_saved) == SENTENCES
    tags = tags_on_disk(path)
    assert {(idx, "ana", "stance", value) for idx, value in app_saved} <= tags
    assert cli_saved and cli_saved <= tags
    assert integrity(path) == "ok"


def test_two_app_instances_on_one_file_lose_nothing(tmp_path):
    path = build_project(tmp_path / "p.sqlite", EACH, lang="en")
    apps = [start_app(path, tmp_path / "cfg-a", "ana", "against", sentences=EACH),
            start_app(path, tmp_path / "cfg-b", "ben", "favour", sentences=EACH)]
    for app in apps:
        go(app)
    saved = {name: saved_until(app) for name, app in zip(("ana", "ben"), apps)}
    for app in apps:
        kill(app)
    tags = tags_on_disk(path)
    errors = [app.stderr.read() for app in apps]  # any error the app showed, for the record
    for name, value in (("ana", "against"), ("ben", "favour")):
        assert len(saved[name]) == EACH, errors
        assert {(idx, name, "stance", v) for idx, v in saved[name]} <= tags
        assert {(idx, "stance", value) for idx in range(EACH)} == {
            (idx, d, v) for idx, who, d, v in tags if who == name}
    assert integrity(path) == "ok"
