"""Regenerate the README picture of search in docs/.

    python scripts/search_screenshot.py

Builds a throw-away copy of the demo project coded by two annotators (as the review
pictures are), then renders the main window offscreen: the results panel of "accord* OR
négociations" across documents, one of them opened, and the find bar on "accord" in it.
The user's own settings and projects are never touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from review_screenshots import code_two_annotators

from annotator.gui.demo import create_demo

DOCS = Path(__file__).resolve().parents[1] / "docs"


def render(project_path: Path, target: Path) -> None:
    from PySide6.QtCore import QSettings

    from annotator.gui import app

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(project_path.parent / "config"))
    window = app.launch(project_path, annotator="ana", model_loader=None, ask_name=False,
                        remember=False)
    window.resize(1440, 900)
    tools = window.search
    tools.find_all()
    tools.panel.query.setText("accord* OR négociations")
    tools.panel.run()
    french = next(hit for hit in tools.panel.model.hits if " accord " in hit.text)
    tools.panel.view.setCurrentIndex(tools.panel.model.index(
        tools.panel.model.hits.index(french), 0))
    tools.open_hit(french)
    tools.find_bar.open_bar()
    tools.find_bar.field.setText("accord")
    for _ in range(3):
        app.application().processEvents()
    window.grab().save(str(target))
    window.close()


def main() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "demo.sqlite"
        with create_demo(project_path) as project:
            code_two_annotators(project)
        render(project_path, DOCS / "search.png")
        print(f"wrote {DOCS / 'search.png'}")


if __name__ == "__main__":
    main()
