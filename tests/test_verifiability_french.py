"""French verifiability constructions with the real French model, as suggesting runs them
(only the sentences a rule may read the parse of are parsed)."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences

pytestmark = pytest.mark.slow


def judge(*sentences: str) -> list[tuple[str, str]]:
    """(value, reason) of each sentence, read as one document."""
    return [(s.verifiability.value, s.verifiability.reason)
            for s in suggest_sentences(list(sentences), "fr")]


def test_a_reflexive_verb_of_satisfaction_is_a_reaction():
    assert judge("Les syndicats se sont félicités de la décision du tribunal.") == \
        [("opinion", "reaction: se sont félicités")]


def test_a_reflexive_verb_of_worry_is_a_reaction():
    assert judge("Les pêcheurs s'inquiètent de la baisse des quotas.") == \
        [("opinion", "reaction: s'inquiètent")]


def test_a_reaction_after_a_quotation_leaves_the_quoted_claim():
    found = judge("« Nous avons vendu 300 vélos en mai », s'est réjoui le maire.")[0]
    assert found[0] == "verifiable"


def test_a_planned_measure_is_a_prediction():
    assert judge("La direction prévoit en outre de supprimer 300 postes.") == \
        [("prediction", "plan: prévoit de supprimer")]


def test_what_a_law_provides_is_no_plan():
    assert judge("La loi prévoit des amendes de 500 euros.")[0][0] == "verifiable"


def test_an_account_continues_while_its_quotation_is_open():
    found = judge("Une voisine raconte : « Moi, j'étais dans la cuisine.",
                  "On s'est retrouvé par terre.", "Ça tremblait de partout.")
    assert [reason for _, reason in found] == \
        ["personal experience: j'étais", "personal experience: On est retrouvé",
         "continues a personal account"]


def test_a_quotation_closed_by_a_guillemet_is_no_heading():
    assert judge("Le maire a dit : « Nous partons »")[0][1] != "heading (no final stop)"


def test_an_evaluative_adjective_said_of_something_judges():
    assert judge("Cette nouvelle taxe est inutile.") == [("opinion", "evaluative: inutile")]


def test_a_classifying_adjective_before_its_noun_classifies():
    assert judge("L'ancien maire souffrait d'une grave maladie.")[0][0] == "verifiable"


def test_an_evaluative_adjective_after_its_noun_classifies():
    assert judge("La mairie occupe un bâtiment historique du centre.")[0][0] == "verifiable"


def test_an_evaluative_adjective_governing_an_infinitive_judges():
    assert judge("Le ministre a dit que la réforme était un chantier essentiel à mener.")[0] \
        == ("opinion", "evaluative: essentiel")


def test_de_and_an_evaluative_adjective_name_a_quality():
    assert judge("Je ne vois rien d'abusif dans ce texte.")[0] == \
        ("opinion", "evaluative: abusif")


def test_c_est_and_a_definite_noun_phrase_identify():
    assert judge("C'est le frère cadet du maire.")[0][0] == "verifiable"


def test_c_est_a_dire_glosses():
    assert judge("Le club joue en deuxième division, c'est-à-dire en Ligue 2.")[0][0] == \
        "verifiable"


def test_c_est_and_an_indefinite_noun_phrase_judges():
    assert judge("C'est une erreur politique.")[0] == ("opinion", "judgement: c'est")


def test_pour_and_no_one_named_is_a_purpose_or_a_cause():
    assert judge("Pour cette raison, le conseil municipal a reporté le vote.")[0][0] == \
        "verifiable"


def test_pour_and_a_name_is_a_point_of_view():
    assert judge("Pour Marie Dupont, la réforme arrive trop tard.")[0] == \
        ("opinion", "point of view: Pour Marie Dupont")


def test_a_team_that_qualifies_is_judged_by_no_one():
    assert judge("Le club se qualifie pour la finale de la coupe.")[0][0] == "verifiable"


def test_an_exclamative_judges():
    assert judge("Mais quel spectacle pour les enfants du village !") == \
        [("opinion", "exclamation: quel spectacle")]


def test_a_future_perfect_looks_back():
    assert judge("Il aura fallu trois heures aux pompiers pour dégager la route.")[0][0] == \
        "verifiable"


def test_a_future_passive_still_announces():
    assert judge("La nouvelle salle sera inaugurée par le maire.")[0] == \
        ("prediction", "future: sera")


def test_aller_as_an_infinitive_is_no_future():
    assert judge("En 1962, il quitta la ville pour aller vivre chez sa fille.")[0][0] == \
        "verifiable"


def test_il_semble_que_hedges_a_fact():
    assert judge("Il semble qu'une panne électrique soit à l'origine de l'incendie.")[0][0] \
        == "verifiable"


def test_a_participle_said_of_something_introduces_nothing():
    assert judge("Le bureau de l'association est inchangé :")[0][0] != "not_a_claim"


def test_an_event_set_for_a_time_of_the_day_is_an_agenda():
    assert judge("Les randonneurs ont rendez-vous à partir de 8h devant la mairie.") == \
        [("prediction", "agenda: à partir de 8h")]


def test_a_time_of_the_day_told_in_the_past_is_no_agenda():
    assert judge("Le feu a pris vers 3h dans un hangar agricole.")[0][0] == "verifiable"


def test_a_standing_timetable_is_no_agenda():
    assert judge("La piscine est ouverte tous les jours à 10h.")[0][0] == "verifiable"


def test_a_post_and_its_holder_state_a_fact():
    assert judge("trésorière : Jeanne Martin ;")[0][0] == "verifiable"


def test_an_infinitive_alone_instructs_the_reader():
    assert judge("Pour les inscriptions, téléphoner au secrétariat du club.") == \
        [("not_a_claim", "call to action: téléphoner")]


def test_an_infinitive_after_a_preposition_instructs_no_one():
    assert judge("Pour animer la soirée, un chercheur de l'université.")[0][0] != \
        "not_a_claim"


def test_a_word_that_praises_a_person_judges():
    assert judge("Elle laisse le souvenir d'une voisine généreuse.") == \
        [("opinion", "evaluative: généreuse")]


def test_a_credit_is_no_post_and_holder():
    assert judge("Photo : Jean Dupont.")[0][0] == "not_a_claim"
