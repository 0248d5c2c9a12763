"""Token-range helpers for attribution spans: quotations, name edges, phrase extents.

Ranges are ``(start, end)`` token indices, end exclusive, as in ``doc[start:end]``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import Cues

OPENING = {"«": "»", "“": "”", "„": "“", "‹": "›", "``": "''"}
# Marks that open and close alike, told apart by what they are glued to; the NYT writes
# ''...'' for both ends.
STRAIGHT = {'"', "''"}
# A straight quote closed by a curly one or by two apostrophes, or the reverse.
LOOSE = {'"', "”", "''"}
QUOTE_MARKS = tuple(set(OPENING) | set(OPENING.values()) | STRAIGHT)
# Where a source phrase stops: clause punctuation and quote marks.
BOUNDARY = {",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…"} | set(OPENING) | set(
    OPENING.values()
) | STRAIGHT
# Dependents that start a new idea inside a subject: "X qui...", "X réunis à..."
CUT_DEPS = {"acl", "acl:relcl", "relcl", "parataxis"}
LEAD_POS = {"ADP", "CCONJ", "SCONJ", "PUNCT"}
EDGE_POS = LEAD_POS | {"DET", "ADV"}
MAX_PHRASE = 16
MAX_WHOLE = 40  # a longer subject is a parse that went wrong
MAX_PARENTHESIS = 10  # tokens inside "(Armée de Libération Nationale)"
MAX_APPOSED = 3  # commas between a speaker and its cue: "Misha Shah, 32, of Chicago, says"

Range = tuple[int, int]


def quotations(doc: Doc, text: str, *, spaced_closes: bool = False) -> list[Range]:
    """Token ranges of the quoted passages (marks included); ``text`` is ``doc.text``.
    A quotation opened in an earlier sentence runs from the start to its closing mark, one
    that goes on in the next sentence from its opening mark to the end; ``spaced_closes``:
    a straight quote that opens the sentence spaced from the next word is such a closing
    mark ('" Boeing referred to')."""
    found: list[Range] = []
    if not any(mark in text for mark in QUOTE_MARKS):
        return found
    closers = set(OPENING.values()) - set(OPENING) - STRAIGHT
    closing: str | None = None
    start = 0
    for tok in doc:
        text = tok.text
        if closing is None:
            if text in closers or (text in STRAIGHT and (
                    _closes(doc, tok.i) and not _opened_by_cue(doc, tok.i)
                    or (spaced_closes and _left_over(doc, tok.i)))):
                if not found:  # "... petite-bourgeoise », explique-t-il."
                    found.append((0, tok.i + 1))
            elif text in OPENING or text in STRAIGHT:
                closing, start = OPENING.get(text, text), tok.i
        elif text == closing or (closing in LOOSE and text in LOOSE):  # "...,” said
            found.append((start, tok.i + 1))
            closing = None
    if closing is not None:
        found.append((start, len(doc)))
    return found


def _opened_by_cue(doc: Doc, i: int) -> bool:
    """A straight quote after a finite verb and a comma or colon opens what the verb
    reports, glued or not: 'Wilkins said," [Warhol] liked'."""
    return i >= 2 and doc[i - 1].text in {",", ":"} and doc[i - 2].tag_ in {"VBD", "VBZ"}


def _left_over(doc: Doc, i: int) -> bool:
    """A straight quote that opens the sentence, spaced from the word after it."""
    return all(t.is_space for t in doc[:i]) and bool(doc[i].whitespace_) and \
        i + 1 < len(doc) and not doc[i + 1].is_punct


def _closes(doc: Doc, i: int) -> bool:
    """A straight quote glued to the word before it and not to the one after closes a
    quotation: 'capable," she said'."""
    glued_before = i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space
    glued_after = bool(doc[i].whitespace_ == "" and i + 1 < len(doc)
                       and doc[i + 1].is_alpha)
    return glued_before and not glued_after


def extend_hyphenated(doc: Doc, start: int, end: int, cues: Cues) -> Range:
    """Grow a range over glued hyphen groups ("Kim Jong" -> "Kim Jong-un"), never onto a
    clitic ("a-t-il")."""
    while end + 1 < len(doc) and _glued(doc, end - 1, end + 1) and doc[end].text == "-":
        if doc[end + 1].lower_ in cues.clitics:
            break
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and _glued(doc, start - 2, start):
        start -= 2
    return start, end


def _glued(doc: Doc, left: int, right: int) -> bool:
    """No whitespace anywhere between tokens ``left`` and ``right``."""
    return all(not doc[i].whitespace_ for i in range(left, right))


def breaks(tok: Token) -> bool:
    """Clause punctuation, a quote mark, or a hyphen spaced as a dash ("Trump's ire - he
    called her")."""
    return tok.text in BOUNDARY or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
                                    and bool(tok.doc[tok.i - 1].whitespace_))


