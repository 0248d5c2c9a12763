"""Cues learned from the analyst's tags (real French model, real project files): the subject
of a verb no cue list holds becomes a suggestion once the analyst tags it a few times, and a
rules' cue the analyst keeps rejecting stops being suggested."""

from __future__ import annotations

import pytest

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.core.suggest.learned_cues import CueCounts, wilson
from annotator.core.suggest.learned_spans import TaggedSource
from annotator.core.suggest.span_features import parse_sentences
from annotator.core.text.importer import import_paths

PLACES = ("Lyon", "Marseille", "Lille", "Nantes", "Rennes", "Toulouse", "Brest", "Nice",
          "Dijon", "Metz", "Tours", "Caen", "Reims", "Pau", "Albi", "Sète")
GROUPS = ("L'association des locataires", "Le syndicat des enseignants",
          "Le collectif des riverains", "La fédération des parents d'élèves",
          "L'union des commerçants")
SPEAKERS = ("Le ministre des Finances", "La porte-parole du gouvernement",
            "Le directeur de l'agence", "La présidente de l'association")
LEVEL = 0.4


def supports(number: int) -> tuple[str, str]:
    """A sentence whose subject this analyst calls a source (the verb is in no cue list)."""
    place = PLACES[number % len(PLACES)]
    group = f"{GROUPS[number % len(GROUPS)]} de {place}"
    return f"{group} soutient le projet numéro {100 + number}.", group


def announces(number: int) -> tuple[str, str]:
    """A sentence the rules attribute ("a annoncé") and this analyst does not."""
    place = PLACES[number % len(PLACES)]
    return f"Le maire de {place} a annoncé l'ouverture du gymnase numéro {200 + number}.", \
        f"Le maire de {place}"


def counted(lines: list[tuple[str, str]], tagged: bool) -> CueCounts:
    counts = CueCounts()
    for sentence in parse_sentences([text for text, _ in lines], "fr"):
        tags = []
        if tagged:
            words = next(w for t, w in lines if t == sentence.text)
            tags = [TaggedSource(0, len(words), "organisation")]
        counts.add(sentence, tags)
    return counts


def test_tagged_subjects_of_an_unlisted_verb_become_a_cue_for_new_sentences():
    [new] = parse_sentences(["Les élus de Quimper soutiennent le chantier du port."], "fr")
    assert new.rules == ()  # the rules know no "soutenir"
    assert CueCounts().apply(new, list(new.rules), LEVEL) == []
    counts = counted([supports(n) for n in range(6)], tagged=True)
    assert counts.learned(LEVEL) == {"soutenir": [6, 6]}
    [found] = counts.apply(new, list(new.rules), LEVEL)
    assert found.text == "Les élus de Quimper"
    assert found.reason == 'learned cue "soutenir": 6 of 6 subjects tagged'
    assert found.score == pytest.approx(7 / 8)


def test_one_tag_is_not_enough_evidence():
    assert counted([supports(0)], tagged=True).learned(LEVEL) == {}
    assert counted([supports(n) for n in range(2)], tagged=True).learned(0.5) == {}


def test_subjects_left_untagged_keep_a_verb_from_becoming_a_cue():
    counts = counted([supports(n) for n in range(4)], tagged=True)
    for kind, tally in counted([supports(n) for n in range(4, 14)], tagged=False
                               ).subjects.items():
        counts.subjects[kind] = [a + b for a, b in zip(counts.subjects[kind], tally,
                                                       strict=True)]
    assert counts.subjects["soutenir"] == [4, 14]
    assert "soutenir" not in counts.learned(LEVEL)


def test_a_rules_cue_rejected_again_and_again_is_switched_off():
    [new] = parse_sentences(["Le préfet de Vannes a annoncé la fin des travaux."], "fr")
    assert [r.text for r in new.rules] == ["Le préfet de Vannes"]
    few = counted([announces(n) for n in range(3)], tagged=False)
    assert few.dropped(LEVEL) == {}  # three rejections may be bad luck
    counts = counted([announces(n) for n in range(8)], tagged=False)
    assert counts.dropped(LEVEL) == {"annoncer": [0, 8]}
    assert counts.apply(new, list(new.rules), LEVEL) == []
    kept = counted([announces(n) for n in range(8)], tagged=True)
    assert kept.dropped(LEVEL) == {} and kept.apply(new, list(new.rules), LEVEL)


def test_open_suggestions_nobody_judged_count_for_nothing():
    from dataclasses import replace

    counts = CueCounts()
    for sentence in parse_sentences([announces(n)[0] for n in range(8)], "fr"):
        rule = sentence.rules[0]
        counts.add(replace(sentence, pending=((rule.start, rule.end),)), [])
    assert counts.rules == {}


def test_the_wilson_interval_needs_evidence():
    assert wilson(3, 3) == pytest.approx(0.526, abs=1e-3)
    assert wilson(0, 8, upper=True) < 0.3 < wilson(0, 3, upper=True)


# -- in a project -----------------------------------------------------------------------------
def lines_of(number: int) -> list[tuple[str, str, str]]:
    """(text, source words, what the analyst does) for one generated article."""
    out = []
    for i in range(9):
        n = 9 * number + i
        speaker = SPEAKERS[n % len(SPEAKERS)]
        if i % 3 == 0:
            out.append((f"{speaker} a déclaré mardi que le chantier {n} de "
                        f"{PLACES[n % len(PLACES)]} avance.", speaker, "keep"))
        elif i % 3 == 1:
            out.append((*supports(n), "tag"))
        else:
            out.append((*announces(n), "reject"))
    return out


