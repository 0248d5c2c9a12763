"""Verifiability rules: each verdict carries the short reason the analyst sees.

Order matters, first match wins:
not a claim (question, dateline, heading, call to action, pointer) > explicitly unverified
> unverifiable source (anonymous sources, intelligence, private exchanges) > prediction
(modal conditional, future outside a relative clause, "likely") > opinion (a verb of
opinion, "Pour X, ...", evaluative words, an intensified or "c'est" judgement)
> verifiable (conditional: hedged; number, date, official act, attribution)
> verifiable by default (low score).

A reported opinion is an opinion and a reported forecast a prediction: the claim that can
be checked is what the sentence asserts, not that someone said it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import dropwhile, islice

from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from . import verifiability_clauses as clauses
from . import verifiability_judgements as judgements
from .doc_text import doc_text
from .lexicon import source_type_terms, verifiability_terms
from .lexicon import verifiability_words as _terms  # one word list, as a set
from .results import VerifiabilitySuggestion
from .verifiability_agenda import agenda

HEDGED = "hedged"
EXPLICITLY_UNVERIFIED = "explicitly_unverified"
DIGIT = re.compile(r"\d")
PERCENT = re.compile(r"\d\s*%|\bpour ?cent\b|\bper ?cent\b")
YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")
# A source list's line: '"Document found on street" — The Canadian Press, August 15, 2008'
REFERENCE = re.compile(r'^["“«][^"”»]+["”»]\s*[—–-]\s*[^,]+,.*(?<!\d)(1[89]|20)\d\d\W*$')
STOPS = {".", "!", "?", "…", "»", '"', "”", "'", ";", ":", ","}  # ends of a sentence or a part
HEADING_TOKENS = 16
HEADLINE_QUOTES = frozenset({"'", '"', "''"})  # what may close a headline's quoted words
CLOSING_BRACKETS = frozenset({"]", ")"})  # "[...]": a cut quotation goes on
OPENING_MARKS = frozenset({":", "«", '"', "“"})  # what a quoted imperative follows
FRAGMENT_TOKENS = 15
DECLARATIVE = "declarative statement"  # no rule fired
LEAD_WORDS, NAMED_WORDS = 3, 8  # "Pour | le ministre de la Défense |, ..."


@cache
def _phrases(lang: str, key: str) -> re.Pattern[str]:
    terms = sorted(verifiability_terms(lang).get(key, ()), key=len, reverse=True)
    if not terms:
        return re.compile(r"(?!x)x")  # matches nothing
    # A phrase that ends in an elision ("l'impression d'") runs into the next word.
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, terms)) + r")(?:(?<=')|(?!\w))")


def _find(lang: str, key: str, text: str) -> str | None:
    hit = _phrases(lang, key).search(text)
    return hit.group(1) if hit else None


def suggest_verifiability(target: Doc | Span) -> tuple[str, str, tuple[str, ...]]:
    """(value, reason, flags) for a sentence; see :func:`verifiability_suggestion`."""
    found = verifiability_suggestion(target)
    return found.value, found.reason, found.flags


def verifiability_suggestion(target: Doc | Span) -> VerifiabilitySuggestion:
    span = target[:] if isinstance(target, Doc) else target
    lang = span.doc.lang_
    raw = span.text  # joins the tokens on every read: once
    text = raw.strip().lower().replace("’", "'")

    if exclaimed := judgements.exclamation(span, lang, text):  # "Quel bonheur !"
        return VerifiabilitySuggestion("opinion", exclaimed, (), 0.6)
    if not_claim := _not_a_claim(span, lang, raw, text):
        return VerifiabilitySuggestion("not_a_claim", not_claim, (), 0.7)
    if phrase := _find(lang, "unverified_phrases", text):
        return VerifiabilitySuggestion("unverifiable", f"explicitly unverified: {phrase}",
                                       (EXPLICITLY_UNVERIFIED,), 0.9)
    if phrase := _find(lang, "unverifiable_sources", text):
        return VerifiabilitySuggestion("unverifiable", f"no public evidence: {phrase}", (), 0.6)
    if unnamed := _unnamed_source(span):  # "its source said", "a government source"
        return VerifiabilitySuggestion("unverifiable", f"unnamed source: {unnamed}", (), 0.6)
    modal = _modal(span, lang, text)
    if modal and (cue := _opinion_cue(span, lang)):  # "X believes they may have left"
        return VerifiabilitySuggestion("opinion", f"assessment by the source: {cue}", (), 0.6)
    if modal:
        return VerifiabilitySuggestion("prediction", *modal, 0.7)
    tense = _main_clause_time(span, lang, text)
    if tense is not None and tense[0] == "prediction":
        return VerifiabilitySuggestion("prediction", tense[1], tense[2], 0.7)
    if planned := agenda(span, lang, text):  # "Les tireurs ont rendez-vous à 9h"
        return VerifiabilitySuggestion("prediction", planned, (), 0.6)
    flags = tense[2] if tense else ()
    if survey := _survey(lang, text):  # "81 % des Espagnols se disent contre, selon un sondage"
        return VerifiabilitySuggestion("verifiable", survey, flags, 0.6)
    if opinion := _opinion(span, lang, text):
        return VerifiabilitySuggestion("opinion", opinion, flags, 0.6)
    if told := clauses.personal_experience(span, lang):  # unless judged: "j'ai eu une vie virile"
        return VerifiabilitySuggestion("unverifiable", told, flags, 0.6)
    if claimed := clauses.one_sided_claim(span, lang):  # unless judged, like an account
        return VerifiabilitySuggestion("unverifiable", claimed, flags, 0.6)
    if tense:  # journalistic conditional: a hedged claim about facts
        return VerifiabilitySuggestion("verifiable", tense[1], flags, 0.6)
    return VerifiabilitySuggestion("verifiable", *_evidence(span, lang, raw, _has_source(span)))


def reads_parse(doc: Doc) -> bool:
    """Whether a rule here may read the dependency parse of ``doc`` and find something with
    it: a conditional (also by its stem) or a future (inside a relative clause? the root's?
    a cleft's?), "aller"/"will" + infinitive, an intensifier, a first person (subject or
    object), a plan or "devoir" verb, a modal ("would", "should"), a claim or expectation
    verb, "is to", an imperative (the main verb?). Without any of them the verdict is the
    same with or without a parse."""
    lang = doc.lang_
    text = doc_text(doc).lower().replace("’", "'")
    if _find(lang, "going_to", text) or _find(lang, "going_to_phrases", text) or \
            _find(lang, "impersonal_copulas", text) or _find(lang, "scheduled_phrases", text):
        return True
    words = _parse_word_ids(lang)
    if clauses.may_be_misread_future(doc, lang):
        return True
    endings = tuple(verifiability_terms(lang).get("future_endings", ()))
    # Ids read from one array, a Token only for verbs: this runs on every sentence.
    for i, (lower, lemma, pos, morph) in enumerate(
            doc.to_array([LOWER, LEMMA, POS, MORPH]).tolist()):
        if lower in words or lemma in words or clauses.conditional_mood(doc, i, morph) or \
                clauses.imperative_mood(doc, i, morph) and _imperative_form(doc[i], lang) or (
                pos in clauses.VERBAL and (_is_future(doc[i], endings) or
                                   clauses.is_conditional(doc[i], lang))):
            return True
    return False


@cache
def _parse_word_ids(lang: str) -> frozenset[int]:
    words = _terms(lang, "intensifiers") | _terms(lang, "first_person") | \
        _terms(lang, "addressees") | _terms(lang, "future_forms") | _terms(lang, "spoken_we") | \
        _terms(lang, "going_to") | _terms(lang, "first_person_objects") | \
        _terms(lang, "plan_verbs") | _terms(lang, "obligation_verbs") | \
        _terms(lang, "promise_verbs") | _terms(lang, "fear_verbs") | \
        _terms(lang, "comparative_judgements") | _terms(lang, "hypothetical_modals") | \
        _terms(lang, "possibility_modals") | _terms(lang, "obligation_modals") | \
        _terms(lang, "claim_verbs") | _terms(lang, "expectation_verbs") | \
        _terms(lang, "clause_opinion_verbs") | _terms(lang, "reaction_verbs") | \
        _terms(lang, "plan_forms")
    return frozenset(map(get_string_id, words))


def _modal(span: Span, lang: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """A modal conditional outside a relative clause ("pourrait prendre"), a hypothetical
    ("would", "could have"), or "likely"."""
    for tok in _tokens_where(span, "lemma", list(_terms(lang, "modal_verbs"))):
        if clauses.is_conditional(tok, lang) and not _in_relative(tok) and \
                not clauses.advice(tok, lang):  # "vous devriez partir" advises
            return f"conditional: {tok.text}", (HEDGED,)
    if reason := clauses.hypothetical(span, lang):  # "would", "could have"
        return reason, ()
    if word := _find(lang, "prediction_words", text):
        return f"likelihood: {word}", ()
    return None


def _opinion(span: Span, lang: str, text: str) -> str | None:
    """Why the sentence reads as a judgement, whoever makes it; None if it does not."""
    if cue := _opinion_cue(span, lang):
        return f"assessment by the source: {cue}"
    verbs = _terms(lang, "opinion_verbs")
    for tok in clauses.tokens_with(span, verbs):  # a verb of opinion has its lemma or form listed
        if _is_opinion_verb(tok, verbs) and not clauses.passive_or_relative(tok):
            return f"verb of opinion: {tok.text}"
    if felt := clauses.clause_opinion(span, lang):  # "she felt he had been wronged"
        return felt
    if reacted := clauses.reaction(span, lang):  # "se sont félicités du résultat"
        return reacted
    if phrase := _find(lang, "opinion_phrases", text):  # "se dit", "s'est dit"
        return f"verb of opinion: {phrase}"
    if frame := _viewpoint(span, lang):
        return f"point of view: {frame}"
    # "il faudrait noter que ...": a way of saying "note that", not a judgement
    if word := _find(lang, "evaluative", _phrases(lang, "evaluative_not").sub(" ", text)):
        return f"evaluative: {word}"
    if judged := judgements.evaluative_adjective(span, lang):  # "le site est magnifique"
        return judged
    if judged := clauses.comparative_judgement(span, lang) or \
            clauses.impersonal_judgement(span, lang):
        return judged
    if judged := _personal_judgement(span, lang):
        return judged
    if ought := clauses.obligation(span, lang):
        return ought
    if judged := _intensified(span, lang):
        return f"intensified judgement: {judged}"
    if frame := _judgement_frame(span, lang, text):
        return f"judgement: {frame}"
    return None


def _survey(lang: str, text: str) -> str | None:
    """A percentage with a poll or a survey: the share of people who hold a view is a
    figure the poll's publication confirms, not the writer's judgement."""
    if not PERCENT.search(text):
        return None
    word = _find(lang, "survey_words", text)
    return f"survey figure: {word}" if word else None


def _judgement_frame(span: Span, lang: str, text: str) -> str | None:
    """"C'est très grave", "il est essentiel de": not a cleft ("c'est dans l'Ohio que",
    "c'est Michelle Obama qui"), not a sentence with figures (those carry a checkable
    claim), not inside a subordinate clause, not an identification ("c'est le père du
    comte", "c'est « a little bourgeoise girl »", "c'est que ..."), not "c'est-à-dire"."""
    if DIGIT.search(text) or _cleft(span, lang):
        return None
    subordinators = _terms(lang, "subordinators")
    text = _phrases(lang, "judgement_frames_not").sub(" ", text)
    for hit in _phrases(lang, "judgement_frames").finditer(text):
        before = text[: hit.start()].split()
        if before and before[-1] in subordinators:
            continue  # "comme c'est le cas du Lot", "si c'est vrai": not what is asserted
        after = text[hit.end():].split(maxsplit=1)
        word = after[0].strip(",;:") if after else ""
        if "'" in word[:-1]:  # an elided word: "l'euphorie" -> "l'"
            word = word[: word.index("'") + 1]
        not_after = _terms(lang, "judgement_not")
        if word in not_after or word.strip("'") in not_after:
            return None
        return hit.group(1)
    return None


def _cleft(span: Span, lang: str) -> bool:
    """"C'est Michelle Obama qui ouvrira", "c'est lui qui", "c'est l'armée qui contrôle",
    "ce sont deux hommes qui": "c'est", a name, a pronoun or a definite or counted noun
    phrase, then "qui"/"que"; not "c'est une décision que je regrette". Read on the words
    alone: the sentence may not be parsed."""
    words = [t for t in span if not t.is_punct]
    pronouns = _terms(lang, "cleft_pronouns")
    definite = _terms(lang, "cleft_determiners")
    for i, tok in enumerate(words[:-2]):
        if tok.lower_ not in {"c'", "c’", "ce"} or \
                words[i + 1].lower_ not in {"est", "était", "sont", "étaient"}:
            continue
        focus = []
        for word in words[i + 2 : i + 12]:  # "ce sont deux hommes à bord d'une moto qui"
            if word.lower_ in {"qui", "que", "qu'"}:
                return bool(focus) and (all(w.is_title or w.lower_ in pronouns for w in focus)
                                        or focus[0].lower_.replace("’", "'") in definite
                                        or focus[0].like_num)
            focus.append(word)
    return False


def _opinion_cue(span: Span, lang: str) -> str | None:
    """The cue of an attribution made with a verb of opinion ("estime", "juge")."""
    verbs = _terms(lang, "opinion_verbs")
    for cue in span.doc.spans.get("source_cues", []):
        if any(_is_opinion_verb(t, verbs, cue=True) for t in cue):
            return cue.text
    return None


def _is_opinion_verb(tok: Token, verbs: frozenset[str], cue: bool = False) -> bool:
    """"estime", "pense que"; not "le juge" (a noun after a determiner), not "estime à
    2,3 points" (a quantity estimate), not an infinitive ("il appartient au gouvernement
    d'estimer les cas d'urgence": it names an act, the sentence states no view)."""
    if "Inf" in tok.morph.get("VerbForm"):
        return False
    if not ((tok.lemma_ in verbs and (cue or tok.pos_ == "VERB")) or
            (tok.lower_ in verbs and not (tok.i and tok.nbor(-1).pos_ == "DET"))):
        return False
    return not (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in {"à", "at"})


def _viewpoint(span: Span, lang: str) -> str | None:
    """"Pour lui, ..." / "Aux yeux de X, ..." / "For X, ...": the rest is X's view."""
    openers = _terms(lang, "openers")
    kept = (t for t in span if not (t.is_punct and t.text != ","))
    # Only the words read below: a frame among the first LEAD_WORDS, a name in the next
    # NAMED_WORDS (a Token object for each word of the sentence costs).
    words = list(islice(dropwhile(lambda t: t.lower_ in openers, kept),
                        LEAD_WORDS + NAMED_WORDS))
    if not words:
        return None
    lead = " ".join(t.lower_ for t in words[:LEAD_WORDS])
    not_views = _terms(lang, "viewpoint_not")
    for frame in sorted(_terms(lang, "viewpoint_frames"), key=len, reverse=True):
        if lead.startswith(frame + " ") or lead == frame:
            rest = words[len(frame.split()):]
            head = rest[:NAMED_WORDS]
            comma = next((i for i, t in enumerate(head) if t.text == ","), None)
            # a viewpoint names someone before a comma; "Pour pouvoir ..." is a purpose
            named = head[:comma] if comma else []
            if frame in _terms(lang, "viewpoint_named") and not _names_someone(named):
                continue  # "For the contest, the robots were required to ...": a purpose
            if named and not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in not_views
                                 for t in named[:3]):
                return " ".join(t.text for t in words[: len(frame.split()) + comma])
    return None


