"""Sources learned from the analyst's tags: a span scorer, a type and a quote classifier.

The rules run first; the learned finder then scores every candidate span of the parse
(see :mod:`span_features`, where the rules' matches are features) and keeps the best
non-overlapping ones above an even chance: it can confirm a rule's span (re-scored), drop
one the analyst keeps rejecting, or add one the rules never find. Each part replaces the
rules only where k-fold cross-validation on the analyst's held-back tags says it does better
(source F1 for the finder, accuracy for the type and quote kind); the figures are kept with
the model and printed by ``annotator train``.

Why not spaCy's ``spancat``: it trains its own network over the tokens and needs minutes of
CPU and hundreds of examples before its scores mean anything (see bench/bench_learning.py);
a linear model over parse features trains in a fraction of a second on 400 sentences,
learns from the first few dozen tags, and gives probabilities the queue can rank by.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import srsly

from annotator.core.errors import InputError

from . import linear
from .results import SourceSuggestion
from .span_features import Candidate, ParsedSentence

MIN_SENTENCES = 20
MIN_SOURCES = 5
MIN_TYPED = 10
FOLDS = 5
THRESHOLDS = (0.3, 0.4, 0.5)  # the one with the best held-back F1 is kept
POSITIVE_JACCARD = 0.7  # a candidate this close to a tagged span is that span
MATCH_SHARE = 0.5  # a suggestion matches a tag when it covers half of the tag's characters
POSITIVE_WEIGHT = 2.0  # sources are rare among candidates: a missed one costs more
# What the rules say, as fixed scores the weights learn to correct: with few tags the
# learned parts answer as the rules do, and depart from them only where the tags disagree.
SPAN_PRIOR = 2.0
LABEL_PRIOR = 3.0
LABEL_L2 = 0.05  # types are many and their tags few: weights stay small
RESAMPLES = 1000
SURE = 0.95  # the learned spans replace the rules' when better in this share of resamplings


@dataclass(frozen=True)
class TaggedSource:
    """A source the analyst tagged; offsets inside the sentence."""

    start: int
    end: int
    type: str | None = None
    quote: str | None = None


@dataclass
class SourceModel:
    lang: str
    spans: linear.Linear
    types: linear.Linear | None
    quotes: linear.Linear | None
    use_spans: bool
    use_types: bool
    use_quotes: bool
    sentences: int
    threshold: float = 0.5
    # cross-validated: f1 / rules_f1, type / rules_type, quote / rules_quote accuracy
    cv: dict = field(default_factory=dict)

    def probabilities(self, sentence: ParsedSentence) -> np.ndarray:
        candidates = sentence.candidates
        return self.spans.probabilities([c.features for c in candidates],
                                        span_prior(candidates))[:, 1]

    def suggest(self, sentence: ParsedSentence) -> list[SourceSuggestion]:
        """The sentence's sources: learned (where it beat the rules), else the rules'."""
        if self.use_spans:
            chosen = select(sentence, self.probabilities(sentence), self.threshold)
        else:
            rule_at = {c.rule: c for c in sentence.candidates if c.rule is not None}
            chosen = [(rule_at[n], None) for n in range(len(sentence.rules)) if n in rule_at]
        picked = [c for c, _ in chosen]
        types = self._labels(self.types if self.use_types else None, picked)
        quotes = self._labels(self.quotes if self.use_quotes else None, picked)
        out = []
        for (candidate, score), kind, quote in zip(chosen, types, quotes, strict=True):
            out.append(_suggestion(sentence, candidate, score, kind or candidate.rule_type,
                                   quote or candidate.rule_quote))
        return sorted(out, key=lambda s: s.start)

    def uncertainty(self, sentence: ParsedSentence) -> float:
        """1 for a coin toss, 0 when the finder is sure of every candidate."""
        if not sentence.candidates:
            return 0.0
        probs = self.probabilities(sentence)
        return float((1 - np.abs(2 * probs - 1)).max())

    @staticmethod
    def _labels(model: linear.Linear | None, picked: list[Candidate]) -> list[str | None]:
        if model is None or not picked:
            return [None] * len(picked)
        return [label for label, _ in model.predict([c.type_features for c in picked],
                                                    label_prior(picked, model.labels))]

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps({
            "lang": self.lang, "spans": self.spans.to_dict(),
            "types": self.types.to_dict() if self.types else None,
            "quotes": self.quotes.to_dict() if self.quotes else None,
            "use": [self.use_spans, self.use_types, self.use_quotes],
            "sentences": self.sentences, "threshold": self.threshold, "cv": self.cv})

    @classmethod
    def from_bytes(cls, data: bytes) -> SourceModel:
        msg = srsly.msgpack_loads(data)
        return cls(msg["lang"], linear.Linear.from_dict(msg["spans"]),
                   linear.Linear.from_dict(msg["types"]) if msg["types"] else None,
                   linear.Linear.from_dict(msg["quotes"]) if msg["quotes"] else None,
                   *msg["use"], sentences=msg["sentences"], threshold=msg["threshold"],
                   cv=msg["cv"])


def select(sentence: ParsedSentence, probs: np.ndarray, threshold: float
           ) -> list[tuple[Candidate, float]]:
    """The most probable candidates above ``threshold`` that do not overlap each other."""
    chosen: list[tuple[Candidate, float]] = []
    for k in np.argsort(-probs, kind="stable"):
        candidate, p = sentence.candidates[int(k)], float(probs[int(k)])
        if p < threshold:
            break
        if all(candidate.end <= c.start or c.end <= candidate.start for c, _ in chosen):
            chosen.append((candidate, p))
    return chosen


def _suggestion(sentence: ParsedSentence, candidate: Candidate, score: float | None,
                kind: str, quote: str) -> SourceSuggestion:
    if candidate.rule is not None:
        rule = sentence.rules[candidate.rule]
        if score is None:
            return replace(rule, type=kind, quote=quote)
        return replace(rule, type=kind, quote=quote, score=score,
                       reason=f"{rule.reason}; learned from the tags: {score:.0%}")
    return SourceSuggestion(start=candidate.start, end=candidate.end,
                            text=sentence.text[candidate.start:candidate.end], type=kind,
                            quote=quote, via=None, cue="", score=float(score or 0.0),
                            reason=f"learned from the tags: {score:.0%}")


def span_prior(candidates: Sequence[Candidate]) -> np.ndarray:
    """(no, source) scores: a rule's span is a source, any other candidate is not."""
    sign = np.array([1.0 if c.rule is not None else -1.0 for c in candidates])
    return np.stack([np.zeros(len(candidates)), SPAN_PRIOR * sign], axis=1)


