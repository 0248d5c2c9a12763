"""CSV for Excel and the wide table for statistics packages, read back as they would be."""

from __future__ import annotations

import csv
import io
import json
import re

from click.testing import CliRunner

from annotator.cli import main
from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, write_export
from annotator.core.datasets.spreadsheet import column_code, excel_date
from annotator.core.review import gold
from annotator.core.text.importer import import_paths
from tests.conftest import content_sentences

SYNTACTIC = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


def coded(project):
    first, second, third = content_sentences(project)[:3]
    text = project.sentence_text(first)
    start = text.index("la direction du port")
    for who, stance in (("ana", "neutral"), ("José-María", "against")):
        ops.add_source(project, segment_id=first.id, annotator=who, start=start,
                       end=start + len("la direction du port"), type="company")
        ops.set_label(project, segment_id=first.id, annotator=who, dimension="stance",
                      value=stance)
    ops.set_label(project, segment_id=second.id, annotator="ana", dimension="verifiability",
                  value="verifiable")
    gold.adopt(project, segment_id=first.id, from_annotator="ana", decided_by="chris")
    gold.set_gold_label(project, segment_id=third.id, dimension="stance", value=None,
                        decided_by="chris")
    return first, second, third


def test_excel_csv_bom_semicolons_crlf_and_dates(article_project, tmp_path):
    coded(article_project)
    out = tmp_path / "gold.csv"
    write_export(article_project, out, format="csv", filters=ExportFilter(gold=True),
                 excel=True, card=False)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 3 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", rows[0]["decided_at"])
    assert json.loads(rows[0]["provenance"])["stance"]["decided_by"] == "chris"


def test_plain_csv_provenance_is_json(article_project, tmp_path):
    coded(article_project)
    out = tmp_path / "gold.csv"
    write_export(article_project, out, format="csv", filters=ExportFilter(gold=True),
                 card=False)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert json.loads(rows[0]["provenance"])["sources"]["proposed_by"] == "ana"


def test_excel_dates():
    assert excel_date("2025-03-12T18:40:05.123+00:00") == "2025-03-12 18:40:05"
    assert excel_date("2025-03-12") == "2025-03-12"
    assert excel_date("12/03/2025") == "12/03/2025" and excel_date(None) is None


def test_wide_table_one_row_per_sentence(article_project, tmp_path):
    first, second, _third = coded(article_project)
    out = tmp_path / "wide.csv"
    count = write_export(article_project, out, format="csv", wide=True)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert count == len(rows) == 2  # sentences with tags, once each
    header = list(rows[0])
    assert all(SYNTACTIC.match(name) for name in header)
    assert header[:8] == ["doc_id", "doc", "doc_title", "index", "kind", "start", "end", "text"]
    types = article_project.schema.source_types
    for code in ("ana", "jose_maria"):
        at = header.index(f"{code}_stance")
        assert header[at:at + 3 + len(types)] == [
            f"{code}_stance", f"{code}_verifiability", f"{code}_sources",
            *(f"{code}_src_{t}" for t in types)]
    row = rows[0]
    assert (row["ana_stance"], row["jose_maria_stance"]) == ("neutral", "against")
    assert row["ana_src_company"] == "1" and row["ana_src_government"] == "0"
    assert row["ana_verifiability"] == "" and row["ana_sources"] == "1"
    other = rows[1]
    assert other["ana_verifiability"] == "verifiable" and other["ana_sources"] == "0"
    assert other["jose_maria_stance"] == "" and other["jose_maria_src_company"] == ""


def test_wide_gold_keeps_a_decided_none_apart(article_project, tmp_path):
    coded(article_project)
    out = tmp_path / "wide.csv"
    write_export(article_project, out, format="csv", wide=True,
                 filters=ExportFilter(gold=True), card=False)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["gold_stance"] for r in rows] == ["neutral", "none"]
    assert rows[1]["gold_sources"] == "" and rows[1]["gold_verifiability"] == ""


def test_wide_cells_are_neutralised(fresh_project, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("=HYPERLINK(\"http://x\") selon le ministère, a déclaré l'AFP.\n",
                    encoding="utf-8")
    import_paths(fresh_project, [path], lang="fr")
    sentence = fresh_project.sentences(1)[0]
    ops.set_label(fresh_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="neutral")
    out = tmp_path / "wide.csv"
    result = CliRunner().invoke(main, ["export", str(fresh_project.path), "--format", "csv",
                                       "--wide", "--excel", "-o", str(out)])
    assert result.exit_code == 0, result.output
    [row] = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";")
    assert row["text"].startswith("'=HYPERLINK")


def test_column_codes():
    taken: set[str] = set()
    assert column_code("Ana", taken) == "ana" and column_code("ana", taken) == "ana_2"
    assert column_code("2nd coder", taken) == "a_2nd_coder"
    assert len(column_code("Marie-Christine de la Fontaine", taken)) <= 14


def test_wide_needs_csv(article_project, tmp_path):
    result = CliRunner().invoke(main, ["export", str(article_project.path), "--wide",
                                       "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 1 and "csv format only" in result.output
