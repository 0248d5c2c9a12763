"""English attribution constructions from the error analysis of Wikinews dev + train and
PolNeAR's train sample: a speaker set off by commas inside what it reports, headlines that
report an act, quotation marks read the right way round, complements without "that", and
names the parser cut or read as another word; one behaviour a test, each on our own
sentences parsed by the pipeline the project ships."""

from __future__ import annotations

import pytest

from annotator.core.suggest.spans import quotations
from tests.attribution_helpers import cues, sources

pytestmark = pytest.mark.slow


def test_a_speaker_between_commas_speaks_not_the_topic_before_it(en):
    assert sources(en, "The budget, a council aide said, is to be cut by half.") == [
        "a council aide"]
    assert sources(en, "The proposal, officials said, failed to win a majority.") == [
        "officials"]
    assert sources(en, "The trouble with the bridge, she said, is that nobody pays for it.") == [
        "she"]


def test_a_clause_around_a_speaker_between_commas_is_what_it_reports(en):
    text = ("Six months ago, the independent senator said, the press considered him a fringe "
            "candidate.")
    assert sources(en, text) == ["the independent senator"]
    # The opening of a quotation after the comma is not an aside.
    assert sources(en, 'Ms. Farah, a nurse, said, "We are exhausted."') == ["Ms. Farah, a nurse"]


def test_a_headline_that_reports_an_act_has_no_source(en):
    assert sources(en, "Fishermen announce strike over new quotas") == []
    assert sources(en, "City council tweeted thanks to volunteers after the flood") == []
    # With what they say after it or before it, headlines still attribute.
    assert sources(en, "Bees prefer city parks to farmland, say ecologists") == ["ecologists"]
    assert sources(en, "Fishermen announce strike over new quotas.") == ["Fishermen"]


def test_a_plural_cue_after_what_it_reports_names_its_speaker(en):
    assert sources(en, "The tax would hurt small farms most, argue two economists.") == [
        "two economists"]


def test_a_speaker_named_after_its_cue_keeps_its_relative_clause_whole(en):
    text = ("The delay may help the mayor, say some aides, who remember how he thought the "
            "last vote was lost.")
    assert sources(en, text) == [
        "some aides, who remember how he thought the last vote was lost"]


def test_a_quotation_opened_after_a_cue_and_a_comma_glued_to_it(en):
    text = 'Okafor said," [The mayor] never answered our letters".'
    doc = en(text)
    assert quotations(doc, doc.text)[0][0] == 3  # the mark after "said," opens
    assert sources(en, text) == ["Okafor"]


def test_a_spaced_quote_mark_opening_a_sentence_closes_the_last_one(en):
    text = '" Council member Dana Ruiz said, "We will vote against it.'
    doc = en(text)
    assert quotations(doc, doc.text, spaced_closes=True)[0] == (0, 1)
    assert sources(en, text) == ["Council member Dana Ruiz"]


def test_a_clause_only_cue_with_a_clause_of_its_own_and_no_that(en):
    assert sources(en, "The deputy mayor indicated the schools would stay closed.") == [
        "The deputy mayor"]
    assert sources(en, "Dr. Osei noted the samples show a new strain is spreading.") == [
        "Dr. Osei"]
    # A thing found, not a clause reported.
    assert sources(en, "The inspectors found a leak in the pipe.") == []


def test_a_cue_form_the_parser_read_as_a_noun_subject_speaks(en):
    assert sources(en, "The roads were closed; reports said two bridges had collapsed.") == [
        "reports"]
    assert sources(en, "The river rose overnight according to state media.") == ["state media"]


def test_a_subject_cut_from_the_name_it_ends_before_a_comma(en):
    text = "Lena Berg for Food Safety Australia New Zealand, says the rules will change."
    assert sources(en, text) == ["Lena Berg for Food Safety Australia New Zealand"]


def test_a_capitalised_modal_after_a_name_ends_the_name(en):
    text = "The columnist George Will wrote that the party had lost its way."
    assert sources(en, text) == ["The columnist George Will"]
    assert cues(en, text) == ["wrote"]
