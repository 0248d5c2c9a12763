"""Charts and crosstabs on a large project: 100,000 sentences coded by two annotators
(stance, verifiability, one source half the time), documents spread over 12 outlets and
24 months.

Times reading every coding (``read_codings``, and its grouped query alone), every chart's
numbers and one crosstab, against a bare SQLite ``GROUP BY`` counting stance per outlet
over the same tags (the least any count must cost), measured in the same run.

    python bench/bench_charts.py [--sentences 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_review import insert_tags, tag_rows  # noqa: E402
from corpus import store_documents  # noqa: E402

from annotator.core.corpus.charts import CHARTS, chart_table  # noqa: E402
from annotator.core.corpus.codings import read_codings  # noqa: E402
from annotator.core.corpus.crosstab import crosstab  # noqa: E402
from annotator.core.project import Project  # noqa: E402
from annotator.core.store import corpus_rows  # noqa: E402

GROUP_BY = ("SELECT d.outlet, t.value, COUNT(*) FROM tags t JOIN segments s ON s.id = "
            "t.segment_id JOIN documents d ON d.id = t.doc_id WHERE s.kind != 'boilerplate' "
            "AND t.dimension = 'stance' GROUP BY d.outlet, t.value")


def timed(action):
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = Project.create(Path(folder) / "charts.sqlite")
        segments = store_documents(project, args.sentences)
        insert_tags(project, tag_rows(segments, ["ana", "ben"], random.Random(5)))
        with project.db.atomic():  # outlet and date columns, as an import would set them
            for doc_id in {doc for _s, doc, _start in segments}:
                project.db["documents"].update(doc_id, {
                    "outlet": f"Outlet {doc_id % 12}",
                    "date": f"{2024 + doc_id % 2}-{doc_id % 12 + 1:02d}-15"})
        baseline, _rows = timed(lambda: project.db.execute(GROUP_BY).fetchall())
        sql, _rows = timed(lambda: corpus_rows.codings(project.db, gold_name="gold"))
        reading, corpus = timed(lambda: read_codings(project))
        charts, _tables = timed(lambda: [chart_table(corpus, project.schema, chart)
                                         for chart in CHARTS])
        table_time, table = timed(lambda: crosstab(corpus, project.schema, "source", "month"))
        print(f"{len(corpus.codings):,} codings of {args.sentences:,} sentences")
        print(f"bare GROUP BY (stance x outlet): {baseline * 1000:8.1f} ms")
        print(f"  its grouped query alone:       {sql * 1000:8.1f} ms "
              f"({sql / baseline:.1f} x)")
        print(f"read_codings:                    {reading * 1000:8.1f} ms "
              f"({reading / baseline:.1f} x the GROUP BY)")
        print(f"all {len(CHARTS)} charts' numbers:          {charts * 1000:8.1f} ms "
              f"({charts / baseline:.1f} x)")
        print(f"crosstab source x month:         {table_time * 1000:8.1f} ms "
              f"({table_time / baseline:.1f} x), {len(table.row_keys)} x "
              f"{len(table.column_keys)} cells")
        project.close()


if __name__ == "__main__":
    main()
