"""The finder learns what the analyst corrects in the rules' spans: a kind of suggestion
rejected again and again is dropped ("filter"), and a span cut otherwise is suggested as the
analyst cuts it ("reshape"); each only where it is clearly ahead on held-back documents."""

from __future__ import annotations

import pytest

from annotator.core import ops, suggestions
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from tests.coded_samples import PLACES

PAIRS = (("Le maire de {place}", "la présidente de l'association"),
         ("La préfète de {place}", "le directeur du port"),
         ("Le syndicat des artisans", "la chambre de commerce de {place}"))
PEOPLE = ("Le maire de {place}", "La préfète de {place}", "Le directeur du port de {place}")
TAG, KEEP, REJECT, NOTHING = "tag", "keep", "reject", "nothing"


def joined_lines(number: int) -> list[tuple[str, str | None, str]]:
    """(text, the analyst's source, what they do): two speakers joined by "et" are one
    source for this analyst, where the rules suggest each."""
    out = []
    for i in range(9):
        n = 9 * number + i
        place = PLACES[n % len(PLACES)]
        if i % 3 == 0:
            first, second = (w.format(place=place) for w in PAIRS[n % len(PAIRS)])
            out.append((f"{first} et {second} ont déclaré mardi que le chantier {n} avance.",
                        f"{first} et {second}", TAG))
        elif i % 3 == 1:
            who = PEOPLE[n % len(PEOPLE)].format(place=place)
            out.append((f"{who} a déclaré jeudi que le budget {n} sera voté.", who, KEEP))
        else:
            out.append((f"Le projet {n} de {place} est une excellente nouvelle.", None, NOTHING))
    return out


def forecast_lines(number: int) -> list[tuple[str, str | None, str]]:
    """"Selon" a person is a source for this analyst, "selon les prévisions de" a body is
    none: the same cue, told apart by the words of the span."""
    out = []
    for i in range(9):
        n = 9 * number + i
        place = PLACES[n % len(PLACES)]
        who = PEOPLE[n % len(PEOPLE)].format(place=place).lower()
        if i % 3 == 0:
            out.append((f"Selon les prévisions de la mairie de {place}, le chantier {n} sera "
                        "terminé en mars.", "les prévisions", REJECT))
        elif i % 3 == 1:
            out.append((f"Selon {who}, le chantier {n} a coûté trois millions d'euros.", who,
                        KEEP))
        else:
            out.append((f"Le projet {n} de {place} est une excellente nouvelle.", None, NOTHING))
    return out


def write(folder, number: int, lines) -> object:
    path = folder / f"article_{lines.__name__}_{number:02d}.txt"
    body = "\n".join(text for text, _, _ in lines(number))
    path.write_text(f"Le chantier numéro {number}\n\n{body}\n", encoding="utf-8")
    return path


def taught(folder, lines) -> Project:
    """Twelve articles reviewed by ana as ``lines`` says, then the project trains."""
    project = Project.create(folder / "p.sqlite")
    report = import_paths(project, [write(folder, n, lines) for n in range(12)], lang="fr")
    doc_ids = [doc_id for doc_id, _ in report.added]
    suggestions.suggest_documents(project, doc_ids)
    for doc_id, number in zip(doc_ids, range(12), strict=True):
        by_text = {project.sentence_text(s): s for s in project.sentences(doc_id)}
        for text, words, action in lines(number):
            segment = by_text[text]
            sources = [s.id for s in suggestions.open_suggestions(project, segment.id)
                       if s.dimension == "source"]
            if action == KEEP:
                suggestions.accept(project, annotator="ana", suggestion_ids=sources)
            elif sources:  # the rules' spans are not this analyst's
                suggestions.reject(project, annotator="ana", suggestion_ids=sources)
            if action == TAG:
                ops.add_source(project, segment_id=segment.id, annotator="ana", start=0,
                               end=len(words), type="organisation")
            ops.set_label(project, segment_id=segment.id, annotator="ana",
                          dimension="verifiability", value="verifiable")
    project.trained = suggestions.train(project, dimension="source")
    return project


