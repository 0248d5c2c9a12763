"""English verifiability constructions with the shipped English pipeline, as suggesting runs
them (only the sentences a rule may read the parse of are parsed)."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest_sentences

pytestmark = pytest.mark.slow


def judge(*sentences: str) -> list[tuple[str, str]]:
    """(value, reason) of each sentence, read as one document."""
    return [(s.verifiability.value, s.verifiability.reason)
            for s in suggest_sentences(list(sentences), "en")]


def value(sentence: str) -> str:
    return judge(sentence)[0][0]


def test_would_tells_what_is_to_come():
    assert judge("The new bridge would open to traffic in the spring.") == \
        [("prediction", "hypothetical: would open")]


def test_could_have_is_what_might_have_been():
    assert judge("We could have won the match.") == \
        [("prediction", "hypothetical: could have won")]


def test_could_under_a_condition_is_a_prediction():
    value_, reason = judge("The storm could close the port if the wind turns.")[0]
    assert (value_, reason) == ("prediction", "hypothetical: could close")


def test_could_alone_is_a_past_ability():
    assert value("Neither team could score before the break.") == "verifiable"


def test_the_month_of_may_is_no_modal():
    assert value("In May, the mayor resigned after a vote.") == "verifiable"


def test_may_alone_hedges_a_present_fact():
    assert value("Some farms may have larger harvests this season.") == "verifiable"


def test_would_in_a_relative_clause_describes():
    assert value("The minister named the towns that would receive the funds.") == "verifiable"


def test_would_in_an_embedded_question_describes():
    assert value("The council asked whether residents would prefer a new park.") == \
        "verifiable"


def test_contracted_had_is_no_would():
    assert value("The bakery said they'd run out of bread.") == "verifiable"


def test_a_passive_opinion_verb_states_no_view():
    assert value("Two candidates, both considered to be moderates, were elected.") == \
        "verifiable"


def test_should_says_what_ought_to_be():
    assert judge("Every school should teach first aid.") == \
        [("opinion", "what ought to be: should teach")]


def test_should_in_an_embedded_question_is_no_judgement():
    assert value("Residents were asked to suggest what the square should look like.") == \
        "verifiable"


def test_need_to_says_what_ought_to_be():
    assert judge("They need to stand by their neighbours.")[0][0] == "opinion"


def test_impersonal_judgement():
    assert judge("It is reasonable to assume the roads were icy.") == \
        [("opinion", "impersonal judgement: It is reasonable")]


def test_intensified_epithet_of_a_predicate_noun():
    assert judge("It was a very bold choice.") == \
        [("opinion", "intensified judgement: very bold")]


def test_reference_to_another_article():
    line = '"Bridge closed after storm" — The Daily Courier, March 3, 2009'
    assert judge(line) == [("not_a_claim", "reference to another article")]


def test_a_pulled_quote_with_its_author_is_no_reference():
    assert judge('"It is a long game." - Ann Smith')[0][1] != "reference to another article"


def test_a_line_that_introduces_a_quotation():
    assert judge("The mayor stated,") == [("not_a_claim", "introduces a quotation")]


def test_first_person_past_is_a_personal_account():
    assert judge("I walked to the harbour on Sunday morning.") == \
        [("unverifiable", "personal experience: I walked")]


def test_a_present_passive_is_no_account():
    assert value("I'm told the plan is ready.") != "unverifiable"


def test_the_writers_account_opens_no_quotation_to_continue():
    found = judge("I visited the fair on Friday.", "The stalls were built by volunteers.")
    assert found[1] == ("verifiable", "declarative statement")


def test_one_sided_claim():
    assert judge("The company claims its trucks carried no weapons.") == \
        [("unverifiable", "one side's claim: claims")]


def test_claimed_responsibility_is_an_act():
    assert value("The group claimed responsibility for the blast.") == "verifiable"


def test_unnamed_source():
    found = judge("A government source said the talks had stalled.")[0]
    assert found == ("unverifiable", "unnamed source: A government source")


def test_be_to_is_scheduled():
    assert judge("The exhibition is to run until June 4.") == \
        [("prediction", "scheduled: is run")]


def test_a_present_expectation_is_a_forecast():
    assert judge("The council expects a decision soon.") == \
        [("prediction", "expectation: expects")]


def test_feel_with_a_clause_is_a_view():
    assert judge("She felt the referee had made a mistake.")[0] == \
        ("opinion", "verb of opinion: felt")


def test_feel_without_a_clause_is_no_view():
    assert value("It felt strange out there.") != "opinion"


def test_for_with_a_common_noun_is_a_purpose():
    assert value("For the race, the runners were given numbered bibs.") == "verifiable"


def test_for_with_a_name_is_a_viewpoint():
    assert judge("For Ms. Rivera, the plan was a mistake.")[0] == \
        ("opinion", "point of view: For Ms. Rivera")


def test_headline_ending_in_quoted_words():
    assert judge("Storm puts town in 'state of emergency'") == \
        [("not_a_claim", "heading (no final stop)")]


def test_imperative_after_an_opening_clause():
    assert judge("If you want a seat, please arrive early at the hall.") == \
        [("not_a_claim", "call to action: arrive")]


def test_a_first_person_in_a_place_or_company_is_no_judgement():
    assert value("\"We are in contact with the families of the crew,\" the director said.") \
        != "opinion"


def test_a_line_ending_on_its_reporting_verb_introduces_a_quotation():
    assert judge("Local historian and author Mary Stone commented,") == \
        [("not_a_claim", "introduces a quotation")]


def test_a_headline_is_counted_in_words_not_tokens():
    assert judge("After long delays, all-girl Kenyan team wins 'best design' award at "
                 "international solar-car race") == [("not_a_claim", "heading (no final stop)")]


def test_a_caption_after_a_dash_is_a_heading():
    assert judge("—Firefighters clearing a road ahead of the evening storm") == \
        [("not_a_claim", "heading (no final stop)")]


def test_a_cut_quotation_is_no_heading():
    assert value("\"A cleaner river would bring back the salmon [...]") != "not_a_claim"


def test_a_purely_evaluative_adjective_judges_wherever_it_stands():
    assert judge("The parade offered a fantastic display of local crafts.") == \
        [("opinion", "evaluative: fantastic")]


def test_a_scheduled_event_is_a_prediction():
    assert judge("The final is scheduled for June 12.") == \
        [("prediction", "future: is scheduled for")]


def test_condemning_is_a_judgement():
    assert value("The mayor strongly condemned the vandalism.") == "opinion"


def test_a_classifying_adjective_beside_its_noun_judges_nothing():
    assert value("Shops selling essential goods stayed open.") == "verifiable"


def test_a_classifying_adjective_as_a_predicate_judges():
    assert judge("Clean water is essential.") == [("opinion", "evaluative: essential")]


def test_figures_given_anonymously_rest_on_no_public_evidence():
    assert value("Figures given anonymously by two officials put the toll at 40.") == \
        "unverifiable"
