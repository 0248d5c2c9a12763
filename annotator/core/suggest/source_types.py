"""The type of a source span, from cue nouns and known names (never from NER alone)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import given_names, source_type_terms

OTHER = "other"
ANONYMOUS = "anonymous"
MAX_TERM = 5
# A pronoun source is the source named before it; these words of a name say nothing.
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "ses", "leurs", "he", "she",
                      "they", "him", "her", "them", "ce dernier", "cette dernière",
                      "ces derniers", "ces dernières", "celui-ci", "celle-ci", "ceux-ci",
                      "celles-ci", "the latter"})
# Pronouns that stand for a person, never for a document ("The report ... They say").
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
NAME_NOISE = frozenset({"le", "la", "les", "l'", "un", "une", "des", "the", "a", "an", "m.",
                        "mme", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})


def _fold(word: str) -> str:
    """Lower-case, except acronyms: "UN" must not match the French article "un"."""
    return word if word.isupper() and sum(ch.isalpha() for ch in word) > 1 else word.lower()


def _key(term: str) -> tuple[str, ...]:
    # Terms are split like the tokenizer splits elisions: "d'État" -> ("d'", "état").
    words: list[str] = []
    for word in term.replace("’", "'").split():
        head, sep, tail = word.partition("'")
        words.extend([_fold(head + sep), _fold(tail)] if sep and tail else [_fold(word)])
    return tuple(words)


def _keys(term: str) -> Iterator[tuple[str, ...]]:
    """A term's key, and its key with hyphens apart, as the English tokenizer splits
    "Secretary-General" into "Secretary", "-", "General"."""
    yield _key(term)
    if "-" in term.strip("-"):
        yield _key(re.sub(r"(?<=\w)-(?=\w)", " - ", term))


Table = dict[tuple[str, ...], str]


@cache
def _tables() -> tuple[Table, Table, Table]:
    terms = source_type_terms()
    strong = {k: kind for kind, items in terms["strong"].items() for t in items for k in _keys(t)}
    nouns = {k: kind for kind, items in terms["nouns"].items() for t in items for k in _keys(t)}
    nouns |= {k: kind for kind, items in terms["places"].items() for t in items for k in _keys(t)
              if k not in nouns}
    # A role of no type ("coach") is a term too: "Panama coach" is no Panama.
    nouns |= {k: OTHER for t in terms["typeless_roles"]["roles"] for k in _keys(t)
              if k not in nouns}
    titles = {k: kind for kind, items in terms["titles"].items() for t in items for k in _keys(t)}
    return strong, {k: v for k, v in nouns.items() if k not in titles}, titles


@cache
def _cue_table() -> Table:
    """Cue nouns and titles in one table."""
    _, nouns, titles = _tables()
    return nouns | titles


def source_type(span: Span) -> str:
    """The type of ``span``; a government office held no longer is a politician's."""
    kind = _span_type(span)
    return "politician" if kind == "government" and _out_of_office(span) else kind


def _out_of_office(span: Span) -> bool:
    """"the former mayor of New York City", "ex-Gov. John Doe": where the head comes last
    (English), "former" right before the span's first government role."""
    words = source_type_terms()["out_of_office"]["words"]
    if not any(t.lower_ in words for t in span) or not head_final(span.doc):
        return False
    roles = sorted(i for i in role_words(span)
                   if _cue_table().get((span.doc[i].lower_,)) == "government")
    return bool(roles) and any(t.lower_ in words
                               for t in span.doc[max(span.start, roles[0] - 2) : roles[0]])


