"""French source types from cue nouns, titles and names kept as data (unions, rating
agencies, administrations, rapporteurs, rankings), one behaviour a test, on the real
fr_core_news_sm."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggestion_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def typed(fr, text: str) -> list[tuple[str, str]]:
    doc = fr(text)
    return [(span.text, span.label_) for span in doc.spans["sources"]]


def test_unions_and_their_names_are_organisations(fr):
    assert typed(fr, "La centrale syndicale a dénoncé un recul social.") == [
        ("La centrale syndicale", "organisation")]
    assert typed(fr, "Force ouvrière a demandé une hausse des salaires.") == [
        ("Force ouvrière", "organisation")]
    assert typed(fr, "La Confédération générale du travail a appelé à la grève.") == [
        ("La Confédération générale du travail", "organisation")]


def test_a_rating_agency_is_a_company(fr):
    assert typed(fr, "L'agence de notation Fitch a confirmé que la note restait stable.") == [
        ("L'agence de notation Fitch", "company")]


def test_administrations_are_the_government(fr):
    assert typed(fr, "Le fisc a indiqué que les contrôles reprendraient.") == [
        ("Le fisc", "government")]
    assert typed(fr, "Le président de la République a annoncé un référendum.") == [
        ("Le président de la République", "government")]


def test_a_rapporteur_is_a_politician_not_the_text_he_reports_on(fr):
    assert typed(fr, "Le rapporteur du texte a reconnu des difficultés.") == [
        ("Le rapporteur du texte", "politician")]


def test_a_secretary_general_takes_the_type_of_the_body_named_after_it(fr):
    assert typed(fr, "Le secrétaire général a estimé que la grève continuerait.") == [
        ("Le secrétaire général", "organisation")]
    assert typed(fr, "Le secrétaire général du gouvernement a estimé que le décret était prêt.") \
        == [("Le secrétaire général du gouvernement", "government")]


def test_a_management_takes_the_type_of_what_it_manages(fr):
    assert typed(fr, "La direction de la chaîne a affirmé que l'émission continuerait.") == [
        ("La direction de la chaîne", "media")]
    assert typed(fr, "La direction a affirmé que l'usine continuerait.") == [
        ("La direction", "company")]


def test_a_ranking_is_a_document_whoever_made_it(fr):
    assert typed(fr, "Selon le classement publié par l'ONG, le pays a reculé.") == [
        ("le classement publié par l'ONG", "document")]


def test_a_head_of_state_named_with_a_nationality_is_the_government(fr):
    assert typed(fr, "Le président afghan Hamid Karzai a constaté une hausse des attaques.") == [
        ("Le président afghan Hamid Karzai", "government")]


def test_the_longest_term_at_the_head_decides(fr):
    # "agence d'évaluation" (a rating agency), not "agence" (a news agency)
    assert typed(fr, "L'agence d'évaluation a estimé que la dette restait soutenable.") == [
        ("L'agence d'évaluation", "company")]
