"""Measuring the suggestions against a hand-annotated gold file.

Gold format: ``{article: {"lang": ..., "sentences": [{"text", "sources": [[alternative,
...], ...], "verifiability": "fact" | "opinion" | "prediction" | "other"}]}}``. A predicted
source matches a gold source when it holds at least half of the content words of one of
its alternatives (the best one); each gold source matches at most one prediction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
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
class GoldSentence:
    text: str
    lang: str
    sources: list[list[str]]
    verifiability: str | None


def load_gold(path: str | Path) -> list[GoldSentence]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        GoldSentence(s["text"], article.get("lang", "fr"), s.get("sources", []),
                     s.get("verifiability"))
        for article in data.values()
        for s in article.get("sentences", [])
    ]


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


def match_sources(predicted: list[str], gold: list[list[str]], lang: str) -> int:
    """How many predictions match a gold source, one-to-one, best pairs first."""
    pairs = sorted(
        ((overlap(p, alts, lang), i, j) for i, p in enumerate(predicted)
         for j, alts in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for share, i, j in pairs:
        if share >= MIN_SHARE and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def evaluate_sources(gold_path: str | Path) -> dict[str, object]:
    """Source precision, recall and F1 of the rules on every gold sentence."""
    gold = load_gold(gold_path)
    tp = n_pred = n_gold = 0
    missed: list[tuple[str, list[str]]] = []
    spurious: list[tuple[str, str]] = []
    for sentence, found in _suggest(gold):
        predicted = [s.text for s in found.sources]
        hits = match_sources(predicted, sentence.sources, sentence.lang)
        tp, n_pred, n_gold = tp + hits, n_pred + len(predicted), n_gold + len(sentence.sources)
        if hits < len(predicted):
            spurious += [(sentence.text, p) for p in predicted
                         if not any(overlap(p, a, sentence.lang) >= MIN_SHARE
                                    for a in sentence.sources)]
        if hits < len(sentence.sources):
            missed += [(sentence.text, alts) for alts in sentence.sources
                       if not any(overlap(p, alts, sentence.lang) >= MIN_SHARE
                                  for p in predicted)]
    precision, recall = _ratio(tp, n_pred), _ratio(tp, n_gold)
    return {
        "precision": precision, "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "true_positives": tp, "predicted": n_pred, "gold": n_gold, "sentences": len(gold),
        "spurious": spurious, "missed": missed,
    }


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
    """Each gold sentence with its suggestion, one pipeline pass per language."""
    for lang in sorted({s.lang for s in gold}):
        sentences = [s for s in gold if s.lang == lang]
        found = suggest_sentences([s.text for s in sentences], lang)
        yield from zip(sentences, found, strict=True)
