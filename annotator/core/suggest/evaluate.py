"""Measuring the suggestions against a hand-annotated gold file.

Gold format: ``{article: {"lang": ..., "sentences": [{"text", "sources": [source, ...],
"verifiability": "fact" | "opinion" | "prediction" | "other"}]}}``, each source either a list
of alternative spans or ``{"text": [alternative, ...], "type": ..., "quote": "direct" |
"indirect", "via": ...}``. A predicted source matches a gold source when it holds at least
half of the content words of one of its alternatives (the best one; lenient), or equals one
(strict); each gold source matches at most one prediction. Type and quote kind are scored on
the lenient matches whose gold source has them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.language import Language

from .pipeline import blank, suggest_sentences
from .results import SentenceSuggestion, VerifiabilitySuggestion

# The gold's coarse verifiability, and where each suggested value falls in it.
COARSE = {"verifiable": "fact", "unverifiable": "fact", "opinion": "opinion",
          "prediction": "prediction", "not_a_claim": "other"}
MIN_SHARE = 0.5


@dataclass(frozen=True)
class GoldSource:
    alternatives: list[str]
    type: str | None = None
    quote: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class GoldSentence:
    text: str
    lang: str
    sources: list[list[str]]
    verifiability: str | None
    details: list[GoldSource] = field(default_factory=list)
    article: str = ""


@dataclass(frozen=True)
class Predicted:
    text: str
    type: str | None = None
    quote: str | None = None


def gold_source(entry: list[str] | dict) -> GoldSource:
    if isinstance(entry, list):
        return GoldSource(entry)
    text = entry["text"]
    return GoldSource([text] if isinstance(text, str) else list(text), entry.get("type"),
                      entry.get("quote"), entry.get("via"))


def gold_sentences(data: dict) -> list[GoldSentence]:
    """The sentences of a parsed gold file, in article order."""
    out = []
    for name, article in data.items():
        for s in article.get("sentences", []):
            details = [gold_source(e) for e in s.get("sources", [])]
            out.append(GoldSentence(s["text"], article.get("lang", "fr"),
                                    [d.alternatives for d in details], s.get("verifiability"),
                                    details, name))
    return out


def load_gold(path: str | Path) -> list[GoldSentence]:
    return gold_sentences(json.loads(Path(path).read_text(encoding="utf-8")))


@cache
def _tokenizer(lang: str) -> Language:
    return blank(lang)


def content_words(text: str, lang: str) -> frozenset[str]:
    """Lower-cased alphanumeric tokens that are not stop words or determiners."""
    doc = _tokenizer(lang).make_doc(text)
    return frozenset(
        t.lower_ for t in doc if any(ch.isalnum() for ch in t.text) and not t.is_stop
    )


def overlap(predicted: str, alternatives: list[str], lang: str) -> float:
    """The best share of an alternative's content words found in ``predicted``."""
    words = content_words(predicted, lang)
    best = 0.0
    for alt in alternatives:
        gold = content_words(alt, lang)
        if not gold:
            best = max(best, float(predicted.strip().lower() == alt.strip().lower()))
        else:
            best = max(best, len(words & gold) / len(gold))
    return best


def match_pairs(predicted: list[str], gold: list[list[str]], lang: str, *,
                strict: bool = False) -> list[tuple[int, int]]:
    """(prediction, gold source) index pairs that match, one-to-one, best pairs first;
    ``strict``: the prediction must equal one of the alternatives."""
    if strict:
        shares = [(float(any(p.strip() == a.strip() for a in alts)), i, j)
                  for i, p in enumerate(predicted) for j, alts in enumerate(gold)]
    else:
        shares = [(overlap(p, alts, lang), i, j) for i, p in enumerate(predicted)
                  for j, alts in enumerate(gold)]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for share, i, j in sorted(shares, key=lambda t: (-t[0], t[1], t[2])):
        if share >= (1.0 if strict else MIN_SHARE) and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def match_sources(predicted: list[str], gold: list[list[str]], lang: str) -> int:
    """How many predictions match a gold source, one-to-one, best pairs first."""
    return len(match_pairs(predicted, gold, lang))


