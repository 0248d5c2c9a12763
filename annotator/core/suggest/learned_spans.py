"""Sources learned from the analyst's tags: a span scorer, learned cues, a type and a quote
classifier.

The rules run first; the learned finder then scores every candidate span of the parse
(see :mod:`span_features`, where the rules' matches are features) and either keeps the best
non-overlapping ones ("replace": it can confirm a rule's span, drop one the analyst keeps
rejecting, or add one the rules never find) or keeps the rules' spans, re-scored, and only
adds its own where no rule found any ("add"), only drops those it gives little ("filter"),
or only cuts them as the analyst does ("reshape"). On top, the learned cues
(:mod:`learned_cues`) add the subjects of the verbs this analyst tags and drop the rules'
cues this analyst rejects.
Each part replaces the rules only where k-fold cross-validation on the analyst's held-back
documents says it does better (:mod:`learned_tally`: source F1 for the finder and the cues,
accuracy for the type and quote kind); the figures are kept with the model and printed by
``annotator train``.

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
from .learned_cues import LEVELS, CueCounts
from .learned_tally import Tally, jaccard, typed_pairs
from .results import SourceSuggestion
from .span_features import Candidate, ParsedSentence

MIN_SENTENCES = 20
MIN_SOURCES = 5
MIN_TYPED = 10
FOLDS = 5
POSITIVE_JACCARD = 0.7  # a candidate this close to a tagged span is that span
POSITIVE_WEIGHT = 2.0  # sources are rare among candidates: a missed one costs more
# What the rules say, as fixed scores the weights learn to correct: with few tags the
# learned parts answer as the rules do, and depart from them only where the tags disagree.
SPAN_PRIOR = 2.0
LABEL_PRIOR = 3.0
LABEL_L2 = 0.05  # types are many and their tags few: weights stay small


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
    span_mode: str = "replace"  # or "add": the rules' spans stay and the finder adds
    # cross-validated: f1 / rules_f1, type / rules_type, quote / rules_quote accuracy
    cv: dict = field(default_factory=dict)
    cues: CueCounts = field(default_factory=CueCounts)  # see learned_cues
    use_cues: bool = False
    cue_level: float = LEVELS[0]

    def probabilities(self, sentence: ParsedSentence) -> np.ndarray:
        candidates = sentence.candidates
        return self.spans.probabilities([c.features for c in candidates],
                                        span_prior(candidates))[:, 1]

    def chosen(self, sentence: ParsedSentence, probs: np.ndarray, mode: str,
               threshold: float) -> list[tuple[Candidate, float]]:
        """The finder's spans in ``mode``: its picks above ``threshold`` ("replace"); the
        rules' spans, re-scored, with its picks that overlap none of them ("add"); the
        rules' spans it gives at least ``threshold`` ("filter": the kinds of suggestion
        the analyst rejects are dropped); or, for each rule's span, the cut of those words
        it prefers ("reshape": the extents the analyst tags, two speakers joined in one
        source), the rules' own span where it prefers none above ``threshold``."""
        rules = [(c, float(probs[n])) for n, c in enumerate(sentence.candidates)
                 if c.rule is not None]
        if mode == "filter":
            return [(c, p) for c, p in rules if p >= threshold]
        if mode == "reshape":
            picks = select(sentence, probs, threshold, near_rules(sentence))
            return picks + [(c, p) for c, p in rules if not any(
                overlaps(c, pick) for pick, _ in picks)]
        picks = select(sentence, probs, threshold)
        if mode == "replace":
            return picks
        return rules + [(c, p) for c, p in picks if c.rule is None and not any(
            overlaps(c, r) for r in sentence.rules)]

    def suggest(self, sentence: ParsedSentence) -> list[SourceSuggestion]:
        """The sentence's sources: learned (where it beat the rules), else the rules'."""
        if self.use_spans:
            chosen = self.chosen(sentence, self.probabilities(sentence), self.span_mode,
                                 self.threshold)
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
        if self.use_cues:
            out = self.cues.apply(sentence, out, self.cue_level)
        return sorted(self.cues.explain(sentence, out, self.cue_level), key=lambda s: s.start)

    def uncertainty(self, sentence: ParsedSentence) -> float:
        """1 for a coin toss, 0 when the finder is sure of every candidate."""
        if not sentence.candidates:
            return 0.0
        probs = self.probabilities(sentence)
        return float((1 - np.abs(2 * probs - 1)).max())

    def label(self, attribute: str, candidate: Candidate) -> str | None:
        """The type (or quote kind) classifier's guess for one candidate, if trained."""
        model = self.types if attribute == "type" else self.quotes
        if model is None:
            return None
        prior = label_prior([candidate], model.labels, f"rule_{attribute}")
        return model.predict([candidate.type_features], prior)[0][0]

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
            "sentences": self.sentences, "threshold": self.threshold, "cv": self.cv,
            "span_mode": self.span_mode, "cues": self.cues.to_dict(), "use_cues": self.use_cues,
            "cue_level": self.cue_level})

    @classmethod
    def from_bytes(cls, data: bytes) -> SourceModel:
        msg = srsly.msgpack_loads(data)
        return cls(msg["lang"], linear.Linear.from_dict(msg["spans"]),
                   linear.Linear.from_dict(msg["types"]) if msg["types"] else None,
                   linear.Linear.from_dict(msg["quotes"]) if msg["quotes"] else None,
                   *msg["use"], sentences=msg["sentences"], threshold=msg["threshold"],
                   cv=msg["cv"], span_mode=msg.get("span_mode", "replace"),
                   cues=CueCounts.from_dict(msg["cues"]) if "cues" in msg else CueCounts(),
                   use_cues=msg.get("use_cues", False),
                   cue_level=msg.get("cue_level", LEVELS[0]))


