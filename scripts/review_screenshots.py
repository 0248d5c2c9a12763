"""Regenerate the README pictures of review and agreement in docs/, on two annotators.

    python scripts/review_screenshots.py

Builds a throw-away copy of the demo project; "ana" codes every sentence of the bundled
articles from their hand annotations, "ben" codes the same sentences with some honest
disagreements (a seeded random choice), and "chris" adjudicates a few. Then the review
window (sentences and agreement tabs) and the charts window (a chart and the crosstab)
are rendered offscreen; the documents get an invented outlet and date for the charts. The
user's own settings and projects are never touched. ANNOTATOR_SCREENSHOTS names another
folder for the pictures (to look at them before replacing the README's).
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path

from annotator.core import ops
from annotator.core.metadata import set_document_meta
from annotator.core.project import Project
from annotator.core.resources import SAMPLES
from annotator.core.review import gold
from annotator.gui.demo import create_demo

DOCS = Path(os.environ.get("ANNOTATOR_SCREENSHOTS", Path(__file__).resolve().parents[1] / "docs"))
VERIFIABILITY = {"fact": "verifiable", "opinion": "opinion", "prediction": "prediction"}
STANCES = ["favour", "against", "neutral", "unclear"]
CLAIMS = ["verifiable", "unverifiable", "opinion", "prediction", "not_a_claim"]
# Invented outlets and dates, so the charts have something to group by.
METADATA = [("The Harbour Post", "2025-01-14"), ("Nord Matin", "2025-02-03"),
            ("Nord Matin", "2025-03-21")]
TYPES = {"médias d'état": "state_media", "tass": "state_media", "ria novosti": "state_media",
         "newspaper": "media", "agence": "media", "agency": "media",
         "study": "document", "texte publié": "document", "chiffres": "document",
         "militaire": "military", "otan": "organisation", "programme alimentaire":
         "organisation", "association": "organisation", "union": "organisation",
         "analyst": "expert", "analyste": "expert", "chercheu": "expert",
         "university": "expert", "minist": "government", "présidence": "government",
         "porte-parole": "government", "diplomat": "government", "officials": "government",
         "authority": "government", "police": "government", "enquête": "government",
         "operator": "company", "opérateur": "company", "courtier": "company",
         "company": "company"}


def source_type(words: str) -> str:
    return next((kind for cue, kind in TYPES.items() if cue in words.lower()), "other")


def hand_codes() -> dict[str, dict]:
    """Sentence text -> the samples' hand annotation (verifiability, source words)."""
    codes = {}
    for path in SAMPLES.glob("*.gold.json"):
        for article in json.loads(path.read_text(encoding="utf-8")).values():
            for sentence in article["sentences"]:
                codes[" ".join(sentence["text"].split())] = sentence
    return codes


def code_two_annotators(project: Project, seed: int = 7) -> None:
    rng = random.Random(seed)
    codes = hand_codes()
    for doc_id, _title in project.document_titles():
        text = project.document(doc_id).text
        for sentence in project.sentences(doc_id):
            words = " ".join(text[sentence.start:sentence.end].split())
            hand = codes.get(words)
            if sentence.boilerplate or hand is None:
                continue
            claim = VERIFIABILITY.get(hand["verifiability"], "verifiable")
            stance = "neutral" if claim == "verifiable" else rng.choice(STANCES[:2])
            sources = [alternatives[0] for alternatives in hand["sources"]]
            _code(project, sentence, "ana", stance, claim, sources)
            if rng.random() < 0.12:
                stance = rng.choice(STANCES)
            if rng.random() < 0.08:
                claim = rng.choice(CLAIMS)
            if sources and rng.random() < 0.15:
                sources = sources[:1] if len(sources) > 1 else []
            _code(project, sentence, "ben", stance, claim, sources)


def _code(project: Project, sentence, who: str, stance: str, claim: str,
          sources: list[str]) -> None:
    text = project.sentence_text(sentence)
    for dimension, value in (("stance", stance), ("verifiability", claim)):
        ops.set_label(project, segment_id=sentence.id, annotator=who, dimension=dimension,
                      value=value)
    for words in sources:
        start = text.find(words)
        if start >= 0:
            ops.add_source(project, segment_id=sentence.id, annotator=who, start=start,
                           end=start + len(words), type=source_type(words),
                           quote="direct" if text.lstrip().startswith(("\"", "\u00ab",
                                                                        "\u201c"))
                           else "indirect")


def render(project_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from annotator.gui import app
    from annotator.gui.controller import Session
    from annotator.gui.review.review_window import ReviewWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(project_path.parent / "config"))
    qt = app.application()
    session = Session("chris")
    session.set_project(Project.open(project_path))
    window = ReviewWindow(session)
    window.resize(1440, 900)
    window.show()
    _settle(qt, window)
    # A disagreement the reviewer is about to settle, with a reason typed.
    window.select_row(1)
    window.panel.reason.setText("Quoted speaker: the stance is the union's, not neutral")
    qt.processEvents()
    _save(window, DOCS / "review.png")
    window.show_agreement()
    _settle(qt, window)
    _save(window, DOCS / "agreement.png")
    window.close()
    render_charts(qt, session)
    session.close()


def render_charts(qt, session) -> None:
    from annotator.gui.charts.charts_window import CROSSTAB_TAB, ChartsWindow

    window = ChartsWindow(session)
    window.resize(1240, 820)
    window.show()
    _settle(qt, window)
    window.show_chart("sources_by_outlet")
    qt.processEvents()
    chart = window.chart
    segment = max(chart.segments(), key=lambda s: s.count)
    window.show_cell(segment.row, segment.column)
    qt.processEvents()
    _save(window, DOCS / "charts.png")
    window.tabs.setCurrentIndex(CROSSTAB_TAB)
    window.crosstab.rows.setCurrentIndex(window.crosstab.rows.findData("source"))
    window.crosstab.columns.setCurrentIndex(window.crosstab.columns.findData("stance"))
    qt.processEvents()
    _save(window, DOCS / "crosstab.png")
    window.close()


def main_window_on(project_path: Path, annotator: str = "ana"):
    """The main window on a throw-away project, its settings kept beside the project."""
    from PySide6.QtCore import QSettings

    from annotator.gui import app

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(project_path.parent / "config"))
    return app.launch(project_path, annotator=annotator, model_loader=None, ask_name=False,
                      remember=False)


def with_coded_demo(render) -> None:
    """``render(project_path)`` offscreen on a throw-away demo project coded by ana and ben."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "demo.sqlite"
        with create_demo(project_path) as project:
            code_two_annotators(project)
        render(project_path)


def _settle(qt, window) -> None:
    from PySide6.QtCore import QThreadPool

    for _ in range(50):
        QThreadPool.globalInstance().waitForDone(200)
        qt.processEvents()
        agreement = getattr(window, "agreement", None)
        if not window.loading and not (agreement is not None and agreement.busy):
            break
    for _ in range(3):
        qt.processEvents()


def _save(window, target: Path) -> None:
    if not window.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    print(f"wrote {target}")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "demo.sqlite"
        with create_demo(project_path) as project:
            for (doc_id, _title), (outlet, date) in zip(project.document_titles(), METADATA):
                set_document_meta(project, doc_id=doc_id, outlet=outlet, date=date)
            code_two_annotators(project)
            gold.accept_agreed(project, annotators=["ana", "ben"], decided_by="chris",
                               documents=[project.document_titles()[0][0]])
        render(project_path)


if __name__ == "__main__":
    sys.exit(main())