def _span_type(span: Span) -> str:
    """A state-media name anywhere wins; else the earliest cue noun or name (the head in
    French). A generic title takes the type of what follows it: "le porte-parole du parti"
    is a politician, "le président du directoire de PSA" a company; a name there wins over
    a common noun ("du groupe UMP")."""
    if (own := before_circumstance(span)) is not None:
        return source_type(own)
    strong, nouns, titles = _tables()
    forms = _forms(span)
    strong_hits = [hit for words in forms if (hit := _first(words, strong)) is not None]
    if strong_hits:
        return min(strong_hits)[2]
    if party_affiliation(span.text):
        return "politician"
    if (body := _body_after_name(span)) is not None:
        return body
    if (named := _suffix_head(span, forms)) is not None:
        return named
    if _unnamed_source(span):
        return ANONYMOUS
    if (owned := _possessed_head(span)) is not None:
        return owned
    if (written := _outlet_document(span, forms)) is not None:
        return written
    if (role := _role_after_name(span)) is not None:
        return role
    if (near := _nearest_to_name(span, forms)) is not None:
        return near
    found = [hit for words in forms if (hit := _first(words, _cue_table())) is not None]
    if not found:
        return _web_type(span)
    first = min(found, key=_earliest_longest)
    at, length, kind = _phrase_head(span, forms, first)
    if (head := _name_head(span, forms, at)) is not None:
        return head
    title = next((titles[key] for words in forms
                  if (key := tuple(words[at : at + length])) in titles), None)
    if title is None:
        return _head_after_place(span, forms, at, length) or kind
    if (state := _head_of_state(span, at, length) or _nationality_after(span, at, length)) \
            is not None:
        return state
    after = list(span[at + length : _complement_end(span, at + length)])
    rest = [hit for words in forms for hit in _all(words[at + length :][: len(after)], nouns)
            if not (hit[2] == "document" and head_final(span.doc))]  # "Institute for ... Studies"
    names = [hit for hit in rest if _is_name(after[hit[0] : hit[0] + hit[1]])]
    if names or rest:
        return min(names or rest, key=_earliest_longest)[2]
    # "company leaders", "his campaign spokeswoman": a title with no complement after it is
    # of the body named right before it in its phrase.
    before = [hit for hit in _terms(forms) if first[0] <= hit[0] and hit[0] + hit[1] <= at]
    return before[-1][2] if before else title


def before_circumstance(span: Span) -> Span | None:
    """Where the head comes last (English), the part of ``span`` before a circumstance or an
    addressee that follows a name or a comma: "Coles, in its March 8 media release" is
    Coles, "Bolden to the gathered crowd" Bolden (not the crowd, not the release)."""
    if not head_final(span.doc):
        return None
    words = source_type_terms()["circumstances"]["words"]
    for i in range(1, len(span)):
        before = span[i - 1]
        if span[i].lower_ in words and (before.text == "," or before.pos_ == "PROPN"
                                        and _capitalised(before)):
            own = span[: i - 1] if before.text == "," else span[:i]
            if own and before.i not in cue_words(own):
                return own
    return None


def _complement_end(span: Span, start: int) -> int:
    """Where a title's complement ends, from ``start``: in English, before "in" ("a fellow at
    the Peterson Institute for International Economics | in Washington": a place, not whose
    institute it is)."""
    if head_final(span.doc):
        return next((i for i in range(start, len(span)) if span[i].lower_ == "in"), len(span))
    return len(span)


def _head_after_place(span: Span, forms: list[list[str]], at: int, length: int) -> str | None:
    """A place naming a government ("Ottawa", "Saudi Arabia") that only modifies a later role
    or body in the same phrase gives way to it: "an Ottawa New Democrat MP" is a politician,
    "Saudi Arabia's Civil Defense Authority" an authority."""
    if any(tuple(words[at : at + length]) in _common_terms() for words in forms) or \
            _tables()[1].get(tuple(forms[0][at : at + length])) != "government":
        return None
    later = [hit for words in forms for hit in _all(words[at + length :], _cue_table())]
    if not later:
        return None
    start, n, kind = min(later)
    between = span[at + length : at + length + start]
    if any(t.is_punct or t.pos_ in {"ADP", "CCONJ", "VERB", "AUX"} for t in between):
        return None
    first = at + length + start
    return "government" if _state_title(span[first : first + n]) else kind


def _body_after_name(span: Span) -> str | None:
    """Where the head comes last (English), a person's bare name followed by the body they
    speak for takes the body's type: "Aiko Tanaka from the Japan Meteorological Agency" is
    the government, "Jane Doe of the Red Cross" an organisation."""
    if not head_final(span.doc) or len(span) < 3:
        return None
    links = source_type_terms()["name_bodies"]["words"]
    at = next((i for i, t in enumerate(span) if t.lower_ in links), None)
    if at is None or not 0 < at <= MAX_TERM or at + 1 >= len(span):
        return None
    name = span[:at]
    if cue_words(name) or not all(t.pos_ == "PROPN" and _capitalised(t) for t in name):
        return None
    kind = source_type(span[at + 1 :])
    return kind if kind != OTHER else None


