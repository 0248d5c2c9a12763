"""Verifiability rules and the reason each one shows."""

from __future__ import annotations

import pytest
import spacy

from annotator.core.suggest import suggest_sentences, suggest_verifiability, suggestion_pipeline

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


def test_a_reported_opinion_is_an_opinion(fr):
    text = "Selon le ministre, ce rapprochement est une excellente nouvelle."
    assert judge(fr, text)[:2] == ("opinion", "evaluative: excellente")


def test_question_is_not_a_claim(fr):
    assert judge(fr, "Que va faire la Russie ?")[:2] == ("not_a_claim", "question")


def test_heading_is_not_a_claim(fr):
    assert judge(fr, "Renforcement des liens")[0] == "not_a_claim"


def test_call_to_action_is_not_a_claim(fr):
    assert judge(fr, "Abonnez-vous à notre newsletter.")[0] == "not_a_claim"


def test_a_reported_appeal_is_not_a_claim(fr):
    text = "« Nous demandons la fin des combats », a déclaré le maire."
    assert judge(fr, text)[:2] == ("not_a_claim", "call to action: nous demandons")


def test_an_announced_plan_is_a_prediction(fr):
    text = "Le gouvernement prévoit de fermer trois hôpitaux."
    assert judge(fr, text)[:2] == ("prediction", "likelihood: prévoit de")


def test_an_epithet_is_an_opinion(fr):
    text = "Le ministre a été qualifié de traître par l'opposition."
    assert judge(fr, text)[:2] == ("opinion", "verb of opinion: qualifié de")


def test_feeling_is_an_opinion(fr):
    text = "La population se sent abandonnée par les autorités."
    assert judge(fr, text)[:2] == ("opinion", "verb of opinion: se sent")


def test_blank_english_pipeline_finds_future():
    nlp = spacy.blank("en")
    assert suggest_verifiability(nlp("Prices will rise next year."))[0] == "prediction"


def test_modal_conditional_in_a_reported_clause_is_a_prediction(fr):
    text = "D'après l'opérateur Elering, la réparation pourrait prendre sept semaines."
    assert judge(fr, text)[:2] == ("prediction", "conditional: pourrait")


def test_a_reported_future_is_a_prediction(fr):
    text = "Selon le texte, les navires seront inspectés à Istanbul."
    assert judge(fr, text)[:2] == ("prediction", "future: seront")


def test_assessment_with_an_opinion_verb_is_opinion(fr):
    text = "« Ces ruptures ne sont pas des accidents », estime Anna Lindqvist, chercheuse."
    assert judge(fr, text)[:2] == ("opinion", "assessment by the source: estime")


def test_dateline_is_not_a_claim(fr):
    assert judge(fr, "6 juillet 2012.")[:2] == ("not_a_claim", "dateline")
    assert judge(fr, "21 septembre 2012, France.")[:2] == ("not_a_claim", "dateline")


def test_a_date_inside_a_claim_keeps_it_verifiable(fr):
    assert judge(fr, "Le traité a été signé le 6 juillet 2012.")[0] == "verifiable"


def test_pointer_to_other_content_is_not_a_claim(fr):
    assert judge(fr, "Lire aussi : le sommet de Pyongyang")[0] == "not_a_claim"


def test_anonymous_source_is_unverifiable(fr):
    text = "Selon une source proche du dossier, le contrat a été signé."
    assert judge(fr, text)[:2] == ("unverifiable", "no public evidence: source proche")


def test_intelligence_is_unverifiable(fr):
    text = "D'après les services de renseignement, 3 000 soldats sont arrivés."
    assert judge(fr, text)[0] == "unverifiable"


def test_modal_conditional_in_a_relative_clause_describes(fr):
    text = "Les candidats étaient vendredi dans l'Ohio, un Etat qui pourrait décider de tout."
    assert judge(fr, text)[0] == "verifiable"


def test_aller_with_infinitive_is_a_prediction(fr):
    assert judge(fr, "Le ministre va signer le décret.")[:2] == ("prediction", "future: va")


def test_aller_in_the_past_is_not_a_prediction(fr):
    assert judge(fr, "Il allait visiter les tombes chaque année.")[0] == "verifiable"


def test_opinion_verb_anywhere_is_opinion(fr):
    text = "Le parti a réagi dimanche, pensant qu'il s'agit de propos isolés."
    assert judge(fr, text)[:2] == ("opinion", "verb of opinion: pensant")


