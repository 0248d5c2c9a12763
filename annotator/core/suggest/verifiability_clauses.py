"""Verifiability rules that read how a clause is built (the dependency parse): a cleft's
relative asserts, a conditional or "allait" under a past verb is a future seen from the past,
a plan ("envisagent de déployer"), a promise and a fear are about the future, "doivent" +
infinitive says what ought to be, a predicative comparative of value judges, and what the
speaker lived through rests on the speaker's word. Each returns the
reason shown, or None.

Every trigger here (a conditional, ``first_person_objects``, ``first_person_singular``,
``plan_verbs``, ``obligation_verbs``, ``going_to``, ``promise_verbs``, ``fear_verbs``,
``comparative_judgements``, ``impersonal_copulas``, a noun that ends like a future) is also
in what decides which sentences get parsed (verifiability.reads_parse).
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA, LOWER, MORPH, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .lexicon import verifiability_terms
from .lexicon import verifiability_words as _terms  # one word list, as a set

PAST_TENSES = {"Past", "Imp"}
IMPERFECT = ("ais", "ait", "aient")
VERBAL = frozenset({VERB, AUX})
EMBEDDED = frozenset({"ccomp", "csubj", "xcomp"})  # a clause that may be an embedded question
NOMINAL = frozenset({NOUN, ADJ})  # what the tagger makes of verbs it does not know
_MOODS: dict[tuple[int, str], bool] = {}  # (a MORPH hash, a mood): whether its Mood holds it


@cache
def _endings(lang: str, key: str) -> tuple[str, ...]:
    """A list of word endings as ``str.endswith`` takes them."""
    return tuple(verifiability_terms(lang).get(key, ()))


@cache
def word_ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(map(get_string_id, words))


def tokens_with(span: Span, words: frozenset[str]) -> list[Token]:
    """Tokens whose lower-case form or lemma is one of ``words``, compared as ids from one
    array: these rules run on every sentence, a Token object for each word costs."""
    ids = word_ids(words)
    rows = span.doc.to_array([LOWER, LEMMA])[span.start : span.end].tolist()
    return [span[i] for i, (lower, lemma) in enumerate(rows) if lower in ids or lemma in ids]


def conditional_mood(doc: Doc, i: int, morph: int) -> bool:
    """Whether token ``i``, of MORPH hash ``morph``, has Mood=Cnd (read once per hash)."""
    return _has_mood(doc, i, morph, "Cnd")


def imperative_mood(doc: Doc, i: int, morph: int) -> bool:
    """Whether token ``i``, of MORPH hash ``morph``, has Mood=Imp (read once per hash)."""
    return _has_mood(doc, i, morph, "Imp")


def _has_mood(doc: Doc, i: int, morph: int, mood: str) -> bool:
    if (found := _MOODS.get((morph, mood))) is None:
        found = _MOODS[morph, mood] = mood in doc[i].morph.get("Mood")
    return found


def _verbs_or_conditionals(span: Span, going_to: frozenset[str]) -> list[Token]:
    """The tokens that may be a conditional or a form of "aller" (verbs and auxiliaries,
    Mood=Cnd, a ``going_to`` lemma), picked from one array: a Token for each word costs."""
    doc, going = span.doc, word_ids(going_to)
    rows = doc.to_array([POS, LEMMA, MORPH])[span.start : span.end].tolist()
    return [span[k] for k, (pos, lemma, morph) in enumerate(rows) if pos in VERBAL
            or lemma in going or conditional_mood(doc, span.start + k, morph)]


def is_cleft(head: Token) -> bool:
    """"C'est Michelle Obama qui ouvrira ...": ``head`` (what a relative clause hangs on)
    is the focus of "c'est ... qui/que", so the relative is what the sentence asserts."""
    children = list(head.children)
    return any(c.dep_ == "cop" for c in children) and \
        any(c.lower_ in {"c'", "ce", "c’"} and (c.dep_.startswith("expl") or
                                              c.dep_.startswith("nsubj")) for c in children)


def cleft_relative(span: Span) -> bool:
    """Whether the sentence is a cleft ("c'est X qui ...", "c'est là que ...")."""
    return any(t.dep_ == "acl:relcl" and is_cleft(t.head) for t in span)


def is_conditional(tok: Token, lang: str) -> bool:
    """A conditional: Mood=Cnd with a conditional ending (the tagger also says Cnd of
    imperfects, "je faisais"), or the infinitive's stem with an imperfect ending, which the
    tagger often reads as an imperfect ("durerait", "fermeraient")."""
    endings = _endings(lang, "conditional_endings")
    if "Cnd" in tok.morph.get("Mood"):
        return not endings or tok.lower_.endswith(endings)
    if not endings or tok.pos_ not in {"VERB", "AUX"} or "Fin" not in tok.morph.get("VerbForm"):
        return False
    stem = tok.lemma_[:-1] if tok.lemma_.endswith("re") else tok.lemma_
    rest = tok.lower_[len(stem):]
    return len(stem) > 2 and tok.lower_.startswith(stem) and \
        rest in _terms(lang, "imperfect_endings")


def _clause_head(tok: Token) -> Token:
    """The verb (or predicate) an auxiliary or a copula belongs to."""
    return tok.head if tok.dep_.startswith("aux") or tok.dep_ == "cop" else tok


def _words(tokens: list[Token]) -> str:
    """Tokens in text order, as written: "m'ont donné", "j'ai été frappée"."""
    ordered = sorted(set(tokens), key=lambda t: t.i)
    return "".join(t.text + ("" if t.text.endswith(("'", "’")) else " ") for t in ordered).strip()


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]


def _infinitive_child(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                 and "Inf" in c.morph.get("VerbForm")), None)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}]


def _is_past(verb: Token) -> bool:
    """A past finite verb, or a participle with its auxiliary: "a annoncé", "annonça",
    "avait indiqué"; not a present participle ("affirmant")."""
    if "Fin" in verb.morph.get("VerbForm"):
        return bool(PAST_TENSES & set(verb.morph.get("Tense")))
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and \
        any(c.dep_.startswith("aux") for c in verb.children)


def future_in_the_past(span: Span, lang: str) -> str | None:
    """"La direction avait annoncé que 8 000 suppressions auraient lieu", "annonçait qu'il
    allait déposer un recours": a simple conditional, or "aller" in the imperfect with an
    infinitive, in a clause that a past verb governs is the future seen from then. A
    compound conditional ("que le journaliste aurait été tué") is the journalistic hedge."""
    going_to = _terms(lang, "going_to")
    for tok in _verbs_or_conditionals(span, going_to):
        going = tok.lemma_ in going_to and "Imp" in tok.morph.get("Tense") and \
            _infinitive_child(tok) is not None  # "qu'il allait déposer"
        if not is_conditional(tok, lang) and not going:
            continue
        clause = _clause_head(tok)
        if tok.dep_.startswith("aux") and clause.pos_ != "NOUN":
            continue  # "aurait livré", "auraient été tués"; not "auraient lieu"
        if clause.dep_ not in {"ccomp", "advcl"} or clause.head == clause:
            continue
        governor = clause.head
        if clause.dep_ == "advcl" and governor.dep_ == "ccomp":
            governor = governor.head  # "a dit que, s'il gagnait, il baisserait"
        if going and governor.lemma_ not in _terms(lang, "announce_verbs"):
            continue  # "estimé que le prophète allait visiter les tombes": a habit
        if governor.pos_ == "VERB" and _is_past(governor) and governor.i < clause.i:
            return f"future in the past: {_words([tok, clause])}"
    return None


def personal_experience(span: Span, lang: str) -> str | None:
    """"Ils ne m'ont donné aucune raison", "je sais qu'ils m'ont arrêtée": what others did
    to the speaker; "J'ai été agrippée de partout", "j'étais dans une 2 CV": what the speaker
    lived through, told in the past. Either rests on the speaker's word alone; what others
    did is named first ("on m'a interdit": someone else's act, not the spoken "on")."""
    objects = _terms(lang, "first_person_objects")
    for tok in tokens_with(span, objects):
        if tok.lower_ not in objects or tok.dep_ not in {"obj", "iobj", "obl:arg"}:
            continue
        verb = tok.head
        subjects = _subjects(verb)
        if not subjects or any("1" in s.morph.get("Person") for s in subjects):
            continue  # "je me suis", "nous m'avons" is no one else's act
        if _is_past(verb) or PAST_TENSES & set(verb.morph.get("Tense")):
            return f"personal experience: {_words([tok, *_auxiliaries(verb), verb])}"
    return _first_person_past(span, lang)


def _first_person_past(span: Span, lang: str) -> str | None:
    """"J'ai imaginé que ...", "je n'ai pas vu": "je" as the subject of a past verb; "on a
    vu tous les villages", "on se rencontrait": the spoken "on" for "nous", in a main
    clause (not "la porte qu'on n'ouvrait jamais")."""
    singular, spoken = _terms(lang, "first_person_singular"), _terms(lang, "spoken_we")
    subjects = singular | spoken
    for tok in tokens_with(span, subjects):
        if tok.lower_ not in subjects or not tok.dep_.startswith("nsubj"):
            continue
        verb = tok.head
        if tok.lower_ in spoken and verb.dep_ not in {"ROOT", "conj", "parataxis"}:
            continue
        tense = set(verb.morph.get("Tense"))
        aux = _auxiliaries(verb)
        if "Fin" in verb.morph.get("VerbForm") and PAST_TENSES & tense or \
                aux and "Part" in verb.morph.get("VerbForm") and not _present_passive(aux) or \
                verb.pos_ != "VERB" and any(c.dep_ == "cop" and PAST_TENSES &
                                            set(c.morph.get("Tense")) for c in verb.children):
            return f"personal experience: {_words([tok, *aux, verb])}"
    return None


def planned_by_form(span: Span, lang: str) -> str | None:
    """"La direction prévoit en outre de supprimer 300 postes": a present form of a plan
    verb that the tagger often misreads (as a noun, an adjective, a name), then "de" and an
    infinitive within a few words; read on the words and their verb forms, not the parse.
    Not in a relative clause ("une loi qui prévoit de ...")."""
    forms, links = _terms(lang, "plan_forms"), _terms(lang, "plan_links")
    for tok in tokens_with(span, forms) if forms else ():
        if tok.lower_ not in forms or tok.i > span.start and \
                tok.nbor(-1).lower_ in _terms(lang, "relative_pronouns"):
            continue
        for k in range(tok.i + 1, min(tok.i + 4, span.end - 1)):
            word = span.doc[k]
            if word.lower_ in links:
                after = span.doc[k + 1]
                if "Inf" in after.morph.get("VerbForm"):
                    return f"plan: {tok.text} {word.text} {after.text}".replace("' ", "'")
                break
            if word.pos_ not in {"ADV", "ADP"}:  # "en outre", "également"
                break
    return None


def _present_passive(aux: list[Token]) -> bool:
    """"I'm told": a passive in the present, not a past lived through."""
    return all(a.dep_ == "aux:pass" and "Pres" in a.morph.get("Tense") for a in aux)


def plan(span: Span, lang: str) -> str | None:
    """"Les autorités envisagent notamment de déployer des missiles", "l'Algérie compte
    fêter": a plan in the present with the act it aims at is about the future."""
    verbs = _terms(lang, "plan_verbs")
    for tok in tokens_with(span, verbs):
        if tok.lemma_ not in verbs or tok.pos_ != "VERB" or tok.dep_ == "acl:relcl":
            continue
        finite = "Fin" in tok.morph.get("VerbForm") or _subjects(tok) and \
            "Part" in tok.morph.get("VerbForm")  # "le collectif prévoie de": read as Part
        if not finite or tok.lower_.endswith(IMPERFECT) or \
                any(c.dep_.startswith("aux") for c in tok.children):
            continue  # the tagger says Imp of "envisagent": the ending decides
        if any("Inf" in c.morph.get("VerbForm") and c.i > tok.i and c.dep_ in {"xcomp", "obl:arg"}
               for c in tok.children):
            return f"plan: {tok.text}"
    return None


def advice(tok: Token, lang: str) -> bool:
    """"Vous devriez partir": a conditional of "devoir" addressed to someone advises."""
    return tok.lemma_ in _terms(lang, "obligation_verbs") and \
        any(s.lower_ in _terms(lang, "addressees") for s in _subjects(tok))


def obligation(span: Span, lang: str) -> str | None:
    """"Les militaires ne doivent plus jouer de rôle politique", "nous devons nous battre",
    "vous devriez partir": what ought to be, a judgement. Not in a relative clause ("les
    réformes que doit engager la Grèce"), not a passive ("le texte doit être voté mardi":
    a schedule)."""
    for tok in tokens_with(span, _terms(lang, "obligation_verbs")):
        if tok.lemma_ not in _terms(lang, "obligation_verbs") or tok.dep_ == "acl:relcl":
            continue
        present = "Pres" in tok.morph.get("Tense") and "Ind" in tok.morph.get("Mood")
        if not (present or is_conditional(tok, lang) and advice(tok, lang)):
            continue
        act = _infinitive_child(tok)
        if act is None or any(c.dep_ == "aux:pass" for c in act.children):
            continue
        return f"what ought to be: {tok.text} {act.text}"
    return _modal_obligation(span, lang)


def _modal_obligation(span: Span, lang: str) -> str | None:
    """"We should inspire more kids", "people must know", "there shouldn't be anyone
    suffering", "they ought to resign": a modal of obligation says what ought to be. Not in
    a relative clause or an embedded question ("suggest what the flag should mean")."""
    modals = _terms(lang, "obligation_modals")
    for tok in tokens_with(span, modals) if modals else ():
        if tok.dep_ == "aux" and tok.head.i > tok.i:
            verb: Token | None = tok.head
        else:  # "ought" heads its infinitive
            verb = _infinitive_child(tok)
        if verb is not None and not _describes(verb, lang):
            return f"what ought to be: {tok.text} {verb.text}"
    return None


def promise(span: Span, lang: str) -> str | None:
    """"Elle a promis de remettre le pouvoir", "il promet de baisser les impôts": a
    promise of an act is about the future. Not one made before the story's past ("avait
    promis d'engager", the pluperfect): that is background, what came of it is told."""
    verbs = _terms(lang, "promise_verbs")
    for tok in tokens_with(span, verbs):
        if tok.lemma_ not in verbs or tok.pos_ != "VERB" or tok.dep_ == "acl:relcl":
            continue
        if any("Imp" in a.morph.get("Tense") for a in _auxiliaries(tok)):
            continue
        if (act := _infinitive_child(tok)) is not None:
            return f"promise: {_words([*_auxiliaries(tok), tok, act])}"
    return None


def fear(span: Span, lang: str) -> str | None:
    """"Les observateurs craignent une montée des tensions", "ils redoutent que la loi
    serve à censurer": what is feared is a forecast of harm. By the form too: the tagger
    reads "craignent" as an adverb."""
    verbs = _terms(lang, "fear_verbs")
    for tok in tokens_with(span, verbs):
        if tok.dep_ != "acl:relcl" and not (tok.i and tok.nbor(-1).pos_ == "DET"):
            return f"feared outcome: {tok.text}"
    return None


def misread_future(span: Span, lang: str) -> str | None:
    """"Le minitel cessera de fonctionner": a future of a verb the tagger does not know,
    read as a noun or an adjective (its lemma is the form itself) that has a subject."""
    endings = _endings(lang, "future_endings")
    if not endings:
        return None
    for tok in _misread_verbs(span.doc, span.start, span.end, endings):
        if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in tok.children):
            return f"future: {tok.text}"
    return None


