"""Rule suggestions scored as the chance they are right: the dev gold's precision per rule
kind, then the project's own decisions."""

from __future__ import annotations

import pytest

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.core.suggest.rule_scores import RuleScores, rule_kind, was_right
from annotator.core.text.importer import import_paths

SECOND = """Le port du Havre reprend le travail

Les dockers du Havre ont repris le travail jeudi.
Les navires ont quitté le port vendredi.
"""


def test_a_rule_kind_leaves_out_the_particular_words():
    assert rule_kind("contains a date: lundi") == "contains a date"
    assert rule_kind("speaker after 'a déclaré'") == "speaker after"
    assert rule_kind("subject of 'dire'; type from the source before it") == "subject of"
    assert rule_kind("d'après + noun phrase") == "d'après + noun phrase"
    assert rule_kind(None) == "-"


def test_what_people_did_says_whether_a_suggestion_was_right():
    single = {"dimension": "verifiability", "value": "verifiable", "state": "open"}
    assert was_right({**single, "tags": [("verifiable", None, None)]}) is True
    assert was_right({**single, "state": "rejected", "tags": [("verifiable", None, None)]})
    assert was_right({**single, "state": "accepted", "tags": [("opinion", None, None)]}) is False
    assert was_right({**single, "tags": []}) is None
    source = {"dimension": "source", "value": "media", "start": 10, "end": 20, "tags": []}
    assert was_right({**source, "state": "rejected"}) is False
    assert was_right({**source, "state": "open", "tags": [("media", 12, 22)]}) is True
    assert was_right({**source, "state": "open", "tags": [("media", 30, 40)]}) is False


def date_suggestions(project: Project, doc_id: int):
    return [s for s in suggestions.document_suggestions(project, doc_id)
            if s.dimension == "verifiability" and rule_kind(s.reason) == "contains a date"]


def test_rule_scores_start_from_the_gold_and_follow_the_analyst(article_project, tmp_path):
    suggestions.suggest_documents(article_project)
    first = date_suggestions(article_project, 1)
    assert len(first) == 2  # "lundi", "mardi"
    prior = RuleScores.load().score("verifiability", "fr", "contains a date")
    assert 0.5 < prior < 1.0
    assert all(s.score == pytest.approx(prior) for s in first)
    for s in suggestions.document_suggestions(article_project, 1):
        assert 0.0 < s.score < 1.0

    suggestions.reject(article_project, annotator="ana", suggestion_ids=[s.id for s in first])
    second = tmp_path / "havre.txt"
    second.write_text(SECOND, encoding="utf-8")
    import_paths(article_project, [second], lang="fr")
    suggestions.suggest_documents(article_project, [2])
    after_rejections = date_suggestions(article_project, 2)
    assert after_rejections and all(s.score < prior for s in after_rejections)

    for s in after_rejections:  # the analyst tags them as the rule said
        ops.set_label(article_project, segment_id=s.segment_id, annotator="ana",
                      dimension="verifiability", value="verifiable")
    suggestions.suggest_documents(article_project, [1])
    rescored = RuleScores.load(suggestions.rule_outcomes(article_project))
    assert rescored.score("verifiability", "fr", "contains a date") > after_rejections[0].score
