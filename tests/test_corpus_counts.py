"""Counts behind the charts and crosstabs, on a real project: two French articles imported
with the real pipeline, coded by two annotators, one sentence adjudicated."""

from __future__ import annotations

import csv

import pytest

from annotator.core.corpus.charts import BY_KEY, CHARTS, chart_table
from annotator.core.corpus.codings import GOLD, NO_SOURCE, month_of, places, read_codings
from annotator.core.corpus.crosstab import crosstab, write_csv
from annotator.core.errors import InputError
from annotator.core.project import Project
from tests.corpus_helpers import build_corpus, code_corpus


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory):
    project = build_corpus(tmp_path_factory.mktemp("corpus"))
    ids = code_corpus(project)
    yield project, ids
    project.close()


def test_codings_carry_outlet_month_and_gold(corpus_project):
    project, ids = corpus_project
    corpus = read_codings(project)
    assert corpus.annotators == ["ana", "ben"] and corpus.has_gold
    gold = corpus.layer(GOLD)
    assert [(c.segment_id, c.outlet, c.month, c.sources) for c in gold] == [
        (ids["monde"][0], "Le Monde", "2025-03", ("company",))]
    assert all(c.annotator != GOLD for c in corpus.layer(None))


def test_stance_per_outlet_counts_and_row_percent(corpus_project):
    project, _ids = corpus_project
    table = crosstab(read_codings(project), project.schema, "outlet", "stance")
    assert table.row_keys == ["=Ouest-France", "Le Monde"]
    assert table.column_keys == ["favour", "against", "neutral", "unclear"]
    assert [table.count("Le Monde", v) for v in table.column_keys] == [0, 1, 3, 0]
    assert table.row_percent("Le Monde", "neutral") == pytest.approx(75.0)
    assert table.row_percent("=Ouest-France", "favour") == pytest.approx(100 / 3)
    assert table.total == 7  # ben left the expert's verifiability, not his stance, open


def test_one_annotator_and_the_sentences_of_a_cell(corpus_project):
    project, ids = corpus_project
    table = crosstab(read_codings(project), project.schema, "month", "stance",
                     annotator="ben")
    assert table.row_keys == ["2025-03", "2025-04"]
    assert table.sentences("2025-03", "against") == ids["monde"]
    assert table.sentences("2025-04") == ids["expert"]


def test_sources_count_spans_and_no_source(corpus_project):
    project, ids = corpus_project
    corpus = read_codings(project)
    table = crosstab(corpus, project.schema, "source", "annotator")
    assert table.row_keys == ["government", "politician", "expert", "company", NO_SOURCE]
    assert table.count("government", "ana") == 2 and table.count("politician", "ben") == 1
    assert table.count(NO_SOURCE, "ben") == 1  # the expert's sentence: ben marked none
    chart = chart_table(corpus, project.schema, BY_KEY["source_types"])
    assert NO_SOURCE not in chart.row_keys
    assert sum(chart.count(k, "all") for k in chart.row_keys) == 6  # ana 4 spans, ben 2


def test_per_annotator_charts_compare_every_coder(corpus_project):
    project, _ids = corpus_project
    table = chart_table(read_codings(project), project.schema, BY_KEY["stance_by_annotator"],
                        annotator="ana")
    assert table.column_keys == ["ana", "ben", GOLD]
    assert table.count("neutral", "ben") == 2 and table.count("neutral", GOLD) == 1


def test_documents_and_values_are_named(corpus_project):
    project, _ids = corpus_project
    table = crosstab(read_codings(project), project.schema, "document", "verifiability")
    assert [table.row_label(k) for k in table.row_keys] == [
        "Le port de Marseille paralysé par une grève", "Le port du Havre reprend le travail"]
    assert table.column_label("not_a_claim") == "Not a claim"
    assert table.count("2", "unverifiable") == 1


def test_every_chart_has_numbers(corpus_project):
    project, _ids = corpus_project
    corpus = read_codings(project)
    for chart in CHARTS:
        table = chart_table(corpus, project.schema, chart)
        assert table.total > 0, chart.key


def test_csv_has_counts_totals_and_row_percents(corpus_project, tmp_path):
    project, _ids = corpus_project
    table = crosstab(read_codings(project), project.schema, "outlet", "stance")
    target = tmp_path / "stance.csv"
    assert write_csv(table, target) == 2
    lines = list(csv.reader(target.open(encoding="utf-8", newline="")))
    assert lines[0] == ["Outlet \u00d7 Stance", "Favour", "Against", "Neutral", "Unclear",
                        "Total", "Favour (row %)", "Against (row %)", "Neutral (row %)",
                        "Unclear (row %)"]
    assert lines[1][0] == "'=Ouest-France"  # never a formula in a spreadsheet
    assert lines[2] == ["Le Monde", "0", "1", "3", "0", "4", "0.0", "25.0", "75.0", "0.0"]
    assert lines[-1][:6] == ["Total", "1", "1", "5", "0", "7"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stance.csv"]  # no temporary left


def test_csv_refuses_the_project_and_leaves_it_intact(corpus_project):
    project, _ids = corpus_project
    table = crosstab(read_codings(project), project.schema, "outlet", "stance")
    with pytest.raises(InputError):
        write_csv(table, project.path, protect=[project.path])
    with Project.open(project.path, readonly=True) as again:
        assert again.annotators() == ["ana", "ben"]


def test_bad_axes_are_refused(corpus_project):
    project, _ids = corpus_project
    corpus = read_codings(project)
    with pytest.raises(InputError, match="unknown axis"):
        crosstab(corpus, project.schema, "colour", "stance")
    with pytest.raises(InputError, match="two different axes"):
        crosstab(corpus, project.schema, "stance", "stance")


def test_places_list_the_sentences_in_order(corpus_project):
    project, ids = corpus_project
    found = places(project, ids["expert"] + ids["monde"])
    assert [p.segment_id for p in found] == ids["monde"] + ids["expert"]
    assert "selon la direction du port" in found[0].text


def test_month_of_reads_iso_dates_only():
    assert month_of("2025-03-12T10:00:00") == "2025-03"
    assert month_of("12/03/2025") is None and month_of(None) is None


def test_codebook_retired_values_and_labels(tmp_path):
    from annotator.core.codebook.edit import edit_value, retire_value

    project = build_corpus(tmp_path)
    ids = code_corpus(project)
    retire_value(project, dimension="stance", value="unclear")
    retire_value(project, dimension="stance", value="against")  # ben's tag still carries it
    edit_value(project, dimension="source", value="expert", label="Expert or academic")
    corpus = read_codings(project)
    table = crosstab(corpus, project.schema, "stance", "source")
    assert table.row_keys == ["favour", "against", "neutral"]  # unused and retired: gone
    assert table.column_label("expert") == "Expert or academic"
    assert table.sentences("against") == ids["monde"]
    project.close()


def test_a_chart_keeps_the_documents_with_most_codings(corpus_project):
    project, _ids = corpus_project
    corpus = read_codings(project)
    chart = BY_KEY["verifiability_by_document"]
    table = chart_table(corpus, project.schema, chart, limit=1)
    assert table.row_keys == ["1"] and table.left_out == 1  # 4 codings against 2
    assert chart_table(corpus, project.schema, chart).left_out == 0
