"""Agreement and merge on large projects.

- agreement over 100,000 sentences x 3 annotators (stance, verifiability, sources, per
  document too), against the ``krippendorff`` package computing alpha alone on the same
  reliability matrix already in memory (target: under 2 s);
- merge of a file holding 100,000 tags into a project with the same documents, against a bare
  ``ATTACH`` + ``INSERT ... SELECT`` of the same rows (target: under 5 s); then the same merge
  again (nothing to add), and into an empty project (documents and segments added too).

    python bench/bench_review.py [--sentences 100000] [--merge-tags 100000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import store_documents  # noqa: E402

from annotator.core.project import Project  # noqa: E402
from annotator.core.review.agreement import agreement  # noqa: E402
from annotator.core.review.merge import merge_project  # noqa: E402
from annotator.core.store import agreement_rows, merge_rows  # noqa: E402

STANCES = ["favour", "against", "neutral", "unclear"]
CLAIMS = ["verifiable", "unverifiable", "opinion", "prediction", "not_a_claim"]
STAMP = "2026-01-01T00:00:00"


def tag_rows(segments, annotators: list[str], rng: random.Random, agree: float = 0.8):
    """Stance, verifiability and (half the time) one source per sentence and annotator;
    annotators agree with the first one with probability ``agree``."""
    rows = []
    for seg_id, doc_id, start in segments:
        base = (rng.choice(STANCES), rng.choice(CLAIMS), rng.random() < 0.5)
        for who in annotators:
            stance, claim, has_source = (base if rng.random() < agree else
                                         (rng.choice(STANCES), rng.choice(CLAIMS),
                                          rng.random() < 0.5))
            common = {"segment_id": seg_id, "doc_id": doc_id, "annotator": who,
                      "created": STAMP, "updated": STAMP}
            rows.append({**common, "dimension": "stance", "value": stance, "start": None,
                         "end": None, "quote": None})
            rows.append({**common, "dimension": "verifiability", "value": claim,
                         "start": None, "end": None, "quote": None})
            if has_source:
                shift = rng.choice((0, 0, 0, 4))
                rows.append({**common, "dimension": "source", "value": "media",
                             "start": start + 50 + shift, "end": start + 68,
                             "quote": "indirect"})
    return rows


def insert_tags(project: Project, rows: list[dict]) -> None:
    with project.db.atomic():
        merge_rows.insert(project.db, "tags", rows)


def timed(action):
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def bench_agreement(folder: Path, sentences: int) -> None:
    project = Project.create(folder / "agreement.sqlite")
    segments = store_documents(project, sentences)
    names = ["ana", "ben", "chloe"]
    insert_tags(project, tag_rows(segments, names, random.Random(3)))
    overall, _ = timed(lambda: agreement(project, annotators=names, per_document=False))
    seconds, report = timed(lambda: agreement(project, annotators=names))
    matrix = _matrix(project, names)
    import krippendorff

    baseline, expected = timed(lambda: krippendorff.alpha(reliability_data=matrix,
                                                          level_of_measurement="nominal"))
    alpha = report.dimensions["stance"].alpha
    print(f"agreement: {sentences:,} sentences x {len(names)} annotators, "
          f"{len(report.documents):,} documents: {overall:.2f} s overall, {seconds:.2f} s "
          "with per-document figures "
          f"(stance alpha {alpha:.4f}, krippendorff package {expected:.4f} "
          f"in {baseline:.2f} s on the stance matrix alone)")
    schema = project.schema
    rows, _ = timed(lambda: (
        agreement_rows.labels(project.db, "stance", names, STANCES),
        agreement_rows.labels(project.db, "verifiability", names, CLAIMS),
        agreement_rows.spans(project.db, names, schema.source_types)))
    print(f"  of which reading the {_tag_count(project):,} tag rows "
          f"from SQLite: {rows:.2f} s")
    project.close()


def _matrix(project: Project, names: list[str]) -> np.ndarray:
    """Coders x sentences stance codes, NaN where missing: the package's input."""
    rows = agreement_rows.labels(project.db, "stance", names, STANCES)
    units = {seg: i for i, seg in enumerate(sorted({seg for seg, _, _ in rows}))}
    matrix = np.full((len(names), len(units)), np.nan)
    for seg, who, value in rows:
        matrix[who, units[seg]] = value
    return matrix


def _tag_count(project: Project) -> int:
    return project.stats()["tags"]


def bench_merge(folder: Path, tags: int) -> None:
    sentences = tags * 2 // 5  # 2.5 tags per sentence on average
    other = Project.create(folder / "other.sqlite")
    segments = store_documents(other, sentences)
    rows = tag_rows(segments, ["ben"], random.Random(5))[:tags]
    insert_tags(other, rows)
    other.close()
    ours = Project.create(folder / "ours.sqlite")
    store_documents(ours, sentences)
    seconds, report = timed(lambda: merge_project(ours, folder / "other.sqlite"))
    again, second = timed(lambda: merge_project(ours, folder / "other.sqlite"))
    ours.close()
    bare = _bare_copy(folder, sentences)
    print(f"reference: a 10-million-step Python loop takes {_reference():.2f} s here")
    empty = Project.create(folder / "empty.sqlite")
    into_empty, third = timed(lambda: merge_project(empty, folder / "other.sqlite"))
    empty.close()
    print(f"merge: {report.added['tags']:,} tags into matching documents: {seconds:.2f} s "
          f"(bare ATTACH + INSERT SELECT {bare:.2f} s; ratio {seconds / bare:.1f}x)")
    print(f"merge again (adds {sum(second.added.values())}): {again:.2f} s")
    print(f"merge into an empty project ({third.added['documents']:,} documents, "
          f"{third.added['tags']:,} tags): {into_empty:.2f} s")


def _bare_copy(folder: Path, sentences: int) -> float:
    """The same rows copied with plain SQL (no checks, no journal): the floor."""
    target = Project.create(folder / "bare.sqlite")
    store_documents(target, sentences)
    target.close()
    conn = sqlite3.connect(folder / "bare.sqlite")
    began = time.perf_counter()
    conn.execute("ATTACH DATABASE ? AS other", [str(folder / "other.sqlite")])
    with conn:
        conn.execute("INSERT INTO tags (segment_id, doc_id, annotator, dimension, value, "
                     "start, end, quote, via, created, updated) SELECT segment_id, doc_id, "
                     "annotator, dimension, value, start, end, quote, via, created, updated "
                     "FROM other.tags")
    seconds = time.perf_counter() - began
    conn.close()
    return seconds


def _reference() -> float:
    """Machine speed, so the figures can be compared across machines."""
    began, total = time.perf_counter(), 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--merge-tags", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_agreement(Path(folder), args.sentences)
        bench_merge(Path(folder), args.merge_tags)


if __name__ == "__main__":
    main()