def _misread_verbs(doc: Doc, start: int, end: int, endings: tuple[str, ...]) -> list[Token]:
    """Nouns and adjectives whose lemma is their own form and that end like a future, from
    one array: a Token for each word costs."""
    strings = doc.vocab.strings
    rows = doc.to_array([POS, LEMMA, LOWER])[start:end].tolist()
    return [doc[start + k] for k, (pos, lemma, lower) in enumerate(rows)
            if pos in NOMINAL and lemma == lower and strings[lower].endswith(endings)]


def may_be_misread_future(doc: Doc, lang: str) -> bool:
    """Whether :func:`misread_future` may find something in ``doc`` once it is parsed."""
    endings = _endings(lang, "future_endings")
    return bool(endings) and bool(_misread_verbs(doc, 0, len(doc), endings))


def comparative_judgement(span: Span, lang: str) -> str | None:
    """"Le contexte est bien pire qu'attendu", "ce modèle est meilleur": a comparative of
    value said of something (a predicate, with its copula) judges it; "une meilleure
    répartition" and "éviter le pire" only name it."""
    words = _terms(lang, "comparative_judgements")
    for tok in tokens_with(span, words):
        if tok.lower_ in words and tok.pos_ == "ADJ" and \
                any(c.dep_ == "cop" for c in tok.children):
            return f"comparative judgement: {tok.text}"
    return None


