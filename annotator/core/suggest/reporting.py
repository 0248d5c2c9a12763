"""Whether a cue word reports in its sentence: not another sense of the verb ("accuse une
baisse"), not a passive or a purpose clause, with its verb group and its place (inverted,
parenthetical, completing another verb)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_checks import (
    gerund,
    has_left_subject,
    is_clause,
    name_modal,
    parenthetical,
    reports_a_clause,
)
from .cue_senses import CONDITIONS, in_condition_or_purpose, reports_nothing
from .lexicon import Cues
from .spans import Range

MAX_AUX_GAP = 3  # "a également déclaré"; a farther "auxiliary" is a parse error
CLITIC_SPEAKERS = {"-il", "-elle", "-ils", "-elles"}
REFLEXIVES = {"se", "s'", "s’"}
CONTROL_MARKS = frozenset({"to"})
QUOTE_ENDS = {",", "»", '"', "”", "''"}


def is_cue_form(tok: Token, cues: Cues) -> bool:
    return tok.lower_ in cues.cue_verb_forms or tok.lemma_ in cues.cue_verbs


def not_reporting(doc: Doc, cue: Range, cues: Cues) -> bool:
    """A cue verb in another sense: "accuse une baisse", "rapporterait 2 milliards",
    "s'explique par", or inside a purpose clause ("afin qu'il explique")."""
    verb = doc[cue[1] - 1]
    lemma = verb.lemma_ if verb.lemma_ in cues.cue_verbs else form_lemma(verb)
    blocked = cues.non_reporting_objects.get(lemma, frozenset())
    after = doc[cue[1] : cue[1] + 4]
    if reports_nothing(doc, cue, lemma, cues):
        return True
    if lemma in cues.no_xcomp_verbs and len(after) > 1 and after[0].lower_ in {
            "à", "de", "d'", "d’"} and "Inf" in after[1].morph.get("VerbForm"):
        return True  # "ont demandé à emprunter le corridor"
    if any(t.lemma_ in blocked or t.lower_ in blocked for t in after):
        return True
    if lemma in cues.complement_verbs and not (after and after[0].lower_ == "to") \
            and not any(c.dep_ in {"xcomp", "ccomp", "acl"} for c in verb.children):
        return True  # "has planned a number of conferences", not "plans to meet"
    if any(t.lower_ in REFLEXIVES for t in doc[max(cue[0] - 1, 0) : cue[1]]) and not (
            lemma in cues.reflexive_cues or verb.lower_ in cues.reflexive_cues):
        return True
    if lemma in cues.clause_only_verbs and not (
            (cue[0] > 0 and doc[cue[0] - 1].text in QUOTE_ENDS)
            or any(t.lower_ in cues.clause_marks or t.lower_ in CLITIC_SPEAKERS
                   for t in doc[cue[1] : cue[1] + 8])
            or parenthetical_or_document(verb, cues)
            or (cues.bare_clause_reports and reports_a_clause(verb))):
        return True
    return in_condition_or_purpose(doc, cue, cues)


def parenthetical_or_document(verb: Token, cues: Cues) -> bool:
    """A clause-only cue that reports all the same: "as Clyburn noted, ...", after
    what it reports ("..., the mayor noted."), or a document that shows ("Early polls
    show voters rejecting Mr. Trump")."""
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    if any(c.dep_.startswith("nsubj") and after_as(c) for c in verb.children):
        return True  # the parser may hang "as" on the speaker
    if all(t.is_punct for t in verb.doc[verb.i + 1 :]) and after_content(verb):
        return True  # "..., Mayor Ted Terry noted.", not "..., the borrowing continued."
    return any(c.dep_.startswith("nsubj") and c.lemma_ in cues.document_nouns
               for c in verb.children)


def is_reporting(verb: Token, subject: Token, cues: Cues) -> bool:
    """False for a passive subject ("la décision a été annoncée": what is said, not who
    says it) and for "demander à + infinitive" (asking to do, not reporting)."""
    children = {c.dep_ for c in verb.children}
    if any(c.dep_ == "mark" and c.lower_ in cues.purpose_marks | CONDITIONS
           for c in verb.children):
        return False  # "afin qu'il explique", "s'il souhaite"
    if "Past" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") and not \
            any(c.dep_.startswith("aux") for c in verb.children) and \
            subject.dep_.startswith("nsubj"):
        return False  # an adjectival participle: "le plan, annoncé en mai, se poursuit"
    if is_clause(subject) or (subject.i < verb.i and parenthetical(verb)):
        return False
    if subject.dep_ in {"obl:agent", "agent"}:
        return verb.lemma_ not in cues.no_agent_verbs and (
            not cues.agent_marks
            or any(c.lower_ in cues.agent_marks for c in subject.children))
    if children & {"aux:pass", "auxpass"} or any(
            (c.dep_.startswith("aux") or c.dep_ == "cop") and c.lower_ in cues.passive_auxiliaries
            for c in verb.children):  # the parser may call "été" a copula
        return False
    return not (verb.lemma_ in cues.no_xcomp_verbs and "xcomp" in children)


def clause_follows(verb: Token, cues: Cues) -> bool:
    """Whether a cue has what it reports after it: a clause mark or a quotation within eight
    words ("en affirmant que", "en déclarant : « ... »"), or a complement clause where the
    language writes one without a mark; not a plain object ("en commentant la finale")."""
    after = verb.doc[verb.i + 1 : verb.i + 9]
    return any(t.lower_ in cues.clause_marks for t in after) or (
        cues.bare_clause_reports and any(c.dep_ == "ccomp" for c in verb.children))


def after_content(verb: Token) -> bool:
    """Whether a cue that ends the sentence follows what it reports: the parser hangs the
    cue on that clause ("The plan is dead, the mayor noted": parataxis, conj, or a relative
    clause on its last noun) or the clause on the cue; not a circumstance ("even after the
    growth cooled, the borrowing continued")."""
    return verb.dep_ in {"parataxis", "conj", "acl:relcl", "relcl"} or any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)