def is_boundary(tok: Token, cues: Cues) -> bool:
    if breaks(tok) or tok.lower_ in cues.np_stop_words:
        return True
    if _base_form_noun(tok):
        return False
    # With a tagger: a finite verb, a conjunction or a subordinator ends the phrase; a
    # capitalised "verb" inside the sentence is a mis-tagged name ("le président russe
    # Vladimir Poutine").
    if tok.is_title and tok.i > 0:
        return False
    if tok.pos_ == "CCONJ":  # "le président et le ministre", not "the Center for X and Y"
        return not (tok.i + 1 < len(tok.doc) and (tok.doc[tok.i + 1].is_title or (
            cues.shared_determiners and _bare_conjunct(tok))))
    return tok.pos_ in {"VERB", "AUX", "SCONJ"} and "Part" not in tok.morph.get("VerbForm")


def _bare_conjunct(cc: Token) -> bool:
    """Two nouns under one determiner: "les projections | et | résultats"."""
    doc = cc.doc
    return cc.i > 0 and doc[cc.i - 1].pos_ == "NOUN" and doc[cc.i + 1].pos_ == "NOUN"


def _with_parenthesis(doc: Doc, found: Range, cues: Cues) -> Range:
    """A name keeps the parenthesis that follows it when the phrase ends there: "Marc
    Guillemot (Safran),", "l'ALN (Armée de Libération Nationale),"."""
    end = found[1]
    if not cues.parenthesis_in_name or end >= len(doc) or doc[end].text != "(":
        return found
    close = next((t.i for t in doc[end + 1 : end + MAX_PARENTHESIS] if breaks(t)), None)
    if close is None or doc[close].text != ")" or close == end + 1:
        return found
    after = close + 1
    return (found[0], after) if after >= len(doc) or doc[after].text in APPOSITION_ENDS | {
        ":"} else found


def phrase_after(doc: Doc, i: int, cues: Cues) -> Range | None:
    """The noun phrase starting at ``i`` (after fillers), up to the next clause boundary or
    a word that starts a circumstance ("a déclaré Mitt Romney | dans le Wisconsin"), with the
    apposition that follows a name ("Petro Danylenko, ministre des Infrastructures")."""
    i = skip_fillers(doc, i, cues)
    if i < len(doc) and doc[i].is_alpha and (doc[i].pos_ == "ADP"
                                             or doc[i].lower_ in PREPOSITIONS):
        return None  # "se sont félicités | du résultat": no speaker here
    end = _phrase_end(doc, i, cues)
    found = trim(doc, i, end, cues)
    root = doc[found[0] : found[1]].root if found is not None else None
    # Not when the parser made the phrase the sentence's root: its subtree is the sentence.
    if root is not None and root.dep_ != "ROOT" and cues.whole_subject and \
            doc.has_annotation("DEP"):
        whole = _whole_subject(root, cues, None)
        if whole is not None and whole[0] == found[0] and whole[1] > found[1]:
            return whole  # "said Jon Ralston, a commentator in Nevada, who attended ..."
    if found is None:
        return found
    found = _with_parenthesis(doc, found, cues)
    # English keeps each apposition ("said Misha Shah, 32, of Chicago, an account
    # executive"); French the first.
    for _ in range(MAX_APPOSED if cues.whole_subject else 1):
        appos = _apposition_after(doc, found[1], cues)
        if appos is None:
            break
        found = (found[0], appos[1])
    return _with_relative(doc, found, cues)