def impersonal_judgement(span: Span, lang: str) -> str | None:
    """"Il est essentiel de protéger les civils", "il était urgent d'agir", "il est évident
    que": an impersonal "il" and a copula before a predicate that governs a clause judge
    that clause; not a likelihood ("il est probable que": hedged) or a concession ("il est
    vrai que")."""
    not_judged = _terms(lang, "impersonal_not")
    for tok in tokens_with(span, _terms(lang, "impersonal_subjects")):
        head = tok.head
        if not tok.dep_.startswith(("nsubj", "expl")) or head.lower_ in not_judged or \
                head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or \
                not any(c.dep_ == "cop" for c in head.children):
            continue
        if any(c.dep_ in {"xcomp", "ccomp", "csubj"} and c.i > head.i for c in head.children):
            cop = next(c for c in head.children if c.dep_ == "cop")
            return f"impersonal judgement: {_words([tok, cop, head])}"
    return None


def hypothetical(span: Span, lang: str) -> str | None:
    """"The new flag would be unique", "had it happened an hour later it would have been
    worse", "we could have scored", "it could affect the case if someone shut it down":
    "would" tells what is to come or what would be; "could", "might" and "may" do so only
    in a perfect (what might have been) or under a condition ("if ..."); alone they are a
    past ability ("neither side could score") or a hedge on a present fact ("some crops may
    yield more"). Not in a relative clause or an embedded question ("asked whether voters
    would prefer"): those describe. Without a parse, "would" alone."""
    would, possible = _terms(lang, "hypothetical_modals"), _terms(lang, "possibility_modals")
    if not would and not possible:
        return None
    for tok in tokens_with(span, would | possible):
        word = tok.lower_  # not the lemma: "they'd run out" may be "had" as well as "would"
        if word not in would | possible:
            continue
        if not span.doc.has_annotation("DEP"):
            if word in would:
                return f"hypothetical: {tok.text}"
            continue
        if tok.dep_ != "aux" or tok.head.i < tok.i:
            continue
        verb = tok.head
        if _describes(verb, lang):
            continue
        perfect = [a for a in _auxiliaries(verb) if a.i > tok.i and a.lemma_ == "have"]
        if word in would or perfect or _conditioned(verb, lang):
            return f"hypothetical: {_words([tok, *perfect, verb])}"
    return None


