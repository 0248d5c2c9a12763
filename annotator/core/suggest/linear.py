"""A small multinomial logistic regression over sparse string features, in numpy.

The learned source finder and the type and quote classifiers score a few thousand
candidates with a few dozen features each: a linear model trains in well under a second on
CPU (full-batch Adam), predicts in microseconds, stores in a few hundred kilobytes, and its
probabilities are close to calibrated, which a ranking by uncertainty needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

EPOCHS = 150
RATE = 0.1
L2 = 1e-2
MIN_COUNT = 1  # a feature seen once in the tags still counts: projects are small


@dataclass
class Linear:
    """Weights per (feature, label); ``labels[0]`` is the negative class of a binary model."""

    labels: list[str]
    vocab: dict[str, int]
    weights: np.ndarray  # (features + 1, labels); the last row is the bias

    def probabilities(self, rows: Sequence[Sequence[str]], prior: np.ndarray | None = None
                      ) -> np.ndarray:
        """(rows, labels) probabilities; unknown features are ignored; ``prior``: fixed
        scores per (row, label) added to the learned ones (what the rules say)."""
        if not rows:
            return np.zeros((0, len(self.labels)))
        index, offsets = _encode(rows, self.vocab)
        scores = _scores(self.weights, index, offsets, len(rows))
        return _softmax(scores if prior is None else scores + prior)

    def predict(self, rows: Sequence[Sequence[str]], prior: np.ndarray | None = None
                ) -> list[tuple[str, float]]:
        probs = self.probabilities(rows, prior)
        return [(self.labels[int(i)], float(p[i])) for p, i in zip(probs, probs.argmax(1))]

    def to_dict(self) -> dict:
        return {"labels": self.labels, "vocab": self.vocab,
                "shape": list(self.weights.shape),
                "weights": self.weights.astype(np.float32).tobytes()}

    @classmethod
    def from_dict(cls, data: dict) -> Linear:
        weights = np.frombuffer(data["weights"], dtype=np.float32).reshape(data["shape"])
        return cls(list(data["labels"]), dict(data["vocab"]), weights.astype(np.float64))


def fit(rows: Sequence[Sequence[str]], targets: Sequence[str], labels: Sequence[str], *,
        epochs: int = EPOCHS, l2: float = L2, weight: dict[str, float] | None = None,
        prior: np.ndarray | None = None) -> Linear:
    """Train on feature lists and their labels; ``weight``: a weight per label (e.g. to
    count positives more); ``prior``: fixed scores per (row, label), so that the weights
    learn corrections to them (with little data, the prior's answer stands)."""
    counts = Counter(f for row in rows for f in set(row))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    labels = list(labels)
    column = {label: i for i, label in enumerate(labels)}
    y = np.array([column[t] for t in targets])
    sample = np.array([(weight or {}).get(t, 1.0) for t in targets])
    sample = sample / sample.mean() if len(sample) else sample
    index, offsets = _encode(rows, vocab)
    n = len(rows)
    if n == 0:
        raise ValueError("nothing to train on")
    weights = np.zeros((len(vocab) + 1, len(labels)))
    first, second = np.zeros_like(weights), np.zeros_like(weights)
    onehot = np.eye(len(labels))[y]
    owner = np.repeat(np.arange(n), np.diff(np.append(offsets, len(index))))
    features = len(vocab)
    for step in range(1, epochs + 1):
        scores = _scores(weights, index, offsets, n)
        probs = _softmax(scores if prior is None else scores + prior)
        error = (probs - onehot) * sample[:, None] / n
        grad = np.empty_like(weights)
        for label in range(len(labels)):  # bincount sums a column far faster than add.at
            grad[:-1, label] = np.bincount(index, error[owner, label], minlength=features)
        grad[-1] = error.sum(0)
        grad[:-1] += l2 * weights[:-1]
        first = 0.9 * first + 0.1 * grad
        second = 0.999 * second + 0.001 * grad**2
        weights -= RATE * (first / (1 - 0.9**step)) / (
            np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return Linear(labels, vocab, weights)


def _encode(rows: Sequence[Sequence[str]], vocab: dict[str, int]
            ) -> tuple[np.ndarray, np.ndarray]:
    """Flat feature indexes and each row's offset into them."""
    index: list[int] = []
    offsets = []
    for row in rows:
        offsets.append(len(index))
        index.extend({vocab[f] for f in row if f in vocab})
    return np.array(index, dtype=np.int64), np.array(offsets, dtype=np.int64)


def _scores(weights: np.ndarray, index: np.ndarray, offsets: np.ndarray, n: int
            ) -> np.ndarray:
    scores = np.tile(weights[-1], (n, 1))
    if len(index):
        lengths = np.diff(np.append(offsets, len(index)))
        owner = np.repeat(np.arange(n), lengths)
        for label in range(weights.shape[1]):
            scores[:, label] += np.bincount(owner, weights[index, label], minlength=n)
    return scores


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(1, keepdims=True)
