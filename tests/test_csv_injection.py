"""CSV cells that a spreadsheet would run as a formula are written as text (OWASP)."""

from __future__ import annotations

import csv
import json

from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, write_export
from annotator.core.text.importer import import_paths

ARTICLE = """=HYPERLINK("http://example.com/x","cliquez ici") a déclaré le ministre.

+33 personnes ont été évacuées selon la préfecture.

-2+3 est le calcul que personne ne fait.

@SUM(A1:A9) resterait une formule dans un tableur.

Une phrase ordinaire, qui reste telle quelle.
"""
NOTES = ["=cmd|' /C calc'!A0", "\tavec une tabulation", "\rretour chariot", "-1", "ok"]


def test_formula_like_cells_are_prefixed_with_a_quote(fresh_project, tmp_path):
    source = tmp_path / "formules.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    import_paths(fresh_project, [source], lang="fr")
    sentences = fresh_project.sentences(1)
    for sentence, note in zip(sentences, NOTES):
        ops.set_note(fresh_project, segment_id=sentence.id, annotator="=ana", note=note)
    write_export(fresh_project, tmp_path / "out.jsonl", filters=_all())
    write_export(fresh_project, tmp_path / "out.csv", format="csv", filters=_all())
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(records) == len(sentences)
    neutralised = 0
    for record, row in zip(records, rows):
        for field in ("text", "note", "annotator", "doc_title"):
            value = record[field]
            if value and value[0] in "=+-@\t\r":
                assert row[field] == "'" + value
                neutralised += 1
            else:
                assert row[field] == (value or "")
    assert neutralised >= 4 + 4 + len(rows)  # sentences, notes, and every "=ana"
    assert not any(cell.startswith(tuple("=+-@\t\r")) for row in rows for cell in row.values())


def _all() -> ExportFilter:
    return ExportFilter(all_sentences=True, include_boilerplate=True)