def test_estimate_of_a_quantity_is_not_an_opinion(fr):
    assert judge(fr, "Le site estime à 2,3 points l'écart des intentions de vote.")[0] == \
        "verifiable"


def test_se_dire_with_an_adjective_is_opinion(fr):
    text = "Le président de la Commission se dit rassuré par ce résultat."
    assert judge(fr, text)[:2] == ("opinion", "verb of opinion: se dit")


def test_pour_x_gives_a_point_of_view(fr):
    text = "Pour le ministre, cette réforme arrive trop tard."
    assert judge(fr, text)[:2] == ("opinion", "point of view: Pour le ministre")


def test_pour_with_a_time_is_not_a_point_of_view(fr):
    assert judge(fr, "Pour la première fois, la police a publié 12 photos.")[0] == "verifiable"


def test_intensified_predicative_adjective_is_opinion(fr):
    text = "La situation est vraiment préoccupante."
    assert judge(fr, text)[:2] == ("opinion", "intensified judgement: vraiment préoccupante")


def test_c_est_judgement_is_opinion(fr):
    assert judge(fr, "C'est une décision politique.")[:2] == ("opinion", "judgement: c'est")


def test_c_est_cleft_is_not_a_judgement(fr):
    assert judge(fr, "C'est dans l'Ohio que le président a parlé.")[0] == "verifiable"


def test_first_person_copula_is_opinion(fr):
    text = "Nous sommes conscients de nos responsabilités."
    assert judge(fr, text)[:2] == ("opinion", "first person: sommes conscients")


def test_an_exclamation_alone_is_no_judgement(fr):
    assert judge(fr, "Le bateau est arrivé au port à l'aube !")[:2] == \
        ("verifiable", "declarative statement")


def test_a_personal_account_goes_on_while_its_quotation_is_open():
    told = ["Un habitant raconte : « J'étais dans la rue quand les tirs ont commencé.",
            "Les gens couraient partout.", "Les secours arrivent."]
    found = [(s.verifiability.value, s.verifiability.reason) for s in suggest_sentences(told, "fr")]
    assert found == [("unverifiable", "personal experience: J'étais"),
                     ("unverifiable", "continues a personal account"),
                     ("verifiable", "declarative statement")]  # not in the past
    closed = ["« J'étais dans la rue quand les tirs ont commencé », raconte un habitant.",
              "Les gens couraient partout."]
    assert [s.verifiability.reason for s in suggest_sentences(closed, "fr")] == \
        ["personal experience: J'étais", "declarative statement"]


def test_future_needs_a_future_ending(fr):
    text = "La traque du boson a démarré en 2010 et a nécessité l'accélérateur."
    assert judge(fr, text)[0] == "verifiable"


@pytest.mark.parametrize(("text", "value", "reason"), [
    ("Prices will rise.", "prediction", "future: will"),
    ("The talks are going to fail.", "prediction", "future: are going to"),
    ("The company is expected to cut 500 jobs.", "prediction", "likelihood: expected to"),
    ("According to sources familiar with the talks, the deal is close.", "unverifiable",
     "no public evidence: sources familiar with"),
    ("For the minister, the reform is a disaster.", "opinion",
     "point of view: For the minister"),
    ("We are proud of our record.", "opinion", "first person: are proud"),
    ("It is clear that the policy failed.", "opinion", "judgement: it is clear"),
    ("The government said 20 people died on Monday.", "verifiable", "contains a number: 20"),
    ("Floods kill dozens in northern Italy", "not_a_claim", "heading (no final stop)"),
    ("The new bridge over the river.", "not_a_claim", "no verb (a caption or a fragment)"),
    ('The spokesman said, "We urge both sides to return to the table".', "not_a_claim",
     "call to action: we urge"),
    ("The minister believes the prisoners may have escaped on purpose.", "opinion",
     "assessment by the source: believes"),
    ("Estimates suggest 300 people may be trapped.", "unverifiable",
     "no public evidence: estimates suggest"),
    ("The vote is to be held in March.", "prediction", "scheduled: is held"),
    ("It is an interesting idea, the mayor said.", "opinion", "evaluative: interesting"),
])
def test_english_rules(en, text, value, reason):
    assert suggest_verifiability(en(text))[:2] == (value, reason)


