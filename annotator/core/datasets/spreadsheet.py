"""CSV for spreadsheets and statistics packages: ``--excel`` (what French Excel opens with a
double click) and ``--wide`` (one row per sentence, as R, SPSS and Stata expect).

``--excel``: UTF-8 with a byte order mark, ``;`` between cells, CRLF line ends, and
timestamps as ``YYYY-MM-DD HH:MM:SS`` (UTC, as stored), a form Excel reads as a date.

``--wide``: one row per sentence; per annotator (the gold layer counts as the annotator
``gold``) one column per dimension (``ana_stance``, ``ana_verifiability``), the number of
sources (``ana_sources``) and one 0/1 column per source type (``ana_src_government``). A
cell is empty (missing, ``NA`` in R) where the annotator did not tag the sentence, or left
the dimension open (a gold decision "no value" is ``none``); 0 only where they decided the
sentence's sources without one of that type (same rule as the spaCy export). Column names
are syntactic everywhere: ASCII letters, digits and underscores, starting with a letter, at
most 32 characters (Stata's limit); annotator names are folded to fit.
Both share the export's neutralisation of cells that start like a formula.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any

from ..progress import Progress
from ..schema import LabelSchema
from .spacy_docbin import decisions

EXCEL = {"delimiter": ";", "lineterminator": "\r\n"}
EXCEL_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
SENTENCE_COLUMNS = ("doc_id", "doc", "doc_title", "index", "kind", "start", "end", "text")
NAME_LIMIT = 14  # annotator part of a column name: "<name>_verifiability" stays <= 32
NONE = "none"  # a decided "no value" (gold), unlike an empty cell: not decided
DATE_COLUMNS = re.compile(r"(^|_)(date|decided_at|created|updated)$")


def excel_date(value: Any) -> Any:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM:SS`` (a date alone stays ``YYYY-MM-DD``);
    anything else unchanged."""
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if len(value) == 10:
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def excel_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {key: excel_date(value) if DATE_COLUMNS.search(key) else value
            for key, value in row.items()}


def column_code(name: str, taken: set[str]) -> str:
    """``name`` as the start of syntactic column names, unique among ``taken``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    code = re.sub(r"[^A-Za-z0-9]+", "_", folded).strip("_").lower()
    if not code or not code[0].isalpha():
        code = "a_" + code
    code = code[:NAME_LIMIT].rstrip("_")
    unique, n = code, 2
    while unique in taken:
        unique = f"{code[:NAME_LIMIT - len(str(n)) - 1]}_{n}"
        n += 1
    taken.add(unique)
    return unique


def wide_table(records: Iterable[dict[str, Any]], schema: LabelSchema, progress: Progress
               ) -> tuple[list[str], list[dict[str, Any]]]:
    """(header, rows): one row per sentence in export order."""
    rows: list[dict[str, Any]] = []
    by_sentence: dict[tuple[int, int], dict[str, Any]] = {}
    codes: dict[str, str] = {}
    taken: set[str] = set(SENTENCE_COLUMNS)
    types = schema.source_types
    for count, record in enumerate(records, start=1):
        key = (record["doc_id"], record["index"])
        if key not in by_sentence:
            by_sentence[key] = {c: record[c] for c in SENTENCE_COLUMNS}
            rows.append(by_sentence[key])
        who = record["annotator"]
        if who is None:
            continue
        code = codes.get(who) or codes.setdefault(who, column_code(who, taken))
        row = by_sentence[key]
        decided = decisions(record, schema)
        for dimension in schema.dimensions:
            if dimension in decided:
                row[f"{code}_{dimension}"] = decided[dimension] or NONE
        if "sources" in decided:
            row[f"{code}_sources"] = len(decided["sources"])
            marked = {s["type"] for s in decided["sources"]}
            row.update({f"{code}_src_{t}": int(t in marked) for t in types})
        if count % 10000 == 0:
            progress(count, 0, "exporting")
    header = list(SENTENCE_COLUMNS)
    for who in sorted(codes, key=lambda name: (name == "gold", name)):
        code = codes[who]
        header += [f"{code}_{d}" for d in schema.dimensions] + [f"{code}_sources"]
        header += [f"{code}_src_{t}" for t in types]
    return header, rows


def write_wide(handle: IO, records: Iterable[dict[str, Any]], schema: LabelSchema,
               progress: Progress, *, excel: bool, cell) -> int:
    header, rows = wide_table(records, schema, progress)
    writer = csv.DictWriter(handle, fieldnames=header, restval="", **(EXCEL if excel else {}))
    writer.writeheader()
    for row in rows:
        writer.writerow({key: cell(value) for key, value in row.items()})
    return len(rows)
