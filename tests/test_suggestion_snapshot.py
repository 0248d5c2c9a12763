"""The snapshot comparison never shows a sentence of a part that only measures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from suggestion_snapshot import difference  # noqa: E402


def line(text: str, verdict: str) -> str:
    return json.dumps({"doc": "d", "i": 0, "text": text, "verifiability": verdict},
                      ensure_ascii=False)  # as the snapshot writes its lines


def test_a_development_sentence_is_shown_before_and_after():
    shown = difference(("attribution fr dev a1", 3), line("Le maire a parlé.", "verifiable"),
                       line("Le maire a parlé.", "opinion"), frozenset())
    assert shown.count("Le maire a parlé.") == 2 and "opinion" in shown


def test_unseen_and_check_sentences_are_only_located():
    for key, hidden in ((("verifiability en unseen a2", 5), frozenset()),
                        (("ud fr_sequoia-ud-train.conllu 40", 7),
                         frozenset({"La salle ouvre demain."}))):
        shown = difference(key, line("La salle ouvre demain.", "verifiable"),
                           line("La salle ouvre demain.", "prediction"), hidden)
        assert "La salle" not in shown and "prediction" not in shown
        assert key[0] in shown and str(key[1]) in shown