def _apposition_after(doc: Doc, comma: int, cues: Cues) -> Range | None:
    """The apposition after the comma at ``comma`` ("Petro Danylenko, | ministre des
    Infrastructures"; in English also an age or an origin: ", 56", ", of Raleigh")."""
    start = comma + 1
    if comma >= len(doc) or doc[comma].text != "," or start >= len(doc):
        return None
    opens = {"NOUN", "PROPN", "DET", "ADJ"}
    if cues.whole_subject:
        opens = opens | {"NUM"}
    if not (doc[start].pos_ in opens or (cues.whole_subject
                                          and doc[start].lower_ in APPOSED_ADPS)) or \
            skip_fillers(doc, start, cues) != start:
        return None
    stop = _phrase_end(doc, start + 1 if doc[start].pos_ == "ADP" else start, cues)
    if stop > start and (stop >= len(doc) or doc[stop].text in APPOSITION_ENDS
                         or doc[stop].lower_ in cues.phrase_end_words
                         or doc[stop].lower_ in RELATIVES):
        return trim(doc, start, stop, cues)
    return None


def to_comma(doc: Doc, found: Range, cues: Cues) -> Range:
    """An opening phrase runs to its comma ("According to Afghan Ambassador to the United
    States Hamdullah Mohib, ..."), past the words that end a speaker named after a verb;
    as is when no comma closes it first."""
    end = found[1]
    while end < len(doc) and end - found[0] < MAX_PHRASE and not is_boundary(doc[end], cues):
        end += 1
    if end == found[1] or end >= len(doc) or doc[end].text != ",":
        return found
    return trim(doc, found[0], end, cues) or found


def _with_relative(doc: Doc, found: Range, cues: Cues) -> Range:
    """A speaker after its cue keeps the relative clause that ends the sentence, as the
    English news corpora mark it ("said Mr. Regalado, who was born in Havana"); French
    cuts it."""
    at = found[1] + (found[1] < len(doc) and doc[found[1]].text == ",")
    if not cues.whole_subject or at >= len(doc) or doc[at].lower_ not in RELATIVES:
        return found
    last = len(doc)
    while last > at and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if last - found[0] > MAX_WHOLE or any(t.text in QUOTE_MARKS or t.text == ";"
                                          for t in doc[at:last]):
        return found
    return found[0], last