def label_prior(candidates: Sequence[Candidate], labels: Sequence[str],
                attribute: str | None = None) -> np.ndarray:
    """The rules' type (or quote kind, by ``labels``) of each candidate as a score."""
    attribute = attribute or ("rule_quote" if "direct" in labels else "rule_type")
    prior = np.zeros((len(candidates), len(labels)))
    column = {label: n for n, label in enumerate(labels)}
    for row, candidate in enumerate(candidates):
        if (at := column.get(getattr(candidate, attribute))) is not None:
            prior[row, at] = LABEL_PRIOR
    return prior


# -- training ---------------------------------------------------------------------------------
def check_sources(sentences: Sequence[ParsedSentence], gold: Sequence[Sequence[TaggedSource]]
                  ) -> None:
    sources = sum(len(g) for g in gold)
    if len(sentences) < MIN_SENTENCES or sources < MIN_SOURCES:
        raise InputError(f"Learning sources needs at least {MIN_SENTENCES} tagged sentences "
                         f"and {MIN_SOURCES} sources; there are {len(sentences)} and "
                         f"{sources}.")


def train_sources(sentences: Sequence[ParsedSentence],
                  gold: Sequence[Sequence[TaggedSource]], *, lang: str, types: Sequence[str],
                  quotes: Sequence[str] = ("direct", "indirect"),
                  groups: Sequence[Hashable] | None = None, folds: int = FOLDS,
                  seed: int = 0) -> SourceModel:
    """Train on tagged sentences (every candidate not a tagged source is a negative) and
    decide, from k-fold held-back figures, which parts replace the rules. ``groups``: each
    sentence's document; a fold holds whole documents, since names and types recur within
    one (held-back sentences of a document seen in training flatter the model)."""
    check_sources(sentences, gold)
    groups = list(groups) if groups is not None else list(range(len(sentences)))
    names = list(dict.fromkeys(groups))
    random.Random(seed).shuffle(names)
    k = max(2, min(folds, len(names)))
    fold_of = {name: n % k for n, name in enumerate(names)}
    tally = _Tally()
    for fold in range(k):
        held = [i for i, g in enumerate(groups) if fold_of[g] == fold]
        rest = [i for i, g in enumerate(groups) if fold_of[g] != fold]
        if not rest or not held:
            continue
        model = _fit([sentences[i] for i in rest], [gold[i] for i in rest], lang, types, quotes)
        for i in held:
            tally.add(model, sentences[i], gold[i], groups[i])
    final = _fit(sentences, gold, lang, types, quotes)
    final.cv = tally.figures()
    final.threshold = final.cv["threshold"]
    final.use_spans = final.cv["spans_better"]
    final.use_types = final.types is not None and final.cv["type_better"]
    final.use_quotes = final.quotes is not None and final.cv["quote_better"]
    return final


