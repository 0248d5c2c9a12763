"""The tok2vec component run with its word embeddings remembered per document.

A spaCy ``Tok2Vec.v2`` model (``MultiHashEmbed`` then a window encoder) first embeds each
token from its own attributes alone (NORM, PREFIX, SUFFIX, SHAPE, ...): hashed tables, a
maxout layer and a layer norm, with no context. A news article repeats most of its words
(three tokens in four of a 1,000-sentence article were seen before in it), so each distinct
row of attributes is embedded once per document and the rows are copied, and only the
encoder, which reads the context, runs on every token. The vectors are the model's to the
bit with OpenBLAS (with another BLAS, to float32 rounding): the embedding is computed row by
row, and a matrix product of 5 rows or more gives each row the same float32 value whatever
the other rows (with fewer, numpy's BLAS takes another path, so a batch of fewer than
``MIN_ROWS`` tokens runs as the model does, and new rows are padded to that many).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import Model

MIN_ROWS = 32
_EMBED_LAYERS = ["extract_features", "list2ragged", None, None, "ragged2list"]


def _parts(proc: object) -> tuple[Model, Model, Model, Model, Model] | None:
    """(features, hash tables, projection, whole embedding, encoder) of a tok2vec component
    whose embedding is features >> ragged >> hash tables >> maxout >> ragged2list, else None
    (static vectors or another architecture: it then runs as it is)."""
    if not isinstance(proc, Tok2Vec) or len(proc.model.layers) != 2:
        return None
    embed, encode = proc.model.layers
    names = [layer.name for layer in embed.layers]
    if len(names) != len(_EMBED_LAYERS) or any(
            want is not None and name != want for name, want in zip(names, _EMBED_LAYERS)):
        return None
    if not names[2].startswith("with_array(") or "hashembed" not in names[2] or \
            "staticvectors" in names[2] or names[3] != "with_array(maxout>>layernorm>>dropout)":
        return None
    features, _, tables, projection, _ = embed.layers
    return features, tables, projection, embed, encode


def can_remember(proc: object) -> bool:
    return _parts(proc) is not None


class DocumentEmbeddings:
    """One document's embedded attribute rows, for one tok2vec component."""

    def __init__(self, proc: Tok2Vec) -> None:
        parts = _parts(proc)
        if parts is None:
            raise ValueError("this tok2vec model's embedding cannot be remembered")
        self.proc = proc
        self.features, self.tables, self.projection, self.embed, self.encode = parts
        self.rows: dict[bytes, int] = {}
        self.vectors = np.empty((0, 0), dtype="float32")

    def pipe(self, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
        """What ``proc.pipe(docs, batch_size=batch_size)`` gives."""
        for batch in minibatch(docs, batch_size):
            if any(len(doc) for doc in batch):
                self.proc.set_annotations(batch, self.encode.predict(self._embedded(batch)))
            else:
                self.proc.set_annotations(batch, self.proc.predict(batch))
            yield from batch

    def _embedded(self, docs: list[Doc]) -> list[np.ndarray]:
        per_doc = self.features.predict(docs)
        attrs = np.ascontiguousarray(np.concatenate(per_doc))
        if len(attrs) < MIN_ROWS:
            return self.embed.predict(docs)
        width = attrs.shape[1] * attrs.itemsize
        raw = attrs.tobytes()
        keys = [raw[i:i + width] for i in range(0, len(raw), width)]
        new: dict[bytes, int] = {}  # key -> its first row in this batch
        for i, key in enumerate(keys):
            if key not in self.rows and key not in new:
                new[key] = i
        if new:
            self._add(new, attrs)
        index = np.fromiter((self.rows[key] for key in keys), dtype=np.int64, count=len(keys))
        out = self.vectors[index]
        return list(self.embed.ops.unflatten(out, self.embed.ops.asarray1i(
            [len(doc) for doc in docs])))

    def _add(self, new: dict[bytes, int], attrs: np.ndarray) -> None:
        at = list(new.values())
        padded = at + [0] * (MIN_ROWS - len(at))
        vectors = self.projection.predict(self.tables.predict(attrs[padded]))[:len(at)]
        start = len(self.rows)
        if start + len(at) > len(self.vectors):
            grown = np.empty((max(2 * len(self.vectors), start + len(at), 1024),
                              vectors.shape[1]), dtype=vectors.dtype)
            if start:
                grown[:start] = self.vectors[:start]
            self.vectors = grown
        self.vectors[start:start + len(at)] = vectors
        for offset, key in enumerate(new):
            self.rows[key] = start + offset
