"""Import + segmentation throughput against bare ``nlp.pipe`` of the same pipeline.

The baseline runs the segmentation pipeline over exactly the paragraphs the import feeds
it, in the same process; the ratio is baseline time / import time (1.0 = no overhead).

    python bench/bench_import.py [--articles 300]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from annotator.core import nlp  # noqa: E402
from annotator.core.project import Project  # noqa: E402
from annotator.core.text.importer import import_paths  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = articles(args.articles)
    pipeline = nlp.load("fr", "segment")
    paragraphs = [line for text in texts for line in text.split("\n") if line.strip()]
    list(pipeline.pipe(paragraphs[:50]))  # warm up

    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        (folder_path / "in").mkdir()
        for number, text in enumerate(texts):
            (folder_path / "in" / f"a{number:04}.txt").write_text(text, encoding="utf-8")
        bare = ours = float("inf")
        # CPU time of this process, best of N: other work on the machine only adds noise.
        for run in range(args.repeat):
            start = time.process_time()
            for _ in pipeline.pipe(paragraphs, batch_size=256):
                pass
            bare = min(bare, time.process_time() - start)

            with Project.create(folder_path / f"bench{run}.sqlite") as project:
                start = time.process_time()
                report = import_paths(project, [folder_path / "in"], lang="fr")
                ours = min(ours, time.process_time() - start)
                sentences = project.stats()["sentences"]

    print(f"articles: {len(report.added)}  paragraphs: {len(paragraphs)}  "
          f"content sentences: {sentences}")
    print(f"bare nlp.pipe over all paragraphs: {bare:.2f} s CPU")
    print(f"import (read, detect, segment, write): {ours:.2f} s CPU")
    print(f"ratio bare/import: {bare / ours:.2f}  (target >= 0.8)")


if __name__ == "__main__":
    main()