def completes(verb: Token, clause: Token, marks: frozenset[str] | list[str]) -> bool:
    """Whether a cue verb completes its clause's verb, whose subject then speaks: "He went
    on to say", "the community began calling for", "le gouvernement vient d'annoncer"
    (``marks``: the words that open such an infinitive); not "they asked him to explain"
    (he explains), nor a participle's "complement" the parser invented."""
    return (gerund(verb) or any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)) \
        and clause.dep_ in {"ROOT", "conj", "ccomp", "advcl"} \
        and not any(c.dep_ in {"obj", "iobj", "dobj"} for c in clause.children)


def after_as(subject: Token) -> bool:
    """A subject opened by a parenthetical "as" after a comma or at the start: ", as Joel
    Pollak observed", not "Clinton as secretary of state"."""
    first = subject.left_edge
    return first.lower_ == "as" and (first.i == 0 or first.nbor(-1).is_punct)


def says_what(noun: Token) -> bool:
    """Whether a cue noun comes with what it says: a "that" clause ("Mr. Trump's claims
    that his net worth exceeds") or a quotation right after it."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in {"“", '"', "``", "''"}:
        return True
    return any(c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def form_lemma(verb: Token) -> str:
    """A lemma for a cue form the lemmatizer left as is ("accuse" -> "accuser")."""
    text = verb.lower_
    return text + "r" if text.endswith("e") else text


def verb_group(verb: Token) -> Range:
    """The verb with its auxiliaries and inverted clitics: "a déclaré", "a-t-il dit"."""
    near = [c.i for c in verb.lefts if c.dep_.startswith("aux") and verb.i - c.i <= MAX_AUX_GAP
            and not name_modal(c)]
    start = min(near + [verb.i])
    return start, verb.i + 1


def is_inverted(verb: Token) -> bool:
    """A reporting verb placed after what it reports: no subject on its left, not a present
    participle, and a comma or closing quote just before it ("..., ont annoncé les médias")."""
    if has_left_subject(verb) or gerund(verb):
        return False  # a present participle has no speaker after it: "..., évoquant des refus"
    start = verb_group(verb)[0]
    return start > 0 and verb.doc[start - 1].text in {",", "»", '"', "”"}
