"""The most useful sentence to tag next: the one the models are least sure of.

As in Prodigy's teach recipes and INCEpTION's active learning, a sentence is worth tagging
when a suggestion about it is close to a coin toss: its tag teaches the model the most.
Uncertainty is ``1 - |2p - 1|`` for each score ``p`` (1 at 0.5, 0 at 0 or 1) and a
sentence counts as uncertain as its least certain suggestion or candidate.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping


def uncertainty(scores: Iterable[float]) -> float:
    """How close the least certain of ``scores`` (probabilities) is to an even chance."""
    return max((1 - abs(2 * p - 1) for p in scores), default=0.0)


def most_useful(uncertainties: Mapping[Hashable, float]) -> list[Hashable]:
    """Keys from the most to the least uncertain; ties keep the mapping's (reading) order."""
    order = {key: n for n, key in enumerate(uncertainties)}
    return sorted(uncertainties, key=lambda key: (-uncertainties[key], order[key]))
