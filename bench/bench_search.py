"""Search over a large project: full-text queries and tag filters on 100,000 sentences.

Each query goes through ``annotator.core.search.search`` (the count of every match, the first
500 hits in reading order with their words marked), against a bare baseline in the same run:
``SELECT ... FROM search_text WHERE text LIKE '%word%'``, the scan of every sentence's text
that a project without an index would need (and which folds neither accents nor non-ASCII
case). Target: every query under 100 ms. Also: what keeping the index costs when documents
are stored (the same documents stored with the index's triggers dropped).

    python bench/bench_search.py [--sentences 100000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import french_sentences  # noqa: E402

from annotator.core.project import Project  # noqa: E402
from annotator.core.search import SentenceFilter, search  # noqa: E402
from annotator.core.store import merge_rows  # noqa: E402
from annotator.core.store.search_schema import SEARCH_TRIGGERS  # noqa: E402
from annotator.core.text.segment import Segment  # noqa: E402

PER_DOC = 50
LIKE_SCAN = "SELECT segment_id, text FROM search_text WHERE text LIKE ?"
STAMP = "2026-01-01T00:00:00"
# (label, query, filter, the LIKE pattern of the baseline)
QUERIES = [
    ("rare word", "Pyongyang", None, "%Pyongyang%"),
    ("common word", "selon", None, "%selon%"),
    ("accents folded", "negociations", None, "%négociations%"),
    ("phrase", '"a déclaré"', None, "%a déclaré%"),
    ("prefix", "minist*", None, "%minist%"),
    ("two words", "accord AND ministre", None, "%accord%ministre%"),
    ("word + tag filter", "selon", SentenceFilter(annotator="ana", value="against"),
     "%selon%"),
    ("filter only: flagged", "", SentenceFilter(flagged=True), None),
    ("filter only: disagreement", "", SentenceFilter(disagreement=True, dimension="stance"),
     None),
]


def documents(sentences: int, rng: random.Random) -> list[tuple[str, list[Segment]]]:
    pool = french_sentences()
    out = []
    for _ in range(-(-sentences // PER_DOC)):
        chosen = [rng.choice(pool) for _ in range(PER_DOC)]
        segments, position = [], 0
        for number, sentence in enumerate(chosen):
            segments.append(Segment(position, position + len(sentence), "sentence", number))
            position += len(sentence) + 1
        out.append(("\n".join(chosen), segments))
    return out


def store(project: Project, docs) -> float:
    began = time.perf_counter()
    with project.journal.step("bench documents", undoable=False):
        for number, (text, segments) in enumerate(docs):
            project.store_document(key=f"k{number}", title=f"Doc {number}", lang="fr",
                                   text=text, segments=segments)
    return time.perf_counter() - began


def tag(project: Project, rng: random.Random) -> None:
    """Stance by ana and ben on every sentence (they differ on a fifth), a flag on 1 in 50."""
    rows, notes = [], []
    for seg_id, doc_id in project.db.execute("SELECT id, doc_id FROM segments"):
        stance = rng.choice(["favour", "against", "neutral", "unclear"])
        for who in ("ana", "ben"):
            value = stance if who == "ana" or rng.random() < 0.8 else "unclear"
            rows.append({"segment_id": seg_id, "doc_id": doc_id, "annotator": who,
                         "dimension": "stance", "value": value, "created": STAMP,
                         "updated": STAMP})
        if rng.random() < 0.02:
            notes.append({"segment_id": seg_id, "doc_id": doc_id, "annotator": "ana",
                          "note": None, "flag": 1, "updated": STAMP})
    with project.db.atomic():
        merge_rows.insert(project.db, "tags", rows)
        merge_rows.insert(project.db, "notes", notes)


def median_ms(action, repeat: int) -> tuple[float, object]:
    result = action()  # warm: the first run reads the pages from disk
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(11)
    docs = documents(args.sentences, rng)
    with tempfile.TemporaryDirectory() as folder:
        project = Project.create(Path(folder) / "search.sqlite")
        indexed = store(project, docs)
        bare = Project.create(Path(folder) / "bare.sqlite")
        for name in SEARCH_TRIGGERS:
            bare.db.execute(f"DROP TRIGGER {name}")
        unindexed = store(bare, docs)
        bare.close()
        print(f"storing {len(docs):,} documents ({args.sentences:,} sentences): "
              f"{indexed:.2f} s with the index kept, {unindexed:.2f} s without "
              f"({indexed / unindexed:.2f}x)")
        tag(project, rng)
        print(f"{'query':28} {'hits':>7} {'search':>9} {'LIKE scan':>10}  ratio")
        worst = 0.0
        for label, text, where, like in QUERIES:
            ms, result = median_ms(lambda t=text, w=where: search(project, t, w), args.repeat)
            worst = max(worst, ms)
            if like is None:
                print(f"{label:28} {result.total:>7,} {ms:>7.1f} ms {'-':>10}")
                continue
            base, _ = median_ms(lambda p=like: project.db.execute(LIKE_SCAN, [p]).fetchall(),
                                args.repeat)
            print(f"{label:28} {result.total:>7,} {ms:>7.1f} ms {base:>7.1f} ms  "
                  f"{base / ms:5.1f}x faster")
        print(f"slowest query: {worst:.1f} ms (target < 100 ms): "
              f"{'met' if worst < 100 else 'NOT met'}")
        project.close()


if __name__ == "__main__":
    main()
