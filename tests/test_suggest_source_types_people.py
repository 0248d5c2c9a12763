"""English source types for people of any country and for bodies known by their name: a type
carried by the same person only, a person's name read by its shape, a person speaking for a
body, a body's name read by the word that ends it, a country; one behaviour a test, on the
English pipeline the project ships."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences

pytestmark = pytest.mark.slow


def document_types(sentences: list[str]) -> list[list[tuple[str, str]]]:
    return [[(s.text, s.type) for s in f.sources] for f in suggest_sentences(sentences, "en")]


def kinds(text: str) -> list[str]:
    return [kind for _, kind in document_types([text])[0]]


def test_a_type_is_carried_by_the_surname_never_by_a_shared_given_name():
    found = document_types([
        "Wednesday, June 3, 1998",
        "President Bill Clinton said the talks would resume in the autumn.",
        "Bill Gates said the company would invest more in the region.",
        "Clinton said he was pleased with the outcome."])
    assert found[2] == [("Bill Gates", "citizen")]
    assert found[3] == [("Clinton", "government")]


def test_a_full_name_no_list_knows_is_a_person():
    found = document_types([
        "Oluwaseun Adeyemi said the water had reached the second floor by noon.",
        "Adeyemi said the neighbours had left the night before."])
    assert [kind for sentence in found for _, kind in sentence] == ["citizen", "citizen"]


def test_an_age_after_a_name_says_a_person():
    assert kinds("Thanh Van Nguyen, 34, said the road had been closed since dawn.") == [
        "citizen"]


def test_a_name_that_says_what_it_will_do_is_no_person_by_its_shape():
    assert kinds("Kestrel Brightwater said it would appeal the fine.") == ["other"]


def test_a_name_ending_in_a_body_word_is_that_body():
    assert kinds("Halvorsen Logistics said it would cut jobs.") == ["company"]
    assert kinds("Kestrel Airlines said flights to the coast were suspended.") == ["company"]
    assert kinds("The Lakeland Disaster Management Agency said twelve people had died.") == [
        "government"]


def test_a_longer_term_ending_a_name_wins_over_its_last_word():
    assert kinds("The Kestrel Press Agency said the talks had failed.") == ["media"]


def test_a_body_word_ending_a_name_wins_over_the_country_it_holds():
    assert kinds("Kenya Airways said flights would resume on Monday.") == ["company"]


def test_a_person_speaking_for_a_body_takes_the_body_type_and_keeps_it():
    found = document_types([
        "Aiko Tanaka from the Japan Meteorological Agency said the storm would weaken.",
        "Tanaka said the rain would stop by the evening."])
    assert [kind for sentence in found for _, kind in sentence] == ["government", "government"]
    assert kinds("Marta Kowal for Statistics Norway said the figures were provisional.") == [
        "government"]


def test_a_country_that_speaks_is_its_government():
    assert kinds("Kenya said it would reopen the border next week.") == ["government"]
    assert kinds("Hong Kong said the border would stay shut.") == ["government"]


def test_a_country_that_says_where_does_not_type_the_person():
    text = ('"It was hard," said Ms. Idowu, 56, who was raised in Ghana and moved here in '
            "1990.")
    assert kinds(text) == ["citizen"]


def test_a_country_before_a_role_of_no_type_does_not_make_it_the_government():
    assert kinds("After the match, Ghana coach Kwame Mensah said the team had played well.") \
        == ["other"]


def test_a_surname_seen_in_a_full_name_no_list_knows_is_a_person():
    found = document_types([
        "Oluwaseun Adeyemi watched the water rise from the roof of the school.",
        "Adeyemi said the neighbours had left the night before."])
    assert found[1] == [("Adeyemi", "citizen")]


def test_a_short_name_in_brackets_is_of_the_name_it_shortens():
    found = document_types([
        "The Kestrel Disaster Management Agency (KDMA) opened three shelters on Sunday.",
        "KDMA said forty families had been moved to the school.",
        "The KDMA said the river would crest on Monday."])
    assert [kind for sentence in found[1:] for _, kind in sentence] == [
        "government", "government"]


def test_the_role_after_a_name_wins_over_the_list_entry_for_the_name():
    assert kinds("Angela Merkel, the Chancellor of Germany, said the talks would go on.") == [
        "government"]


def test_a_title_read_before_is_the_type_of_the_same_title_later():
    found = document_types([
        "President of Ghana Kwame Asante announced a new budget on Sunday.",
        "The president said taxes would not rise."])
    assert [kind for sentence in found for _, kind in sentence] == ["government", "government"]


def test_a_nationality_ending_in_ine_before_a_head_of_state_title_is_the_government():
    found = document_types(["Argentine president Ruiz to visit Chile",
                            "Ruiz said the visit would last two days."])
    assert found[1] == [("Ruiz", "government")]


def test_a_place_before_the_name_of_a_person_or_a_body_says_where_they_are_from():
    found = document_types([
        "Kenya's Wanjiru Kamau won the race in Berlin on Sunday.",
        "Kamau said she had trained for a year."])
    assert found[1] == [("Kamau", "citizen")]
    text = "Peru's Amnesty International said the camps were full."
    assert kinds(text) == ["organisation"]
    assert kinds("Kenya's Ministry of Health said two cases were confirmed.") == ["government"]


def test_a_hospital_and_a_royal_palace_speak_as_bodies():
    assert kinds("A hospital spokesperson said two patients were in a serious condition.") == [
        "organisation"]
    assert kinds("The palace said the king would not attend.") == ["government"]


def test_an_athlete_named_with_her_sport_is_no_private_citizen():
    found = document_types([
        "The marathon champion Wanjiru Kamau won the race in Berlin on Sunday.",
        "Kamau said she had trained for a year."])
    assert found[1] == [("Kamau", "other")]


def test_a_body_named_in_full_is_the_same_body_by_its_first_word_later():
    found = document_types([
        "On Friday the Halvorsen Motor Company recalled ten thousand cars.",
        "In the filing itself Halvorsen also made this point.",
        "Halvorsen said the fault had been found in March."])
    assert found[2] == [("Halvorsen", "company")]
