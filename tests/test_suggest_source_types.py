"""Source types carried along a French document from what its sentences say of who is who
(names given with their role, the subject before a pronoun), one behaviour a test, on the
real fr_core_news_sm."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences

pytestmark = pytest.mark.slow


def types(sentences: list[str]) -> list[list[tuple[str, str]]]:
    return [[(s.text, s.type) for s in found.sources]
            for found in suggest_sentences(sentences, "fr")]


def test_a_name_given_with_its_role_outside_any_attribution_keeps_that_type():
    found = types([
        "Alors fut mise sur la sellette Ana Pastor García, une journaliste qui animait une émission.",
        "Pastor l'avait annoncé sur le réseau social : « J'ai été virée. »",
    ])
    assert found == [[], [("Pastor", "media")]]


def test_a_role_before_a_name_types_its_later_mentions():
    found = types([
        "Le premier ministre Jean Dupuis a visité l'usine lundi.",
        "« Nous resterons vigilants », a déclaré Jean Dupuis.",
    ])
    assert found[1] == [("Jean Dupuis", "government")]


def test_a_role_apposed_after_the_source_in_its_sentence_types_it():
    found = types(["Le premier ministre s'est entretenu avec Arnaud Montebourg, le ministre du "
                   "redressement productif, qui a déclaré que le plan était inacceptable."])
    assert ("Arnaud Montebourg", "government") in found[0]


def test_a_pronoun_before_any_typed_source_takes_the_subject_before_it():
    found = types(["L'ONG Human Rights Watch vient de publier un rapport dans lequel elle "
                   "dévoile que la torture est systématique."])
    assert found == [[("elle", "organisation")]]
    reason = next(suggest_sentences(["L'ONG Human Rights Watch vient de publier un rapport "
                                     "dans lequel elle dévoile que la torture est systématique."],
                                    "fr")).sources[0].reason
    assert "type from the subject before it" in reason


def test_sentences_inside_an_open_quotation_give_no_subject():
    # "une famille" is the speaker's own words, not who "il" is
    found = types([
        "L'ancien leader frontiste Jean-Marie Le Pen décrit sa fille comme « petite-bourgeoise ».",
        "« Je suis un homme du peuple.",
        "Je viens d'une famille de paysans.",
        "Ma fille est une petite-bourgeoise », explique-t-il.",
    ])
    assert found[3] == [("il", "politician")]


def test_a_document_is_no_antecedent_for_a_speaking_pronoun():
    found = types(["Le rapport final du bureau d'enquêtes conclut à une erreur.",
                   "« C'est grave », a-t-il ajouté."])
    assert found[1] == [("il", "other")]


def test_ces_derniers_takes_the_type_of_the_source_before_it():
    found = types(["Les écologistes ont critiqué le projet de loi.",
                   "Ces derniers estiment que le nucléaire doit reculer."])
    assert found == [[("Les écologistes", "politician")], [("Ces derniers", "politician")]]
