"""The ``annotator_attribution`` component: who each sentence's information comes from.

As in spaCy's span_ruler, ``match()`` finds candidates and ``set_annotations()`` writes
them: ``doc.spans["sources"]`` (label = source type) and, index for index,
``doc.spans["source_cues"]`` (label = rule id). Each source span carries
``span._.attribution``: quote, via, cue, rule, reason, score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .across import after_conjunction, cut_subject, lost_subject, opening_phrase, subject_across
from .asides import inside_a_speaker, outside_asides
from .cue_checks import (
    a_name,
    active_verb,
    gerund,
    has_left_subject,
    headline_without_content,
    is_clause,
    name_modal,
    parenthetical,
    reports_a_clause,
    reports_no_content,
    speaks_after,
)
from .cue_senses import CONDITIONS, in_condition_or_purpose, reports_nothing
from .dependency_matcher import ArrayDependencyMatcher
from .doc_text import doc_text
from .lexicon import anchors, cues, patterns
from .polls import respondents
from .source_types import source_type
from .spans import (
    Range,
    coordinated,
    phrase_after,
    phrase_before,
    quotations,
    subject_range,
    to_comma,
)
from .speaker_sides import (
    abstract_speaker,
    capitalised_name,
    counted,
    incise,
    name_after_comma,
    one_side,
    opening_end,
)
from .token_sets import flag_matcher, flagged

FACTORY = "annotator_attribution"
MAX_AUX_GAP = 3  # "a également déclaré"; a farther "auxiliary" is a parse error
MIN_QUOTED_WORDS = 3  # fewer words in quote marks is a title or a name, not a quotation

if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)
if not Doc.has_extension("attribution_token_matches"):
    Doc.set_extension("attribution_token_matches", default=None)


@dataclass(frozen=True)
class Attribution:
    """One source found in a doc; ranges are token indices, ``via`` indexes the list."""

    source: Range
    cue: Range
    type: str
    quote: str
    rule: str
    reason: str
    score: float
    via: int | None = None


class _Candidate(NamedTuple):
    source: Range
    cue: Range
    rule: dict[str, Any]
    reason: str
    doc: Doc


@Language.factory(
    FACTORY, default_config={"spans_key": "sources", "cues_key": "source_cues"}
)
def make_attribution(nlp: Language, name: str, spans_key: str, cues_key: str) -> AttributionFinder:
    return AttributionFinder(nlp, name, spans_key=spans_key, cues_key=cues_key)


class AttributionFinder:
    """Rule-based attribution finder; patterns come from ``patterns/<lang>.jsonl``."""

    def __init__(self, nlp: Language, name: str = FACTORY, *, spans_key: str = "sources",
                 cues_key: str = "source_cues") -> None:
        self.name = name
        self.spans_key = spans_key
        self.cues_key = cues_key
        self.cues = cues(nlp.lang)
        self.rules: dict[str, dict[str, Any]] = {}
        self.matcher = flag_matcher(nlp.vocab)  # word sets as lexeme flags: tested in C
        self.dep_matcher = ArrayDependencyMatcher(nlp.vocab)  # node tests on token arrays
        anchor_sets: list[frozenset[str] | None] = []
        for rule in patterns(nlp.lang):
            self.rules[rule["id"]] = rule
            if rule["matcher"] == "dependency":
                self.dep_matcher.add(rule["id"], [rule["pattern"]])
            else:
                self.matcher.add(rule["id"], [flagged(rule["pattern"], nlp.vocab)])
                anchor_sets.append(anchors(rule["pattern"]))
        # Cheap gates so most sentences skip the matchers: for the token patterns, a word
        # whose lower case is one of each pattern's anchors (ids read from one array: a
        # regex over the text ran the Matcher on a fifth more sentences, and cost as much);
        # a lemma lookup for the dependency ones.
        self._anchors = None if None in anchor_sets else frozenset(
            nlp.vocab.strings.add(word) for words in anchor_sets for word in words)
        self._author_starts = {name.split()[0] for name in self.cues.author_names}
        self._abstract_endings = tuple(sorted(self.cues.abstract_noun_endings))
        self._verb_ids = {nlp.vocab.strings.add(verb) for verb in self.cues.cue_verbs}
        self._form_ids = {nlp.vocab.strings.add(form)
                          for form in self.cues.cue_verb_forms | self.cues.cue_verbs}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def could_attribute(self, doc: Doc) -> bool:
        """Whether ``match`` may find a source in ``doc`` (tagged, not yet parsed): a cue verb,
        or a token pattern that matches (token patterns read no parse). A doc without either
        needs no parser."""
        return self._has_cue(doc) or bool(self._token_matches(doc))

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The token Matcher's matches, kept on the doc: token patterns read no parse, so
        the parse gate's run also serves ``match`` once the doc is parsed."""
        found = doc._.attribution_token_matches
        if found is None:
            found = self.matcher(doc) if self._anchors is None or \
                not self._anchors.isdisjoint(doc.to_array(LOWER).tolist()) else []
            doc._.attribution_token_matches = found
        return found

    def _has_cue(self, doc: Doc) -> bool:
        """A cue verb by lemma or by form (the lemmatizer misses some), read from arrays."""
        return not (self._verb_ids.isdisjoint(doc.to_array(LEMMA).tolist())
                    and self._form_ids.isdisjoint(doc.to_array(LOWER).tolist()))

    def match(self, doc: Doc) -> list[Attribution]:
        text = doc_text(doc)
        quotes = quotations(doc, text, spaced_closes=self.cues.spaced_quote_closes)
        quoted = {i for start, end in quotes for i in range(start, end)}
        parsed = doc.has_annotation("DEP")
        found = self._token_candidates(doc, parsed)
        if parsed and self._has_cue(doc):
            found += self._dep_candidates(doc)
        if self.cues.time_words:
            found = [c for c in map(self._past_time, found) if c is not None]
        if parsed and self.cues.headline_acts:
            found = [c for c in found
                     if not headline_without_content(doc[c.cue[1] - 1], c.source[0])]
        # Neither the cue nor the speaker can be inside a quotation, but for the speaker's
        # own incise: "« Moi, dit-il, je crois »".
        found = [c for c in found if (c.cue[1] - 1 not in quoted and c.source[0] not in quoted)
                 or (c.rule["kind"] == "clitic" and incise(doc, c.cue, c.source))]
        if self.cues.one_sided_cues:
            found = [found[i] for i in one_side(doc, found)]
        if self._abstract_endings:
            found = [c for c in found if not abstract_speaker(
                doc[slice(*c.source)], self._abstract_endings, source_type)]
        if self.cues.author_names:  # "Wikinews has learned that": the author's own voice
            found = [c for c in found if doc[c.source[0]].lower_ not in self._author_starts
                     or doc[slice(*c.source)].text.lower() not in self.cues.author_names]
        if parsed and self.cues.outer_cues_only:
            found = _outer(found)
            overruled = outside_asides(doc, [(c.source, c.cue, bool(c.rule.get(
                "whole_sentence"))) for c in found])
            found = [c for i, c in enumerate(found) if i not in overruled]
        if len(found) > 1 and self.cues.poll_nouns:
            shares = respondents([doc[slice(*c.source)] for c in found], self.cues)
            found = [c for i, c in enumerate(found) if i not in shares]
        return _link_relays(doc, _best(_joined(found), self.cues.outer_cues_only), quotes)

    def _past_time(self, c: _Candidate) -> _Candidate | None:
        """A time taken for a speaker is none ("on Thursday evening | said", "said |
        Wednesday"), but the name just before a time parsed as the subject speaks: "RNC
        spokesman Sean Spicer | on Thursday evening | said"."""
        doc = c.doc
        if not self._a_time(doc[slice(*c.source)]):
            return c
        start = c.source[0]
        while start > 0 and doc[start - 1].pos_ == "ADP":
            start -= 1
        before = phrase_before(doc, start, self.cues) if c.source[1] <= c.cue[0] else None
        if before is None or before[1] != start or self._a_time(doc[slice(*before)]) or \
                not any(t.pos_ == "PROPN" for t in doc[slice(*before)]):
            return None
        return c._replace(source=before)

    def _a_time(self, span: Span) -> bool:
        """A time taken for a speaker: "on Thursday evening | said", "said | Wednesday"."""
        return span.root.lower_ in self.cues.time_words or span[0].lower_ in self.cues.time_words

    def set_annotations(self, doc: Doc, found: list[Attribution]) -> None:
        sources = [Span(doc, *a.source, label=a.type) for a in found]
        cue_spans = [Span(doc, *a.cue, label=a.rule) for a in found]
        for span, cue, a in zip(sources, cue_spans, found, strict=True):
            span._.attribution = {
                "quote": a.quote, "via": None if a.via is None else sources[a.via].text,
                "cue": cue.text, "rule": a.rule, "reason": a.reason, "score": a.score,
            }
        doc.spans[self.spans_key] = sources
        doc.spans[self.cues_key] = cue_spans

    def _token_candidates(self, doc: Doc, parsed: bool) -> list[_Candidate]:
        out: list[_Candidate] = []
        for match_id, start, end in self._token_matches(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            if rule.get("when") == ("parser" if not parsed else "no_parser"):
                continue
            if rule.get("at_start") and not _at_start(doc, start):
                continue
            if any(t.lower_ in self.cues.distributive_words for t in doc[end : end + 2]):
                continue  # "selon les différentes académies": depending on, not according to
            found = self._token_source(doc, rule, start, end)
            if found is None or self._not_reporting(doc, found[1]):
                continue
            source, cue = found
            if rule.get("needs_comma") and (source[1] >= len(doc)
                                            or doc[source[1]].text not in {",", ":"}):
                continue
            if rule.get("source_at_start") and not _at_start(doc, source[0]):
                continue
            if rule.get("agentive") and not self._agentive(doc[source[0] : source[1]],
                                                           view=rule.get("view", False)):
                continue
            if rule.get("names_only") and not ((a_name(doc[source[0] : source[1]]) or (
                    rule.get("capitalised") and capitalised_name(doc[source[0] : source[1]])))
                    and "?" not in doc[-3:].text):
                continue  # "Ted Cruz: conservative or career politician?" is a topic
            if not parsed and doc[cue[1] - 1].lower_ in self.cues.noun_forms:
                continue  # without a tagger, "the talks" may be talk, not talking
            if parsed and rule.get("cue_is_verb") and (not active_verb(
                    doc[cue[1] - 1], doc[source[0] : source[1]]) or reports_no_content(
                    doc[cue[1] - 1], False, self.cues)):
                continue
            if parsed and rule.get("unparsed_subject") and not lost_subject(
                    doc[cue[1] - 1], source):
                continue
            if parsed and rule.get("no_left_subject") and not speaks_after(
                    doc[cue[1] - 1], doc[source[0] : source[1]]):
                continue
            reason = rule["reason"].format(cue=doc[cue[0] : cue[1]].text)
            out.append(_Candidate(source, cue, rule, reason, doc))
        # A speaker read across commas before a cue whose subject the parse lost is the
        # cue's only one: none after it ("Reid, who endorsed Clinton, reiterated | those
        # feelings"), nor a piece of the clause between ("Acme, | only two months later,").
        across = {c.cue[1] for c in out if c.rule.get("unparsed_subject")}
        return [c for c in out if c.rule.get("unparsed_subject") or c.cue[1] not in across]

    def _token_source(self, doc: Doc, rule: dict[str, Any], start: int, end: int
                      ) -> tuple[Range, Range] | None:
        """The (source, cue) ranges a token match stands for, by the rule's ``kind``."""
        kind = rule["kind"]
        if kind == "clitic":  # "explique-t-il", "a-t-elle précisé": the pronoun speaks
            at = next(i for i in range(start, end) if doc[i].lower_ in CLITIC_SPEAKERS)
            cue = (start, end) if at < end - 1 else (start, at)
            return ((at, at + 1), cue) if cue[0] < cue[1] else None
        if kind == "possessor":  # "à ses yeux"
            at = start + rule["source_at"]
            return (at, at + 1), (start, end)
        if kind == "apposed":  # "Perry, who is running for reelection, | praised"
            found = subject_across(doc, start, self.cues)
            cue_end = next(i for i in range(start, end) if self._is_cue_form(doc[i])) + 1
            return None if found is None else (found, (start + 1, cue_end))
        if kind == "genitive":  # "in Mr. Sanders's view"
            at = next(i for i in range(start, end) if doc[i].lower_ in {"'s", "’s"})
            return ((start + 1, at), (start, end)) if at > start + 1 else None
        cue_start = start + rule.get("cue_skip", 0)
        if rule.get("cue") == "words":  # from the first word: ", a déclaré"
            cue_start = next((i for i in range(start, end) if doc[i].is_alpha), start)
        cue_end = cue_start + rule.get("cue_tokens", end - cue_start)
        if rule.get("cue") == "form":  # up to the cue verb: "a déclaré | dimanche ... que"
            cue_end = next(i for i in range(start, end) if self._is_cue_form(doc[i])) + 1
        if kind == "before":  # up to the match start: ", citing" skips the comma
            # A present participle speaks for the noun before it: "un communiqué affirmant".
            participle = "Pres" in doc[cue_end - 1].morph.get("Tense") and "Part" in doc[
                cue_end - 1].morph.get("VerbForm")
            if participle and start > 0 and doc[start - 1].lower_ == "en":
                return None  # a gerund speaks for the clause's subject: "en affirmant"
            past_comma = rule.get("past_comma", False) and start > 0 and doc[start - 1].text == ","
            end = start - past_comma  # "la CFDT, | pour qui"
            source = phrase_before(doc, end, self.cues,
                                   past_verbs=participle or rule.get("past_verbs", False))
            if source is not None and rule.get("clause_conjunct"):
                source = after_conjunction(doc, source, doc[cue_end - 1])
            if participle and source is not None and not _plain_noun_phrase(doc[slice(*source)]):
                return None
        else:
            source = phrase_after(doc, cue_end, self.cues)
            if source is not None and rule.get("opening_to_comma") and _at_start(doc, start):
                source = opening_phrase(doc, to_comma(doc, source, self.cues), self.cues)
            opening = _at_start(doc, start)
            if source is not None and rule.get("opening_to_its_comma") and (
                    opening or doc[start - 1].text == ","):
                source = opening_end(doc, source, opening=opening)
        return None if source is None else (source, (cue_start, cue_end))

    def _is_cue_form(self, tok: Token) -> bool:
        return tok.lower_ in self.cues.cue_verb_forms or tok.lemma_ in self.cues.cue_verbs

    def _not_reporting(self, doc: Doc, cue: Range) -> bool:
        """A cue verb in another sense: "accuse une baisse", "rapporterait 2 milliards",
        "s'explique par", or inside a purpose clause ("afin qu'il explique")."""
        verb = doc[cue[1] - 1]
        lemma = verb.lemma_ if verb.lemma_ in self.cues.cue_verbs else _form_lemma(verb)
        blocked = self.cues.non_reporting_objects.get(lemma, frozenset())
        after = doc[cue[1] : cue[1] + 4]
        if reports_nothing(doc, cue, lemma, self.cues):
            return True
        if lemma in self.cues.no_xcomp_verbs and len(after) > 1 and after[0].lower_ in {
                "à", "de", "d'", "d’"} and "Inf" in after[1].morph.get("VerbForm"):
            return True  # "ont demandé à emprunter le corridor"
        if any(t.lemma_ in blocked or t.lower_ in blocked for t in after):
            return True
        if lemma in self.cues.complement_verbs and not (after and after[0].lower_ == "to") \
                and not any(c.dep_ in {"xcomp", "ccomp", "acl"} for c in verb.children):
            return True  # "has planned a number of conferences", not "plans to meet"
        if any(t.lower_ in REFLEXIVES for t in doc[max(cue[0] - 1, 0) : cue[1]]) and not (
                lemma in self.cues.reflexive_cues or verb.lower_ in self.cues.reflexive_cues):
            return True
        if lemma in self.cues.clause_only_verbs and not (
                (cue[0] > 0 and doc[cue[0] - 1].text in QUOTE_ENDS)
                or any(t.lower_ in self.cues.clause_marks or t.lower_ in CLITIC_SPEAKERS
                       for t in doc[cue[1] : cue[1] + 8])
                or self._parenthetical_or_document(verb) or reports_a_clause(verb)):
            return True
        return in_condition_or_purpose(doc, cue, self.cues)

    def _parenthetical_or_document(self, verb: Token) -> bool:
        """A clause-only cue that reports all the same: "as Clyburn noted, ...", after
        what it reports ("..., the mayor noted."), or a document that shows ("Early polls
        show voters rejecting Mr. Trump")."""
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return True
        if any(c.dep_.startswith("nsubj") and _after_as(c) for c in verb.children):
            return True  # the parser may hang "as" on the speaker
        if all(t.is_punct for t in verb.doc[verb.i + 1 :]) and _after_content(verb):
            return True  # "..., Mayor Ted Terry noted.", not "..., the borrowing continued."
        return any(c.dep_.startswith("nsubj") and c.lemma_ in self.cues.document_nouns
                   for c in verb.children)

    def _agentive(self, span: Span, *, view: bool = False) -> bool:
        """Whether a phrase can hold a view ("Pour Obama", "pour lui", "pour l'ONG"), not
        "pour la première fois"; ``view``: the view of "For X, ...", which no number or
        quantifier holds ("For four years", "For most of the Cold War"), though "citing two
        officials" relays."""
        words = [t for t in span if t.is_alpha]
        if not words or (view and (counted(span)
                                   or span[0].lower_ in self.cues.non_agentive_starts)):
            return False
        if len(words) == 1 and words[0].lower_ in self.cues.agentive_pronouns:
            return True
        return any(t.pos_ == "PROPN" or (t.is_title and t.i > span.start) for t in words) or \
            source_type(span) != "other"

    def _dep_candidates(self, doc: Doc) -> list[_Candidate]:
        out: list[_Candidate] = []
        for match_id, ids in self.dep_matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            # A participle's speaker is its clause's subject: [participle, clause verb, subject].
            verb, head = doc[ids[0]], doc[ids[-1]]
            until = _verb_group(doc[ids[1]] if rule["kind"] == "participle" else verb)[0]
            if rule["kind"] == "inverted" and not _is_inverted(verb):
                continue
            if rule.get("after_comma") and (verb.i == 0 or doc[verb.i - 1].text != ","
                                            or not gerund(verb)):
                continue  # "..., saying that", not "a promising transition"
            if rule.get("subject_control") and not _completes(
                    verb, doc[ids[1]], rule.get("control_marks", CONTROL_MARKS)):
                continue
            if rule.get("no_own_subject") and any(
                    c.dep_.startswith(("nsubj", "expl")) for c in verb.children):
                continue  # "Il fut exclu et | déclara": a conjunct without its own subject
            if rule.get("no_copula") and any(c.dep_ == "cop" for c in verb.children):
                continue  # "the issue is talks": a noun after all
            if rule.get("needs_content") and not _says_what(verb):
                continue  # "Mr. Trump's remarks also stand out": no content, no attribution
            if not self._is_reporting(verb, head):
                continue
            cue = _verb_group(verb)
            if self._not_reporting(doc, cue):
                continue
            relative = "Rel" in head.morph.get("PronType") or head.lower_ in {"qui", "who"}
            if self.cues.whole_subject and reports_no_content(verb, relative, self.cues):
                continue
            reason = rule["reason"].format(lemma=verb.lemma_, cue=doc[cue[0] : cue[1]].text)
            if relative:
                # "le ministre, qui a déclaré" -> le ministre
                if not head.dep_.startswith("nsubj"):
                    continue
                comma = head.i - (head.i > 0 and doc[head.i - 1].text == ",")
                # Without its relative clause: "legal experts, | who worry that".
                until = comma if self.cues.whole_subject else None
                source = (subject_range(verb.head, self.cues, until=until)
                          if verb.dep_.startswith("acl") else phrase_before(doc, comma, self.cues))
                if source is not None:
                    out.append(_Candidate(source, cue, rule, reason, doc))
                continue
            # Coordinated speakers are separate sources: "le président et le ministre ont dit"
            # (one, in the English corpora's convention).
            for h in [head] if self.cues.whole_subject else coordinated(head):
                source = subject_range(h, self.cues, until=until if h is head else None)
                if source is not None and self.cues.whole_subject:
                    source = cut_subject(doc, source, until, self.cues)
                if source is not None:
                    out.append(_Candidate(source, cue, rule, reason, doc))
        return out

    def _is_reporting(self, verb: Token, subject: Token) -> bool:
        """False for a passive subject ("la décision a été annoncée": what is said, not who
        says it) and for "demander à + infinitive" (asking to do, not reporting)."""
        children = {c.dep_ for c in verb.children}
        if any(c.dep_ == "mark" and c.lower_ in self.cues.purpose_marks | CONDITIONS
               for c in verb.children):
            return False  # "afin qu'il explique", "s'il souhaite"
        if "Past" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") and not \
                any(c.dep_.startswith("aux") for c in verb.children) and \
                subject.dep_.startswith("nsubj"):
            return False  # an adjectival participle: "le plan, annoncé en mai, se poursuit"
        if is_clause(subject) or (subject.i < verb.i and parenthetical(verb)):
            return False
        if subject.dep_ in {"obl:agent", "agent"}:
            return verb.lemma_ not in self.cues.no_agent_verbs and (
                not self.cues.agent_marks
                or any(c.lower_ in self.cues.agent_marks for c in subject.children))
        if children & {"aux:pass", "auxpass"}:
            return False
        return not (verb.lemma_ in self.cues.no_xcomp_verbs and "xcomp" in children)


CLITIC_SPEAKERS = {"-il", "-elle", "-ils", "-elles"}
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
REFLEXIVES = {"se", "s'", "s’"}
CONTROL_MARKS = frozenset({"to"})
QUOTE_ENDS = {",", "»", '"', "”", "''"}
LEADING_WORDS = {"mais", "et", "or", "-", "—", "–", "néanmoins", "cependant", "pourtant",
                 "toutefois", "enfin", "ainsi", "alors", "puis", "ensuite", "but", "and",
                 "however", "meanwhile", "still", "yet", "so"}


def _outer(found: list[_Candidate]) -> list[_Candidate]:
    """Without the cues inside what another cue reports: in "Menendez said he does not
    think ...", the sentence is Menendez's; "he" thinking is part of what he said."""
    verbs = {c.cue[1] - 1 for c in found}

    def reported(cand: _Candidate) -> bool:
        tok, content = cand.doc[cand.cue[1] - 1], False
        while tok.head.i != tok.i:
            content = content or tok.dep_ == "ccomp"
            tok = tok.head
            if content and tok.i in verbs:
                return True
        return False

    # "..., according to an organizer" speaks for the sentence wherever the parser hangs it.
    return [c for c in found if c.rule.get("whole_sentence") or not reported(c)]


def _after_content(verb: Token) -> bool:
    """Whether a cue that ends the sentence follows what it reports: the parser hangs the
    cue on that clause ("The plan is dead, the mayor noted": parataxis, conj, or a relative
    clause on its last noun) or the clause on the cue; not a circumstance ("even after the
    growth cooled, the borrowing continued")."""
    return verb.dep_ in {"parataxis", "conj", "acl:relcl", "relcl"} or any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)


