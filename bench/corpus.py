"""A generated corpus of scraped-looking French news articles, shared by the benchmarks.

Articles are recombined from the bundled samples (and the shared sample when present), with
the usual page noise around them, so segmentation and suggestions see realistic input.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotator.core.resources import sample_golds

REPO = Path(__file__).resolve().parents[1]
GOLD_FILES = [*sample_golds(),
              *sorted((REPO.parent / "shared" / "samples").glob("*.gold.json"))]

NOISE_TOP = ["Accueil Monde Europe Économie Sport Culture", "Suivez-nous", "Publicité"]
NOISE_META = ["Par Camille Martin", "Publié le 14/08/2025 à 09h12", "Partager cet article"]
NOISE_TAIL = ["À découvrir également", "Le point sur les négociations en cours à Genève",
              "Les marchés réagissent à l'annonce de la banque centrale"]


def french_sentences() -> list[str]:
    sentences = []
    for path in GOLD_FILES:
        for entry in json.loads(path.read_text(encoding="utf-8")).values():
            if entry.get("lang", "fr") == "fr":
                sentences.extend(s["text"] for s in entry["sentences"])
    if not sentences:
        raise SystemExit("no French gold sentences found in annotator/resources/samples")
    return sentences


def articles(count: int, *, seed: int = 7, paragraphs: int = 8) -> list[str]:
    rng = random.Random(seed)
    pool = french_sentences()
    out = []
    for number in range(count):
        body = []
        for _ in range(paragraphs):
            body.append(" ".join(rng.sample(pool, k=rng.randint(1, 3))))
            if rng.random() < 0.2:
                body.append("PUBLICITÉ")
        title = f"Article {number} : {rng.choice(pool)[:60].rsplit(' ', 1)[0]}"
        out.append("\n\n".join([*NOISE_TOP, title, *NOISE_META, *body, *NOISE_TAIL]))
    return out


SENTENCE = "Le ministre a déclaré mardi, selon l'agence officielle, que l'accord serait signé."
SENTENCES_PER_DOC = 50


def store_documents(project, sentences: int) -> list[tuple[int, int, int]]:
    """Documents of 50 identical sentences, stored without segmentation (for big-project
    benchmarks); returns (segment id, doc id, start) of the first ``sentences`` sentences."""
    from annotator.core.text.segment import Segment

    docs = -(-sentences // SENTENCES_PER_DOC)
    step = len(SENTENCE) + 1
    text = "\n".join([SENTENCE] * SENTENCES_PER_DOC)
    segments = [Segment(i * step, i * step + len(SENTENCE), "sentence", i)
                for i in range(SENTENCES_PER_DOC)]
    with project.journal.step("bench documents", undoable=False):
        for number in range(docs):
            project.store_document(key=f"k{number}", title=f"Doc {number}", lang="fr",
                                   text=f"{text}\n{number}", segments=segments)
    rows = [(s.id, s.doc_id, s.start) for doc_id in range(1, docs + 1)
            for s in project.sentences(doc_id)]
    return rows[:sentences]
