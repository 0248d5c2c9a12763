"""Agreement measures against known values, and over a project."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from annotator.core import ops
from annotator.core.errors import InputError
from annotator.core.review.agreement import agreement, cohen_kappa, interpret, krippendorff_alpha
from annotator.core.review.agreement_spans import LENIENT, STRICT, SpanCounts, match

N = None
# Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 coders x 12 units.
PUBLISHED = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
             [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
             [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
             [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]


def test_alpha_of_krippendorffs_published_example():
    assert round(krippendorff_alpha(PUBLISHED), 3) == 0.743


@pytest.mark.parametrize("seed", range(5))
def test_alpha_matches_the_krippendorff_package(seed):
    rng = np.random.default_rng(seed)
    coders, units = 2 + seed % 3, 40
    data = rng.integers(0, 4, (coders, units)).astype(float)
    data[rng.random((coders, units)) < 0.25] = np.nan
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert krippendorff_alpha(data.tolist()) == pytest.approx(expected)


def test_cohen_kappa_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po .70, pe .50, kappa .40
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_alpha_undefined_without_variation():
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None
    assert interpret(None).startswith("undefined")


def test_thresholds_read_as_krippendorff_says():
    assert interpret(0.81).startswith("reliable")
    assert interpret(0.7).startswith("tentative")
    assert interpret(0.6).startswith("unreliable")


def test_half_overlap_matches_leniently_not_strictly():
    reference, other = [(0, 10, "media")], [(5, 20, "media")]
    assert match(reference, other, LENIENT) == [(0, 0)]
    assert match(reference, other, STRICT) == []


def test_span_f1_and_type_agreement():
    counts = SpanCounts()
    counts.add([(0, 10, "media"), (20, 30, "expert")], [(0, 10, "government")])
    assert counts.f1() == pytest.approx(2 / 3)  # (1 + 1) / (2 + 1)
    assert counts.type_agreement == 0.0
    counts.add([], [])  # a sentence both left without source: no span, still a unit
    assert counts.units == 2 and counts.f1() == pytest.approx(2 / 3)


@pytest.fixture
def coded(article_project):
    sentences = [s for s in article_project.sentences(1) if not s.boilerplate]
    stances = [("neutral", "neutral"), ("against", "against"), ("favour", "neutral")]
    for sentence, (a, b) in zip(sentences, stances):
        for who, value in (("ana", a), ("ben", b)):
            ops.set_label(article_project, segment_id=sentence.id, annotator=who,
                          dimension="stance", value=value)
            ops.add_source(article_project, segment_id=sentence.id, annotator=who, start=0,
                           end=10, type="media")
    ops.set_label(article_project, segment_id=sentences[3].id, annotator="ana",
                  dimension="stance", value="favour")  # coded by one only: not a unit
    return article_project


def test_project_alpha_equals_the_reliability_data(coded):
    report = agreement(coded, annotators=["ana", "ben"])
    expected = krippendorff_alpha([["neutral", "against", "favour"],
                                   ["neutral", "against", "neutral"]])
    stance = report.dimensions["stance"]
    assert report.units == 3 and stance.units == 3
    assert stance.alpha == pytest.approx(expected)
    assert stance.observed == pytest.approx(2 / 3)
    assert stance.kappa == pytest.approx(cohen_kappa(["neutral", "against", "favour"],
                                                     ["neutral", "against", "neutral"]))
    assert report.sources.total().f1() == 1.0


def test_missing_dimension_is_missing_not_a_unit(coded):
    assert agreement(coded, annotators=["ana", "ben"]).dimensions["verifiability"].units == 0


def test_per_document_figures(coded):
    [doc] = agreement(coded, annotators=["ana", "ben"]).documents
    assert doc.doc_id == 1 and doc.units == 3
    assert doc.dimensions["stance"].observed == pytest.approx(2 / 3)


def test_needs_two_annotators(coded):
    with pytest.raises(InputError):
        agreement(coded, annotators=["ana"])


def test_cli_table_and_json(coded):
    from click.testing import CliRunner

    from annotator.cli import main

    path = str(coded.path)
    table = CliRunner().invoke(main, ["agreement", path, "--annotators", "ana", "ben"])
    assert table.exit_code == 0 and "stance\t3\t" in table.output and ".800" in table.output
    result = CliRunner().invoke(main, ["agreement", path, "--json"])
    data = json.loads(result.output)
    assert data["annotators"] == ["ana", "ben"] and data["units"] == 3