def _suffix_head(span: Span, forms: list[list[str]]) -> str | None:
    """Where the head comes last (English), a body's name is of the kind of the word that
    ends it, over a place it holds: "Pakistan International Airlines" is a company, "the
    Indonesian Disaster Mitigation Agency" a government body (a longer term there wins:
    "Kyodo News Agency" is an outlet)."""
    if not head_final(span.doc):
        return None
    at = head_token(span).i - span.start
    while at + 1 < len(span) and _capitalised(span[at + 1]):
        at += 1  # a flat name's head is its first word: "Kenya Airways"
    head = span[at]
    if at == 0 or not _capitalised(head) or not _capitalised(span[at - 1]):
        return None
    kind = next((kind for kind, words in source_type_terms()["name_suffixes"].items()
                 if head.text in words), None)
    if kind is None:
        return None
    covering = [hit for hit in _terms(forms) if hit[0] < at < hit[0] + hit[1]
                or hit[0] < at == hit[0] + hit[1] - 1]
    return covering[0][2] if covering else kind


def _web_type(span: Span) -> str:
    """"Gawker.com": a site's address names an outlet; "The Deseret News", a name ending in
    an outlet's word, too."""
    terms = source_type_terms()
    return next((kind for kind, endings in terms["web_suffixes"].items()
                 for t in span if len(t.text) > 4 and t.text.lower().endswith(tuple(endings))),
                next((kind for kind, words in terms["name_suffixes"].items() for t in span[1:]
                      if t.text in words and _capitalised(span.doc[t.i - 1])), OTHER))


@cache
def _affiliation() -> re.Pattern[str]:
    letters = [re.escape(x) for items in source_type_terms()["party_affiliations"].values()
               for x in items]
    return re.compile(rf"\((?:{'|'.join(letters)})-[A-Z]") if letters else re.compile("(?!)")


def party_affiliation(text: str) -> bool:
    """"Sen. Dianne Feinstein (D-Calif.)": the party and state of a US legislator."""
    return _affiliation().search(text) is not None


def _nearest_to_name(span: Span, forms: list[list[str]]) -> str | None:
    """In a language whose modifiers come first (English), a span ending in a name takes the
    type of the term nearest the name: "University of Texas Arlington Muslim Student
    Association president Sehar Memon" is the association's; a title there takes the type
    of the term before it ("US President Barack Obama" is government), else its own."""
    if not head_final(span.doc):
        return None
    titles = _tables()[2]
    end = next((t.i - span.start for t in span if t.text == ","), len(span))
    if end < 2 or not _capitalised(span[end - 1]):
        return None  # no name ends it
    hits = _terms([words[:end] for words in forms])  # "Name, role": the name's own part
    covered = {i for at, length, _ in hits for i in range(at, at + length)}
    span = span[:end]
    name = len(span)
    while name > 0 and name - 1 not in covered and _capitalised(span[name - 1]):
        name -= 1
    if name in (0, len(span)):
        return None
    start = name
    while start > 0 and not _breaks(span[start - 1]):
        start -= 1
    chain = [hit for hit in hits if start <= hit[0] and hit[0] + hit[1] <= name]
    if not chain:
        return None
    at, length, kind = chain[-1]
    if not any(tuple(words[at : at + length]) in titles for words in forms):
        return kind
    before = [hit for hit in chain if hit[0] + hit[1] <= at]
    return before[-1][2] if before else _head_of_state(span, at, length) or kind


def _role_after_name(span: Span) -> str | None:
    """Where the head comes last (English), the role set off by a comma after a bare name is
    what the person is when they speak, over a list's entry for the name: "Angela Merkel, the
    Chancellor of Germany" is the government."""
    if not head_final(span.doc):
        return None
    comma = next((t.i - span.start for t in span if t.text == ","), None)
    if comma is None or comma == 0:
        return None
    name = span[:comma]
    if not all(_capitalised(t) and t.pos_ == "PROPN" for t in name) or role_words(name) \
            or not cue_words(name):
        return None  # not a bare name the lists know
    end = next((t.i - span.start for t in span[comma + 1 :] if t.text == ","), len(span))
    role = span[comma + 1 : end]
    if not role or not role_words(role):
        return None
    kind = source_type(role)
    return kind if kind != OTHER else None


