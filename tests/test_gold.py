"""The gold layer: adjudication operations, provenance, undo, and review rows."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core import ops
from annotator.core.errors import InputError
from annotator.core.review import gold
from annotator.core.review.rows import gold_layer, review_row, review_rows
from tests.conftest import content_sentences


@pytest.fixture
def coded(article_project):
    """Sentence 0: ana and ben agree; sentence 1: they disagree on stance; 2: ana only."""
    s0, s1, s2 = content_sentences(article_project)[:3]
    for who, stance in (("ana", "neutral"), ("ben", "neutral")):
        ops.set_label(article_project, segment_id=s0.id, annotator=who, dimension="stance",
                      value=stance)
        ops.add_source(article_project, segment_id=s0.id, annotator=who, start=0, end=10,
                       type="media")
    for who, stance in (("ana", "favour"), ("ben", "against")):
        ops.set_label(article_project, segment_id=s1.id, annotator=who, dimension="stance",
                      value=stance)
        ops.set_label(article_project, segment_id=s1.id, annotator=who,
                      dimension="verifiability", value="opinion")
    ops.set_label(article_project, segment_id=s2.id, annotator="ana", dimension="stance",
                  value="neutral")
    return article_project


def segment(project, number):
    return content_sentences(project)[number].id


def test_adopt_copies_tags_with_provenance(coded):
    seg = segment(coded, 0)
    gold.adopt(coded, segment_id=seg, from_annotator="ana", decided_by="chris",
               reason="clear attribution")
    layer = gold_layer(coded, seg)
    assert layer.stance == "neutral" and [s.type for s in layer.sources] == ["media"]
    decision = layer.decisions["stance"]
    assert (decision.proposed_by, decision.decided_by, decision.reason) == (
        "ana", "chris", "clear attribution")
    assert decision.decided_at


def test_adopt_all_sources_takes_the_union(coded):
    seg = segment(coded, 0)
    ops.add_source(coded, segment_id=seg, annotator="ben", start=12, end=20, type="citizen")
    gold.adopt_all_sources(coded, segment_id=seg, annotators=["ana", "ben"],
                           decided_by="chris")
    layer = gold_layer(coded, seg)
    start = coded.sentence(seg).start
    assert [(s.start - start, s.end - start, s.type) for s in layer.sources] == [
        (0, 10, "media"), (12, 20, "citizen")]
    assert layer.decisions["source"].proposed_by == "ana+ben"
    ops.undo(coded, annotator="chris")
    assert gold_layer(coded, seg) is None or not gold_layer(coded, seg).decided("source")


def test_adopt_all_sources_needs_a_source(coded):
    with pytest.raises(InputError, match="marked a source"):
        gold.adopt_all_sources(coded, segment_id=segment(coded, 1), annotators=["ana", "ben"],
                               decided_by="chris")


def test_adopt_some_dimensions_only(coded):
    seg = segment(coded, 1)
    gold.adopt(coded, segment_id=seg, from_annotator="ben", decided_by="chris",
               dimensions=["stance"])
    layer = gold_layer(coded, seg)
    assert layer.stance == "against" and set(layer.decisions) == {"stance"}


def test_adopt_needs_a_tagged_sentence(coded):
    with pytest.raises(InputError):
        gold.adopt(coded, segment_id=segment(coded, 2), from_annotator="ben",
                   decided_by="chris")


def test_undo_restores_the_previous_decision(coded):
    seg = segment(coded, 1)
    gold.adopt(coded, segment_id=seg, from_annotator="ana", decided_by="chris")
    gold.adopt(coded, segment_id=seg, from_annotator="ben", decided_by="chris")
    ops.undo(coded, annotator="chris")
    assert gold_layer(coded, seg).stance == "favour"
    ops.undo(coded, annotator="chris")
    assert gold_layer(coded, seg) is None


def test_decided_none_differs_from_not_adjudicated(coded):
    seg = segment(coded, 2)
    gold.set_gold_label(coded, segment_id=seg, dimension="stance", value=None,
                        decided_by="chris")
    layer = gold_layer(coded, seg)
    assert layer.stance is None and layer.decided("stance")


def test_reviewer_sets_sources_and_reason(coded):
    seg = segment(coded, 2)
    gold.set_gold_sources(coded, segment_id=seg, decided_by="chris",
                          sources=[{"start": 4, "end": 11, "type": "citizen"}])
    gold.set_gold_reason(coded, segment_id=seg, reason="the dockers", decided_by="chris")
    layer = gold_layer(coded, seg)
    start = coded.sentence(seg).start
    assert [(s.start - start, s.end - start, s.type) for s in layer.sources] == [
        (4, 11, "citizen")]
    assert layer.decisions["source"].reason == "the dockers"


def test_accept_agreed_takes_only_what_all_agree_on(coded):
    changes = gold.accept_agreed(coded, annotators=["ana", "ben"], decided_by="chris")
    assert changes.detail["sentences"] == 2
    agreed = gold_layer(coded, segment(coded, 0))
    assert agreed.stance == "neutral" and agreed.decisions["stance"].proposed_by == "ana+ben"
    split = gold_layer(coded, segment(coded, 1))
    assert not split.decided("stance") and split.verifiability == "opinion"
    assert gold_layer(coded, segment(coded, 2)) is None  # ben never tagged it


def test_accept_agreed_leaves_decisions_alone(coded):
    seg = segment(coded, 0)
    gold.set_gold_label(coded, segment_id=seg, dimension="stance", value="unclear",
                        decided_by="chris")
    gold.accept_agreed(coded, annotators=["ana", "ben"], decided_by="chris")
    assert gold_layer(coded, seg).stance == "unclear"


def test_clear_gold(coded):
    seg = segment(coded, 0)
    gold.adopt(coded, segment_id=seg, from_annotator="ana", decided_by="chris")
    gold.clear_gold(coded, segment_id=seg, decided_by="chris")
    assert gold_layer(coded, seg) is None


def test_review_rows_put_disagreements_first(coded):
    rows = review_rows(coded, annotators=["ana", "ben"])
    assert rows[0].status == "disagree" and rows[0].disagreements == ("stance",)
    assert rows[0].layers["ana"].stance == "favour" and rows[0].layers["ben"].stance == "against"
    assert [r.status for r in rows[1:3]] == ["agree", "single"]


def test_review_row_shows_gold_after_an_operation(coded):
    seg = segment(coded, 1)
    gold.adopt(coded, segment_id=seg, from_annotator="ben", decided_by="chris")
    row = review_row(coded, segment_id=seg, annotators=["ana", "ben"])
    assert row.adjudicated and row.gold.stance == "against"


def test_cli_adjudicate_and_accept_agreed(coded):
    runner, path = CliRunner(), str(coded.path)
    index = coded.sentence(segment(coded, 1)).idx
    result = runner.invoke(main, ["adjudicate", path, "1", str(index), "--adopt", "ana",
                                  "--by", "chris", "--reason", "framing"])
    assert result.exit_code == 0 and "stance=favour" in result.output
    result = runner.invoke(main, ["accept-agreed", path, "--annotators", "ana", "ben",
                                  "--by", "chris"])
    assert result.exit_code == 0 and result.output.startswith("1 sentence(s)")
    result = runner.invoke(main, ["review", path, "--annotators", "ana", "ben"])
    assert result.exit_code == 0 and "gold: stance=favour" in result.output