def _names_someone(words: list[Token]) -> bool:
    """A name, a pronoun, or a noun the source types know ("the minister", "the agency")."""
    return any(t.pos_ in {"PROPN", "PRON"} or t.lower_ in _source_nouns() for t in words)


@cache
def _source_nouns() -> frozenset[str]:
    terms = source_type_terms()
    return frozenset(word.lower() for group in ("nouns", "titles")
                     for words in terms[group].values() for word in words if " " not in word)


def _intensified(span: Span, lang: str) -> str | None:
    """A predicative adjective raised by an intensifier: "C'est très grave", "c'est une très
    bonne nouvelle"."""
    intensifiers = _terms(lang, "intensifiers")
    for tok in clauses.tokens_with(span, intensifiers):
        if tok.lower_ in intensifiers and tok.head.pos_ == "ADJ" and tok.head.i > tok.i \
                and not _participle_or_adverb(tok.head) \
                and (tok.head.dep_ == "ROOT" or _has_copula(tok.head)
                     or tok.head.dep_ in {"xcomp", "acl", "advcl"}
                     # "This was a very difficult decision": the predicate noun's epithet
                     or tok.head.dep_ == "amod" and _has_copula(tok.head.head)):
            return f"{tok.text} {tok.head.text}"
    return None


def _has_copula(tok: Token) -> bool:
    return any(c.dep_ == "cop" for c in tok.children)


