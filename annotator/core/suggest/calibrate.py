"""Scores that mean "chance this suggestion is right": calibration of held-back predictions.

A classifier's raw confidence is fitted on predictions it made on examples it never saw
(the cross-validation folds). Three standard maps are tried - temperature scaling of the
class probabilities, Platt scaling of the top score's logit, isotonic regression of the top
score - and kept only if it beats leaving the score alone: each is itself judged by the
expected calibration error (ECE) on held-back folds of those predictions, so the figure
reported after calibration is not measured on what the map was fitted to.

A map is plain data (``{"method": ..., params}``), stored with the model and applied with
``apply``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .label_scores import calibration

Held = tuple[dict[str, float], str]  # (class probabilities, gold label) of one example
Method = Callable[[list[Held]], dict]
FOLDS = 5
EPS = 1e-6


def top(probs: dict[str, float]) -> tuple[str, float]:
    label = max(probs, key=probs.__getitem__)
    return label, probs[label]


def apply(params: dict | None, probs: dict[str, float]) -> tuple[str, float]:
    """The best label and its calibrated probability."""
    label, score = top(probs)
    method = (params or {}).get("method", "none")
    if method == "temperature":
        return label, _tempered(probs, params["t"])[label]
    if method == "platt":
        return label, _sigmoid(params["a"] * _logit(score) + params["b"])
    if method == "isotonic":
        return label, _step(params["x"], params["y"], score)
    return label, score


def fit(held: Sequence[Held], *, folds: int = FOLDS) -> dict:
    """The map with the lowest cross-validated ECE on ``held`` (possibly none), fitted on
    all of ``held``, with the ECE of each method (``"ece_by_method"``), before and after
    (``"ece_before"``, ``"ece_after"``) and the reliability table after (``"bins_after"``,
    each held-back score mapped by a map fitted without it)."""
    held = list(held)
    scored = {name: _cv_scored(method, held, folds) for name, method in METHODS.items()}
    by_method = {name: calibration(pairs).ece for name, pairs in scored.items()}
    best = min(by_method, key=lambda name: (round(by_method[name], 4), name != "none"))
    params = METHODS[best](held)
    return {**params, "ece_before": by_method["none"], "ece_after": by_method[best],
            "ece_by_method": by_method,
            "bins_after": [list(b) for b in calibration(scored[best]).bins]}


def _scored(params: dict | None, held: Sequence[Held]) -> list[tuple[float, bool]]:
    out = []
    for probs, gold in held:
        label, score = apply(params, probs)
        out.append((score, label == gold))
    return out


def _cv_scored(method: Method, held: list[Held], folds: int) -> list[tuple[float, bool]]:
    """Each example's score under ``method``'s map fitted on the other folds."""
    k = max(2, min(folds, len(held)))
    scored: list[tuple[float, bool]] = []
    for fold in range(k):
        test = held[fold::k]
        train = [h for i, h in enumerate(held) if i % k != fold]
        scored += _scored(method(train), test)
    return scored


# -- the maps ---------------------------------------------------------------------------
def _none(_held: list[Held]) -> dict:
    return {"method": "none"}


def _temperature(held: list[Held]) -> dict:
    """The temperature (probabilities to the power 1/T) that best predicts the gold labels:
    log-loss minimised over a log-spaced grid, then refined around the best point."""
    def loss(t: float) -> float:
        return -sum(math.log(max(_tempered(p, t).get(g, 0.0), EPS)) for p, g in held)

    grid = [math.exp(x / 10) for x in range(-23, 31)]  # 0.1 .. 20
    best = min(grid, key=loss)
    for _ in range(2):
        grid = [best * math.exp(x / 100) for x in range(-10, 11)]
        best = min(grid, key=loss)
    return {"method": "temperature", "t": best}


def _platt(held: list[Held]) -> dict:
    """Logistic regression of "right" on the logit of the top score (Newton's method, the
    step halved until the log-loss goes down)."""
    xs = [_logit(top(p)[1]) for p, _ in held]
    ys = [float(top(p)[0] == g) for p, g in held]

    def loss(a: float, b: float) -> float:
        return -sum(math.log(max(_sigmoid(a * x + b) if y else 1 - _sigmoid(a * x + b), EPS))
                    for x, y in zip(xs, ys, strict=True))

    a, b = 1.0, 0.0
    current = loss(a, b)
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for x, y in zip(xs, ys, strict=True):
            p = _sigmoid(a * x + b)
            w = max(p * (1 - p), EPS)
            ga += (p - y) * x
            gb += p - y
            haa += w * x * x
            hab += w * x
            hbb += w
        det = haa * hbb - hab * hab + 1e-9
        step_a, step_b = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        size = 1.0
        while size > 1e-4 and loss(a - size * step_a, b - size * step_b) > current:
            size /= 2
        if size <= 1e-4:
            break
        a, b = a - size * step_a, b - size * step_b
        previous, current = current, loss(a, b)
        if previous - current < 1e-9:
            break
    return {"method": "platt", "a": a, "b": b}


def _isotonic(held: list[Held]) -> dict:
    """Pool-adjacent-violators on (top score, right): a non-decreasing step function."""
    grouped: dict[float, list[float]] = {}  # top score -> [right, count]
    for probs, gold in held:
        label, score = top(probs)
        entry = grouped.setdefault(score, [0.0, 0.0])
        entry[0] += label == gold
        entry[1] += 1
    blocks: list[list[float]] = []  # [sum of y, count, highest x]
    for x in sorted(grouped):
        blocks.append([*grouped[x], x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            y2, n2, x2 = blocks.pop()
            blocks[-1][0] += y2
            blocks[-1][1] += n2
            blocks[-1][2] = x2
    # (right + 1/2) / (count + 1): a block of three right answers is not a certainty.
    return {"method": "isotonic", "x": [b[2] for b in blocks],
            "y": [(b[0] + 0.5) / (b[1] + 1) for b in blocks]}


METHODS: dict[str, Method] = {"none": _none, "temperature": _temperature,
                              "platt": _platt, "isotonic": _isotonic}


# -- arithmetic ---------------------------------------------------------------------------
def _tempered(probs: dict[str, float], t: float) -> dict[str, float]:
    powered = {k: math.exp(math.log(max(v, EPS)) / t) for k, v in probs.items()}
    total = sum(powered.values())
    return {k: v / total for k, v in powered.items()}


def _logit(p: float) -> float:
    p = min(max(p, EPS), 1 - EPS)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def _step(xs: list[float], ys: list[float], score: float) -> float:
    """The isotonic map at ``score``: the value of the first block reaching it."""
    for x, y in zip(xs, ys, strict=True):
        if score <= x:
            return y
    return ys[-1] if ys else score
