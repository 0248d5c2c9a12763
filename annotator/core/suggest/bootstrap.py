"""Resamplings of held-back documents, for deciding whether learning is clearly ahead of the
rules: suggestions cluster in articles, so whole documents are drawn, not sentences."""

from __future__ import annotations

import numpy as np

RESAMPLES = 1000
SURE = 0.95  # a way replaces another when better in this share of resamplings


def document_draws(documents: int) -> np.ndarray:
    """``RESAMPLES`` draws with replacement of ``documents`` document indices each, the same
    on every call (seeded), so a decision does not change from one training to the next."""
    return np.random.default_rng(0).integers(0, documents, (RESAMPLES, documents))