def _fit(sentences: Sequence[ParsedSentence], gold: Sequence[Sequence[TaggedSource]],
         lang: str, types: Sequence[str], quotes: Sequence[str]) -> SourceModel:
    candidates: list[Candidate] = []
    targets = []
    typed: list[tuple[Candidate, TaggedSource]] = []
    for sentence, tags in zip(sentences, gold, strict=True):
        for candidate in sentence.candidates:
            best = _best_tag(candidate, tags)
            positive = best is not None and _jaccard(candidate, best) >= POSITIVE_JACCARD
            candidates.append(candidate)
            targets.append("source" if positive else "no")
        typed += _typed_pairs(sentence, tags)
    spans = linear.fit([c.features for c in candidates], targets, ["no", "source"],
                       weight={"source": POSITIVE_WEIGHT}, prior=span_prior(candidates))
    return SourceModel(lang, spans, _classifier(typed, "type", types),
                       _classifier(typed, "quote", quotes), True, True, True, len(sentences))


def _classifier(pairs: list[tuple[Candidate, TaggedSource]], attribute: str,
                labels: Sequence[str]) -> linear.Linear | None:
    known = [(c, getattr(t, attribute)) for c, t in pairs if getattr(t, attribute) in labels]
    if len(known) < MIN_TYPED or len({v for _, v in known}) < 2:
        return None
    picked = [c for c, _ in known]
    return linear.fit([c.type_features for c in picked], [v for _, v in known], labels,
                      prior=label_prior(picked, list(labels), f"rule_{attribute}"),
                      l2=LABEL_L2)


def _typed_pairs(sentence: ParsedSentence, tags: Sequence[TaggedSource]
                 ) -> list[tuple[Candidate, TaggedSource]]:
    """Each tagged source with the candidate closest to it (the tagged span itself is one
    when the sentence was parsed with it)."""
    out = []
    for tag in tags:
        near = max(sentence.candidates, key=lambda c: _jaccard(c, tag), default=None)
        if near is not None and _jaccard(near, tag) > 0:
            out.append((near, tag))
    return out


