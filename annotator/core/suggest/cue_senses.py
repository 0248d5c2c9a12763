"""Whether a cue verb reports anything in its sentence, from its form and the words around
it (French news): an announcement still to come, a silence, a reaction verb used without
its reflexive."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Cues

NEGATIONS = frozenset({"pas", "jamais", "point", "guère"})
NEGATION_OPENERS = frozenset({"ne", "n'", "n’"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
CONDITIONS = frozenset({"si", "s'", "s’", "if"})
ELIDED_IF = frozenset({"s'", "s’"})  # "s'il", not the reflexive "s'est"
SUBORDINATORS = frozenset({"que", "qu'", "qu’"})
FUTURE_ENDINGS = ("ra", "ras", "rai", "rons", "rez", "ront")
FUTURE_AUX = frozenset({"va", "vont", "allait", "allaient"})  # "va annoncer"


def reports_nothing(doc: Doc, cue: tuple[int, int], lemma: str, cues: Cues) -> bool:
    """A cue that attributes nothing yet or nothing at all: "Le CERN annoncera mercredi"
    (what it will say is not in the sentence), "La police n'a pas confirmé" (silence), "la
    situation inquiète" (only "s'inquiéter" reports a view), a cue form after a determiner
    ("une note", a noun) or naming what comes before it ("la loi dite « Sur
    l'information »")."""
    verb = doc[cue[1] - 1]
    if (lemma in cues.reflexive_only_cues or verb.lower_ in cues.reflexive_only_cues) and \
            not _reflexive(doc, cue):
        return True
    if cue[0] > 0 and (doc[cue[0] - 1].lower_ in cues.noun_determiners or (
            verb.lower_ in cues.naming_forms and doc[cue[0] - 1].pos_ in {"NOUN", "PROPN"})):
        return True  # a noun ("une note inférieure"), a name given ("la loi dite")
    if cues.future_reports_nothing and _future(doc, verb, cue):
        return True
    return lemma in cues.negated_silence and _negated(doc, cue)


def _reflexive(doc: Doc, cue: tuple[int, int]) -> bool:
    return any(t.lower_ in REFLEXIVES for t in doc[max(cue[0] - 2, 0) : cue[1]])


def _future(doc: Doc, verb: Token, cue: tuple[int, int]) -> bool:
    """A future tense ("annoncera": the tagger's tense and the form's ending, as it tags
    some participles future), or "aller" + infinitive ("va annoncer")."""
    if "Fut" in verb.morph.get("Tense") and verb.lower_.endswith(FUTURE_ENDINGS):
        return True
    return "Inf" in verb.morph.get("VerbForm") and verb.i > 0 and (
        doc[verb.i - 1].lower_ in FUTURE_AUX)


def _negated(doc: Doc, cue: tuple[int, int]) -> bool:
    """"n'a pas confirmé", "ne commente jamais": a negation around the verb group."""
    before = [t.lower_ for t in doc[max(cue[0] - 2, 0) : cue[0]]]
    inside = [t.lower_ for t in doc[cue[0] : cue[1] + 1]]
    return bool(NEGATION_OPENERS.intersection(before + inside)) and bool(
        NEGATIONS.intersection(before + inside))


def in_condition_or_purpose(doc: Doc, cue: tuple[int, int], cues: Cues) -> bool:
    """A cue inside a condition ("s'il souhaite déloger B. Obama", not the reflexive "s'est
    réjoui") or a purpose clause ("afin qu'il explique", not "pour qui")."""
    near = [t.lower_ for t in doc[max(cue[0] - 2, 0) : cue[0] + 1]]
    if any(w in CONDITIONS and (w not in ELIDED_IF or nxt in {"il", "ils"})
           for w, nxt in zip(near, near[1:], strict=False)):
        return True
    before = [t.lower_ for t in doc[max(cue[0] - 6, 0) : cue[0]]]
    return any(word in cues.purpose_marks and nxt in SUBORDINATORS
               for word, nxt in zip(before, before[1:], strict=False))
