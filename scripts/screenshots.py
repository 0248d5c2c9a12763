"""Regenerate the README pictures in docs/ from the demo project, as an analyst sees it.

    python scripts/screenshots.py

Builds a throw-away copy of the demo project, runs the suggestion rules over it, tags the
first sentences of its first article through the core (as "ana" would), then renders the
real main window offscreen with ``annotator --screenshot``. The user's own settings and
projects are never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.gui.demo import create_demo

DOCS = Path(__file__).resolve().parents[1] / "docs"
ANALYST = "ana"
# (start of the sentence, stance, verifiability, [(source words, type, quote)])
TAGS = [
    ("Thousands of dockworkers", "neutral", "verifiable", []),
    ("The strike was called", "neutral", "verifiable", []),
    ('"We will not let machines', "against", "opinion",
     [("union president Marcos Ribeiro", "organisation", "direct")]),
    ("According to the port authority", "neutral", "verifiable",
     [("the port authority", "government", "indirect")]),
]


def tag_first_article(project: Project) -> None:
    document = project.document(1)
    sentences = {document.text[s.start:s.end]: s for s in project.sentences(1)}
    for opening, stance, verifiability, sources in TAGS:
        text, sentence = next((t, s) for t, s in sentences.items() if t.startswith(opening))
        for dimension, value in (("stance", stance), ("verifiability", verifiability)):
            ops.set_label(project, segment_id=sentence.id, annotator=ANALYST,
                          dimension=dimension, value=value)
        for words, source_type, quote in sources:
            start = text.index(words)
            ops.add_source(project, segment_id=sentence.id, annotator=ANALYST, start=start,
                           end=start + len(words), type=source_type, quote=quote)


def render_tagged_sentence(project_path: Path, target: Path) -> None:
    """The panel filled in: the quoted sentence, with its source, note and flag."""
    from PySide6.QtCore import QSettings

    from annotator.gui import app

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(project_path.parent / "config"))
    window = app.launch(project_path, annotator=ANALYST, model_loader=None, ask_name=False,
                        remember=False)
    quoted = next(s for s in window.session.sentences
                  if window.session.sentence_text(s).startswith(TAGS[2][0]))
    window.session.go_to(quoted.id)
    window.session.set_note(quoted.id, "The union's framing: check the operators' "
                                       "transition plan.")
    window.session.set_flag(True)
    app.screenshot(window, target)
    window.close()


def render_dark(project_path: Path, target: Path) -> None:
    """The same window in the dark scheme, as on a system set to dark."""
    from annotator.gui import app, theme

    theme.apply(app.application(), dark=True)
    window = app.launch(project_path, annotator=ANALYST, model_loader=None, ask_name=False,
                        remember=False)
    app.screenshot(window, target)
    window.close()
    theme.apply(app.application(), dark=False)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "demo.sqlite"
        with create_demo(project_path) as project:
            suggestions.suggest_documents(project)  # ghost tags on the sentence shown
            tag_first_article(project)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(Path(folder) / "config")}
        target = DOCS / "main_window.png"
        subprocess.run([sys.executable, "-c", "from annotator.cli import main; main()",
                        "--screenshot", str(target), str(project_path),
                        "--annotator", ANALYST], check=True, env=env)
        print(f"wrote {target}")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        render_tagged_sentence(project_path, DOCS / "tagging.png")
        print(f"wrote {DOCS / 'tagging.png'}")
        render_dark(project_path, DOCS / "dark.png")
        print(f"wrote {DOCS / 'dark.png'}")


if __name__ == "__main__":
    main()