class _Tally:
    """Held-back counts: source matches of the model and of the rules, type and quote."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("gold", "rules_p", "rules_tp", "typed", "type",
                                     "rules_type", "quoted", "quote", "rules_quote",
                                     "type_wins", "type_losses", "quote_wins",
                                     "quote_losses"), 0)
        self.found = {t: [0, 0] for t in THRESHOLDS}  # threshold -> [predicted, matched]
        # document -> [gold, rules' predicted, rules' matched, then per threshold the
        # finder's predicted and matched]: the span decision resamples documents
        self.by_document: dict[Hashable, np.ndarray] = {}

    def add(self, model: SourceModel, sentence: ParsedSentence,
            tags: Sequence[TaggedSource], document: Hashable) -> None:
        c = self.counts
        row = self.by_document.setdefault(document, np.zeros(3 + 2 * len(THRESHOLDS)))
        probs = model.probabilities(sentence)
        for n, (threshold, counts) in enumerate(self.found.items()):
            learned = [c for c, _ in select(sentence, probs, threshold)]
            hits = matches([(x.start, x.end) for x in learned], tags)
            counts[0] += len(learned)
            counts[1] += hits
            row[3 + 2 * n : 5 + 2 * n] += len(learned), hits
        rules_hits = matches([(r.start, r.end) for r in sentence.rules], tags)
        row[:3] += len(tags), len(sentence.rules), rules_hits
        c["gold"] += len(tags)
        c["rules_p"] += len(sentence.rules)
        c["rules_tp"] += rules_hits
        for candidate, tag in _typed_pairs(sentence, tags):
            for attribute, classifier, rule in (("type", model.types, candidate.rule_type),
                                                ("quote", model.quotes, candidate.rule_quote)):
                value = getattr(tag, attribute)
                if value is None:
                    continue
                c["typed" if attribute == "type" else "quoted"] += 1
                c[f"rules_{attribute}"] += rule == value
                guess = classifier.predict([candidate.type_features], label_prior(
                    [candidate], classifier.labels, f"rule_{attribute}"))[0][0] \
                    if classifier else rule
                c[attribute] += guess == value
                c[f"{attribute}_wins"] += guess == value != rule
                c[f"{attribute}_losses"] += rule == value != guess

    def figures(self) -> dict:
        c = self.counts

        def f1(tp: int, predicted: int) -> float:
            return 2 * tp / (predicted + c["gold"]) if predicted + c["gold"] else 0.0

        def share(n: int, of: str) -> float:
            return n / c[of] if c[of] else 0.0

        best = max(THRESHOLDS, key=lambda t: (f1(self.found[t][1], self.found[t][0]), t))
        return {"f1": f1(self.found[best][1], self.found[best][0]), "threshold": best,
                "spans_better": self._spans_clearly_better(THRESHOLDS.index(best)),
                "rules_f1": f1(c["rules_tp"], c["rules_p"]),
                "type": share(c["type"], "typed"), "rules_type": share(c["rules_type"], "typed"),
                "quote": share(c["quote"], "quoted"),
                "rules_quote": share(c["rules_quote"], "quoted"),
                "sources": c["gold"], "typed": c["typed"],
                "type_better": _clearly_better(c["type_wins"], c["type_losses"]),
                "quote_better": _clearly_better(c["quote_wins"], c["quote_losses"])}


    def _spans_clearly_better(self, threshold: int) -> bool:
        """Whether the finder's held-back F1 beats the rules' in at least SURE of the
        resamplings of the held-back documents (a bootstrap): sources cluster in articles,
        and a finder ahead on one or two of them must not replace the rules."""
        if not self.by_document:
            return False
        rows = np.array(list(self.by_document.values()))
        picks = np.random.default_rng(0).integers(0, len(rows), (RESAMPLES, len(rows)))
        totals = rows[picks].sum(axis=1)  # (resamples, columns)
        gold = totals[:, 0]
        ours = 2 * totals[:, 4 + 2 * threshold] / np.maximum(totals[:, 3 + 2 * threshold]
                                                              + gold, 1)
        rules = 2 * totals[:, 2] / np.maximum(totals[:, 1] + gold, 1)
        return float((ours > rules).mean()) >= SURE


def _clearly_better(wins: int, losses: int) -> bool:
    """A sign test at about 95 %: the tags the classifier gets right and the rules wrong
    outnumber the reverse by more than chance would (McNemar). With few held-back tags a
    lucky fold must not replace the rules' types: on 50 French sentences it would have."""
    return wins > losses and wins - losses > 1.96 * (wins + losses) ** 0.5


def matches(found: Sequence[tuple[int, int]], tags: Sequence[TaggedSource]) -> int:
    """One-to-one matches: a suggestion covering at least half of a tag's characters."""
    used: set[int] = set()
    hits = 0
    for start, end in found:
        for n, tag in enumerate(tags):
            shared = min(end, tag.end) - max(start, tag.start)
            if n not in used and shared >= MATCH_SHARE * (tag.end - tag.start):
                used.add(n)
                hits += 1
                break
    return hits


def _best_tag(candidate: Candidate, tags: Sequence[TaggedSource]) -> TaggedSource | None:
    return max(tags, key=lambda t: _jaccard(candidate, t), default=None)


def _jaccard(a: Candidate | TaggedSource, b: Candidate | TaggedSource) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / (max(a.end, b.end) - min(a.start, b.start))