def _participle_or_adverb(tok: Token) -> bool:
    """"particulièrement touchée", "très serrée", "très tardivement": a degree of a fact,
    not a judgement."""
    return "Part" in tok.morph.get("VerbForm") or tok.lemma_.endswith(("er", "ir")) or \
        tok.lower_.endswith("ment")


def _personal_judgement(span: Span, lang: str) -> str | None:
    """"Je suis un homme du peuple", "nous sommes conscients": the speaker qualifies
    themself or their situation with a copula; "vous êtes une héritière": or the person
    they address. Not a place or a company ("we are in contact with", "I've been at a
    World Cup": a preposition before the predicate tells where, not what one is)."""
    first, addressees = _terms(lang, "first_person"), _terms(lang, "addressees")
    not_states = _terms(lang, "first_person_not")
    for tok in _tokens_where(span, "dep", ["cop"]):
        if tok.head.lower_ in not_states or \
                any(c.dep_ == "case" and c.i < tok.head.i for c in tok.head.children):
            continue
        for subject in (c for c in tok.head.children if c.dep_ == "nsubj"):
            if subject.lower_ in first:
                return f"first person: {tok.text} {tok.head.text}"
            if subject.lower_ in addressees:
                return f"addressed to someone: {tok.text} {tok.head.text}"
    return None


