"""The ``annotator_attribution`` component: who each sentence's information comes from.

As in spaCy's span_ruler, ``match()`` finds candidates and ``set_annotations()`` writes
them: ``doc.spans["sources"]`` (label = source type) and, index for index,
``doc.spans["source_cues"]`` (label = rule id). Each source span carries
``span._.attribution``: quote, via, cue, rule, reason, score.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from .across import cut_subject, lost_subject
from .asides import outside_asides
from .cue_checks import (
    a_name,
    active_verb,
    gerund,
    headline_without_content,
    reports_no_content,
    speaks_after,
)
from .dependency_matcher import ArrayDependencyMatcher
from .doc_text import doc_text
from .lexicon import anchors, cues, patterns
from .polls import respondents
from .reporting import (
    CONTROL_MARKS,
    clause_follows,
    completes,
    is_inverted,
    is_reporting,
    not_reporting,
    says_what,
    verb_group,
)
from .selection import (
    Attribution,
    Candidate,
    best,
    joined,
    link_relays,
    outer,
    unrelayed_agent,
)
from .source_types import source_type
from .spans import coordinated, phrase_before, quotations, subject_range
from .speaker_sides import abstract_speaker, capitalised_name, incise, one_side
from .token_sets import flag_matcher, flagged
from .token_sources import agentive, at_start, norm_phrase, token_source

FACTORY = "annotator_attribution"

if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)
if not Doc.has_extension("attribution_token_matches"):
    Doc.set_extension("attribution_token_matches", default=None)


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
            found = outer(found)
            overruled = outside_asides(doc, [(c.source, c.cue, bool(c.rule.get(
                "whole_sentence"))) for c in found])
            found = [c for i, c in enumerate(found) if i not in overruled]
        if len(found) > 1 and self.cues.poll_nouns:
            shares = respondents([doc[slice(*c.source)] for c in found], self.cues)
            found = [c for i, c in enumerate(found) if i not in shares]
        found = [c for c in found
                 if not (c.rule.get("modifier_relays") and unrelayed_agent(c, found))]
        return link_relays(doc, best(joined(found), self.cues.outer_cues_only), quotes)

    def _past_time(self, c: Candidate) -> Candidate | None:
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

    def _token_candidates(self, doc: Doc, parsed: bool) -> list[Candidate]:
        out: list[Candidate] = []
        for match_id, start, end in self._token_matches(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            if rule.get("when") == ("parser" if not parsed else "no_parser"):
                continue
            if rule.get("at_start") and not at_start(doc, start):
                continue
            if any(t.lower_ in self.cues.distributive_words for t in doc[end : end + 2]):
                continue  # "selon les différentes académies": depending on, not according to
            found = token_source(doc, rule, start, end, self.cues)
            if found is None or not_reporting(doc, found[1], self.cues):
                continue
            source, cue = found
            if norm_phrase(doc[slice(*source)], self.cues):
                continue  # "selon la loi du 16 décembre": what it conforms to, not a speaker
            if rule.get("needs_comma") and (source[1] >= len(doc)
                                            or doc[source[1]].text not in {",", ":"}):
                continue
            if rule.get("source_at_start") and not at_start(doc, source[0]):
                continue
            if rule.get("agentive") and not agentive(doc[source[0] : source[1]], self.cues,
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
            out.append(Candidate(source, cue, rule, reason, doc))
        # A speaker read across commas before a cue whose subject the parse lost is the
        # cue's only one: none after it ("Reid, who endorsed Clinton, reiterated | those
        # feelings"), nor a piece of the clause between ("Acme, | only two months later,").
        across = {c.cue[1] for c in out if c.rule.get("unparsed_subject")}
        return [c for c in out if c.rule.get("unparsed_subject") or c.cue[1] not in across]

    def _dep_candidates(self, doc: Doc) -> list[Candidate]:
        out: list[Candidate] = []
        for match_id, ids in self.dep_matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            # A participle's speaker is its clause's subject: [participle, clause verb, subject].
            verb, head = doc[ids[0]], doc[ids[-1]]
            until = verb_group(doc[ids[1]] if rule["kind"] == "participle" else verb)[0]
            if rule["kind"] == "inverted" and not is_inverted(verb):
                continue
            if rule.get("after_comma") and (verb.i == 0 or doc[verb.i - 1].text != ","
                                            or not gerund(verb)):
                continue  # "..., saying that", not "a promising transition"
            if rule.get("subject_control") and not completes(
                    verb, doc[ids[1]], rule.get("control_marks", CONTROL_MARKS)):
                continue
            if rule.get("no_own_subject") and any(
                    c.dep_.startswith(("nsubj", "expl")) for c in verb.children):
                continue  # "Il fut exclu et | déclara": a conjunct without its own subject
            if rule.get("no_copula") and any(c.dep_ == "cop" for c in verb.children):
                continue  # "the issue is talks": a noun after all
            if rule.get("needs_content") and not says_what(verb):
                continue  # "Mr. Trump's remarks also stand out": no content, no attribution
            if rule.get("needs_clause") and not clause_follows(verb, self.cues):
                continue  # "en commentant la finale": an act, not a report
            if not is_reporting(verb, head, self.cues):
                continue
            cue = verb_group(verb)
            if not_reporting(doc, cue, self.cues):
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
                    out.append(Candidate(source, cue, rule, reason, doc))
                continue
            # Coordinated speakers are separate sources: "le président et le ministre ont dit"
            # (one, in the English corpora's convention).
            for h in [head] if self.cues.whole_subject else coordinated(head):
                source = subject_range(h, self.cues, until=until if h is head else None)
                if source is not None and self.cues.whole_subject:
                    source = cut_subject(doc, source, until, self.cues)
                if source is not None:
                    out.append(Candidate(source, cue, rule, reason, doc))
        return out

