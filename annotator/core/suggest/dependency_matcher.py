"""spaCy's DependencyMatcher, its node tests read from token arrays.

The DependencyMatcher first finds, with a token Matcher, every token that each node of each
pattern may stand for; that Matcher tests ``{"LEMMA": {"IN": [...]}}`` and the like in
Python, one Token object per token and set, and then climbs each found token's ancestors
with more Token objects. Here the same tests are set lookups on a few columns of
``Doc.to_array`` and the roots come from the HEAD column: the same positions, in the same
order, so the same matches; the tree matching after it is spaCy's own. A pattern with any
other kind of node test (a regex, a morphology set, an operator) keeps spaCy's way for
every doc.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDS, LEMMA, MORPH, POS, TAG
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Attributes the Matcher requires annotation for (it raises without it; so does spaCy's way).
ANNOTATED = (TAG, POS, MORPH, LEMMA, DEP)
# Token attributes whose Doc.to_array value is the one the Matcher compares.
READABLE = {"ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "SHAPE", "ENT_TYPE"}

NodeTest = tuple[tuple[int, bool, frozenset[int]], ...]  # (attribute, in?, string ids)
MEMO_SIZE = 200_000  # distinct token rows remembered; forgotten all at once past it


def node_test(spec: dict[str, Any]) -> NodeTest | None:
    """A node's RIGHT_ATTRS as (attribute, IN rather than NOT_IN, string ids) tests, or
    None if it holds anything else."""
    tests = []
    for attr, value in spec.items():
        if attr not in READABLE:
            return None
        if isinstance(value, str):
            op, values = "IN", [value]
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"} \
                and all(isinstance(v, str) for v in next(iter(value.values()))):
            op, values = next(iter(value.items()))
        else:
            return None
        tests.append((IDS[attr], op == "IN", frozenset(map(get_string_id, values))))
    return tuple(tests)


class ArrayDependencyMatcher(DependencyMatcher):
    """A DependencyMatcher whose node tests read token arrays (same matches, same order)."""

    def __init__(self, vocab, *, validate: bool = False) -> None:
        super().__init__(vocab, validate=validate)
        self._nodes: list[tuple[int, NodeTest | None]] = []  # in the inner Matcher's order
        self._compile()

    def add(self, key, patterns, *, on_match=None) -> None:
        super().add(key, patterns, on_match=on_match)
        key = self._normalize_key(key)
        # The node patterns just added to the inner Matcher, in the order it was given them.
        for pattern, matcher_keys in zip(self._patterns[key][-len(patterns):],
                                         self._tokens_to_key[key][-len(patterns):],
                                         strict=True):
            for (spec,), matcher_key in zip(pattern, matcher_keys, strict=True):
                self._nodes.append((matcher_key, node_test(spec)))
        self._compile()

    def remove(self, key) -> None:
        gone = {k for keys in self._tokens_to_key.get(self._normalize_key(key), [])
                for k in keys}
        super().remove(key)
        self._nodes = [(k, test) for k, test in self._nodes if k not in gone]
        self._compile()

    def _compile(self) -> None:
        """The columns the node tests read, each test on its column's index, and an empty
        memo of which nodes a row of those columns passes (words recur from doc to doc)."""
        self._arrays = all(test is not None for _, test in self._nodes)
        tests = [test or () for _, test in self._nodes]
        self._attrs = sorted({attr for test in tests for attr, _, _ in test})
        column = {attr: i for i, attr in enumerate(self._attrs)}
        self._tests = [tuple((column[attr], want, ids) for attr, want, ids in test)
                       for test in tests]
        self._annotated = [attr for attr in ANNOTATED if attr in self._attrs]
        self._memo: dict[tuple[int, ...], tuple[int, ...]] = {}

    def _passed(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The indices of the nodes whose tests a token with these column values passes."""
        found = self._memo.get(row)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[row] = tuple(
                n for n, test in enumerate(self._tests)
                if all((row[col] in ids) == want for col, want, ids in test))
        return found

    def _get_keys_to_position_maps(self, doc):
        if not self._arrays or not isinstance(doc, Doc) or not self._attrs or any(
                not doc.has_annotation(attr) for attr in self._annotated):
            return super()._get_keys_to_position_maps(doc)
        rows = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs)).tolist()
        heads = None
        keys_to_position_maps = defaultdict(lambda: defaultdict(list))
        # Token by token, node by node: the order in which the inner Matcher finds them.
        for i, row in enumerate(rows):
            passed = self._passed(tuple(row))
            if not passed:
                continue
            if heads is None:
                heads = doc.to_array(HEAD).view(numpy.int64).tolist()  # relative offsets
            by_key = keys_to_position_maps[_root(heads, i)]
            for n in passed:
                by_key[self._nodes[n][0]].append(i)
        return keys_to_position_maps


def _root(heads: list[int], i: int) -> int:
    """The last of token ``i``'s ancestors (``Token.ancestors``: at most one step a token)."""
    for _ in range(len(heads)):
        if heads[i] == 0:
            break
        i += heads[i]
    return i