def _head_of_state(span: Span, at: int, length: int) -> str | None:
    """"Turkish President Recep Tayyip Erdoğan": a head of state's title after a nationality
    (an adjective the lemmatizer keeps capitalised, unlike "Former", or a proper noun ending
    like one, "Chilean") is the government, over the name's own entry."""
    if at == 0 or not _state_title(span[at : at + length]):
        return None
    before = span[at - 1]
    endings = tuple(source_type_terms()["head_of_state_titles"]["demonym_endings"])
    nationality = before.lemma_[:1].isupper() and (
        before.pos_ == "ADJ" or before.pos_ == "PROPN" and before.lower_.endswith(endings))
    return "government" if nationality else None


def _nationality_after(span: Span, at: int, length: int) -> str | None:
    """"le président afghan Hamid Karzai": where heads come first (French), a head of
    state's title followed by a nationality is the government in office."""
    end = at + length
    if head_final(span.doc) or end >= len(span) or not _state_title(span[at:end]):
        return None
    after = span[end]
    endings = tuple(source_type_terms()["head_of_state_titles"]["demonym_endings_after"])
    return "government" if (after.pos_ == "ADJ" or after.dep_ == "amod") and after.is_lower and \
        after.lower_.endswith(endings) else None


def _state_title(tokens: Span) -> bool:
    """A head of state's title: after a country ("US President") or a nationality, the
    government in office."""
    titles = source_type_terms()["head_of_state_titles"]["titles"]
    return " ".join(t.lower_ for t in tokens) in titles


def _unnamed_source(span: Span) -> bool:
    """"a German government source", "FSB sources": where the head comes last (English), a
    source that is only a source is anonymous, whichever body it is said to belong to."""
    root = head_token(span)
    if not head_final(span.doc) or root.pos_ != "NOUN":
        return False
    nouns = _tables()[1]
    return ANONYMOUS in {nouns.get((root.lower_,)), nouns.get((root.lemma_.lower(),))} \
        and not any(t.pos_ == "PROPN" and t.i > root.i for t in span)


def head_token(span: Span) -> Token:
    """The span's head where heads come last: its last word attached outside it (the parser
    may attach "The report" and "authors" of "The report's authors" to the verb both)."""
    return max((t for t in span if not span.start <= t.head.i < span.end or t.head == t),
               key=lambda t: t.i, default=span.root)


def _possessed_head(span: Span) -> str | None:
    """"The report's authors": where the head comes last (English), a role noun owned by what
    comes before "'s" is the head, of its own kind (not the report's)."""
    root = head_token(span)
    before = span[: root.i - span.start]
    if not head_final(span.doc) or root.pos_ != "NOUN" or \
            not any(t.lower_ in {"'s", "’s", "'"} for t in before):
        return None
    nouns = _tables()[1]
    return nouns.get((root.lower_,)) or nouns.get((root.lemma_.lower(),))


def _phrase_head(span: Span, forms: list[list[str]], first: tuple[int, int, str]
                 ) -> tuple[int, int, str]:
    """Where the head comes last (English), the last term of the lower-case noun phrase that
    the earliest term opens: "refugee rights program director at Human Rights Watch" is
    headed by "director", not by "refugee"."""
    if not head_final(span.doc) or span[first[0]].text[:1].isupper():
        return first
    end = next((i for i in range(first[0] + first[1], len(span))
                if span[i].is_punct or span[i].pos_ in {"ADP", "VERB", "AUX", "CCONJ"}
                or span[i].text[:1].isupper()), len(span))
    inside = [hit for hit in _terms(forms) if first[0] <= hit[0] and hit[0] + hit[1] <= end]
    return inside[-1] if inside else first


def _outlet_document(span: Span, forms: list[list[str]]) -> str | None:
    """"a national CNN poll" is a poll, "the News.com.au report" the outlet's reporting:
    where the head comes last (English), a document noun heading a span that names an outlet
    is media when it is a report of the outlet's news, else still a document."""
    root = head_token(span)
    if not head_final(span.doc) or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    nouns = _tables()[1]
    if "document" not in {nouns.get((root.lower_,)), nouns.get((root.lemma_.lower(),))}:
        return None
    endings = tuple(source_type_terms()["web_suffixes"].get("media", []))
    outlet = any(kind == "media" and not at <= root.i - span.start < at + n
                 for at, n, kind in _terms(forms)) or any(
        t.i != root.i and len(t.text) > 4 and t.text.lower().endswith(endings) for t in span)
    if not outlet:
        return None
    reports = source_type_terms()["outlet_reports"]["nouns"]
    return "media" if root.lower_ in reports or root.lemma_.lower() in reports else "document"