def _completes(verb: Token, clause: Token, marks: frozenset[str] | list[str]) -> bool:
    """Whether a cue verb completes its clause's verb, whose subject then speaks: "He went
    on to say", "the community began calling for", "le gouvernement vient d'annoncer"
    (``marks``: the words that open such an infinitive); not "they asked him to explain"
    (he explains), nor a participle's "complement" the parser invented."""
    return (gerund(verb) or any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)) \
        and clause.dep_ in {"ROOT", "conj", "ccomp", "advcl"} \
        and not any(c.dep_ in {"obj", "iobj", "dobj"} for c in clause.children)


def _after_as(subject: Token) -> bool:
    """A subject opened by a parenthetical "as" after a comma or at the start: ", as Joel
    Pollak observed", not "Clinton as secretary of state"."""
    first = subject.left_edge
    return first.lower_ == "as" and (first.i == 0 or first.nbor(-1).is_punct)


def _says_what(noun: Token) -> bool:
    """Whether a cue noun comes with what it says: a "that" clause ("Mr. Trump's claims
    that his net worth exceeds") or a quotation right after it."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in {"“", '"', "``", "''"}:
        return True
    return any(c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def _plain_noun_phrase(span: Span) -> bool:
    """A determiner or noun first and no preposition but "de": "un communiqué de presse"."""
    return span[0].pos_ in {"DET", "NOUN", "PROPN"} and all(
        t.pos_ != "ADP" or t.lower_ in {"de", "d'", "d’", "du", "des"} for t in span)


def _at_start(doc: Doc, i: int) -> bool:
    """Nothing but a conjunction or a dash before token ``i``: "Mais pour Obama, ..."."""
    return all(t.lower_ in LEADING_WORDS or t.is_punct or t.is_space for t in doc[:i])


def _form_lemma(verb: Token) -> str:
    """A lemma for a cue form the lemmatizer left as is ("accuse" -> "accuser")."""
    text = verb.lower_
    return text + "r" if text.endswith("e") else text


def _joined(found: list[_Candidate]) -> list[_Candidate]:
    """One source for the pieces of a name the parser made two subjects of the same verb
    ("Jean-Marie | Le Pen affirme", "The report | 's | authors say", "La ministre, |
    Pauline Marois a dit"): touching or overlapping ranges of one cue, or ranges apart by a
    possessive or a comma, are merged, under the best-scored rule among them."""
    out: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (c.cue, c.source)):
        last = out[-1] if out else None
        if last and last.cue == cand.cue and (cand.source[0] <= last.source[1] or (
                cand.source[0] == last.source[1] + 1
                and (cand.doc[last.source[1]].lower_ in POSSESSIVE_MARKS
                     or name_after_comma(cand.doc, last.source, cand.source)))):
            best = last if last.rule["score"] >= cand.rule["score"] else cand
            source = (last.source[0], max(last.source[1], cand.source[1]))
            out[-1] = best._replace(source=source)
        else:
            out.append(cand)
    return out


def _verb_group(verb: Token) -> Range:
    """The verb with its auxiliaries and inverted clitics: "a déclaré", "a-t-il dit"."""
    near = [c.i for c in verb.lefts if c.dep_.startswith("aux") and verb.i - c.i <= MAX_AUX_GAP
            and not name_modal(c)]
    start = min(near + [verb.i])
    return start, verb.i + 1


def _is_inverted(verb: Token) -> bool:
    """A reporting verb placed after what it reports: no subject on its left, not a present
    participle, and a comma or closing quote just before it ("..., ont annoncé les médias")."""
    if has_left_subject(verb) or gerund(verb):
        return False  # a present participle has no speaker after it: "..., évoquant des refus"
    start = _verb_group(verb)[0]
    return start > 0 and verb.doc[start - 1].text in {",", "»", '"', "”"}


def _repeats_a_name(cand: _Candidate, found: list[_Candidate]) -> bool:
    """A bare pronoun after a named source of the same clause is that source again ("Le
    ministère a fait savoir qu'il ne commenterait pas"); an inverted clitic is not."""
    start, end = cand.source
    if end - start > 1 or cand.rule["kind"] == "clitic" or cand.doc[start].pos_ != "PRON":
        return False
    doc = cand.doc
    return any(o.source[1] - o.source[0] > 1 and o.source[1] <= start and _speaks(o) and not any(
        t.text in {";", ":"} for t in doc[o.source[1] : start]) for o in found)


def _speaks(cand: _Candidate) -> bool:
    """Whether a candidate's cue is a verb: a view ("For black voters, he said") is no
    speaker that a pronoun after it repeats."""
    return cand.doc[cand.cue[1] - 1].pos_ in {"VERB", "AUX"}


def _best(found: list[_Candidate], outer_only: bool = False) -> list[_Candidate]:
    """Drop candidates whose source overlaps a higher-scoring one, and a pronoun that
    repeats a named speaker of the same cue ("Myriam Martinet a elle relevé"), and, where
    only the outer speaker counts (``outer_only``), a cue inside another speaker's phrase;
    keep text order. French keeps that inner cue: "selon les informations confiées par X"
    is X's."""
    found = [c for c in found if not _repeats_a_name(c, found) and not (
        outer_only and inside_a_speaker(c.cue, [(o.source, o.cue) for o in found]))]
    kept: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (-c.rule["score"], c.source[0] - c.source[1])):
        start, end = cand.source
        if all(end <= k.source[0] or k.source[1] <= start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.source[0])


def _link_relays(doc: Doc, found: list[_Candidate], quotes: list[Range]) -> list[Attribution]:
    """Build the results; "X, citant Y" gives Y via X, "X, cité par Y" gives X via Y."""
    vias: dict[int, int] = {}
    for i, cand in enumerate(found):
        before = [j for j, other in enumerate(found) if other.source[1] <= cand.cue[0]]
        if before and cand.rule["kind"] == "relay":
            vias[i] = before[-1]
        elif before and cand.rule["kind"] == "cited_by":
            vias[before[-1]] = i
    return [
        Attribution(source=source, cue=cue, type=source_type(doc[source[0] : source[1]]),
                    quote=_quote(source, quotes), rule=rule["id"], reason=reason,
                    score=rule["score"], via=vias.get(i))
        for i, (source, cue, rule, reason, _) in enumerate(found)
    ]


def _quote(source: Range, quotes: list[Range]) -> str:
    outside = [(s, e) for s, e in quotes if e <= source[0] or s >= source[1]]
    return "direct" if any(e - s - 2 >= MIN_QUOTED_WORDS for s, e in outside) else "indirect"
