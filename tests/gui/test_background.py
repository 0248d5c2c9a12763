"""Long work off the GUI thread: the model load, import (also by drag and drop), export."""

import json
import time

import spacy
from gui_helpers import content
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from annotator.gui.workers import Job, JobProgressDialog

ENGLISH = ("Port strike ends\n\nDockers went back to work on Friday, the union said. "
           "The minister welcomed the deal.\n")


def slow_blank_pipeline(lang: str):
    time.sleep(0.8)  # as long as a real model would keep the thread busy, in miniature
    return spacy.blank(lang)


def test_window_answers_while_the_model_loads(qtbot, window, gui_project):
    window.model_loader = slow_blank_pipeline
    job = window.start_model_load("fr")
    assert "loading" in window.model_status.text()
    qtbot.keyClick(window.article, Qt.Key.Key_J)  # handled at once, not after the load
    assert window.session.current == content(gui_project)[1]
    assert job in window.jobs.jobs
    qtbot.waitUntil(lambda: "ready" in window.model_status.text(), timeout=60_000)
    # "finished" and then "done" arrive as two queued events: the job is forgotten on the second
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=60_000)


def test_import_job_adds_documents_to_the_list(qtbot, window, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    window.start_import([article], lang="en")
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=60_000)
    assert window.documents.model.rowCount() == 2
    assert "1 document(s) imported" in window.statusBar().currentMessage()


def test_import_dialog_starts_an_import(qtbot, window, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(ENGLISH, encoding="utf-8")

    def accept():
        dialog = QApplication.activeModalWidget()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    QTimer.singleShot(0, accept)
    window.import_with_dialog([article])
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 2, timeout=60_000)


def test_cancel_in_the_progress_dialog_stops_the_job(qtbot, window):
    def slow_work(progress):
        for done in range(200):
            progress(done, 200, "working")
            time.sleep(0.01)

    job = Job(slow_work, "Slow work")
    dialog = JobProgressDialog(job, "Working", window)
    window.jobs.start(job)
    with qtbot.waitSignal(job.signals.cancelled, timeout=60_000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_dropping_files_imports_them(qtbot, window, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 2, timeout=60_000)


def test_import_error_shows_a_dialog(qtbot, window, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    window.start_import([empty], lang="en")
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")), timeout=60_000)


def test_export_dialog_writes_the_file(qtbot, window, tmp_path):
    qtbot.keyClick(window.article, Qt.Key.Key_V)
    out = tmp_path / "out.jsonl"

    def accept():
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(out))
        dialog.accept()

    QTimer.singleShot(0, accept)
    window.choose_export()
    qtbot.waitUntil(out.exists, timeout=60_000)
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (record["annotator"], record["verifiability"]) == ("ana", "verifiable")


def test_an_import_opens_the_new_document(qtbot, window, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    assert window.session.doc_id == 1
    window.start_import([article], lang="en")
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=60_000)
    new_id = next(i for i in window.documents.model.ids if i != 1)
    assert window.session.doc_id == new_id
    selected = window.documents.view.currentIndex()
    assert window.documents.model.ids[window.documents.proxy.mapToSource(selected).row()] \
        == new_id