def select(sentence: ParsedSentence, probs: np.ndarray, threshold: float,
           allowed: set[int] | None = None) -> list[tuple[Candidate, float]]:
    """The most probable candidates above ``threshold`` (among the ``allowed`` indices,
    if given) that do not overlap each other."""
    chosen: list[tuple[Candidate, float]] = []
    for k in np.argsort(-probs, kind="stable"):
        candidate, p = sentence.candidates[int(k)], float(probs[int(k)])
        if p < threshold:
            break
        if allowed is not None and int(k) not in allowed:
            continue
        if all(candidate.end <= c.start or c.end <= candidate.start for c, _ in chosen):
            chosen.append((candidate, p))
    return chosen


def near_rules(sentence: ParsedSentence) -> set[int]:
    """The candidates that share words with a rule's span: its other cuts."""
    return {n for n, c in enumerate(sentence.candidates)
            if any(overlaps(c, r) for r in sentence.rules)}


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


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
    tally = cross_validate(sentences, gold, lang=lang, types=types, quotes=quotes,
                           groups=groups, folds=folds, seed=seed)
    return decided(fit_sources(sentences, gold, lang, types, quotes), tally.figures())


def cross_validate(sentences: Sequence[ParsedSentence],
                   gold: Sequence[Sequence[TaggedSource]], *, lang: str, types: Sequence[str],
                   quotes: Sequence[str] = ("direct", "indirect"),
                   groups: Sequence[Hashable] | None = None, folds: int = FOLDS,
                   seed: int = 0) -> Tally:
    """The held-back counts of k folds of whole documents (see ``train_sources``)."""
    groups = list(groups) if groups is not None else list(range(len(sentences)))
    names = list(dict.fromkeys(groups))
    random.Random(seed).shuffle(names)
    k = max(2, min(folds, len(names)))
    fold_of = {name: n % k for n, name in enumerate(names)}
    tally = Tally()
    for fold in range(k):
        held = [i for i, g in enumerate(groups) if fold_of[g] == fold]
        rest = [i for i, g in enumerate(groups) if fold_of[g] != fold]
        if not rest or not held:
            continue
        model = fit_sources([sentences[i] for i in rest], [gold[i] for i in rest], lang,
                            types, quotes)
        for i in held:
            tally.add(model, sentences[i], gold[i], groups[i])
    return tally


def decided(final: SourceModel, cv: dict) -> SourceModel:
    """``final`` (trained on every tag) using the parts that ``cv`` (``Tally.figures``)
    says replace the rules."""
    final = replace(final, cv=dict(cv))
    final.threshold = cv["threshold"]
    final.span_mode = cv["span_mode"]
    final.use_spans = cv["spans_better"]
    final.use_types = final.types is not None and cv["type_better"]
    final.use_quotes = final.quotes is not None and cv["quote_better"]
    final.use_cues = cv["cues_better"]
    final.cue_level = cv["cue_level"]
    final.cv["cues_learned"] = final.cues.learned(final.cue_level)
    final.cv["cues_dropped"] = final.cues.dropped(final.cue_level)
    return final


def fit_sources(sentences: Sequence[ParsedSentence], gold: Sequence[Sequence[TaggedSource]],
                lang: str, types: Sequence[str], quotes: Sequence[str]) -> SourceModel:
    candidates: list[Candidate] = []
    targets = []
    typed: list[tuple[Candidate, TaggedSource]] = []
    cues = CueCounts()
    for sentence, tags in zip(sentences, gold, strict=True):
        cues.add(sentence, tags)
        for candidate in sentence.candidates:
            best = _best_tag(candidate, tags)
            positive = best is not None and jaccard(candidate, best) >= POSITIVE_JACCARD
            candidates.append(candidate)
            targets.append("source" if positive else "no")
        typed += typed_pairs(sentence, tags)
    spans = linear.fit([c.features for c in candidates], targets, ["no", "source"],
                       weight={"source": POSITIVE_WEIGHT}, prior=span_prior(candidates))
    return SourceModel(lang, spans, _classifier(typed, "type", types),
                       _classifier(typed, "quote", quotes), True, True, True, len(sentences),
                       cues=cues)


def _classifier(pairs: list[tuple[Candidate, TaggedSource]], attribute: str,
                labels: Sequence[str]) -> linear.Linear | None:
    known = [(c, getattr(t, attribute)) for c, t in pairs if getattr(t, attribute) in labels]
    if len(known) < MIN_TYPED or len({v for _, v in known}) < 2:
        return None
    picked = [c for c, _ in known]
    return linear.fit([c.type_features for c in picked], [v for _, v in known], labels,
                      prior=label_prior(picked, list(labels), f"rule_{attribute}"),
                      l2=LABEL_L2)


def _best_tag(candidate: Candidate, tags: Sequence[TaggedSource]) -> TaggedSource | None:
    return max(tags, key=lambda t: jaccard(candidate, t), default=None)
