"""Checks an English-style cue must pass once the sentence is parsed: is the cue word a
verb that reports, and is the phrase next to it its speaker (token and dependency rules
of ``attribution.py`` both use them)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import Cues

NAMED = {"PROPN", "PRON"}
PASSIVE_AUX = {"be", "been", "being", "is", "are", "was", "were", "get", "got"}


def active_verb(cue: Token, speaker: Span) -> bool:
    """A cue form the tagger reads as an active finite verb: not the noun of "the United
    States", "his remarks", "Mr. Trump's claims", nor a passive "has been asked"."""
    if cue.pos_ not in {"VERB", "AUX"} or (cue.is_title and cue.i > 0):
        return False  # a headline's "Hillary Clinton Accused Of ..."
    if _bare_participle(cue) and speaker.root.pos_ not in NAMED and not _after_a_name(
            cue) and not _that_clause_after(cue):
        return False  # an adjectival participle: "a plan announced earlier", "the Annie
        # Oakley screen print called", not a name's
    if _passive_infinitive(cue):
        return False
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    return not (before is not None and (before.lower_ in PASSIVE_AUX or before.tag_ == "POS"
                                        or before.dep_ == "nmod:poss")
                or any(c.dep_ in {"aux:pass", "auxpass"} and c.lower_ in PASSIVE_AUX
                       for c in cue.children))  # not a name the parser took for one


def _passive_infinitive(cue: Token) -> bool:
    """A bare participle before "to be" or "as" is a reduced passive: "both considered to be
    in the camp", "a senator seen as a moderate" (what others think of them)."""
    doc = cue.doc
    after = [t.lower_ for t in doc[cue.i + 1 : cue.i + 3]]
    return cue.tag_ == "VBN" and (after == ["to", "be"] or after[:1] == ["as"]) and not any(
        c.dep_.startswith("aux") for c in cue.children)


def _that_clause_after(cue: Token) -> bool:
    """A "that" clause after the cue, past a short circumstance, makes it a finite verb the
    tagger read as a participle ("The GOP front-runner predicted in March that ..."); a
    "that" with a verb right after it is a relative pronoun ("a study published in May that
    found")."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : cue.i + 1 + MAX_CIRCUMSTANCE]:
        if tok.lower_ == "that":
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return nxt is not None and nxt.pos_ not in {"VERB", "AUX"}
        if tok.pos_ not in {"ADP", "PROPN", "NOUN", "NUM", "DET", "ADV", "ADJ"}:
            return False
    return False


MAX_CIRCUMSTANCE = 5  # "predicted | in early March last year | that"


def _after_a_name(cue: Token) -> bool:
    """Whether a name or a pronoun comes right before the cue ("Centinello said", "One
    Sanders-endorsed"), where the tagger takes a past tense for a participle (as when the
    speaker's head is one: "Brian Fallon, a spokesman for Mrs. Clinton, called on")."""
    i = cue.i - 1
    while i > 0 and cue.doc[i].text in {"-", "–"}:
        i -= 1
    return i >= 0 and cue.doc[i].pos_ in NAMED


def _bare_participle(cue: Token) -> bool:
    """A past participle that modifies a noun, or that the parser joined to the sentence as a
    clause of its own ("..., a plan announced earlier" as a conjunct) with no "has" to make it
    a verb: neither its own auxiliary nor one it shares with the verb it is joined to."""
    if cue.tag_ != "VBN":
        return False
    if cue.dep_ in {"acl", "amod"}:
        return True
    return cue.dep_ == "conj" and not any(
        c.dep_.startswith("aux") for c in cue.children) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in cue.head.children)


def reports_no_content(verb: Token, relative: bool, cues: Cues) -> bool:
    """A cue verb that attributes nothing in the sentence: inside a relative clause on a
    thing ("the style he prefers", "legislation he wrote"), or negated where it means
    silence ("did not respond")."""
    first = next(t.i for t in verb.subtree if not t.is_punct)
    if verb.dep_ in {"acl:relcl", "relcl"} and not relative and first > 0 and verb.doc[
            first - 1].pos_ in {"NOUN", "PROPN"} and not _after_quotation(verb):
        return True  # not a parenthetical "The problem, she said, is"
    return verb.lemma_ in cues.negated_silence and any(
        c.dep_ in {"advmod", "neg"} and c.lower_ in {"not", "n't", "never"}
        for c in verb.children)


def _after_quotation(verb: Token) -> bool:
    """A cue whose subject follows a closing quote mark speaks the quotation, wherever the
    parser hangs it: '... a process where voters decide," Devine said.'"""
    doc = verb.doc
    return any(c.dep_.startswith("nsubj") and c.left_edge.i > 0
               and doc[c.left_edge.i - 1].text in CLOSING_QUOTES for c in verb.children)


CLOSING_QUOTES = {'"', "”", "''", "’", "»"}


