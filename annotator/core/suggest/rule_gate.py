"""Whether a sentence classifier's verdicts replace the rules', blend with them, or stay out.

The classifier already reads the rules' verdict and cues as words (see
``textcat.with_rule_features``); on a few hundred tags that is not enough for it to trust
them where they are right, and its verdicts alone were worse than the rules' on unseen
articles. So its class log-probabilities are also blended with the rules' verdict,
``log p(label) + strength * [label is the rules' verdict]`` (0: the classifier alone; a
large strength: the rules, except where the classifier is very sure), the strength chosen
on the held-back documents of the cross-validation. The result replaces the rules only when
it is clearly ahead of them on those documents: its accuracy higher in at least 95 % of
bootstrap resamplings of the held-back documents (verdicts cluster in articles, as sources
do), and its macro-F1 not lower (a classifier that gains accuracy by answering the
majority label more often is no better). Otherwise the rules' verdicts stay and the
classifier suggests nothing.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from .bootstrap import SURE, document_draws
from .label_scores import LabelScores

STRENGTHS = (0.0, 0.5, 1.0, 2.0, 3.0)  # tried on held-back documents; 0 = "replace"
RULES, BLEND, REPLACE = "rules", "blend", "replace"


@dataclass(frozen=True)
class Held:
    """One held-back example: the fold's class probabilities, the tag, the rules' verdict
    (None: the rules gave none) and the document it belongs to."""

    probs: dict[str, float]
    gold: str
    rule: str | None
    document: Hashable


def blend(probs: dict[str, float], rule: str | None, strength: float) -> dict[str, float]:
    """The class probabilities with the rules' verdict counted ``strength`` in log-odds."""
    if not strength or rule not in probs:
        return dict(probs)
    scores = {label: math.log(max(p, 1e-9)) + (strength if label == rule else 0.0)
              for label, p in probs.items()}
    top = max(scores.values())
    exp = {label: math.exp(s - top) for label, s in scores.items()}
    total = sum(exp.values())
    return {label: e / total for label, e in exp.items()}


def decide(held: Sequence[Held], labels: Sequence[str]) -> dict:
    """The mode (rules, blend or replace), the blend's strength, and the held-back figures
    of the rules and of the chosen way, each with accuracy, macro-F1 and F1 per label."""
    rules = figures([(h.gold, h.rule or "") for h in held], labels)
    ways = {s: [_best(blend(h.probs, h.rule, s)) for h in held] for s in STRENGTHS}
    scored = {s: figures([(h.gold, g) for h, g in zip(held, guesses, strict=True)], labels)
              for s, guesses in ways.items()}
    strength = max(STRENGTHS, key=lambda s: (round(scored[s]["accuracy"], 6),
                                             round(scored[s]["macro_f1"], 6), s))
    share = ahead_share(held, ways[strength])
    better = share >= SURE and scored[strength]["macro_f1"] >= rules["macro_f1"]
    mode = (BLEND if strength else REPLACE) if better else RULES
    return {"mode": mode, "strength": strength, "ahead_share": share,
            "blend_accuracy": scored[strength]["accuracy"],
            "blend_macro_f1": scored[strength]["macro_f1"],
            "rules_accuracy": rules["accuracy"], "rules_macro_f1": rules["macro_f1"],
            "rules_f1": rules["f1"]}


def figures(pairs: list[tuple[str, str]], labels: Sequence[str]) -> dict:
    scores = LabelScores.of(pairs, labels)
    return {"accuracy": scores.accuracy, "macro_f1": scores.macro_f1,
            "f1": {label: f["f1"] for label, f in scores.per_label().items() if f["support"]}}


def ahead_share(held: Sequence[Held], guesses: Sequence[str]) -> float:
    """The share of bootstrap resamplings of the held-back documents in which ``guesses``
    are right more often than the rules."""
    documents = {d: n for n, d in enumerate(dict.fromkeys(h.document for h in held))}
    if not documents:
        return 0.0
    gain = np.zeros(len(documents))
    for h, guess in zip(held, guesses, strict=True):
        gain[documents[h.document]] += (guess == h.gold) - (h.rule == h.gold)
    return float((gain[document_draws(len(gain))].sum(axis=1) > 0).mean())


def _best(probs: dict[str, float]) -> str:
    return max(probs, key=probs.__getitem__)
