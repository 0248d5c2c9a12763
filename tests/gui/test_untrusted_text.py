"""Untrusted text stays text: markup in an imported article, a note, a title, a file name, the
stance target and annotator names is shown literally by every view, and an
``<img src=file:///...>`` in it never makes Qt open that file (watched with inotify).
"""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from review_helpers import open_review, wait_idle

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow
from annotator.gui.review.bar_chart import BAR_HEIGHT, GAP
from annotator.gui.review.filter_bar import FilterBar
from annotator.gui.review.merge_dialog import MergeDialog
from annotator.gui.settings import AppSettings

ANA, BEN, CHRIS = "<b>ana</b>", "<i>ben</i>", "<u>chris</u>"
IN_OPEN = 0x20


def article(probe: Path) -> str:
    return (f"<b>Titre</b> en gras\n\n"
            f"Selon l'agence <b>Reuters</b>, le port de Marseille rouvrira lundi.\n\n"
            f"<font color=#fafafa>Invisible</font> : la grève continue, a déclaré le ministre.\n\n"
            f"<img src={probe.as_uri()}> a affirmé la source diplomatique mardi.\n")


class OpenWatch:
    """inotify on one file: did anything in this process (or any other) open it?"""

    def __init__(self, path: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        if self.fd < 0 or self.libc.inotify_add_watch(self.fd, str(path).encode(), IN_OPEN) < 0:
            pytest.skip("inotify is not available")

    def opened(self) -> bool:
        QApplication.processEvents()
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A project imported from a real .txt article full of markup, tagged by two annotators
    with markup in their names and notes, suggested by the real rules."""
    folder = tmp_path_factory.mktemp("markup")
    probe = folder / "probe.png"
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(probe))
    source = folder / "<b>article.txt"
    source.write_text(article(probe), encoding="utf-8")
    with Project.create(folder / "built.sqlite", target="<b>la grève</b>") as project:
        import_paths(project, [source], lang="fr")
        for segment in project.sentences(1):  # markup looks like template code: overruled
            if segment.kind == "boilerplate":
                ops.set_boilerplate(project, segment_id=segment.id, boilerplate=False)
        sentences = [s for s in project.sentences(1) if s.kind != "boilerplate"]
        reuters = next(s for s in sentences if "<b>Reuters</b>" in project.sentence_text(s))
        for number, sentence in enumerate(sentences):
            for annotator, value in ((ANA, "favour"), (BEN, "against" if number % 2 else "favour")):
                ops.set_label(project, segment_id=sentence.id, annotator=annotator,
                              dimension="stance", value=value)
        start = project.sentence_text(reuters).index("<b>Reuters</b>")
        ops.add_source(project, segment_id=reuters.id, annotator=ANA, start=start,
                       end=start + len("<b>Reuters</b>"), type="media")
        ops.set_note(project, segment_id=reuters.id, annotator=ANA,
                     note=f"<img src={probe.as_uri()}> <b>note</b>")
        ops.set_note(project, segment_id=reuters.id, annotator=BEN, note="<b>note</b> ben")
        suggestions.suggest_documents(project, [1])
    return folder


@pytest.fixture
def project(built, tmp_path) -> Project:
    shutil.copy(built / "built.sqlite", tmp_path / "p.sqlite")
    opened = Project.open(tmp_path / "p.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def watch(built):
    watcher = OpenWatch(built / "probe.png")
    yield watcher
    watcher.close()


MARKUP = ["<b>Titre</b>", "<b>Reuters</b>", "Reuters</b", "<font color=#fafafa>", "<img src=", "<b>note</b>",
          ANA, BEN, CHRIS, "<b>la grève</b>", "<b>article", "<b>theirs", "<b>empty"]


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt displays for ``text`` in a label of that format (or a tooltip: AutoText)."""
    rich = (text_format == Qt.TextFormat.RichText
            or (text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def check_literal(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> int:
    """Every piece of markup in ``text`` (raw or escaped) is displayed as written; returns
    how many pieces were found."""
    visible = shown(text, text_format)
    found = 0
    for markup in MARKUP:
        if markup in text or markup.replace("<", "&lt;").replace(">", "&gt;") in text:
            assert markup in visible, (markup, text, text_format)
            found += 1
    return found


def check_labels(widget: QWidget) -> int:
    return sum(check_literal(label.text(), label.textFormat())
               for label in widget.findChildren(QLabel))


def check_model(model, columns: range) -> int:
    found = 0
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    # Item views draw DisplayRole as plain text; tooltips are guessed.
                    found += check_literal(value, Qt.TextFormat.PlainText
                                           if role == Qt.ItemDataRole.DisplayRole
                                           else Qt.TextFormat.AutoText)
    return found


def test_main_window_shows_markup_literally_and_opens_no_file(qtbot, project, built, watch):
    window = MainWindow(Session(ANA), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(project)
    window.show()
    qtbot.waitExposed(window)
    session = window.session
    reuters = next(s for s in project.sentences(1)
                   if "<b>Reuters</b>" in project.sentence_text(s))
    session.go_to(reuters.id)
    window.grab()
    assert window.documents.model.data(window.documents.model.index(0, 0)) == (
        "<b>Titre</b> en gras")
    assert check_model(window.documents.model, range(1)) >= 2
    article_text = window.article.document().toPlainText()
    assert "<b>Reuters</b>" in article_text and "<font color=#fafafa>" in article_text
    assert "<img" not in window.article.document().toHtml().replace("&lt;img", "")
    panel = window.panel
    assert check_model(panel.sources.sources_model, range(3)) >= 2
    assert panel.note.toPlainText() == f"<img src={(built / 'probe.png').as_uri()}> <b>note</b>"
    assert check_labels(window) >= 2  # the stance target, the ghost tags
    ghost_labels = [row.label for row in panel.suggestions.ghost_rows()]
    assert any("Reuters" in label.text() for label in ghost_labels)  # the rules found it
    for label in ghost_labels:
        check_literal(label.text(), label.textFormat())
    assert window.annotator_button.text() == f"Annotator: {ANA}"
    assert not watch.opened()


def review_on_reuters(qtbot, project: Project):
    """The review window over ana and ben, on the sentence with their notes."""
    review = open_review(qtbot, project, reviewer=CHRIS)
    review.set_annotators([ANA, BEN])
    wait_idle(qtbot, review)
    for row in range(review.model.rowCount()):  # every row through the panel once
        review.select_row(row)
        review.grab()
        check_labels(review)
    review.select_row(next(r for r in range(review.model.rowCount())
                           if "<b>Reuters</b>" in review.model.rows[r].text))
    review.grab()
    return review


def test_review_window_shows_markup_literally_and_opens_no_file(qtbot, project, watch):
    review = review_on_reuters(qtbot, project)
    assert check_model(review.model, range(review.model.columnCount())) >= 3
    panel = review.panel
    assert panel.sentence.text().startswith("Selon l'agence <b>Reuters</b>")
    assert panel.sentence.textFormat() == Qt.TextFormat.PlainText
    review.tabs.setCurrentIndex(1)
    review.compute_agreement()
    wait_idle(qtbot, review)
    review.grab()
    summary = review.agreement.summary
    assert ANA in shown(summary.text(), summary.textFormat())
    chart = next(c for c in review.agreement.charts.values() if c.bars)
    titled = next(n for n, bar in enumerate(chart.bars) if "<b>Titre</b>" in bar.label)
    bar_y = chart.plot_rect().top() + titled * (BAR_HEIGHT + GAP) + 2
    QTest.mouseMove(chart, QPoint(chart.width() // 2, int(bar_y)))
    assert check_literal(chart.toolTip()) >= 1  # a document title with markup
    assert check_labels(review) >= 4  # sentence, notes, cells' names, reviewer, summary
    assert review.reviewer.text() == f"Reviewer: {CHRIS}"
    assert not watch.opened()


def test_note_with_an_image_is_shown_as_its_text(qtbot, project, watch):
    review = review_on_reuters(qtbot, project)
    notes = [label for label in review.panel.notes if label.text()]
    assert notes and all(label.textFormat() == Qt.TextFormat.PlainText for label in notes)
    assert any(label.text().startswith("<img src=file:") for label in notes)
    assert not watch.opened()


def test_merge_report_and_error_dialog_show_names_literally(qtbot, project, built, watch,
                                                             tmp_path):
    theirs = tmp_path / "<b>theirs.sqlite"
    shutil.copy(built / "built.sqlite", theirs)
    session = Session(ANA)
    session.set_project(project)
    dialog = MergeDialog(session, path=theirs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert "<b>theirs" in shown(dialog.outcome.text(), dialog.outcome.textFormat())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    check_labels(dialog)
    window = MainWindow(Session(ANA), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(project)
    empty = tmp_path / "<b>empty.txt"
    empty.write_text("", encoding="utf-8")
    window.start_import([empty])
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")), timeout=60_000)
    [box] = window.findChildren(QMessageBox, "errorBox")
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>empty.txt" in box.text()
    assert not watch.opened()


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    chosen: list = []
    bar.annotatorsChosen.connect(chosen.append)
    bar.set_annotators(["R&D", "ana"], ["R&D"])
    [rd, ana] = bar.annotator_menu.actions()
    assert rd.iconText() == "R&D" and rd.isChecked()  # the text Qt shows, mnemonic removed
    ana.setChecked(True)
    assert chosen[-1] == ["R&D", "ana"]
    assert bar.annotator_button.text().replace("&&", "&") == "R&D \u00b7 ana"
