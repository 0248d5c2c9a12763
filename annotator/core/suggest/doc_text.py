"""A doc's text, joined once: spaCy's ``Doc.text`` joins every token again on each read,
and several rules read it for every sentence."""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "annotator.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, remembered in the doc's user data (tokens keep their text when merged,
    so it cannot go stale)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
