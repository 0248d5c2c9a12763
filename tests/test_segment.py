"""Sentence segmentation: offsets, boundary repairs, headings and boilerplate in context."""

from __future__ import annotations

import pytest

from annotator.core import nlp
from annotator.core.resources import SAMPLES
from annotator.core.text.segment import (
    BOILERPLATE,
    HEADING,
    SENTENCE,
    Segment,
    looks_like_heading,
    segment_text,
    segment_texts,
)
from annotator.core.text.segment_fixes import repair


def texts(text: str, lang: str = "fr") -> list[str]:
    return [text[s.start:s.end] for s in segment_text(text, lang)]


def kinds(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in segment_text(text, lang)]


@pytest.fixture(scope="module")
def sample() -> str:
    return (SAMPLES / "fr_accord_cereales.txt").read_text(encoding="utf-8")


@pytest.mark.slow
def test_offsets_are_ordered_stripped_and_never_empty(sample: str) -> None:
    segments = segment_text(sample, "fr")
    for before, after in zip(segments, segments[1:]):
        assert before.end <= after.start and before.para <= after.para
    for s in segments:
        piece = sample[s.start:s.end]
        assert piece and piece == piece.strip() and "\n" not in piece
        assert s.kind in {SENTENCE, HEADING, BOILERPLATE}


@pytest.mark.slow
def test_para_counts_non_empty_lines() -> None:
    assert [s.para for s in segment_text("Titre\n\n\nIl part. Elle reste.\n", "fr")] == [0, 1, 1]


@pytest.mark.slow
def test_opening_guillemet_stays_with_its_sentence() -> None:
    text = "Le port rouvre. « Nous ne céderons pas », a déclaré le ministre."
    assert texts(text) == ["Le port rouvre.", "« Nous ne céderons pas », a déclaré le ministre."]


@pytest.mark.slow
def test_closing_guillemet_stays_with_its_sentence() -> None:
    assert texts("« Nous partons. » Il a dit.") == ["« Nous partons. »", "Il a dit."]


@pytest.mark.slow
def test_hyphenated_name_is_not_split() -> None:
    text = "Le dirigeant Kim Jong-un est arrivé à Moscou. Il y restera deux jours."
    assert texts(text) == ["Le dirigeant Kim Jong-un est arrivé à Moscou.",
                           "Il y restera deux jours."]


@pytest.mark.slow
def test_title_abbreviation_does_not_end_a_sentence() -> None:
    assert texts("M. Dupont est arrivé. Il repart demain.") == [
        "M. Dupont est arrivé.", "Il repart demain."]


@pytest.mark.slow
def test_english_abbreviations_do_not_end_a_sentence() -> None:
    text = ("After meeting the Rev. Al Sharpton, Clinton spoke of Sept. 11, 2001, said Gov. "
            "Mike Pence on Nov. 3. Ft. Worth was next.")
    assert texts(text, "en") == [
        "After meeting the Rev. Al Sharpton, Clinton spoke of Sept. 11, 2001, said Gov. "
        "Mike Pence on Nov. 3.", "Ft. Worth was next."]


@pytest.mark.slow
def test_byline_is_one_boilerplate_segment() -> None:
    assert kinds("Par Mathieu Roux") == [("Par Mathieu Roux", BOILERPLATE)]


@pytest.mark.slow
def test_publication_date_is_one_boilerplate_segment() -> None:
    assert kinds("Publié le") == [("Publié le", BOILERPLATE)]


@pytest.mark.slow
def test_short_line_without_final_punctuation_is_a_heading() -> None:
    text = "Renforcement des liens\nLa Russie et la Corée du Nord ont renforcé leurs liens."
    assert [s.kind for s in segment_text(text, "fr")] == [HEADING, SENTENCE]


@pytest.mark.slow
def test_related_marker_flags_its_links_and_the_article_resumes() -> None:
    text = ("Le port rouvre lundi après trois semaines de grève des dockers.\n"
            "À découvrir également\nKim rencontre les familles\n"
            "Les armateurs attendent la reprise du trafic pour la fin de la semaine.")
    segments = segment_text(text, "fr")
    assert [s.kind for s in segments] == [SENTENCE, BOILERPLATE, BOILERPLATE, SENTENCE]
    assert segments[2].reason == "related links"


@pytest.mark.slow
def test_repeated_caption_is_flagged_first_one_kept() -> None:
    caption = "Vladimir Poutine et Kim Jong-un à Pyongyang."
    text = f"{caption}\n{caption} Kristina Kormilitsyna/Sputnik"
    assert [s.kind for s in segment_text(text, "fr")] == [SENTENCE, BOILERPLATE, BOILERPLATE]


@pytest.mark.slow
def test_short_title_does_not_make_a_longer_heading_a_caption() -> None:
    text = "Corée du Nord\nCorée du Nord et Russie"
    assert [s.kind for s in segment_text(text, "fr")] == [HEADING, HEADING]


@pytest.mark.slow
def test_caption_with_credit_unsplit_is_flagged_whole() -> None:
    text = "Des cargos au large d'Odessa\nDes cargos au large d'Odessa Jane Doe"
    assert [s.kind for s in segment_text(text, "fr")] == [HEADING, BOILERPLATE]


def test_english_without_a_model_uses_rules() -> None:
    text = 'By Jane Doe\nMr. Smith left. "Every day counts," she said.'
    assert kinds(text, "en") == [("By Jane Doe", BOILERPLATE), ("Mr. Smith left.", SENTENCE),
                                 ('"Every day counts," she said.', SENTENCE)]


def test_language_unknown_to_spacy_falls_back_to_a_blank_pipeline() -> None:
    assert texts("Premier. Second.", "zz") == ["Premier.", "Second."]
    assert nlp.model_name("zz") is None


@pytest.mark.slow
def test_segment_texts_keeps_order_across_languages() -> None:
    items = [("Il part. Elle reste.", "fr"), ("He left.", "en"), ("", "fr"), ("Bonjour.", "fr")]
    counts = [len(segments) for segments in segment_texts(items, batch_size=2)]
    assert counts == [2, 1, 0, 1]


def test_empty_text_has_no_segments() -> None:
    assert segment_text(" \n\n ", "en") == []


def test_segments_are_immutable() -> None:
    with pytest.raises(AttributeError):
        Segment(0, 1, SENTENCE, 0).kind = HEADING  # type: ignore[misc]


@pytest.mark.parametrize(
    ("line", "heading"),
    [("Renforcement des liens", True), ("Il est parti.", False), ("Il a dit :", False),
     ("mot sans majuscule", False), (" ".join(["Mot"] * 30), False)],
)
def test_looks_like_heading(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "starts", "expected"),
    [
        ("Par Mathieu Roux", [0, 12], ["Par Mathieu Roux"]),
        ("« Nous partons », a-t-il dit.", [0, 2], ["« Nous partons », a-t-il dit."]),
        ("Il part. « Non ! » a-t-il lancé.", [0, 9, 11, 19], ["Il part.", "« Non ! » a-t-il lancé."]),
        ("Il part. Elle reste.", [0, 9], ["Il part.", "Elle reste."]),
    ],
)
def test_repair_keeps_only_real_sentence_ends(line: str, starts: list[int],
                                              expected: list[str]) -> None:
    assert [line[a:b] for a, b in repair(line, starts)] == expected
