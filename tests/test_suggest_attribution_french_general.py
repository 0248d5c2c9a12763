"""French attribution constructions that hold on both Wikinews and regional news (the errors
of UD Sequoia's Est Républicain train half, then Wikinews dev + train): acts and norms that are
no source, passives, and verbs of thanks, appreciation and invitation; one behaviour a test,
each on our own sentences parsed by the shipped French model."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggestion_pipeline
from tests.attribution_helpers import sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def test_faire_la_needs_its_noun_to_report(fr):
    assert sources(fr, "Elle fit alors la connaissance d'un jeune médecin de Nancy.") == []
    assert sources(fr, "Le syndicat met en garde contre la fermeture de l'usine.") == [
        "Le syndicat"]
    assert sources(fr, "Le sondage a mis en évidence la lassitude des habitants.") == [
        "Le sondage"]
    assert sources(fr, "Les riverains mettent en avant le bruit des camions.") == [
        "Les riverains"]


def test_a_participle_after_ete_is_passive_whatever_its_parse(fr):
    # The parser makes "été" a copula here.
    text = ("Malade depuis l'hiver, Jeanne Colin s'est éteinte jeudi à la clinique de Toul, "
            "où elle avait été admise il y a un mois.")
    assert sources(fr, text) == []


def test_a_norm_after_selon_is_no_source(fr):
    assert sources(fr, "La crèche est agréée selon la nouvelle loi du 3 mars 2001.") == []
    assert sources(fr, "La peine varie, selon les juridictions, de cinq à dix ans.") == []
    assert sources(fr, "Selon le maire, la crèche ouvrira en septembre.") == ["le maire"]


def test_assurer_a_function_is_an_act(fr):
    assert sources(fr, "Il a assuré la présidence du club de football pendant dix ans.") == []
    assert sources(fr, "Il a assuré que le club trouverait un nouveau stade.") == ["Il"]


def test_alerter_the_emergency_services_is_an_act(fr):
    assert sources(fr, "Des passants ont alerté les secours vers minuit.") == []


def test_the_agent_of_a_participle_on_a_noun_is_who_acted(fr):
    text = "Les baisses d'impôt annoncées par le gouvernement entreront en vigueur en mai."
    assert sources(fr, text) == []


def test_a_gerund_reports_only_with_what_it_says(fr):
    text = "En 1990, il devint célèbre en commentant les matches du championnat de France."
    assert sources(fr, text) == []
    assert sources(fr, "Le ministre a conclu en affirmant que la réforme serait votée.") == [
        "Le ministre"]


def test_thanks_appreciation_and_invitation_are_attributed(fr):
    assert sources(fr, "Le maire a remercié les bénévoles pour leur aide.") == ["Le maire"]
    assert sources(fr, "La directrice apprécie le travail accompli par les élèves.") == [
        "La directrice"]
    assert sources(fr, "Le préfet a invité les élus à voter le budget avant mars.") == [
        "Le préfet"]


def test_local_administration_is_government(fr):
    for text in ("L'inspecteur d'académie a remercié les enseignants.",
                 "Le sous-préfet a rappelé que la route restera fermée.",
                 "La municipalité a indiqué que les travaux dureront un mois."):
        doc = fr(text)
        assert [span.label_ for span in doc.spans["sources"]] == ["government"], text


def test_etre_before_a_cue_participle_is_passive_unless_reflexive(fr):
    assert sources(fr, "Le directeur est jugé pour fraude depuis lundi.") == []
    assert sources(fr, "Alain Martin est poursuivi pour abus de biens sociaux.") == []
    assert sources(fr, "Les élus se sont félicités de cette décision.") == ["Les élus"]