def _describes(verb: Token, lang: str) -> bool:
    """Whether ``verb`` is in a relative clause or an embedded question, at any depth
    ("Devocht, who had told him he would help"; "whether voters would prefer")."""
    marks = _terms(lang, "embedded_question_marks")
    for clause in (verb, *verb.ancestors):
        if clause.dep_ == "acl:relcl" and not is_cleft(clause.head):
            return True
        if any(c.dep_ == "mark" and c.lower_ in marks or clause.dep_ in EMBEDDED and
               c.i < clause.i and "Int" in c.morph.get("PronType") for c in clause.children):
            return True
    return False


def _conditioned(verb: Token, lang: str) -> bool:
    """A condition hangs on ``verb`` (or on the verb it is coordinated with): "if", "unless"."""
    marks = _terms(lang, "condition_marks")
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                         for m in c.children)
               for clause in clauses for c in clause.children)


def passive_or_relative(verb: Token) -> bool:
    """"Both considered to be in the camp", "a condition characterised by", "is believed to
    bring luck", "a policy which the UN has criticised": a passive names a view no one in
    the sentence holds, a relative clause describes; neither is what the sentence asserts."""
    if verb.dep_ == "acl:relcl" or "Pass" in verb.morph.get("Voice") or \
            any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and \
        "Past" in verb.morph.get("Tense")