def _name_head(span: Span, forms: list[list[str]], at: int) -> str | None:
    """Where the head comes last (English), a capitalised name holding several terms is of
    the kind of the common noun that ends it: "Syrian Democratic Forces" is an armed force,
    "Australian Retailers Association" an association ("German Chancellor Angela Merkel" ends
    in a person). ``at``: the span's earliest term, which must be inside the name."""
    if not head_final(span.doc):
        return None
    start = at
    while start > 0 and _capitalised(span[start - 1]):
        start -= 1
    end = at
    while end < len(span) and _capitalised(span[end]):
        end += 1
    if start == at and end == at:
        return None
    inside = [hit for hit in _terms(forms) if start <= hit[0] and hit[0] + hit[1] <= end]
    if len(inside) < 2 or inside[-1][0] + inside[-1][1] != end:
        return None
    head = inside[-1]
    return head[2] if any(tuple(words[head[0] : end]) in _common_terms() for words in forms) \
        else None


def _forms(span: Span) -> list[list[str]]:
    """The span's words as the tables are keyed: as written, and as lemmas; in English, a
    given name that is also a cue noun, capitalised before a name, is neither ("President
    Bill Clinton" holds no bill)."""
    forms = [
        [_fold(t.text.replace("’", "'")) for t in span],
        [_fold(t.text) if t.is_upper else (t.lemma_ or t.text).lower() for t in span],
    ]
    _blank_places(span, forms)
    given = _given_cue_nouns()
    if any(word in given for word in forms[0][:-1]) and head_final(span.doc):
        for i, t in enumerate(span[:-1]):
            if forms[0][i] in given and t.text[:1].isupper() \
                    and span[i + 1].pos_ == "PROPN" and span[i + 1].text[:1].isupper():
                forms[0][i] = forms[1][i] = ""
    return forms


def _blank_places(span: Span, forms: list[list[str]]) -> None:
    """A place of the "places" list says where, not who, after "in" or "from" ("raised in El
    Salvador"), before a hyphen ("the Yemen-based movement") or in a span with a role of no
    type ("Panama coach"): its words are no term there. The places and the roles of no type
    are English evidence: no term in other languages."""
    places = _places()
    english = head_final(span.doc)
    if not english:
        for i, word in enumerate(forms[0]):
            if word in places.typeless or forms[1][i] in places.typeless:
                forms[0][i] = forms[1][i] = ""
    if not any(word in places.first for word in forms[0]):
        return
    typeless = any(word in places.typeless for word in forms[0])
    for i in range(len(span)):
        for n in range(min(MAX_TERM, len(span) - i), 0, -1):
            if tuple(forms[0][i : i + n]) not in places.keys:
                continue
            before = span[i - 1].lower_ if i else ""
            after = span[i + n].text if i + n < len(span) else ""
            if not english or typeless or before in places.where or after == "-" \
                    or after in {"'s", "’s"} and _name_after(span, i + n + 1):
                for k in range(i, i + n):
                    forms[0][k] = forms[1][k] = ""
            break


def _name_after(span: Span, at: int) -> bool:
    """"Kenya's Brigid Kosgei", "Argentina's Amnesty International": a capitalised name right
    after a place's "'s" says where the person or body is from (a common noun there is the
    place's own: "Kenya's Ministry of Health", "Bangladesh's Institute of Epidemiology")."""
    return at < len(span) and _capitalised(span[at]) and not any(
        tuple(t.lower_ for t in span[at : at + n]) in _common_terms() for n in (1, 2, 3))


class _Places:
    """The keys of the places, their first words (a quick test), the prepositions that make
    a place say where, and the roles of no type that are terms."""

    def __init__(self) -> None:
        terms = source_type_terms()
        self.keys = frozenset(k for items in terms["places"].values() for t in items
                              for k in _keys(t))
        self.first = frozenset(k[0] for k in self.keys)
        self.where = frozenset(terms["place_prepositions"]["words"])
        self.typeless = frozenset(k[0] for t in terms["typeless_roles"]["roles"] for k in _keys(t)
                                  if len(k) == 1 and _tables()[1].get(k) == OTHER)


