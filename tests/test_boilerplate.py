"""Boilerplate rules on single lines: pure string functions, no spaCy."""

from __future__ import annotations

import pytest

from annotator.core.text.boilerplate import boilerplate_reason, credit_reason, related_marker


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Newsletter Newsletters Events Évènements Podcasts Vidéos Africanews", "newsletter"),
        ("World Business Markets Climate Video More", "navigation line"),
        ("Accueil > International > Europe", "navigation line"),
        ("PUBLICITÉ", "advertisement"),
        ("Publicité", "advertisement"),
        ("Advertisement", "advertisement"),
        ("Partager cet article Close Button", "share buttons"),
        ("Share this article", "share buttons"),
        ("Par\u00a0Jeremiah Fisayo-Bambi", "byline"),
        ("By Daniel Okafor", "byline"),
        ("Publié le", "date line"),
        ("Publié le 22 mai 2025 à 07h15", "date line"),
        ("Published 4 June 2025, 14:20 GMT", "date line"),
        ("14/08/2025 - 09:12", "date line"),
        ("Sources additionnelles • AP", "additional sources"),
        ("Avec AFP et Reuters", "additional sources"),
        ("Accéder aux raccourcis d'accessibilité", "accessibility link"),
        ("Skip to main content", "accessibility link"),
        ("Loader", "page widget"),
        ("Suivez-nous", "follow us"),
        ("Tous droits réservés 朝鮮通信社/AP", "photo credit"),
        ("Lire aussi : Câbles sous-marins, nouveau front de la guerre hybride", "related link"),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Par ailleurs, le ministre a annoncé sa démission.",
        "Published figures show exports rose 3% in May.",
        "Updated forecasts from the central bank showed slower growth.",
        "Selon l'agence de presse russe TASS, citant le Kremlin, Vladimir Poutine a parlé.",
        "Renforcement des liens",
        "Le duel Trump-Poutine",
        "Un accord avec Reuters",
        "Vladimir Poutine et Kim Jong-un à Pyongyang.",
    ],
)
def test_article_text_is_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize(
    "credit",
    ["Kristina Kormilitsyna/Sputnik", "Carla Menezes/Reuters", "Photo : Garde-côtes / AFP",
     "© Reuters", "AP Photo/Ahn Young-joon", "Getty Images"],
)
def test_photo_credits(credit: str) -> None:
    assert credit_reason(credit) == "photo credit"


@pytest.mark.parametrize("line", ["À découvrir également", "Lire aussi :", "Related", "READ MORE"])
def test_related_markers(line: str) -> None:
    assert related_marker(line) == line


def test_related_link_with_title_is_not_a_marker() -> None:
    assert related_marker("Lire aussi : Le port rouvre lundi") is None