# (text, verdict, reason or None when only the verdict matters): one case per behaviour.
FRENCH_CLAUSES = [
    # a cleft's relative asserts; a cleft is no judgement
    ("C'est le maire qui inaugurera le pont.", "prediction", "future: inaugurera"),
    ("C'est Anne Dupont qui préside la séance.", "verifiable", None),
    ("C’est l’armée qui contrôle le pays.", "verifiable", None),
    ("Ce sont deux hommes à bord d'une moto qui ont ouvert le feu.", "verifiable", None),
    ("Nous sommes en train de recueillir des témoignages.", "verifiable", None),
    # a conditional or "allait" under a past verb: the future seen from then
    ("Le syndicat avait annoncé que la grève durerait trois jours.", "prediction",
     "future in the past: durerait"),
    ("La direction a indiqué que les usines fermeraient en juin.", "prediction",
     "future in the past: fermeraient"),
    ("Le ministre annonçait lundi qu'il allait démissionner.", "prediction",
     "future in the past: allait"),
    ("Le journal a affirmé que le ministre aurait menti.", "verifiable", None),
    ("Elle a expliqué qu'elle faisait son travail.", "verifiable", "attributed statement"),
    # futures and what only looks like one
    ("Il déclara alors que la séance était levée.", "verifiable", None),
    ("Les deux villes vont être reliées par un pont.", "prediction", "future: vont"),
    ("Les sénateurs ont rejeté la loi, allant jusqu'à interdire le débat.", "verifiable", None),
    ("La mairie projette de construire une école.", "prediction", "plan: projette"),
    ("Ils vont déposer une plainte contre X.", "prediction", None),
    # what the speaker lived through, on the speaker's word
    ("Ils ne m'ont jamais expliqué pourquoi.", "unverifiable",
     "personal experience: m'ont expliqué"),
    ("On m'a interdit de parler aux journalistes.", "unverifiable",
     "personal experience: m'a interdit"),
    ("J'ai été frappée au visage.", "unverifiable", "personal experience: J'ai été frappée"),
    ("Je viens d'une famille de pêcheurs.", "verifiable", None),
    ("J'ai eu une vie difficile.", "opinion", "evaluative: difficile"),
    # what ought to be, reproaches
    ("Les élus doivent rendre des comptes aux électeurs.", "opinion",
     "what ought to be: doivent rendre"),
    ("Vous devriez démissionner.", "opinion", "what ought to be: devriez démissionner"),
    ("Le texte doit être examiné mardi par le Sénat.", "verifiable", None),
    ("Il lui reproche son silence.", "opinion", "assessment by the source: reproche"),
    # a pointer opens its line; a degree of a participle is no judgement
    ("Sur le même sujet : la réforme des retraites", "not_a_claim", None),
    ("Il a parlé des remarques faites sur le même sujet.", "verifiable", None),
    ("La ville a été particulièrement touchée par la tempête.", "verifiable", None),
    # a phrase ending in an elision runs into the next word
    ("On a l'impression d'être revenu en arrière.", "opinion",
     "verb of opinion: l'impression d'"),
    # a poll's figure is checkable; the same share without a poll is a reported opinion
    ("Selon un sondage de l'Ifop, 62 % des Français se disent favorables à la réforme.",
     "verifiable", "survey figure: sondage"),
    ("62 % des Français se disent favorables à la réforme.", "opinion",
     "verb of opinion: se disent"),
    # futures the tagger misreads: "ira" as an adverb, "connaîtra" as an infinitive
    ("Le chef algérien ira déposer une gerbe.", "prediction", "future: ira"),
    ("Les villes où ira le président sont connues.", "verifiable", None),
    ("Elle considère que la région connaîtra une faible croissance.", "prediction",
     "future: connaîtra"),
    # a copula addressed to someone judges them; a compound past does not
    ("« Vous êtes une menteuse », a lancé le député.", "opinion",
     "addressed to someone: êtes menteuse"),
    ("Vous êtes arrivés en retard.", "verifiable", None),
    # the spoken "on" for "nous" in a past main clause: the speaker's own account
    ("On a vu les soldats entrer dans le village.", "unverifiable",
     "personal experience: On a vu"),
    ("La porte qu'on n'ouvrait jamais a été forcée.", "verifiable", None),
    ("On apprend ce matin que le maire a démissionné.", "verifiable", None),
    # a quoted imperative after a colon calls to action; a participle tagged Imp does not
    ("Le préfet a déclaré : « Mon message est simple : quittez la zone immédiatement. »",
     "not_a_claim", "call to action: quittez"),
    # "il faut noter que" introduces a fact; "il faut agir" judges
    ("Il faut noter que le rapport a été publié en mars.", "verifiable", None),
    ("Il faut agir maintenant.", "opinion", "evaluative: il faut"),
]