def reports_a_clause(verb: Token) -> bool:
    """A cue verb followed by a clause of its own that the parser made its complement, with
    no "that" ("Heald noted the findings show ...", "The minister indicated 68 people were
    missing"): what it reports, not a thing found ("found a way") nor a state one is in
    ("found himself playing defense"), nor in a relative clause ("the study that found no
    harm was cited")."""
    return verb.dep_ not in {"acl:relcl", "relcl"} and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(
            g.dep_.startswith("nsubj") and g.i < c.i and "Yes" not in g.morph.get("Reflex")
            for g in c.children) for c in verb.children)


def name_modal(tok: Token) -> bool:
    """A capitalised modal right after a proper name ends the name: "George Will wrote",
    "Theresa May said"."""
    return tok.tag_ == "MD" and tok.is_title and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN"


def headline(doc: Doc) -> bool:
    """A line that ends on a word, with no full stop: a headline or a caption."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return last is not None and not last.is_punct and not last.text.endswith((".", "!", "?"))


def headline_without_content(cue: Token, speaker_first: int) -> bool:
    """In a headline or a caption, a cue verb after its speaker that reports no clause nor
    quotation is an act ("Kurds announce deal with ...", "NASA tweeted support of ..."),
    unlike "Voracious fish defend coral reefs, say scientists"."""
    doc = cue.doc
    if cue.pos_ not in {"VERB", "AUX"} or speaker_first > cue.i or not headline(doc):
        return False
    return not any(c.dep_ in {"ccomp", "parataxis"} for c in cue.children) and not any(
        t.text in CLOSING_QUOTES or t.text in {":", "“", "``"} for t in doc[cue.i + 1 :])


def gerund(verb: Token) -> bool:
    """An -ing form, from the Penn tag or the morphology (either may be missing)."""
    forms = verb.morph.get("VerbForm")
    return verb.tag_ == "VBG" or "Ger" in forms or ("Part" in forms and "Pres" in
                                                     verb.morph.get("Tense"))


def a_name(span: Span) -> bool:
    """A short proper name of one to four words ("Kasich", "Alex Seitz-Wald", "Sen. Bernie
    Sanders"), not a heading word in capitals ("LOOK", "FIX IS IN") nor a noun ("Answer")."""
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= 4 and all(t.pos_ == "PROPN" and t.is_alpha and not t.is_upper
                                       for t in words)


def speaks_after(cue: Token, speaker: Span) -> bool:
    """Whether the phrase after a cue verb can be its speaker: the verb has no subject on
    its left ("X, an adviser, said the campaign would": the campaign is what is said) and
    the phrase is not the subject of another verb. An object may speak: the parser often
    makes one of an inverted speaker ("..., said Howard, but"); the cues that act on their
    object ("..., praised Cruz for") are left out of the inverted forms. A name between
    commas after the cue speaks whatever comes before ("Institutional recipients, said
    Mauer, are required"); a bare singular noun never does (", expressed interest in")."""
    if parenthetical(cue):
        return True
    if has_left_subject(cue):
        return False
    root = speaker.root
    if root.tag_ == "NN" and root.is_lower and not any(
            t.pos_ in {"DET", "PRON", "PROPN", "NUM"} for t in speaker):
        return False  # a bare singular noun is what is done: ", expressed interest in"
    return not (root.dep_.startswith("nsubj") and root.head != cue
                and not _misattached(root, cue))


def _misattached(subject: Token, cue: Token) -> bool:
    """An inverted speaker the parser made the subject of a participle after it that hangs
    on the cue ("\"...,'' said Ms. Rivera, referring to the budget": "referring" has no
    subject of its own): the cue's speaker all the same."""
    verb = subject.head
    if verb.i < subject.i or verb.tag_ not in {"VBG", "VBN"} or any(
            c.dep_.startswith("aux") for c in verb.children):
        return False
    while verb.dep_ != "ROOT" and verb != cue:
        verb = verb.head
    return verb == cue


def parenthetical(cue: Token) -> bool:
    """A cue set off by commas with a name after it, inside the sentence: "Institutional
    recipients, said Mauer, are required": the name speaks, not the "subject" before."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return False
    end = cue.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return cue.i + 1 < end < len(doc) - 1 and doc[end].text == "," and any(
        not t.is_punct for t in doc[end + 1 :])


def is_clause(subject: Token) -> bool:
    """A "subject" with a subject of its own is a clause, what is said, whatever its tag:
    the parser makes "lacks" a subject of "said" in "Clinton also lacks in the looks
    department, said Howard"."""
    return any(c.dep_.startswith("nsubj") for c in subject.children)


def has_left_subject(verb: Token) -> bool:
    """Whether a verb has a subject on its left that is not a clause: then the phrase after
    it is no inverted speaker."""
    return any(c.dep_.startswith("nsubj") and not is_clause(c) for c in verb.lefts)