def _unnamed_source(span: Span) -> str | None:
    """A source of the sentence that the attribution rules typed anonymous: nothing public
    says who stands behind the claim."""
    for source in span.doc.spans.get("sources", []):
        if source.label_ == "anonymous" and source.start >= span.start and source.end <= span.end:
            return source.text
    return None


def _has_source(span: Span) -> bool:
    sources = span.doc.spans.get("sources", [])
    return any(s.start >= span.start and s.end <= span.end for s in sources)


def _not_a_claim(span: Span, lang: str, raw: str, text: str) -> str | None:
    if text.endswith("?"):
        return "question"
    first = next((t for t in span if not t.is_punct), None)
    if first is not None and "Imp" in first.morph.get("Mood"):
        return f"call to action: {first.text}"
    if verb := _imperative_root(span, lang):  # "If you want to avoid crowds, avoid weekends"
        return f"call to action: {verb}"
    if verb := _quoted_imperative(span, lang):
        return f"call to action: {verb}"
    if (word := _find(lang, "calls_to_action", text)) and text.startswith(word):
        return f"call to action: {word}"
    if verb := judgements.instruction(span):  # "Pour s'inscrire, téléphoner au club."
        return f"call to action: {verb}"
    if word := _find(lang, "appeals", text):  # "..., said X: « Nous demandons ... »"
        return f"call to action: {word}"
    if (word := _find(lang, "pointers", text)) and text.lstrip("-—–•*« ").startswith(word):
        return f"pointer to other content: {word}"
    if (word := _find(lang, "greetings", text)) and len(span) <= 6:
        return f"greeting: {word}"
    if _is_dateline(span, lang, text):
        return "dateline"
    if REFERENCE.match(raw.strip()):
        return "reference to another article"
    if text.endswith((",", ":")) and (_has_source(span) or _ends_on_verb(span)):
        return "introduces a quotation"  # "Rathbun stated,", "Professor X commented,"
    if _is_heading(span, lang):
        return "heading (no final stop)"
    if _is_fragment(span):
        return "no verb (a caption or a fragment)"
    return None