def suggested(project: Project, folder, number: int, lines) -> dict[str, object]:
    [(doc_id, _)] = import_paths(project, [write(folder, number, lines)], lang="fr").added
    suggestions.suggest_documents(project, [doc_id])
    text = project.document(doc_id).text
    return {text[s.start:s.end]: s for s in suggestions.document_suggestions(project, doc_id)
            if s.dimension == "source"}


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    project = taught(tmp_path_factory.mktemp("joined"), joined_lines)
    yield project
    project.close()


@pytest.fixture(scope="module")
def forecasts(tmp_path_factory):
    project = taught(tmp_path_factory.mktemp("forecasts"), forecast_lines)
    yield project
    project.close()


@pytest.mark.slow
def test_two_speakers_tagged_as_one_are_suggested_as_one(joined, tmp_path):
    assert joined.trained["uses"]["spans"]
    assert joined.trained["cv"]["span_mode"] == "reshape"
    found = suggested(joined, tmp_path, 40, joined_lines)
    for text, words, action in joined_lines(40):
        if action == TAG:
            first = words.split(" et ")[0]
            assert words in found and first not in found, text
            assert "learned from the tags" in found[words].reason
        elif action == KEEP:
            assert words in found, text  # the single speakers stay as the rules cut them


@pytest.mark.slow
def test_the_cuts_replace_the_rules_only_clearly_ahead_on_held_back_documents(joined):
    from annotator.core.suggest.bootstrap import SURE
    from annotator.core.suggest.learned_tally import MIN_GAIN

    cv = joined.trained["cv"]
    assert cv["f1"] - cv["rules_f1"] == pytest.approx(cv["gain"]) and cv["gain"] >= MIN_GAIN
    assert cv["ahead"] >= SURE and cv["rules_f1"] < 0.9


@pytest.mark.slow
def test_a_kind_of_suggestion_rejected_again_and_again_is_dropped(forecasts, tmp_path):
    assert forecasts.trained["cv"]["span_mode"] == "filter"
    assert forecasts.trained["uses"]["spans"]
    # the cue itself is not switched off: half of its suggestions were kept
    assert "selon" not in forecasts.trained["cv"]["cues_dropped"]
    found = suggested(forecasts, tmp_path, 40, forecast_lines)
    for text, words, action in forecast_lines(40):
        if action == REJECT:
            assert not any(w.startswith(words) for w in found), text
        elif action == KEEP:
            assert words in found and "learned from the tags" in found[words].reason, text


@pytest.mark.slow
def test_annotator_train_says_which_spans_are_dropped(forecasts):
    from click.testing import CliRunner

    from annotator.cli import main

    result = CliRunner().invoke(main, ["train", str(forecasts.path), "--dimension", "source"])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.output.splitlines() if line.startswith("  source F1")]
    assert "the rules' spans stay, re-scored, and those the learned finder gives under" in line


def test_a_partial_way_is_preferred_to_replacing_everything_when_as_good():
    from tests.held_back import tally_of

    both = tally_of([1] * 12, ["filter@0.2", "replace@0.3"]).figures()
    assert both["spans_better"] and both["span_mode"] == "filter" and both["threshold"] == 0.2
    alone = tally_of([1] * 12, ["replace@0.3"]).figures()
    assert alone["span_mode"] == "replace"


def test_no_way_left_to_try_keeps_the_rules():
    from tests.held_back import tally_of

    figures = tally_of([1] * 12, ["add@0.3"]).figures(1.0, ("add",))
    assert not figures["spans_better"] and figures["f1"] == figures["rules_f1"]


def test_add_keeps_no_threshold_under_its_minimum():
    from tests.held_back import tally_of

    tally = tally_of([1] * 12, ["add@0.3"])  # only the lowest threshold is ahead
    assert tally.figures(0.3)["span_mode"] == "add" and tally.figures(0.3)["threshold"] == 0.3
    floored = tally.figures(0.4)
    assert not floored["spans_better"]