def one_sided_claim(span: Span, lang: str) -> str | None:
    """"Znak.com claims FSB sources have blamed terrorism", "the officers claimed to be
    seeking a bomb": a claim verb with a clause gives what one side maintains, which the
    sentence does not back. Not "claimed responsibility" (an act, no clause), not denied, not in a
    relative or adverbial clause ("despite the site claiming ...": the sentence asserts
    something else)."""
    verbs = _terms(lang, "claim_verbs")
    for tok in tokens_with(span, verbs) if verbs else ():
        if tok.lemma_ not in verbs or tok.pos_ != "VERB" and tok.dep_ != "ROOT" or \
                any(c.dep_ in {"acl:relcl", "advcl", "acl"} for c in (tok, *tok.ancestors)) or \
                any("Neg" in c.morph.get("Polarity") for c in tok.children):
            continue  # the tagger may say NNS of "claims"; "does not claim" maintains nothing
        if any(c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i for c in tok.children):
            return f"one side's claim: {tok.text}"
    return None


def scheduled(span: Span, lang: str) -> str | None:
    """"The exhibit is to run through March 9", "they are to travel to the UN on Wednesday":
    a present copula with an infinitive ("be to") tells what is arranged to happen. Not in a
    relative clause."""
    marks = _terms(lang, "scheduled_marks")
    if not marks:
        return None
    for cop in (t for t in span if t.dep_ == "cop" and "Pres" in t.morph.get("Tense")):
        verb = cop.head
        infinitive = [verb, *(a for a in _auxiliaries(verb) if a.i > cop.i)]  # "to be held"
        if any("Inf" in t.morph.get("VerbForm") for t in infinitive) and verb.i > cop.i and \
                any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children) and \
                not _describes(verb, lang):
            return f"scheduled: {_words([cop, verb])}"
    return None