def _imperative_form(tok: Token, lang: str) -> bool:
    """A verb with Mood=Imp and, where the language has them, an imperative's ending (the
    tagger says Imp of French infinitives and participles)."""
    endings = tuple(verifiability_terms(lang).get("imperative_endings", ()))
    return tok.pos_ == "VERB" and "Imp" in tok.morph.get("Mood") and \
        (not endings or tok.lower_.endswith(endings))


def _imperative_root(span: Span, lang: str) -> str | None:
    """The main verb is an imperative with no subject, after an opening clause."""
    for root in _tokens_where(span, "dep", ["ROOT"]):
        if _imperative_form(root, lang) and \
                not any(c.dep_.startswith("nsubj") for c in root.children):
            return root.text
    return None


def _quoted_imperative(span: Span, lang: str) -> str | None:
    """"..., a déclaré : « Mon message est clair : arrêtez la destruction »": an imperative
    after a colon or an opening quote (with its ending: the tagger says Imp of "nommé")."""
    endings = tuple(verifiability_terms(lang).get("imperative_endings", ()))
    if not endings:
        return None
    # Only the words right after such a mark, found from one array: reading the mood of
    # every word of every sentence cost more than the rest of the rule.
    marks = clauses.word_ids(OPENING_MARKS)
    orths = span.doc.to_array(ORTH)[span.start : span.end].tolist()
    for k in range(1, len(orths)):
        if orths[k - 1] not in marks:
            continue
        tok = span[k]
        if "Imp" in tok.morph.get("Mood") and tok.lower_.endswith(endings):
            return tok.text
    return None


