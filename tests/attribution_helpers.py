"""What the attribution tests read from a parsed sentence: its sources' and cues' texts."""

from __future__ import annotations

from spacy.language import Language


def sources(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)  # the spans need their doc alive while they are read
    return [span.text for span in doc.spans["sources"]]


def cues(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [span.text for span in doc.spans["source_cues"]]
