"""Prodigy JSONL: one task per export record, in the shape ``prodigy db-in`` accepts.

Each task has the sentence ``text``; ``spans`` ({start, end, label}) with offsets inside that
text; the stance and verifiability choices as ``options`` with the chosen ids in ``accept``
(ids like ``stance:neutral``); ``answer: "accept"``; ``_annotator_id``; and ``meta`` (doc key,
sentence index, annotator). ``_input_hash`` and ``_task_hash`` follow Prodigy's recipe: a
32-bit MurmurHash of the JSON of the input keys (``text``), and of the input hash plus the
task keys (``spans``, ``options``, ``accept``); so they are deterministic, and equal for equal
text / equal annotations. ``prodigy db-in --rehash`` recomputes them with Prodigy's own code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..atomic import AtomicOutputs
from ..progress import Progress
from ..project import Project
from ..schema import LabelSchema

INPUT_KEYS = ("text",)
TASK_KEYS = ("spans", "options", "accept")


def stable_hash(task: dict[str, Any], keys: Iterable[str], prefix: str = "") -> int:
    import murmurhash

    parts = [f"{key}={json.dumps(task[key], sort_keys=True, ensure_ascii=False)}"
             for key in keys if key in task]
    return murmurhash.hash(prefix + "|".join(parts))


def prodigy_task(record: dict[str, Any], schema: LabelSchema) -> dict[str, Any]:
    offset = record["start"]
    annotator = record["annotator"] or "unassigned"
    task: dict[str, Any] = {
        "text": record["text"],
        "spans": [{"start": s["start"] - offset, "end": s["end"] - offset, "label": s["type"],
                   "text": s["text"]} for s in record["sources"]],
        "options": [{"id": f"{dim}:{value}", "text": f"{dim}: {value}"}
                    for dim in schema.dimensions for value in schema.values(dim)],
        "accept": [f"{dim}:{record[dim]}" for dim in schema.dimensions if record.get(dim)],
        "answer": "accept",
        "_annotator_id": annotator,
        "_session_id": annotator,
        "meta": {"doc": record["doc"], "doc_id": record["doc_id"], "index": record["index"],
                 "annotator": record["annotator"]},
    }
    task["_input_hash"] = stable_hash(task, INPUT_KEYS)
    task["_task_hash"] = stable_hash(task, TASK_KEYS, prefix=str(task["_input_hash"]))
    return task


def write_prodigy(project: Project, outputs: AtomicOutputs, path: Path,
                  records: Iterable[dict[str, Any]], progress: Progress) -> int:
    schema = project.schema
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    count = 0
    handle = outputs.open(path)
    for count, record in enumerate(records, start=1):
        handle.write(dumps(prodigy_task(record, schema)) + "\n")
        if count % 10000 == 0:
            progress(count, 0, "exporting")
    return count
