"""English source types from cue nouns, known names and roles, one behaviour a test, on the
English pipeline the project ships."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences

pytestmark = pytest.mark.slow


def types(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type) for s in next(suggest_sentences([text], "en")).sources]


def test_a_role_before_the_comma_types_the_name_after_it():
    found = types("In a statement, Malaysia's Prime Minister, Najib Razak said the talks "
                  "would go on.")
    assert ("Najib Razak", "government") in found


def test_a_place_before_the_comma_is_no_role():
    assert types("In France, Jean Dupont said the talks would go on.") == [
        ("Jean Dupont", "other")]


def test_an_authority_is_government_even_with_a_director_general_in_it():
    assert types("Saudi Arabia's Civil Defense Authority said 107 people died.")[0][1] == \
        "government"
    text = "Civil Defense Authority director General Suleiman al-Amr said the wounded had left."
    assert [kind for _, kind in types(text)] == ["government"]


def test_a_country_speaking_is_its_government():
    assert types("North Korea stated it would attack any loudspeakers.") == [
        ("North Korea", "government")]


def test_posters_and_individuals_online_are_citizens():
    assert types("One poster wrote that the site was down.") == [("One poster", "citizen")]
    assert types("Some individuals reported that the site was slow.") == [
        ("Some individuals", "citizen")]


def test_an_unknown_author_is_anonymous():
    text = '"It is an interesting tool," said the post by an unknown author on pigmy.'
    assert [kind for _, kind in types(text)] == ["anonymous"]


def test_a_web_address_is_an_outlet_unless_a_cue_noun_says_otherwise():
    assert types("Gawker.com said it will keep hosting the video.") == [("Gawker.com", "media")]
    assert [kind for _, kind in types("The security firm Secunia.com said IE6 has 277 flaws.")] \
        == ["company"]


def test_a_place_that_only_modifies_a_role_gives_way_to_it():
    text = "Paul Dewar, an Ottawa New Democrat MP, said the lapses raise serious questions."
    assert [kind for _, kind in types(text)] == ["politician"]


def test_a_church_speaking_is_an_organisation():
    assert types("Scientology officials have stated they have not received the materials.") \
        == [("Scientology officials", "organisation")]


def test_the_subject_after_a_name_and_a_comma_is_not_its_role():
    found = [[(s.text, s.type) for s in f.sources] for f in suggest_sentences([
        "According to Rathbun, a detective for the Los Angeles Sheriff's office was provided "
        "with material.",
        "Rathbun wrote that the drives were returned.",
    ], "en")]
    assert found[1] == [("Rathbun", "other")]
