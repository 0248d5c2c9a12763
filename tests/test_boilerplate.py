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


@pytest.mark.parametrize("line", ["Lien copié", "Link Copied!", "Partager", "Share",
                                  "Tweeter", "FacebookTwitterMail"])
def test_share_widgets(line: str) -> None:
    assert boilerplate_reason(line) == "share buttons"


@pytest.mark.parametrize("line", ["il y a 3 heures", "Il y a une minute", "2 hours ago",
                                  "Updated 5 mins ago", "Dernière mise à jour : il y a 38 secondes",
                                  "4 Min Read", "Hier à 18h30"])
def test_relative_dates(line: str) -> None:
    assert boilerplate_reason(line) == "relative date"


@pytest.mark.parametrize("line", ["Créé: 12.12.2019", "Créé le 12/12/2019 à 10h05",
                                  "Mis à jour le 06/04/2013 à 10:37", "Mise à jour 10:38",
                                  "20 janvier 2020", "jeudi 13 juin 2019", "June 28th, 2018",
                                  "November 2, 2023 3:53 PM EDT", "Jan 17, 2020",
                                  "October 22, 2019 report", "Date 19.01.2020",
                                  "27 octobre 2012 à 18:27 (Mis à jour: 19:56)"])
def test_date_lines(line: str) -> None:
    assert boilerplate_reason(line) == "date line"


@pytest.mark.parametrize("line", ["AFP", "Reuters", "Photo: AP", "Photograph: Guy Smallman",
                                  "Photo by барон Н.Н.Торнау, public domain.",
                                  "Arnaud Montebourg, ministre du Redressement productif Crédits "
                                  "photo : Jean-Christophe MARMARA"])
def test_credit_lines(line: str) -> None:
    assert boilerplate_reason(line) == "photo credit"


@pytest.mark.parametrize("line", ["Cet article est réservé aux abonnés",
                                  "Il vous reste 68 % de cet article à lire",
                                  "Subscribe to continue reading", "READ FULL ARTICLE",
                                  "Abonnez-vous à partir de 1€", "Déjà abonné ? Connectez-vous"])
def test_paywall_notices(line: str) -> None:
    assert boilerplate_reason(line) == "paywall"


@pytest.mark.parametrize("line", [
    "{{nrco.contentDetailController.content.lastUpdateUser.fullName}} - {{x | date}}",
    '<div ng-if="vm.loaded">', "var googletag = googletag || {};",
    "(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})",
    '{"@context": "https://schema.org", "@type": "NewsArticle"}',
    "for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-up"])
def test_template_and_script_code(line: str) -> None:
    assert boilerplate_reason(line) == "template code"


@pytest.mark.parametrize("text", [
    "<font color=#fafafa>Invisible</font> : la grève continue, a déclaré le ministre.",
    "<b>Titre</b> en gras", "Selon <b>Reuters</b>, le port rouvrira lundi."])
def test_prose_with_some_markup_is_not_code(text: str) -> None:
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize("line", ["Se connecter", "Sign in", "Log out", "Mon compte"])
def test_login_words(line: str) -> None:
    assert boilerplate_reason(line) == "login"


@pytest.mark.parametrize("line", ["Français", "English", "Español", "FR", "EN"])
def test_language_switcher_items(line: str) -> None:
    assert boilerplate_reason(line) == "language switcher"


@pytest.mark.parametrize("line", ["2.4K", "745", "36 commentaires", "2469 shares",
                                  "Slideshow ( 15 images )",
                                  "Martin Clavey Politique scientifique 20 janvier 2020 0 Comment"])
def test_counters(line: str) -> None:
    assert boilerplate_reason(line) in {"counter", "page widget"}


@pytest.mark.parametrize("text", [
    "Les sénateurs ont voté il y a trois jours un texte sur les retraites.",
    "Two hours ago, the minister resigned.",
    "La fonction publique hospitalière recrute.",
    "Le Français a remporté la course.",
    "Reuters a confirmé l'information mardi soir.",
    "Mis à jour de ses obligations, le club peut recruter.",
])
def test_prose_that_resembles_furniture_is_kept(text: str) -> None:
    assert boilerplate_reason(text) is None


def test_word_lists_are_data_shipped_with_the_package() -> None:
    from pathlib import Path

    import tomllib

    from annotator.core.text import boilerplate

    data = Path(boilerplate.__file__).parent / "data" / "boilerplate.json"
    assert data.exists() and "lien copié" in boilerplate.EXACT
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert "data/*.json" in pyproject["tool"]["setuptools"]["package-data"]["annotator.core.text"]


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