def _is_dateline(span: Span, lang: str, text: str) -> bool:
    """"6 juillet 2012." / "21 septembre 2012, France.": a date (and a place), nothing else."""
    if not YEAR.search(text) or not _find(lang, "months", text):
        return False
    months = _terms(lang, "months")
    return all(t.is_punct or t.like_num or t.lower_ in months or t.is_title for t in span) \
        and len(span) <= 10


def _is_heading(span: Span, lang: str) -> bool:
    """A short line without a final stop: a headline ("Hackers attack Church of
    Scientology website"), not the first half of a sentence cut at ";" or ":", not a cut
    quotation ("... crop yields [...]") or a quoted line in the first person ("J'ai évité
    le pire —Sonia Dridi"). Its words are counted, not its tokens ("all-girl")."""
    last = _last_but_quotes(span)
    if last is None or last.text in STOPS or last.text[-1:] in STOPS:
        return False  # "contre X." is one token
    words = [t for t in span if not t.is_punct]  # most sentences end before this line
    if not words or len(words) > HEADING_TOKENS:
        return False
    if any(t.lower_ in _terms(lang, "first_person") for t in words):
        return False
    return words[0].is_title or words[0].is_upper or words[0].like_num


def _ends_on_verb(span: Span) -> bool:
    """The last word before the final comma or colon is a verb: "X commented,"; not a
    participle said of something ("Le comité est inchangé :")."""
    last = next((t for t in reversed(span) if not t.is_punct), None)
    if last is None or last.pos_ != "VERB":
        return False
    return not (last.i > span.start and last.nbor(-1).lemma_ in {"être", "be"})


