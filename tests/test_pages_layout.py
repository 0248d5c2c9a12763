"""Page-level boilerplate and headlines on select-all copies (English: rules only, fast)."""

from __future__ import annotations

from annotator.core.text.segment import BOILERPLATE, segment_text
from annotator.core.text.titles import choose_title

PARAGRAPH = ("The port authority said on Monday that the strike had cost the terminal more "
             "than two million euros a day, and that talks would resume on Thursday.")
SECOND = ("Union leaders said they would accept mediation. They asked the ministry to name "
          "an independent mediator before the end of the week.")
THIRD = ("Shipping lines have diverted about thirty vessels to Rotterdam and Antwerp since "
         "the walkout began, according to the port's own figures published on Sunday.")
MENU = ["World", "Business", "Markets", "Sign in", "Videos", "Français", "English"]
HEADLINE = "Dockers extend strike as port losses mount"


def kinds(lines: list[str]) -> dict[str, str]:
    text = "\n".join(lines)
    return {text[s.start:s.end]: s.kind for s in segment_text(text, "en")}


def title(lines: list[str]) -> str:
    text = "\n".join(lines)
    return choose_title(text, segment_text(text, "en"))


def test_run_of_short_menu_items_is_flagged() -> None:
    result = kinds([*MENU, "Europe", "Climate", HEADLINE, PARAGRAPH, SECOND])
    assert all(result[item] == BOILERPLATE for item in [*MENU, "Europe", "Climate"])
    assert result[PARAGRAPH] != BOILERPLATE


def test_related_block_mid_article_flags_only_its_links() -> None:
    result = kinds([HEADLINE, PARAGRAPH, "Read more", "Port of Hamburg sees record traffic",
                    "Five things to know about the strike", SECOND, THIRD])
    assert result["Port of Hamburg sees record traffic"] == BOILERPLATE
    assert result["Five things to know about the strike"] == BOILERPLATE
    assert result[THIRD] != BOILERPLATE
    assert result["They asked the ministry to name an independent mediator before the end "
                  "of the week."] != BOILERPLATE


def test_headline_is_chosen_never_a_menu_item() -> None:
    assert title([*MENU, HEADLINE, "By Jane Doe", "2 hours ago", PARAGRAPH, SECOND]) == HEADLINE


def test_long_line_under_the_headline_is_the_standfirst() -> None:
    standfirst = ("Losses at the terminal top two million euros a day as talks stall and "
                  "shipping lines divert vessels")
    assert title([*MENU, HEADLINE, standfirst, "Share", PARAGRAPH, SECOND]) == HEADLINE


def test_headline_repeated_in_a_breadcrumb_is_still_the_headline() -> None:
    lines = ["Home", "Port strike diary", "Business", "Markets", "Port strike diary",
             PARAGRAPH, SECOND]
    assert title(lines) == "Port strike diary"


def test_footer_after_the_article_is_flagged() -> None:
    result = kinds([HEADLINE, PARAGRAPH, SECOND, THIRD, "Most popular",
                    "Contact us", "Complaints & corrections", "Work for us",
                    "© 2020 Port News Limited or its affiliated companies."])
    assert result["Complaints & corrections"] == BOILERPLATE
    assert result["© 2020 Port News Limited or its affiliated companies."] == BOILERPLATE


def test_clean_article_keeps_every_sentence() -> None:
    result = kinds(["The strike ended on Friday.", "Dockers returned to work at dawn.",
                    "The ministry welcomed the deal."])
    assert BOILERPLATE not in result.values()


def test_teasers_between_related_links_are_flagged() -> None:
    teaser = ("After the ruling, the prime minister was the target of the opposition, which "
              "condemned a series of blunders.")
    result = kinds([HEADLINE, PARAGRAPH, SECOND, THIRD, "Most read", "Strike: a week of talks",
                    teaser, "Ferry takes on water in Marseille", "3 comments"])
    assert result[teaser] == BOILERPLATE
    assert result["Ferry takes on water in Marseille"] == BOILERPLATE


def test_article_of_one_sentence_paragraphs_resumes_after_a_related_link() -> None:
    quote = ("“I am standing on the shoulders of my favourite actor,” Phoenix said on "
             "Sunday, referring to Heath Ledger.")
    later = ("Zellweger, likewise, has picked up most of the prizes so far for her "
             "performance in the biopic “Judy.”")
    result = kinds([HEADLINE, PARAGRAPH, SECOND, "Related Coverage",
                    "Factbox: Key winners at the awards", quote, later, THIRD])
    assert result["Factbox: Key winners at the awards"] == BOILERPLATE
    assert result[quote] != BOILERPLATE and result[later] != BOILERPLATE
