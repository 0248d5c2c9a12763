"""Tag writes and exports on a large project.

- one tag written (core operation, committed) on a project with 1,000,000 tags: p50 / p99;
- export of those tag rows to JSONL against a bare ``sqlite3`` SELECT + ``json.dumps`` loop
  over the same rows, in the same run (ratio export / bare; target within 2x).

    python bench/bench_store.py [--tags 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import store_documents  # noqa: E402

from annotator.core import ops  # noqa: E402
from annotator.core.datasets.export import write_export  # noqa: E402
from annotator.core.project import Project  # noqa: E402

ANNOTATORS = [f"coder{n}" for n in range(7)]


def build(project: Project, tags: int) -> list[int]:
    """Documents, sentences and about ``tags`` tag rows (stance, verifiability, one source)."""
    pairs = tags // 3
    rows = store_documents(project, -(-pairs // len(ANNOTATORS)))
    stamp = "2026-01-01T00:00:00"

    def tag_rows():
        for seg_id, doc_id, start in rows:
            for who in ANNOTATORS:
                yield (seg_id, doc_id, who, "stance", "neutral", None, None, None, stamp)
                yield (seg_id, doc_id, who, "verifiability", "verifiable", None, None, None,
                       stamp)
                yield (seg_id, doc_id, who, "source", "media", start + 50, start + 68,
                       "indirect", stamp)

    with project.db.atomic():
        project.db.conn.executemany(
            "INSERT INTO tags (segment_id, doc_id, annotator, dimension, value, start, end, "
            "quote, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tag_rows())
    return [r[0] for r in rows]


def bare_export(path: Path, out: Path) -> None:
    conn = sqlite3.connect(path)
    cursor = conn.execute("SELECT * FROM tags")
    columns = [d[0] for d in cursor.description]
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with out.open("w", encoding="utf-8") as handle:
        for row in cursor:
            handle.write(dumps(dict(zip(columns, row))))
            handle.write("\n")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tags", type=int, default=1_000_000)
    parser.add_argument("--writes", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite"
        project = Project.create(path)
        start = time.perf_counter()
        segment_ids = build(project, args.tags)
        total = project.db.execute("SELECT count(*) FROM tags").fetchone()[0]
        print(f"built {total:,} tags on {len(segment_ids):,} sentences "
              f"in {time.perf_counter() - start:.1f} s")

        rng = random.Random(1)
        values = project.schema.values("stance")
        timings = []
        for _ in range(args.writes):
            segment_id = rng.choice(segment_ids)
            begin = time.perf_counter()
            ops.set_label(project, segment_id=segment_id, annotator="bench",
                          dimension="stance", value=rng.choice(values))
            timings.append((time.perf_counter() - begin) * 1000)
        timings.sort()
        p99 = timings[int(len(timings) * 0.99) - 1]
        print(f"one tag written and committed ({args.writes} writes): "
              f"p50 {statistics.median(timings):.2f} ms, p99 {p99:.2f} ms (target p99 < 5 ms)")

        out = Path(folder) / "out.jsonl"
        start = time.perf_counter()
        bare_export(path, out)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        records = write_export(project, out)
        ours = time.perf_counter() - start
        project.close()
    print(f"bare SELECT + json.dumps over {total:,} tag rows: {bare:.2f} s")
    print(f"JSONL export ({records:,} records, one per sentence and annotator): {ours:.2f} s")
    print(f"ratio export/bare: {ours / bare:.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
