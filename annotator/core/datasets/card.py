"""The dataset card written beside an export (``FILE.card.md``): what the file holds, who
coded it, how reliably, under which schema and filters, and when it was written."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..atomic import AtomicOutputs
from ..errors import AnnotatorError
from ..project import Project
from ..review.agreement import agreement, interpret
from ..schema import LabelSchema


class Tally:
    """Counts records as they stream into a writer, for the card."""

    def __init__(self, schema: LabelSchema):
        self.schema = schema
        self.records = 0
        self.documents: set[str] = set()
        self.annotators: Counter[str] = Counter()
        self.labels: dict[str, Counter[str]] = {d: Counter() for d in (*schema.dimensions,
                                                                        "sources")}

    def wrap(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            self.records += 1
            self.documents.add(record["doc"])
            self.annotators[record["annotator"] or "(untagged)"] += 1
            for dimension in self.schema.dimensions:
                if record.get(dimension):
                    self.labels[dimension][record[dimension]] += 1
            self.labels["sources"].update(s["type"] for s in record["sources"])
            yield record


def card_data(project: Project, path: Path, *, format: str, filters, tally: Tally
              ) -> dict[str, Any]:
    coders = sorted(a for a in tally.annotators if a not in ("gold", "(untagged)"))
    return {
        "file": path.name, "format": format, "records": tally.records,
        "documents": len(tally.documents), "project": Path(project.path).name,
        "target": project.target, "written": datetime.now(timezone.utc).date().isoformat(),
        "layer": "gold (adjudicated)" if filters.gold else "annotators",
        "filters": {"annotator": filters.annotator, "documents": filters.documents,
                    "include_boilerplate": filters.include_boilerplate,
                    "all_sentences": filters.all_sentences},
        "annotators": dict(sorted(tally.annotators.items())),
        "labels": {dim: dict(sorted(c.items())) for dim, c in tally.labels.items()},
        "agreement": _agreement(project, filters, coders),
        "schema": {**{dim: project.schema.values(dim) for dim in project.schema.dimensions},
                   "source types": project.schema.source_types},
    }


def card_path(path: Path) -> Path:
    return path.with_name(path.name + ".card.md")


def write_card(project: Project, outputs: AtomicOutputs, path: Path, *, format: str, filters,
               tally: Tally) -> Path:
    data = card_data(project, path, format=format, filters=filters, tally=tally)
    card = card_path(path)
    outputs.open(card).write(render(data))
    return card


def render(data: dict[str, Any]) -> str:
    lines = [f"# Dataset card: {data['file']}", "",
             f"- format: {data['format']}; layer: {data['layer']}",
             f"- records: {data['records']} from {data['documents']} document(s)",
             f"- project: {data['project']}; stance target: {data['target'] or '(none)'}",
             f"- written: {data['written']}",
             f"- filters: {json.dumps(data['filters'], ensure_ascii=False)}", "",
             "## Annotators", "", "| annotator | records |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in data["annotators"].items()]
    lines += ["", "## Labels", "", "| dimension | value | count |", "|---|---|---|"]
    lines += [f"| {dim} | {value} | {n} |" for dim, counts in data["labels"].items()
              for value, n in counts.items()]
    lines += ["", "## Agreement", ""]
    figures = data["agreement"]
    if figures is None:
        lines.append("Fewer than two annotators: no agreement figures.")
    else:
        lines += [f"Annotators: {', '.join(figures['annotators'])}; "
                  f"{figures['units']} sentences tagged by at least two.", "",
                  "| dimension | alpha | reading | observed | kappa |", "|---|---|---|---|---|"]
        for dim, fig in figures["dimensions"].items():
            lines.append(f"| {dim} | {_num(fig['alpha'])} | {interpret(fig['alpha'])} | "
                         f"{_num(fig['observed'])} | {_num(fig['kappa'])} |")
        sources = figures["sources"]
        lines += ["", f"Sources: span F1 {_num(sources['f1_lenient'])} (lenient, overlap "
                  f">= 0.3), {_num(sources['f1_strict'])} (strict, >= 0.8); type agreement "
                  f"on matched spans {_num(sources['type_agreement'])}."]
    lines += ["", "## Schema", ""]
    lines += [f"- {dim}: {', '.join(values)}" for dim, values in data["schema"].items()]
    return "\n".join(lines) + "\n"


def _agreement(project: Project, filters, coders: list[str]) -> dict[str, Any] | None:
    names = coders if len(coders) >= 2 else None
    if filters.gold:  # the gold layer's reliability is that of the coders behind it
        names = [a for a in project.annotators()]
    if not names or len(names) < 2:
        return None
    try:
        report = agreement(project, annotators=names, documents=filters.documents,
                           per_document=False)
    except AnnotatorError:
        return None
    data = report.to_dict()
    data.pop("documents")
    return data


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
