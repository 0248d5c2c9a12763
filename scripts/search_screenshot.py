"""Regenerate the README picture of search in docs/.

    python scripts/search_screenshot.py

Builds a throw-away copy of the demo project coded by two annotators (as the review
pictures are), then renders the main window offscreen: the results panel of "accord* OR
négociations" across documents, one of them opened, and the find bar on "accord" in it.
The user's own settings and projects are never touched.
"""

from __future__ import annotations

from pathlib import Path

from review_screenshots import main_window_on, with_coded_demo

DOCS = Path(__file__).resolve().parents[1] / "docs"


def render(project_path: Path) -> None:
    from annotator.gui import app

    window = main_window_on(project_path)
    window.resize(1440, 900)
    tools, panel = window.search, window.search.panel
    tools.find_all()
    panel.query.setText("accord* OR négociations")
    panel.run()
    french = next(hit for hit in panel.model.hits if " accord " in hit.text)
    panel.view.setCurrentIndex(panel.model.index(panel.model.hits.index(french), 0))
    tools.open_hit(french)
    tools.find_bar.open_bar()
    tools.find_bar.field.setText("accord")
    for _ in range(3):
        app.application().processEvents()
    target = DOCS / "search.png"
    if not window.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    print(f"wrote {target}")
    window.close()


if __name__ == "__main__":
    with_coded_demo(render)