def write_article(folder, number: int):
    path = folder / f"article_{number:02d}.txt"
    body = "\n".join(text for text, _, _ in lines_of(number))
    path.write_text(f"Le chantier numéro {number}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def taught(tmp_path_factory) -> Project:
    """Twelve articles: ana keeps the rules' "a déclaré" speakers, tags the subjects of
    "soutient" and rejects the rules' "a annoncé" speakers; then the project trains."""
    folder = tmp_path_factory.mktemp("cues")
    project = Project.create(folder / "p.sqlite")
    report = import_paths(project, [write_article(folder, n) for n in range(12)], lang="fr")
    doc_ids = [doc_id for doc_id, _ in report.added]
    suggestions.suggest_documents(project, doc_ids)
    for doc_id, number in zip(doc_ids, range(12), strict=True):
        by_text = {project.sentence_text(s): s for s in project.sentences(doc_id)}
        for text, words, action in lines_of(number):
            segment = by_text[text]
            sources = [s for s in suggestions.open_suggestions(project, segment.id)
                       if s.dimension == "source"]
            if action == "tag":
                ops.add_source(project, segment_id=segment.id, annotator="ana", start=0,
                               end=len(words), type="organisation")
            elif action == "keep":
                suggestions.accept(project, annotator="ana",
                                   suggestion_ids=[s.id for s in sources])
            else:
                assert sources, text  # the rules do suggest the mayor
                suggestions.reject(project, annotator="ana",
                                   suggestion_ids=[s.id for s in sources])
            ops.set_label(project, segment_id=segment.id, annotator="ana",
                          dimension="verifiability",
                          value="prediction" if action == "keep" else "verifiable")
    project.trained = suggestions.train(project, dimension="source")
    yield project
    project.close()


def new_document(project: Project, folder, number: int) -> tuple[int, dict[str, object]]:
    [(doc_id, _)] = import_paths(project, [write_article(folder, number)], lang="fr").added
    suggestions.suggest_documents(project, [doc_id])
    text = project.document(doc_id).text
    return doc_id, {text[s.start:s.end]: s for s in suggestions.document_suggestions(
        project, doc_id) if s.dimension == "source"}


def test_the_project_learns_the_cue_and_drops_the_rejected_one(taught):
    cv = taught.trained["cv"]
    assert cv["cues_learned"]["soutenir"] == [36, 36]
    assert cv["cues_dropped"]["annoncer"] == [0, 36]
    assert "déclarer" not in cv["cues_dropped"]
    assert taught.trained["uses"]["cues"] or taught.trained["uses"]["spans"]
    assert cv["cue_f1"] > cv["rules_f1"] + 0.2


def test_a_new_article_gets_the_analysts_sources_not_the_rejected_ones(taught, tmp_path):
    _, found = new_document(taught, tmp_path, 40)
    for text, words, action in lines_of(40):
        if action == "reject":
            assert words not in found, text
        else:
            assert words in found and found[words].origin == "model", text
        if action == "tag":  # whichever part suggests it says what it learned
            assert 'learned cue "soutenir": 36 of 36 subjects tagged' in found[words].reason


def test_the_rules_run_once_per_sentence_with_a_learned_model(taught, tmp_path, monkeypatch):
    from annotator.core.suggest.attribution import AttributionFinder

    suggestions.train(taught, dimension="verifiability")
    seen: list[str] = []
    match = AttributionFinder.match

    def counting(self, doc):
        seen.append(doc.text)
        return match(self, doc)

    monkeypatch.setattr(AttributionFinder, "match", counting)
    doc_id, _ = new_document(taught, tmp_path, 41)
    texts = [text for text, _, _ in lines_of(41)]
    assert sorted(t for t in seen if t in texts) == sorted(texts)  # each once
    text = taught.document(doc_id).text
    segments = {s.id: text[s.start:s.end] for s in taught.sentences(doc_id)}
    classified = {segments[s.segment_id] for s in suggestions.document_suggestions(
        taught, doc_id) if s.dimension == "verifiability" and s.origin == "model"}
    assert classified >= set(texts)


def test_annotator_train_names_the_learned_and_the_dropped_cues(taught):
    from click.testing import CliRunner

    from annotator.cli import main

    result = CliRunner().invoke(main, ["train", str(taught.path), "--dimension", "source"])
    assert result.exit_code == 0, result.output
    [cues] = [line for line in result.output.splitlines() if "learned cues" in line]
    assert cues.startswith("  learned cues: source F1 1.00 (without ")
    assert "words whose subjects are tagged: soutenir (36 of 36 tagged)" in result.output
    assert "rules' cues rejected: annoncer (0 of 36 kept)" in result.output


def test_learned_cues_are_used_only_when_ahead_on_most_held_back_articles():
    from annotator.core.suggest.learned_cues import LEVELS
    from tests.held_back import tally_of

    def figures(gains: list[int]) -> dict:
        """The cues add ``gain`` right sources to the rules' at every level."""
        return tally_of(gains, [f"rules+cues@{level}" for level in LEVELS]).figures()

    ahead = figures([1, 2, 1, 0, 2, 1, 1, 2])
    assert ahead["cues_better"] and not ahead["spans_better"]
    assert ahead["cue_f1"] > ahead["base_f1"] == ahead["rules_f1"]
    assert not figures([5, 0, 0, 0, 0, 0, 0, 0])["cues_better"]  # one lucky article
