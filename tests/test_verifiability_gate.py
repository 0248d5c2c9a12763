"""The verifiability classifier replaces the rules' verdicts only when clearly ahead of them
on held-back documents; otherwise the rules' verdicts stay and it suggests nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.core.suggest import rule_gate
from annotator.core.text.importer import import_paths

CITIES = ["Lyon", "Nantes", "Rennes", "Lille", "Dijon", "Brest", "Tours"]
THINGS = ["les écoles", "les routes", "les piscines"]
PLACES = ["parc", "marché couvert", "musée"]


def held(gold: str, rule: str, guess: str, document: int) -> rule_gate.Held:
    probs = {label: 0.1 for label in ("verifiable", "opinion", "prediction")}
    probs[guess] = 0.8
    return rule_gate.Held(probs, gold, rule, document)


def test_blend_counts_the_rules_verdict_by_its_strength():
    probs = {"verifiable": 0.3, "opinion": 0.6, "prediction": 0.1}
    assert rule_gate.blend(probs, "verifiable", 0.0) == probs
    blended = rule_gate.blend(probs, "verifiable", 1.0)
    assert max(blended, key=blended.get) == "verifiable"
    assert sum(blended.values()) == pytest.approx(1.0)
    assert rule_gate.blend(probs, None, 3.0) == probs  # no verdict: nothing to blend


def test_a_classifier_right_where_the_rules_are_wrong_in_every_document_replaces_them():
    found = [held("prediction", "verifiable", "prediction", d) for d in range(6)
             for _ in range(3)] + [held("opinion", "opinion", "opinion", d) for d in range(6)]
    decision = rule_gate.decide(found, ["verifiable", "opinion", "prediction"])
    assert decision["mode"] in (rule_gate.REPLACE, rule_gate.BLEND)
    assert decision["ahead_share"] == 1.0 and decision["rules_accuracy"] == pytest.approx(6 / 24)


def test_gains_in_one_document_only_leave_the_rules():
    found = [held("prediction", "verifiable", "prediction", 0) for _ in range(4)]
    found += [held("verifiable", "verifiable", "prediction", d) for d in range(1, 6)]
    found += [held("verifiable", "verifiable", "verifiable", d) for d in range(1, 6)
              for _ in range(3)]
    decision = rule_gate.decide(found, ["verifiable", "opinion", "prediction"])
    assert decision["mode"] == rule_gate.RULES and decision["ahead_share"] < 0.95


def test_more_right_answers_with_a_lower_macro_f1_leave_the_rules():
    # The classifier answers the majority label everywhere: more often right, but it never
    # finds an opinion, which the rules did.
    found = []
    for d in range(8):
        found += [held("verifiable", "opinion", "verifiable", d) for _ in range(3)]
        found += [held("verifiable", "verifiable", "verifiable", d) for _ in range(5)]
        found.append(held("opinion", "opinion", "verifiable", d))
    decision = rule_gate.decide(found, ["verifiable", "opinion", "prediction"])
    assert decision["ahead_share"] == 1.0
    assert decision["mode"] == rule_gate.RULES


def tagged_project(tmp_path: Path, budgets: str) -> Project:
    """Seven French documents of a budget vote and a judgement each; the first six tagged
    (the budgets as ``budgets``, the judgements as opinions), the seventh left to suggest."""
    paths = []
    for n, city in enumerate(CITIES):
        lines = [f"Le conseil municipal de {city} a voté un budget de {n + k + 2} millions "
                 f"d'euros pour {THINGS[k]}." for k in range(3)]
        lines += [f"Le nouveau {PLACES[k]} de {city} est vraiment magnifique." for k in range(3)]
        path = tmp_path / f"{city}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    project = Project.create(tmp_path / "p.sqlite", target="the city budgets")
    import_paths(project, paths, lang="fr")
    for document in project.documents()[:6]:
        whole = project.document(document.id).text
        for sentence in project.sentences(document.id):
            text = whole[sentence.start:sentence.end]
            ops.set_label(project, segment_id=sentence.id, annotator="ana",
                          dimension="verifiability",
                          value=budgets if "budget" in text else "opinion")
    return project


def verifiability_suggestions(project: Project) -> list:
    last = project.documents()[-1].id
    return [s for s in suggestions.document_suggestions(project, last)
            if s.dimension == "verifiability"]


@pytest.mark.slow
def test_a_classifier_no_better_than_the_rules_suggests_nothing(tmp_path):
    project = tagged_project(tmp_path, budgets="verifiable")  # the rules' own verdicts
    model = suggestions.train(project, dimension="verifiability")
    assert model["cv"]["mode"] == "rules"
    assert model["cv"]["rules_accuracy"] == 1.0
    suggestions.suggest_documents(project)
    found = verifiability_suggestions(project)
    assert found and {s.origin for s in found} == {"rules"}
    project.close()


@pytest.mark.slow
def test_a_classifier_ahead_on_held_back_documents_replaces_the_rules_verdicts(tmp_path):
    project = tagged_project(tmp_path, budgets="prediction")  # this codebook's convention
    model = suggestions.train(project, dimension="verifiability")
    assert model["cv"]["mode"] in ("replace", "blend") and model["cv"]["documents"]
    assert model["cv"]["rules_accuracy"] == pytest.approx(0.5)
    suggestions.suggest_documents(project)
    found = verifiability_suggestions(project)
    assert {s.origin for s in found} == {"model"} and len(found) == 6
    last = project.document(project.documents()[-1].id)
    text = {s.id: last.text[s.start:s.end] for s in project.sentences(last.id)}
    assert {s.value for s in found if "budget" in text[s.segment_id]} == {"prediction"}
    assert {s.value for s in found if "budget" not in text[s.segment_id]} == {"opinion"}
    assert "rules 50%" in found[0].reason
    project.close()


@pytest.mark.slow
def test_train_prints_the_rules_figures_beside_the_classifiers(tmp_path, run):
    project = tagged_project(tmp_path, budgets="verifiable")
    path = project.path
    project.close()
    result = run("train", path, "--dimension", "verifiability")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    rules = next(line for line in lines if "rules on the same held-back sentences" in line)
    assert "accuracy 100.0%" in rules and "macro-F1 1.00" in rules and "opinion 1.00" in rules
    assert any(line.strip().startswith("the rules' verdicts are kept") for line in lines)
