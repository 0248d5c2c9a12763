"""Prodigy JSONL: one task per export record that decides something, in the shape
``prodigy db-in`` accepts (a sentence nobody tagged is left out, not sent as an "accept" with
nothing selected).

Each task has the sentence ``text``; ``spans`` ({start, end, label, text}) with offsets inside
that text; the stance and verifiability choices as ``options`` with the chosen ids in
``accept`` (ids like ``stance:neutral``); ``answer: "accept"``; ``_annotator_id``; and
``meta`` (doc key, sentence index, annotator).

``_input_hash`` and ``_task_hash`` use the keys of Prodigy's ``set_hashes`` defaults: the
input keys ``text``, ``image``, ``html``, ``input`` and the task keys ``spans``, ``label``,
``options``, ``arcs``, those present in the task. ``accept`` is the answer, not the question,
so two coders' answers to the same sentence share both hashes unless their spans differ,
as Prodigy expects of answers to one question. Each hash is MurmurHash3 (x86, 32-bit, seed
0, signed) of the UTF-8 bytes of: for the task hash, the input hash in decimal; then the
JSON (``sort_keys``, non-ASCII kept, Python's default separators) of an object holding the
keys present. ``prodigy db-in --rehash`` recomputes them with Prodigy's own code.
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

INPUT_KEYS = ("text", "image", "html", "input")  # Prodigy's INPUT_HASH_KEYS
TASK_KEYS = ("spans", "label", "options", "arcs")  # Prodigy's TASK_HASH_KEYS


def hash_string(task: dict[str, Any], keys: Iterable[str], prefix: str = "") -> str:
    return prefix + json.dumps({key: task[key] for key in keys if key in task},
                               sort_keys=True, ensure_ascii=False)


def stable_hash(task: dict[str, Any], keys: Iterable[str], prefix: str = "") -> int:
    import murmurhash

    return murmurhash.hash(hash_string(task, keys, prefix))


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