def _last_but_quotes(span: Span) -> Token | None:
    """The last token before closing straight quotes and brackets: "... in 'quasi-state of
    war'" ends on "war", a headline's quoted words, not a stop; "yields [...]" on "...". A
    closing « » or ” still ends a sentence ("Il a dit : « Nous partons »")."""
    return next((t for t in reversed(span) if t.text not in HEADLINE_QUOTES
                 and t.text not in CLOSING_BRACKETS), None)


def _is_fragment(span: Span) -> bool:
    """A short sentence without a verb: "The current flag of New Zealand."; not a post
    and who holds it ("trésorière : Marie Dupont ;": a list of officers states a fact)."""
    return (span.doc.has_annotation("POS") and len(span) <= FRAGMENT_TOKENS
            and not _tokens_where(span, "pos", ["VERB", "AUX"])
            and not clauses.tokens_with(span, _clause_verbs(span.doc.lang_))
            and not _names_a_holder(span))


def _names_a_holder(span: Span) -> bool:
    """A post in lower case, a colon, a proper name: "président : Luc Martin", an item of a
    list that goes on in the article; "Image: Nick Moreau" (a credit) stays a caption."""
    return span[0].is_lower and any(
        t.i + 1 < span.end and t.nbor(1).pos_ == "PROPN"
        for t in _tokens_where(span, "orth", [":"]))


@cache
def _clause_verbs(lang: str) -> frozenset[str]:
    """Verb forms the tagger may read as another part of speech ("craignent une montée"
    tagged as an adverb): with one, the sentence is a clause, not a fragment."""
    return _terms(lang, "opinion_verbs") | _terms(lang, "fear_verbs")


def _in_relative(tok: Token) -> bool:
    """Inside a relative clause ("l'Etat qui pourrait ..."): it describes, not asserts;
    unless it is a cleft's ("c'est Michelle Obama qui ouvrira")."""
    clause = tok.head if tok.dep_.startswith("aux") else tok
    return clause.dep_ == "acl:relcl" and not clauses.is_cleft(clause.head)


def _main_clause_time(span: Span, lang: str, text: str
                      ) -> tuple[str, str, tuple[str, ...]] | None:
    """("prediction" | "conditional", reason, flags): a future verb outside a relative
    clause (reported or not), else the root verb's conditional."""
    if not span.doc.has_annotation("MORPH") or not span.doc.has_annotation("DEP"):
        word = _find(lang, "going_to", text)
        return ("prediction", f"future: {word}", ()) if word else None
    terms = verifiability_terms(lang)
    endings = tuple(terms.get("future_endings", ()))
    going_to = set(terms["going_to"])
    forms = _terms(lang, "future_forms")  # "ira" read as an adverb
    verbs = sorted({*_tokens_where(span, "pos", ["VERB", "AUX"]),
                    *clauses.tokens_with(span, forms)}, key=lambda t: t.i)
    for tok in verbs:
        if not _in_relative(tok) and not judgements.future_perfect(tok, lang) and (
                tok.lower_ in forms or _is_future(tok, endings) or
                (tok.lemma_ in going_to or tok.lower_ in going_to) and _has_infinitive(tok)
                and "Imp" not in tok.morph.get("Tense")  # "allait visiter": past
                and not {"Part", "Inf"} & set(tok.morph.get("VerbForm"))):
            # not "allant jusqu'à interdire", "pour aller vivre"
            return "prediction", f"future: {tok.text}", ()
    if word := _find(lang, "going_to_phrases", text):
        return "prediction", f"future: {word}", ()
    if reason := clauses.future_in_the_past(span, lang) or clauses.plan(span, lang) or \
            clauses.planned_by_form(span, lang) or \
            clauses.promise(span, lang) or clauses.fear(span, lang) or \
            clauses.misread_future(span, lang) or clauses.scheduled(span, lang) or \
            clauses.expectation(span, lang) or clauses.going_to(span, lang):
        return "prediction", reason, ()
    for root in _tokens_where(span, "dep", ["ROOT"]):
        if root.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        group = sorted([c for c in root.lefts if c.dep_.startswith("aux") or c.dep_ == "cop"]
                       + [root], key=lambda t: t.i)
        if any(clauses.is_conditional(t, lang) for t in group):
            words = " ".join(t.text for t in group)
            return "conditional", f"conditional: {words}", (HEDGED,)
    return None