APPOSITION_ENDS = {",", ".", ";", ":", "!", "?", "(", "»", '"', "”"}
CIRCUMSTANCE_POS = {"ADP", "ADV", "SCONJ"}
OBJECT_CLITICS = {"s'", "s’", "se", "lui", "leur", "l'", "l’", "m'", "me", "y", "en"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their"}
PREPOSITIONS = {"du", "de", "d'", "d’", "au", "aux", "à", "of", "to", "from", "with"}


def _phrase_end(doc: Doc, i: int, cues: Cues) -> int:
    end = i
    while end < len(doc) and end - i < MAX_PHRASE and not (
            is_boundary(doc[end], cues) and not _title_before_name(doc, end, i)) and not (
            end > i and doc[end].lower_ in cues.phrase_end_words
            and not _post_of_role(doc, i, end, cues)
            and not (cues.shared_determiners and _bare_conjunct(doc[end]))):
        end += 1
    return end


def _post_of_role(doc: Doc, start: int, at: int, cues: Cues) -> bool:
    """A place after a role noun is the role's post, not a circumstance: "l'ambassadeur de
    France | en Afghanistan", not "a déclaré Mitt Romney | dans le Wisconsin"."""
    return doc[at].lower_ in cues.post_words and at + 1 < len(doc) and \
        doc[at + 1].pos_ == "PROPN" and any(t.pos_ == "NOUN" for t in doc[start:at])


def _title_before_name(doc: Doc, end: int, start: int) -> bool:
    """A role noun the tagger took for a base-form verb, first in a phrase and before a
    name: "according to | curator Elaine Gustafon"."""
    return end == start and doc[end].tag_ == "VB" and doc[end].is_lower and \
        end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"


def skip_fillers(doc: Doc, i: int, cues: Cues) -> int:
    """The first index at or after ``i`` past fillers like "pour sa part", "mercredi"."""
    moved = True
    while moved and i < len(doc):
        moved = False
        first = doc[i].lower_
        for words in cues.phrase_fillers:
            if words[0] == first and tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
                i, moved = i + len(words), True
                break
    return i


def phrase_before(doc: Doc, i: int, cues: Cues, *, past_verbs: bool = False) -> Range | None:
    """The noun phrase ending just before ``i``, back to the previous boundary;
    ``past_verbs``: the phrase may follow a verb ("a publié | un communiqué affirmant")."""
    start = i
    while start > 0 and i - start < MAX_PHRASE and not is_boundary(doc[start - 1], cues):
        start -= 1
    while past_verbs and start < i and doc[start].pos_ in {"VERB", "AUX"}:
        start += 1
    if start == i and i >= 2 and doc[i - 1].text == ",":
        return _apposed_subject(doc, i - 1, cues)
    return trim(doc, _named_before(doc, start), i, cues)


def _apposed_subject(doc: Doc, comma: int, cues: Cues) -> Range | None:
    """A subject with its apposition between commas, opening the sentence: "Josh Hendler, a
    top Democratic tech operative, | warned"; in English, also with a relative clause:
    "Pence, who is running for reelection this year, | praised"."""
    first = next((t.i for t in doc if not (t.is_punct or t.is_space)), 0)
    inside = doc[first:comma]
    commas = [t.i for t in inside if t.text == ","]
    if len(commas) != 1 or not 2 < len(inside) <= MAX_PHRASE:
        return None
    relative = cues.whole_subject and doc[commas[0] + 1].lower_ in RELATIVES
    checked = doc[first : commas[0]] if relative else inside
    if any(is_boundary(t, cues) and t.text != "," for t in checked) or any(
            t.text in BOUNDARY for t in inside if t.i not in commas):
        return None
    name = doc[first : commas[0]]
    if not any(t.pos_ == "PROPN" or (relative and t.is_title) for t in name) and not any(
            t.pos_ == "PROPN" for t in doc[commas[0] + 1 : comma]):
        return None
    return trim(doc, first, comma, cues)


def name_like(tok: Token, cues: Cues) -> bool:
    """A capitalised word the tagger took for an adverb, a verb, an adjective or a
    preposition that is a name all the same ("Whitmore/ADV stated", "Khaled/VERB Al-Maeena",
    "Armstrong/ADP Williams"): not a function word, a time, an -ly adverb, a cue form ("Asked
    about it") or a word listed as no name ("Despite", "Following")."""
    return cues.mistagged_names and tok.is_title and tok.is_alpha and tok.pos_ in {
        "ADV", "VERB", "ADJ", "INTJ", "SCONJ", "ADP"} and not tok.is_stop and not (
        tok.lower_.endswith("ly") or tok.lower_ in cues.time_words
        or tok.lower_ in cues.not_names
        or tok.lower_ in cues.cue_verb_forms or tok.lower_ in cues.np_stop_words
        or (tok.lower_,) in cues.phrase_fillers)


def subject_range(head: Token, cues: Cues, until: int | None = None) -> Range | None:
    """A subject's subtree, cut at its first comma, conjunction or relative clause (an
    appositive name without a comma stays: "le président russe Vladimir Poutine"). With
    ``until`` (where its verb group starts), an apposition between commas right before the
    verb is kept: "Nadim Houry, responsable de l'organisation, précise"."""
    doc = head.doc
    if "Yes" in head.morph.get("Reflex") and head.i > 0 and doc[head.i - 1].pos_ in {
            "PROPN", "NOUN"}:
        # "Obama himself seemed to recognize": the name the parser left out is the subject.
        name = phrase_before(doc, head.i, cues)
        return name if name is not None and name[1] == head.i else None
    if cues.whole_subject:
        whole = _whole_subject(head, cues, until)
        if whole is not None:
            return whole
    cuts = {c.left_edge.i for c in head.rights if c.dep_ in CUT_DEPS}
    end = head.right_edge.i + 1
    for tok in doc[head.i + 1 : end]:
        if tok.text in BOUNDARY or tok.pos_ == "CCONJ" or tok.i in cuts:
            end = tok.i
            break
    if until is not None and end < until and doc[end].text == "," and _apposition(
            doc, end + 1, until - 1, cues):
        end = until - 1
    start = head.left_edge.i
    # Keep only the part after the last comma before the head ("Selon X, le ministre a dit").
    for j in range(head.i - 1, start - 1, -1):
        if breaks(doc[j]):
            start = j + 1
            break
    return trim(doc, _named_before(doc, start), end, cues)


def _whole_subject(head: Token, cues: Cues, until: int | None) -> Range | None:
    """A subject's whole subtree, appositions, relative clauses and coordinated names kept
    ("Friends, lobbyists and former foes"), up to a circumstance (", during a town hall",
    "on Thursday", ", referring to") and from the last clause boundary on its left; None
    when it holds a quotation or runs past MAX_WHOLE tokens."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    before_verb = until is not None and head.i < until
    if before_verb:
        end = min(end, until)
    for tok in doc[head.i + 1 : end]:
        if tok.lower_ in RELATIVES:
            break  # a relative clause goes on to the end of the subtree
        nxt = tok.i + 1
        if tok.text == "," and (nxt == end or opens_circumstance(
                doc[nxt], cues, APPOSED_ADPS)):
            end = tok.i
            break
        if tok.pos_ != "ADV" and skip_fillers(doc, tok.i, cues) > tok.i:
            end = tok.i  # "RNC spokesman Sean Spicer | on Thursday evening said"
            break
    for j in range(head.i - 1, start - 1, -1):
        if breaks(doc[j]):
            start = j + 1
            break
    if end - start > MAX_WHOLE or any(t.text in QUOTE_MARKS for t in doc[start:end]):
        return None
    return trim(doc, start, end, cues)


def opens_circumstance(tok: Token, cues: Cues, kept: frozenset[str]) -> bool:
    """A word after a comma that starts a circumstance, not an apposition or a relative
    clause: ", referring to", ", on Wednesday", ", in a statement" (``kept``: prepositions
    that still belong to the name: ", of Raleigh")."""
    if tok.lower_ in RELATIVES or tok.lower_ in kept:
        return False
    return tok.pos_ in {"VERB", "AUX", "ADP", "ADV", "SCONJ", "PART"} or skip_fillers(
        tok.doc, tok.i, cues) > tok.i


APPOSED_ADPS = frozenset({"of", "like", "including", "from"})
RELATIVES = {"who", "whose", "whom", "which"}


def _named_before(doc: Doc, start: int) -> int:
    """Where a subject starts when the sentence opens with a name before its role or a role
    before its name: "Jean-Luc Mélenchon, le candidat du Front de gauche, avait dit", "Un des
    chercheurs de HRW, Ole Solvang, précise"."""
    if start < 2 or doc[start - 1].text != ",":
        return start
    first = next((t.i for t in doc if not (t.is_punct or t.is_space)), 0)
    before = doc[first : start - 1]
    if not 0 < len(before) <= 8 or not all(
            t.pos_ in {"PROPN", "DET", "ADJ", "PUNCT", "NOUN", "ADP", "NUM"} or t.i == first
            for t in before):
        return start
    if doc[start].pos_ == "PROPN":  # a role, then the name
        fits = before[0].pos_ in {"DET", "NOUN", "NUM", "PRON"} and any(
            t.pos_ == "NOUN" for t in before)
    else:  # a name, then the role
        fits = len(before) <= 5 and any(t.pos_ == "PROPN" for t in before) and all(
            t.pos_ != "ADP" for t in before)
    return first if fits else start


def _apposition(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Whether ``doc[start:end]``, followed by a comma, is a short noun phrase (not a relay:
    "Dmitri Peskov, cité par l'agence RIA Novosti, a démenti")."""
    if not 0 < end - start <= MAX_PHRASE or doc[end].text != ",":
        return False
    inside = doc[start:end]
    if doc[start].pos_ in CIRCUMSTANCE_POS and doc[start].lower_ not in PREPOSITIONS:
        return False  # ", malgré cette division politique,", ", encore en fonction,"
    return any(t.pos_ in {"NOUN", "PROPN"} for t in inside) and not any(
        t.text in BOUNDARY or t.lower_ in cues.np_stop_words
        or (t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")) for t in inside)


def coordinated(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("le président et le ministre")."""
    return [head] + [t for t in head.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}
                     and head in (t.head, t.head.head)]


def _past_filler_tail(doc: Doc, start: int, end: int, cues: Cues) -> int:
    """Past the end of a filler the parser cut in two: "a de | son côté dénoncé"."""
    if start >= end or doc[start].lower_ not in POSSESSIVES:
        return start  # every such tail starts with a possessive: most ranges stop here
    words = tuple(t.lower_ for t in doc[start:end])
    for filler in cues.phrase_fillers:
        tail = filler[1:]
        if len(tail) > 1 and tail[0] in POSSESSIVES and words[: len(tail)] == tail:
            return _past_filler_tail(doc, start + len(tail), end, cues)
    return start


def _edge(tok: Token) -> bool:
    return tok.is_space or breaks(tok)


def _unclosed(span: Span) -> bool:
    return sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span)


