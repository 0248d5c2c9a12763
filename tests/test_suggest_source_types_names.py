"""English source types for names no list knows, offices in and out of office, and spans
longer than who speaks; one behaviour a test, on the English pipeline the project ships."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences
from annotator.core.suggest.lexicon import given_names

pytestmark = pytest.mark.slow


def document_types(sentences: list[str]) -> list[list[tuple[str, str]]]:
    return [[(s.text, s.type) for s in f.sources] for f in suggest_sentences(sentences, "en")]


def types(text: str) -> list[tuple[str, str]]:
    return document_types([text])[0]


def test_the_given_names_are_a_list_of_first_names_without_place_names():
    names = given_names()
    assert {"mary", "james", "lydia"} <= names
    assert not {"may", "georgia", "jordan", "#"} & names


def test_a_person_the_article_gives_no_role_is_a_citizen_and_stays_one():
    found = document_types([
        "Martha Quigley said the water had reached her porch by noon.",
        "Quigley said she had never seen the river so high.",
        "She said the town had no sandbags left."])
    assert found == [[("Martha Quigley", "citizen")], [("Quigley", "citizen")],
                     [("She", "citizen")]]


def test_a_surname_seen_with_a_given_name_outside_any_source_is_a_person():
    found = document_types([
        "Martha Quigley watched the water rise from her porch.",
        "Quigley said she had never seen the river so high."])
    assert found[1] == [("Quigley", "citizen")]


def test_a_courtesy_title_and_a_name_are_a_person():
    assert types("Mrs. Okonkwo said the shop would stay open.") == [
        ("Mrs. Okonkwo", "citizen")]


def test_a_person_given_a_role_of_no_type_is_no_citizen():
    found = document_types([
        "Home coach Daniel Ferreira said the pitch was too wet.",
        "Ferreira said his side would play on Sunday."])
    assert [kind for sentence in found for _, kind in sentence] == ["other", "other"]


def test_a_name_no_list_knows_that_reports_is_an_outlet():
    assert types("Kantara reported that the bridge had collapsed.") == [("Kantara", "media")]
    assert types("Kantara has reported that the bridge had collapsed.") == [
        ("Kantara", "media")]


def test_a_person_who_reports_is_no_outlet():
    assert types("Martha Quigley reported that the bridge had collapsed.") == [
        ("Martha Quigley", "citizen")]


def test_a_state_seismology_institute_is_the_government_and_so_is_its_short_name():
    found = document_types([
        "The Indonesian Institute of Volcanology and Seismology (IVS) said the quake was "
        "shallow.",
        "IVS said aftershocks were likely."])
    assert [kind for sentence in found for _, kind in sentence] == ["government", "government"]


def test_an_institute_with_no_state_field_stays_an_expert_body():
    assert [kind for _, kind in types("The Lakeside Institute of Technology said the test "
                                      "failed.")] == ["expert"]


def test_a_place_after_in_is_no_part_of_whose_institute_it_is():
    text = ("Ana Ruiz, a fellow at the Harmon Institute for Trade Studies in Washington, said "
            "tariffs would rise.")
    assert [kind for _, kind in types(text)] == ["expert"]


def test_a_governor_or_a_mayor_in_office_is_the_government():
    assert [kind for _, kind in types("Gov. Jane Holloway said the roads would reopen.")] == [
        "government"]
    assert [kind for _, kind in types("The mayor said the roads would reopen.")] == [
        "government"]


def test_an_office_held_no_longer_is_a_politician():
    assert [kind for _, kind in types("The former mayor of Springfield said the plan would "
                                      "fail.")] == ["politician"]
    assert [kind for _, kind in types("Former Gov. Jane Holloway said the plan would fail.")] \
        == ["politician"]


def test_a_circumstance_after_a_comma_is_no_part_of_who_speaks():
    found = document_types([
        "The retail chains Harlow and Brinks limited sales of rice.",
        "Brinks, in its weekly newsletter, said that stores were selling out."])
    assert [kind for _, kind in found[1]] == ["company"]


def test_the_addressee_after_a_name_is_no_part_of_who_speaks():
    found = document_types([
        "Agency Administrator Paula Brandt opened the site.",
        '"We are proud," said Brandt to the crowd of factory workers.'])
    assert [kind for _, kind in found[1]] == ["government"]


def test_names_coordinated_after_a_plural_role_share_it():
    found = document_types([
        "The retail chains Harlow, Brinks and Dunmore limited sales of rice.",
        "Dunmore said that stores were selling out."])
    assert found[1] == [("Dunmore", "company")]


def test_a_poll_an_outlet_ran_is_a_document_and_its_report_is_media():
    assert [kind for _, kind in types("A national CNN poll found that most voters agree.")] \
        == ["document"]
    assert [kind for _, kind in types("According to the News.com.au report, stores ran out.")] \
        == ["media"]
    assert [kind for _, kind in types("According to a recent report by The Atlantic, the "
                                      "files were lost.")] == ["media"]


def test_a_head_of_government_is_the_government_in_the_years_of_the_dateline():
    found = document_types(["Leaders meet in Berlin", "Tuesday, March 10, 2015",
                            "Merkel said the talks had gone well."])
    assert found[2] == [("Merkel", "government")]
    found = document_types(["Leaders meet in Berlin", "Tuesday, March 10, 2023",
                            "Merkel said the talks had gone well."])
    assert found[2] == [("Merkel", "politician")]


def test_without_a_dateline_a_known_politician_stays_one():
    assert types("Merkel said the talks had gone well.") == [("Merkel", "politician")]


def test_a_given_name_that_is_a_cue_noun_is_no_cue_before_a_name():
    assert types("Former President Bill Clinton said the plan would work.") == [
        ("Former President Bill Clinton", "politician")]


def test_an_english_role_phrase_is_typed_by_its_head_and_its_complement():
    text = ("Ana Ruiz, refugee rights program director at Amnesty International, said the camps "
            "were full.")
    assert [kind for _, kind in types(text)] == ["organisation"]
    assert [kind for _, kind in types("The Denver law professor said the ruling would "
                                      "stand.")] == ["expert"]


def test_a_title_with_no_complement_is_of_the_body_named_before_it():
    assert [kind for _, kind in types("Company leaders said the plant would close.")] == [
        "company"]


def test_a_name_that_says_what_she_thinks_is_a_person():
    assert types("Okonkwo said she felt the rules were unfair.") == [("Okonkwo", "citizen")]
    assert types("Kantara said it would close the plant.") == [("Kantara", "other")]


def test_a_common_noun_opening_the_sentence_is_no_name():
    assert types("Critics said he had misled the voters.") != [("Critics", "citizen")]


def test_representative_before_a_name_is_a_legislator():
    assert types("Representative Okafor said the bill would pass.") == [
        ("Representative Okafor", "politician")]


def test_the_participants_of_a_study_are_citizens():
    text = "More than half of the participants in the study said they slept better."
    assert [kind for _, kind in types(text)] == ["citizen"]
