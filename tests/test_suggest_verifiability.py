"""Verifiability rules and the reason each one shows."""

from __future__ import annotations

import pytest
import spacy

from annotator.core.suggest import suggest_verifiability, suggestion_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def judge(fr, text: str) -> tuple[str, str, tuple[str, ...]]:
    return suggest_verifiability(fr(text))


def test_number_makes_a_claim_verifiable(fr):
    value, reason, _ = judge(fr, "La Corée du Nord a envoyé 15 000 soldats en Russie.")
    assert (value, reason) == ("verifiable", "contains a number: 15")


def test_future_tense_is_a_prediction(fr):
    value, reason, _ = judge(fr, "Le sommet se tiendra à Pyongyang.")
    assert value == "prediction" and reason.startswith("future:")


def test_journalistic_conditional_is_hedged(fr):
    value, reason, flags = judge(fr, "L'armée aurait livré des obus à la Russie.")
    assert (value, reason, flags) == ("verifiable", "conditional: aurait livré", ("hedged",))


def test_modal_conditional_is_a_hedged_prediction(fr):
    assert judge(fr, "Le conflit pourrait durer des années.")[::2] == ("prediction", ("hedged",))


def test_explicitly_unverified(fr):
    value, _, flags = judge(fr, "Ces chiffres n'ont pas pu être vérifiés de manière indépendante.")
    assert (value, flags) == ("unverifiable", ("explicitly_unverified",))


def test_evaluative_without_source_is_opinion(fr):
    assert judge(fr, "Ce rapprochement est une excellente nouvelle.")[0] == "opinion"


def test_evaluative_with_a_source_stays_a_reported_claim(fr):
    text = "Selon le ministre, ce rapprochement est une excellente nouvelle."
    assert judge(fr, text)[:2] == ("verifiable", "attributed statement")


def test_question_is_not_a_claim(fr):
    assert judge(fr, "Que va faire la Russie ?")[:2] == ("not_a_claim", "question")


def test_heading_is_not_a_claim(fr):
    assert judge(fr, "Renforcement des liens")[0] == "not_a_claim"


def test_call_to_action_is_not_a_claim(fr):
    assert judge(fr, "Abonnez-vous à notre newsletter.")[0] == "not_a_claim"


def test_blank_english_pipeline_finds_future():
    nlp = spacy.blank("en")
    assert suggest_verifiability(nlp("Prices will rise next year."))[0] == "prediction"


def test_modal_conditional_in_a_reported_clause_is_a_prediction(fr):
    text = "D'après l'opérateur Elering, la réparation pourrait prendre sept semaines."
    assert judge(fr, text)[:2] == ("prediction", "conditional: pourrait")


def test_reported_future_is_the_source_announcement(fr):
    assert judge(fr, "Selon le texte, les navires seront inspectés à Istanbul.")[0] == "verifiable"


def test_assessment_with_an_opinion_verb_is_opinion(fr):
    text = "« Ces ruptures ne sont pas des accidents », estime Anna Lindqvist, chercheuse."
    assert judge(fr, text)[:2] == ("opinion", "assessment by the source: estime")