def _base_form_noun(tok: Token) -> bool:
    """A base-form "verb" that the parser made a modifier of a noun is a noun: "according
    to state/VB media"."""
    return tok.tag_ == "VB" and tok.dep_ == "compound"


def _noun_subject(tok: Token) -> bool:
    """A cue form the parser read as a noun subject is a speaker: "reports said", not the
    verb that ends a phrase."""
    return tok.pos_ == "NOUN" and tok.dep_.startswith("nsubj")


def trim(doc: Doc, start: int, end: int, cues: Cues) -> Range | None:
    """Drop edge punctuation/prepositions (and a leading particle: "has | not endorsed")
    and widen over hyphenated names; None if empty or a bare pronoun."""
    while start < end and (_edge(doc[start]) or (
            doc[start].pos_ in LEAD_POS | {"PART"} or (
                doc[start].pos_ == "ADV" and doc[start].lower_ not in cues.skip_pronouns))
            and not name_like(doc[start], cues)):
        start += 1
    while end > start and (_edge(doc[end - 1]) or (
            doc[end - 1].pos_ in EDGE_POS and not name_like(doc[end - 1], cues)) or (
            end - start > 1 and doc[end - 1].lower_ in OBJECT_CLITICS)):
        if end - start == 1 and doc[start].lower_ in cues.standalone_determiners:
            break  # "another says", "some argue"
        end -= 1
    if end < len(doc) and doc[end].text == ")" and _unclosed(doc[start:end]):
        end += 1  # "The Union of Rationalist Atheists (UAAR)", whatever ")" hangs on
    start = _past_filler_tail(doc, start, end, cues)
    if start >= end or (doc[start].lower_ in cues.np_stop_words
                        and not _noun_subject(doc[start])) or (
            doc[start].pos_ == "VERB" and not _base_form_noun(doc[start])
            and not doc[start].dep_.startswith("nsubj")
            and not name_like(doc[start], cues) and not _title_before_name(doc, start, start)):
        return None  # a subject tagged as a verb is a noun after all: "and aides say"
    start, end = extend_hyphenated(doc, start, end, cues)
    words = [t for t in doc[start:end] if any(ch.isalnum() for ch in t.text)]
    if not words or all(t.lower_ in cues.skip_pronouns for t in words):
        return None
    return start, end
