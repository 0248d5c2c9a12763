"""Renaming a codebook value that many tags carry, and undoing it.

Times ``codebook.rename_value`` (the tags follow, and every row's before/after image goes into
the undo journal) and its undo on a project whose tags are half the value renamed, against
a bare ``UPDATE`` of the same rows by ``sqlite3`` in the same run (the ratio is what to read:
absolute times move with the machine's load).

    python bench/bench_codebook.py [--tags 100000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import store_documents  # noqa: E402

from annotator.core import codebook, ops  # noqa: E402
from annotator.core.project import Project  # noqa: E402


def build(path: Path, tags: int) -> int:
    """``tags`` verifiability tags by two coders, every other one "opinion"."""
    with Project.create(path) as project:
        rows = store_documents(project, tags // 2)
        stamp = "2026-01-01T00:00:00"
        values = [(seg, doc, who, "verifiability", "opinion" if n % 2 else "verifiable", stamp)
                  for n, (seg, doc, _start) in enumerate(rows) for who in ("ana", "ben")]
        with project.db.atomic():
            project.db.conn.executemany(
                "INSERT INTO tags (segment_id, doc_id, annotator, dimension, value, created) "
                "VALUES (?, ?, ?, ?, ?, ?)", values)
        return sum(1 for v in values if v[4] == "opinion")


def bare_update(path: Path) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE tags SET value = 'judgement' "
                 "WHERE dimension = 'verifiability' AND value = 'opinion'")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tags", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, copy = Path(folder) / "big.sqlite", Path(folder) / "bare.sqlite"
        renamed = build(path, args.tags)
        shutil.copy(path, copy)  # no connection is open on it
        bare = bare_update(copy)
        with Project.open(path) as project:
            start = time.perf_counter()
            changes = codebook.rename_value(project, dimension="verifiability",
                                            value="opinion", new="judgement")
            rename = time.perf_counter() - start
            start = time.perf_counter()
            ops.undo(project)
            undo = time.perf_counter() - start
        assert changes.detail["tags"] == renamed
        print(f"{renamed:,} of {args.tags:,} tags renamed: rename {rename:.2f} s, undo "
              f"{undo:.2f} s; bare UPDATE {bare:.2f} s (rename / bare {rename / bare:.1f}x, "
              f"undo / bare {undo / bare:.1f}x)")


if __name__ == "__main__":
    main()