def _tokens_where(span: Span, attr: str, values: list[str]) -> list[Token]:
    """Tokens whose ``attr`` ("lemma", "dep", "pos") is one of ``values``, compared as ids:
    these rules run on every sentence."""
    ids = {span.doc.vocab.strings.add(v) for v in values}
    column = span.doc.to_array(attr.upper())[span.start : span.end].tolist()
    return [span[i] for i, value in enumerate(column) if value in ids]


def _number(span: Span, raw: str) -> str | None:
    """The first number: digits, or a NUM that is not the article "un"/"une"."""
    if DIGIT.search(raw):
        return next(t.text for t in span if DIGIT.search(t.text))
    words = [t for t in _tokens_where(span, "pos", ["NUM"])  # the tagger says NUM of "«"
             if t.lower_ not in {"un", "une", "one"} and (t.like_num or t.is_alpha)]
    return words[0].text if words else None


def _is_future(tok: Token, endings: tuple[str, ...]) -> bool:
    """Future tense, also by its ending: the morphologizer tags "tiendra" as present (and
    "prendra" as subjunctive)."""
    if not endings:  # English has no future form: "will" is read as a verb + infinitive
        return "Fut" in tok.morph.get("Tense")
    if not tok.lower_.endswith(endings):
        return False  # French futures all end so; the tagger says Fut of "vidéo", "démarré"
    if _is_simple_past(tok):
        return False
    if "Fut" in tok.morph.get("Tense"):
        return True
    # No infinitive ends so: "connaîtra" read as one is a future.
    form = tok.morph.get("VerbForm")
    # No imperfect ends so either: "tiendra" read as one is a future.
    return ("Fin" in form or "Inf" in form) and "Cnd" not in tok.morph.get("Mood") and \
        tok.lemma_ != tok.lower_


def _is_simple_past(tok: Token) -> bool:
    """"Il déclara", "il migra": the passé simple of an -er verb ends as futures do (the
    tagger's Tense=Past is no guide: it says so of "rapporteront")."""
    stem = tok.lemma_[:-2]
    return tok.lemma_.endswith("er") and len(stem) > 2 and tok.lower_ in {stem + "a", stem + "ai"}


def _has_infinitive(verb: Token) -> bool:
    """"va signer", "va être lancée" (the infinitive is the participle's auxiliary)."""
    def infinitive(tok: Token) -> bool:
        return "Inf" in tok.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.lefts)
    return any(infinitive(c) for c in verb.rights) or \
        any(infinitive(c) for c in [verb.head] if c.i > verb.i)


def _evidence(span: Span, lang: str, raw: str, attributed: bool) -> tuple[str, tuple, float]:
    text = raw.lower()
    if number := _number(span, raw):
        return f"contains a number: {number}", (), 0.7
    if word := _find(lang, "dates", text):
        return f"contains a date: {word}", (), 0.65
    if word := _find(lang, "official_acts", text):
        return f"official act or event: {word}", (), 0.6
    if attributed:
        return "attributed statement", (), 0.6
    return DECLARATIVE, (), 0.4
