"""Suggestions stored in the project: computed, accepted, rejected, remembered, exported."""

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core import ops, suggestions
from annotator.core.datasets.export import ExportFilter, iter_records
from annotator.core.resources import SAMPLES
from annotator.core.text.importer import import_paths
from tests.conftest import SHARED_SAMPLES


@pytest.fixture
def suggested(article_project):
    suggestions.suggest_documents(article_project)
    return article_project


def sentence_with(project, words):
    document = project.document(1)
    return next(s for s in project.sentences(1) if words in document.text[s.start:s.end])


def source_suggestions(project, sentence):
    return [s for s in suggestions.open_suggestions(project, sentence.id)
            if s.dimension == "source"]


def test_source_suggested_with_document_offsets(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    [found] = source_suggestions(suggested, sentence)
    text = suggested.document(1).text
    assert text[found.start:found.end] == "la direction du port"
    assert found.origin == "rules" and found.reason and found.state == "open"


def test_boilerplate_gets_no_suggestions(suggested):
    byline = sentence_with(suggested, "Par Claire Dumont")
    assert suggestions.open_suggestions(suggested, byline.id) == []


def test_accept_turns_suggestions_into_tags(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    suggestions.accept(suggested, annotator="ana", segment_id=sentence.id)
    tags = suggested.tags(sentence.id, "ana")
    assert [suggested.document(1).text[t.start:t.end] for t in tags.sources] == [
        "la direction du port"]
    assert tags.sources[0].origin.startswith("rules:")
    assert tags.verifiability is not None
    assert suggestions.open_suggestions(suggested, sentence.id) == []


def test_accept_is_undoable(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    suggestions.accept(suggested, annotator="ana", segment_id=sentence.id)
    ops.undo(suggested, annotator="ana")
    assert suggested.tags(sentence.id, "ana").empty
    assert len(source_suggestions(suggested, sentence)) == 1


def test_accept_keeps_the_persons_own_label(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    ops.set_label(suggested, segment_id=sentence.id, annotator="ana",
                  dimension="verifiability", value="opinion")
    suggestions.accept(suggested, annotator="ana", segment_id=sentence.id)
    assert suggested.tags(sentence.id, "ana").verifiability == "opinion"


def test_accept_does_not_duplicate_a_source_already_marked(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    [found] = source_suggestions(suggested, sentence)
    ops.add_source(suggested, segment_id=sentence.id, annotator="ana",
                   start=found.start - sentence.start + 3, end=found.end - sentence.start,
                   type="company")
    suggestions.accept(suggested, annotator="ana", segment_id=sentence.id)
    assert len(suggested.tags(sentence.id, "ana").sources) == 1
    assert source_suggestions(suggested, sentence) == []


def test_rejected_suggestion_is_not_suggested_again(suggested):
    sentence = sentence_with(suggested, "selon la direction du port")
    [found] = source_suggestions(suggested, sentence)
    suggestions.reject(suggested, annotator="ana", suggestion_ids=[found.id])
    suggestions.suggest_documents(suggested)
    assert source_suggestions(suggested, sentence) == []


def test_export_carries_suggestions(suggested):
    records = iter_records(suggested, ExportFilter(all_sentences=True, suggestions=True))
    record = next(r for r in records if "selon la direction du port" in r["text"])
    assert [s["text"] for s in record["suggestions"]["sources"]] == ["la direction du port"]
    assert record["suggestions"]["verifiability"] in suggested.schema.values("verifiability")


def test_training_needs_enough_tags_then_suggests_for_untagged_only(fresh_project):
    import_paths(fresh_project, [SAMPLES])
    assert not suggestions.needs_training(fresh_project, "stance")
    content = [s for d in fresh_project.documents() for s in fresh_project.sentences(d.id)
               if s.kind == "sentence"]
    values = ["neutral", "against"]
    for number, sentence in enumerate(content[:40]):
        ops.set_label(fresh_project, segment_id=sentence.id, annotator="ana",
                      dimension="stance", value=values[number % 2])
    assert suggestions.needs_training(fresh_project, "stance")
    model = suggestions.train(fresh_project, dimension="stance")
    assert model["examples"] == 40 and 0.0 <= model["cv_accuracy"] <= 1.0
    assert not suggestions.needs_training(fresh_project, "stance")
    suggestions.suggest_documents(fresh_project)
    stance = [s for d in fresh_project.documents()
              for s in suggestions.document_suggestions(fresh_project, d.id)
              if s.dimension == "stance"]
    tagged = {s.id for s in content[:40]}
    assert stance and all(s.origin == "model" and s.segment_id not in tagged for s in stance)


def test_cli_suggest_and_evaluate(article_project, tmp_path):
    path = article_project.path
    article_project.close()
    runner = CliRunner()
    result = runner.invoke(main, ["suggest", str(path)])
    assert result.exit_code == 0 and "open suggestions on 1 document" in result.output
    gold = sorted(SAMPLES.glob("*.gold.json"))[0]
    result = runner.invoke(main, ["evaluate", str(path), str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert '"precision"' in result.output and '"exact sentences"' in result.output


@pytest.mark.skipif(not SHARED_SAMPLES.is_dir(), reason="no ../shared/samples")
def test_evaluate_on_shared_sample_meets_the_bar(fresh_project):
    from annotator.core.evaluation import evaluate_gold

    [gold] = SHARED_SAMPLES.glob("*.gold.json")
    figures = evaluate_gold(fresh_project, gold)
    assert figures["sources"]["precision"] >= 0.85 and figures["sources"]["recall"] >= 0.85
    segmentation = next(v for k, v in figures.items() if k.startswith("segmentation"))
    assert segmentation["exact sentences"] >= 0.95


def test_needs_suggesting_until_suggested_then_after_a_new_classifier(fresh_project):
    import_paths(fresh_project, [SAMPLES])
    doc_ids = [d.id for d in fresh_project.documents()]
    assert suggestions.needs_suggesting(fresh_project, doc_ids[0])
    suggestions.suggest_documents(fresh_project, doc_ids)
    assert not suggestions.needs_suggesting(fresh_project, doc_ids[0])
    content = [s for d in doc_ids for s in fresh_project.sentences(d) if s.kind == "sentence"]
    for number, sentence in enumerate(content[:30]):
        ops.set_label(fresh_project, segment_id=sentence.id, annotator="ana",
                      dimension="stance", value=("neutral", "against")[number % 2])
    suggestions.train(fresh_project, dimension="stance")
    assert suggestions.needs_suggesting(fresh_project, doc_ids[-1])