@dataclass
class SourceScores:
    """Counts behind P / R / F1 (lenient and strict) and type / quote accuracy."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    strict: int = 0
    typed: int = 0
    type_right: int = 0
    quoted: int = 0
    quote_right: int = 0
    missed: list[tuple[str, list[str]]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)
    wrong_type: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, sentence: GoldSentence, found: list[Predicted]) -> None:
        texts = [p.text for p in found]
        pairs = match_pairs(texts, sentence.sources, sentence.lang)
        self.predicted += len(found)
        self.gold += len(sentence.sources)
        self.matched += len(pairs)
        self.strict += len(match_pairs(texts, sentence.sources, sentence.lang, strict=True))
        for i, j in pairs:
            gold = sentence.details[j] if sentence.details else GoldSource(sentence.sources[j])
            if gold.type:
                self.typed += 1
                self.type_right += found[i].type == gold.type
                if found[i].type != gold.type:
                    self.wrong_type.append((found[i].text, str(found[i].type), gold.type))
            if gold.quote:
                self.quoted += 1
                self.quote_right += found[i].quote == gold.quote
        hit_p = {i for i, _ in pairs}
        hit_g = {j for _, j in pairs}
        self.spurious += [(sentence.text, t) for i, t in enumerate(texts) if i not in hit_p]
        self.missed += [(sentence.text, alts) for j, alts in enumerate(sentence.sources)
                        if j not in hit_g]

    def figures(self) -> dict[str, float]:
        p, r = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        sp, sr = _ratio(self.strict, self.predicted), _ratio(self.strict, self.gold)
        return {"precision": p, "recall": r, "f1": _f1(p, r),
                "strict_precision": sp, "strict_recall": sr, "strict_f1": _f1(sp, sr),
                "type_accuracy": _ratio(self.type_right, self.typed),
                "quote_accuracy": _ratio(self.quote_right, self.quoted)}


def score_sources(pairs: Iterable[tuple[GoldSentence, list[Predicted]]]) -> SourceScores:
    scores = SourceScores()
    for sentence, found in pairs:
        scores.add(sentence, found)
    return scores


def _f1(p: float, r: float) -> float:
    return _ratio(2 * p * r, p + r)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def evaluate_sources(gold_path: str | Path) -> dict[str, object]:
    """Source precision, recall and F1 of the rules on every gold sentence."""
    gold = load_gold(gold_path)
    scores = score_sources((sentence, predictions(found)) for sentence, found in _suggest(gold))
    return {**scores.figures(), "true_positives": scores.matched,
            "predicted": scores.predicted, "gold": scores.gold, "sentences": len(gold),
            "spurious": scores.spurious, "missed": scores.missed}


def predictions(found: SentenceSuggestion) -> list[Predicted]:
    return [Predicted(s.text, s.type, s.quote) for s in found.sources]


def evaluate_verifiability(gold_path: str | Path) -> dict[str, object]:
    """Accuracy of the verifiability rules on the gold's coarse classes."""
    pairs = [
        (sentence.verifiability, _coarse(found.verifiability))
        for sentence, found in _suggest(load_gold(gold_path))
        if sentence.verifiability
    ]
    right = sum(g == p for g, p in pairs)
    return {"accuracy": _ratio(right, len(pairs)), "correct": right, "sentences": len(pairs),
            "confusion": dict(Counter(f"{g}->{p}" for g, p in pairs))}


def _coarse(found: VerifiabilitySuggestion | None) -> str:
    return COARSE[found.value] if found else "other"


def _suggest(gold: list[GoldSentence]) -> Iterator[tuple[GoldSentence, SentenceSuggestion]]:
    """Each gold sentence with its suggestion, one pipeline pass per article."""
    for lang, article in dict.fromkeys((s.lang, s.article) for s in gold):
        sentences = [s for s in gold if s.lang == lang and s.article == article]
        found = suggest_sentences([s.text for s in sentences], lang)
        yield from zip(sentences, found, strict=True)