def expectation(span: Span, lang: str) -> str | None:
    """"This year the city expects about 6 million visitors", "they expect a decision": an
    expectation stated in the present is a forecast. Not in a relative clause, not past
    ("had expected": what came of it is told)."""
    verbs = _terms(lang, "expectation_verbs")
    for tok in tokens_with(span, verbs) if verbs else ():
        if tok.lemma_ in verbs and tok.pos_ == "VERB" and "Pres" in tok.morph.get("Tense") \
                and "Fin" in tok.morph.get("VerbForm") and not _describes(tok, lang):
            return f"expectation: {tok.text}"
    return None


def clause_opinion(span: Span, lang: str) -> str | None:
    """"She felt Mohamed had been treated unfairly": a verb that gives a view only with a
    clause; "it felt good out there" tells a feeling, the speaker's own experience."""
    verbs = _terms(lang, "clause_opinion_verbs")
    for tok in tokens_with(span, verbs) if verbs else ():
        if tok.lemma_ in verbs and tok.pos_ == "VERB" and not passive_or_relative(tok) and \
                any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            return f"verb of opinion: {tok.text}"
    return None


def going_to(span: Span, lang: str) -> str | None:
    """"The talks are going to fail": a progressive of "go" in the present with an
    infinitive is a future; "the medal going to Poland" (no infinitive) and "was going to
    resign" (past) are not."""
    verbs = _terms(lang, "going_to_progressive")
    for tok in tokens_with(span, verbs) if verbs else ():
        if tok.lemma_ not in verbs or "Part" not in tok.morph.get("VerbForm"):
            continue
        present = any("Pres" in a.morph.get("Tense") for a in _auxiliaries(tok))
        if present and _infinitive_child(tok) is not None and not _describes(tok, lang):
            return f"future: {_words([*_auxiliaries(tok), tok])} to"
    return None


def reaction(span: Span, lang: str) -> str | None:
    """"Les dirigeants se sont félicités du résultat", "les médecins s'inquiètent des
    risques": a reflexive verb of satisfaction or worry tells how someone judges what
    happened. Not in a relative clause, and not a speaker named after a quotation ("« Les
    entreprises ont embauché », s'est réjoui le président": the quoted words are the claim)."""
    verbs = _terms(lang, "reaction_verbs")
    for tok in tokens_with(span, verbs) if verbs else ():
        if tok.lemma_ not in verbs or tok.pos_ != "VERB" or tok.dep_ == "acl:relcl":
            continue
        reflexive = [c for c in tok.children if c.dep_.startswith("expl") and
                     c.lower_ in _terms(lang, "reflexive_pronouns")]
        if not reflexive or any(c.dep_.startswith("nsubj") and c.i > tok.i
                                for c in tok.children):
            continue
        return f"reaction: {_words([*reflexive, *_auxiliaries(tok), tok])}"
    return None
