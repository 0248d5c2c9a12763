"""Desktop app speed, against the targets of the keyboard-first workflow.

- launch to window shown, on the demo project, spaCy not loaded (target < 1.5 s);
- next-sentence key to repaint done, on a 2,000-sentence article (target: median < 16 ms);
- opening a project of 5,000 documents: window and document list shown (target < 1 s).

    QT_QPA_PLATFORM=offscreen python bench/bench_gui.py

Launch times are wall-clock from spawning a fresh Python process (imports included).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from annotator.core import ops  # noqa: E402
from annotator.core.project import Project  # noqa: E402
from annotator.core.text.segment import Segment  # noqa: E402

SENTENCE = ("Le ministre a annoncé mardi l'ouverture de négociations avec les syndicats "
            "du port, selon un communiqué publié dans la soirée.")
SHOW_WINDOW = """
import sys
from annotator.gui.app import application, launch
window = launch(sys.argv[1], annotator="bench", model_loader=None, ask_name=False,
                remember=False)
application().processEvents()
assert window.isVisible() and window.documents.model.rowCount() > 0
print("shown", flush=True)
"""


def store_generated(project: Project, *, documents: int, sentences_each: int,
                    per_paragraph: int = 5) -> None:
    """Documents of known segmentation (no spaCy): only the GUI is measured."""
    with project.journal.step("bench import", undoable=False) as step:
        for number in range(documents):
            title = f"Article {number}: négociations au port"
            text, segments = title, [Segment(0, len(title), "heading", 0)]
            for index in range(sentences_each):
                paragraph = 1 + index // per_paragraph
                text += "\n" if index % per_paragraph == 0 else " "
                segments.append(Segment(len(text), len(text) + len(SENTENCE), "sentence",
                                        paragraph))
                text += SENTENCE
            project.store_document(key=f"bench-{number}", title=title, lang="fr", text=text,
                                   segments=segments)
        step.extra_tables.update({"documents", "segments"})


def seconds_to_window(project_path: Path, env: dict, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", SHOW_WINDOW, str(project_path)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                 env=env)
        line = child.stdout.readline()
        times.append(time.perf_counter() - start)
        child.wait()
        if not line.startswith("shown"):
            raise SystemExit(f"the window did not show for {project_path}")
    return times


def key_to_repaint(window, key: Qt.Key, presses: int) -> list[float]:
    """Milliseconds from the key press to the end of the repaint it caused: the key is
    handled, then the pending paint events are processed (painting into the backing store)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    times = []
    for _ in range(presses):
        start = time.perf_counter()
        QTest.keyClick(window.article, key)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def seconds_to_open(window, project_path: Path, runs: int = 5) -> list[float]:
    """File > Open in a running app: until the window shows the project's list and article."""
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        if not window.open_project_file(project_path):
            raise SystemExit(f"could not open {project_path}")
        QApplication.instance().processEvents()
        assert window.documents.model.rowCount() == 5000
        times.append(time.perf_counter() - start)
    return times


def bench_long_article(folder: Path) -> dict[str, list[float]]:
    from annotator.gui.app import application
    from annotator.gui.controller import Session
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    application()
    project = Project.create(folder / "long.sqlite")
    store_generated(project, documents=1, sentences_each=2000)
    for sentence in project.sentences(1)[1:600:3]:  # a third tagged: tints and underlines
        ops.set_label(project, segment_id=sentence.id, annotator="bench",
                      dimension="verifiability", value="verifiable")
        ops.add_source(project, segment_id=sentence.id, annotator="bench", start=92, end=107,
                       type="document", quote="indirect")
    window = MainWindow(Session("bench"), AppSettings(remember=False), model_loader=None)
    window.resize(1440, 880)
    start = time.perf_counter()
    window.show_project(project)
    window.show()
    application().processEvents()
    opened = (time.perf_counter() - start) * 1000
    window.article.setFocus()
    figures = {"open 2,000-sentence document (ms)": [opened],
               "next sentence J (ms)": key_to_repaint(window, Qt.Key.Key_J, 300),
               "tag verifiability V (ms)": key_to_repaint(window, Qt.Key.Key_V, 100),
               "File > Open, 5,000 documents (s)": seconds_to_open(window,
                                                                  folder / "big.sqlite")}
    window.close()
    return figures


def main() -> None:
    from annotator.gui.demo import create_demo

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config")}
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "config"))
        create_demo(folder / "demo.sqlite").close()
        with Project.create(folder / "big.sqlite") as big:
            store_generated(big, documents=5000, sentences_each=30)
        figures = {
            "launch to window, demo project (s)": seconds_to_window(folder / "demo.sqlite", env),
            "launch to window + list, 5,000 documents (s)":
                seconds_to_window(folder / "big.sqlite", env),
            **bench_long_article(folder),
        }
    for label, values in figures.items():
        line = f"{label:48} median {statistics.median(values):8.3f}   best {min(values):8.3f}"
        if len(values) > 10:
            line += f"   p95 {sorted(values)[int(len(values) * 0.95)]:8.3f}"
        print(line)


if __name__ == "__main__":
    main()
