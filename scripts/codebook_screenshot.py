"""Regenerate the README picture of the codebook window in docs/.

    python scripts/codebook_screenshot.py

Builds a throw-away copy of the demo project coded by two annotators (as the review
pictures are), retires one source type, then renders Project > Codebook offscreen on the
"opinion" value. The user's own settings and projects are never touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from review_screenshots import code_two_annotators, main_window_on

from annotator.core import codebook
from annotator.core.project import Project
from annotator.gui.demo import create_demo

DOCS = Path(__file__).resolve().parents[1] / "docs"


def render(project_path: Path, target: Path) -> None:
    from PySide6.QtCore import Qt

    from annotator.gui import app
    from annotator.gui.codebook import open_codebook

    window = main_window_on(project_path)
    dialog = open_codebook(window, window.session)
    tree = dialog.tree
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        for number in range(top.childCount()):
            if top.child(number).data(0, Qt.ItemDataRole.UserRole) == ("verifiability",
                                                                         "opinion"):
                tree.setCurrentItem(top.child(number))
    for _ in range(3):
        app.application().processEvents()
    dialog.grab().save(str(target))
    window.close()


def main() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "demo.sqlite"
        with create_demo(project_path) as project:
            code_two_annotators(project)
        with Project.open(project_path) as project:
            codebook.retire_value(project, dimension="source", value="military")
        render(project_path, DOCS / "codebook.png")
        print(f"wrote {DOCS / 'codebook.png'}")


if __name__ == "__main__":
    main()