@cache
def _places() -> _Places:
    return _Places()


@cache
def _given_cue_nouns() -> frozenset[str]:
    """Cue nouns that are given names too ("bill", "charity")."""
    return frozenset(k[0] for k in _common_terms() if len(k) == 1) & given_names()


def _terms(forms: list[list[str]]) -> list[tuple[int, int, str]]:
    """(position, length, type) of the cue nouns and titles in a span, left to right, none
    inside a longer one ("agency" in "Environmental Protection Agency")."""
    hits: list[tuple[int, int, str]] = []
    for hit in sorted({hit for words in forms for hit in _all(words, _cue_table())},
                      key=lambda h: (h[0], -h[1])):
        if not hits or hit[0] >= hits[-1][0] + hits[-1][1]:
            hits.append(hit)
    return hits


def cue_words(span: Span) -> frozenset[int]:
    """Indices (in the doc) of the span's tokens that are cue nouns or titles, not names:
    "Ambassador" in "Afghan Ambassador Hamdullah Mohib"."""
    return frozenset(span.start + i for at, length, _ in _terms(_forms(span))
                     for i in range(at, at + length))


def role_words(span: Span) -> frozenset[int]:
    """Indices of the span's tokens that are common cue nouns or titles ("President" in
    "Turkish President Recep Tayyip Erdoğan"), not names of the lists ("Erdoğan")."""
    forms = _forms(span)
    return frozenset(span.start + i for at, length, _ in _terms(forms)
                     if any(tuple(words[at : at + length]) in _common_terms() for words in forms)
                     for i in range(at, at + length))


def only_titles(span: Span) -> bool:
    """Whether the span's only cue words are generic titles ("a Woolworths spokesperson"):
    its type is the title's default, the complement saying nothing."""
    titles = _tables()[2]
    terms = _terms(_forms(span))
    return bool(terms) and all(any(tuple(words[at : at + n]) in titles for words in _forms(span))
                               for at, n, _ in terms)


def head_final(doc: Doc) -> bool:
    """Whether the document's language puts titles after their complement ("Student
    Association president")."""
    return doc.lang_ in source_type_terms()["head_final"]["languages"]


def _breaks(tok: Token) -> bool:
    return (tok.is_punct and tok.text not in {"-", "'", "’"}) or tok.pos_ in {"VERB", "AUX"}


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct


def role_type(span: Span) -> str | None:
    """The type of a role noun ending ``span`` ("Malaysia's Prime Minister"), a common noun
    of the lexicon only: a place or a body's name ("En France") is no role."""
    _, nouns, titles = _tables()
    common = _common_terms()
    words = [(t.lemma_ or t.text).lower() for t in span]
    texts = [t.text.lower() for t in span]
    for n in range(min(MAX_TERM, len(span)), 0, -1):
        for forms in (texts, words):
            key = tuple(forms[len(forms) - n :])
            if key in common and (kind := nouns.get(key) or titles.get(key)):
                return kind
    return None


@cache
def _common_terms() -> frozenset[tuple[str, ...]]:
    terms = source_type_terms()
    return frozenset(k for table in ("nouns", "titles") for items in terms[table].values()
                     for t in items if t == t.lower() for k in _keys(t))


def _is_name(tokens: list) -> bool:
    return any(t.text[:1].isupper() for t in tokens)


def _earliest_longest(hit: tuple[int, int, str]) -> tuple[int, int]:
    """The earliest term, then the longest there: "agence d'évaluation" over "agence"
    (the lemmas may find only the shorter one)."""
    return hit[0], -hit[1]


def _first(words: list[str], table: Table) -> tuple[int, int, str] | None:
    """(position, length, type) of the earliest, then longest, term of ``table``."""
    return next(_all(words, table), None)


def _all(words: list[str], table: Table) -> Iterator[tuple[int, int, str]]:
    """(position, length, type) of each term of ``table`` in ``words``, longest first."""
    for i in range(len(words)):
        for n in range(min(MAX_TERM, len(words) - i), 0, -1):
            kind = table.get(tuple(words[i : i + n]))
            if kind is not None:
                yield i, n, kind
                break
