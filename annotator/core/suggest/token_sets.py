"""Word sets of token patterns as lexeme flags, which spaCy's Matcher tests in C.

The Matcher tests ``{"LOWER": {"IN": [...]}}`` in Python, building a Token object for each
token and set; a lexeme flag holding the same test is one bit read in C. Same matches, and
the attribution patterns (sets of cue forms on most tokens) match about twice as fast.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDS, LOWER
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

SET_ATTRS = ("LOWER", "ORTH")
FREE_FLAGS = range(IDS["FLAG19"], IDS["FLAG63"] + 1)  # spaCy's own flags are 1-18


class InSet:
    """A lexeme flag's getter: whether the word's ``attr`` ("LOWER", "ORTH") is in
    ``values``, computed as the vocab computes that attribute."""

    def __init__(self, attr: str, values: frozenset[str], vocab: Vocab) -> None:
        self.attr, self.values = attr, values
        self.lower = vocab.lex_attr_getters.get(LOWER, str.lower)

    def __call__(self, orth: str) -> bool:
        return (self.lower(orth) if self.attr == "LOWER" else orth) in self.values


def flag_matcher(vocab: Vocab) -> Matcher:
    """A Matcher for patterns made by :func:`flagged` (spaCy's validation knows no flags:
    :func:`flagged` validates the patterns as written)."""
    return Matcher(vocab, validate=False)


def flagged(pattern: list[dict[str, Any]], vocab: Vocab) -> list[dict[str, Any]]:
    """``pattern`` (validated) with each LOWER or ORTH ``IN`` set replaced by a lexeme flag
    of ``vocab``; a set stays as it is once the 45 free flags are taken."""
    if errors := validate_token_pattern(pattern):
        raise ValueError(f"invalid token pattern {pattern}: {errors}")
    return [_flag_sets(spec, vocab) for spec in pattern]


def _flag_sets(spec: dict[str, Any], vocab: Vocab) -> dict[str, Any]:
    out = dict(spec)
    for attr in SET_ATTRS:
        value = spec.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"}:
            flag = _flag(vocab, attr, frozenset(value["IN"]))
            if flag is not None:
                del out[attr]
                out[flag] = True
    return out


def _flag(vocab: Vocab, attr: str, values: frozenset[str]) -> int | None:
    """The flag that tests ``attr`` in ``values``: the vocab's own if it has one already
    (another pattern, another component on the same vocab), else a new one."""
    getters = vocab.lex_attr_getters
    for flag, getter in getters.items():
        if isinstance(getter, InSet) and (getter.attr, getter.values) == (attr, values):
            return flag
    free = next((flag for flag in FREE_FLAGS if flag not in getters), None)
    return None if free is None else vocab.add_flag(InSet(attr, values, vocab), free)