# Constructions rather than words: each pair holds the construction and the same word
# used otherwise.
FRENCH_CONSTRUCTIONS = [
    # a comparative of value as a predicate judges; as an attribute it names a demand
    ("Le contexte de la perte est bien pire qu'attendu.", "opinion",
     "comparative judgement: pire"),
    ("Les militants demandent une meilleure répartition des sièges.", "verifiable", None),
    # an impersonal "il" + copula + a predicate governing a clause; not a likelihood
    ("Il était urgent d'agir.", "opinion", "impersonal judgement: Il était urgent"),
    ("Il est évident que le gouvernement a échoué.", "opinion",
     "impersonal judgement: Il est évident"),
    ("Il est probable que le vote soit reporté.", "prediction",
     "likelihood: il est probable que"),
    ("Il est prévu que la capsule se pose dans le Pacifique.", "prediction",
     "likelihood: il est prévu que"),
    # a promise of an act is about the future; one made before the story's past is not
    ("Elle a cependant promis de remettre le pouvoir au nouveau président.", "prediction",
     "promise: a promis remettre"),
    ("Durant la campagne, il avait promis de réduire le déficit.", "verifiable", None),
    # what is feared is a forecast, also when the tagger reads "craignent" as an adverb
    ("Les observateurs spécialistes du monde arabe craignent une montée des tensions.",
     "prediction", "feared outcome: craignent"),
    # futures of verbs the tagger does not know: read as an adjective, or as an imperfect
    ("Le 30 juin, le minitel cessera de fonctionner.", "prediction", "future: cessera"),
    ("Les 21 et 22 novembre, elle tiendra un stand au salon de l'éducation.", "prediction",
     "future: tiendra"),
    # "c'est" in a comparison clause is not what the sentence asserts
    ("Neuf départements n'ont plus qu'une maternité, comme c'est le cas du Lot.",
     "verifiable", None),
    # an opinion verb in the infinitive names an act
    ("Il appartient au seul gouvernement d'estimer les cas d'urgence.", "verifiable", None),
    # hedges and descriptive words that are no judgement
    ("L'avion a apparemment heurté une ligne à haute tension.", "verifiable", None),
    ("L'agence d'évaluation maintient une perspective négative du fait de la situation "
     "critique dans la zone euro.", "verifiable", None),
]


@pytest.mark.parametrize(("text", "value", "reason"), FRENCH_CONSTRUCTIONS)
def test_french_constructions(fr, text, value, reason):
    found, why, _ = judge(fr, text)
    assert (found, why if reason else None) == (value, reason)


def test_constructions_that_read_the_parse_get_it_in_the_pipeline():
    """The pipeline parses only the sentences a rule may read the parse of: each
    construction still finds its verdict there."""
    texts = [text for text, _, reason in FRENCH_CONSTRUCTIONS if reason]
    found = [(s.verifiability.value, s.verifiability.reason)
             for s in suggest_sentences(texts, "fr")]
    assert found == [(value, reason) for _, value, reason in FRENCH_CONSTRUCTIONS if reason]


@pytest.mark.parametrize(("text", "value", "reason"), FRENCH_CLAUSES)
def test_french_clause_rules(fr, text, value, reason):
    found, why, _ = judge(fr, text)
    assert (found, why if reason else None) == (value, reason)


def test_a_sentence_opening_on_a_date_after_the_dateline_is_a_prediction():
    article = ["22 juin 2012.", "Le 30 juin, le minitel s'arrête définitivement.",
               "Le 20 juin, le minitel s'est arrêté.",
               "Le directeur, en fonction jusqu'au 30 juin, a démissionné.",
               "1er novembre 2012.", "Les 21 et 22 novembre, elle tient un stand au salon."]
    found = [(s.verifiability.value, s.verifiability.reason)
             for s in suggest_sentences(article, "fr")]
    assert found[1] == ("prediction", "dated after the dateline: 30 juin")
    assert [value for value, _ in found[2:4]] == ["verifiable", "verifiable"]
    assert found[5] == ("prediction", "dated after the dateline: 21 et 22 novembre")
