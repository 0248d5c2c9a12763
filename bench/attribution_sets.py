"""The real-news sets the attribution bench scores on.

- French: Wikinews articles (CC BY 2.5) annotated by hand with the DOMAIN conventions, in
  ``tests/data/attribution/`` (development parts ``dev`` and ``train``, an unseen part, and a
  ``check`` part annotated before any rule was revised on it, which only measures).
- French regional news: the Est Républicain sentences of UD French Sequoia (LGPL-LR),
  annotated by hand with the same conventions, in ``tests/data/attribution/fr_sequoia_*``:
  a ``train`` part (development) and a ``check`` part that only measures. Absent parts are
  simply not scored.
- English Wikinews: 72 articles (CC BY 2.5), 24 in GUM's sentences and 48 of 2019-2020 as
  Annotator segments them, annotated by hand with the same conventions and types, in
  ``tests/data/attribution/`` (development parts ``dev`` and ``train``, an unseen part, and
  a ``check`` part of 14 articles of 2019-2020 that only measures, like the French one).
- English: PolNeAR (Newell et al. 2018), read from a bare git copy of
  github.com/networkdynamics/PolNeAR at bench time (publishers' text stays out of this
  repository). Its train split is the development part (a fixed sample of its articles), its
  dev split the unseen part; its test split is never read. Sentences are CoreNLP's, as
  shipped; a sentence's gold sources are the PolNeAR source spans inside it, ``direct`` when
  the attributed content holds quote marks.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from annotator.core.suggest.evaluate import GoldSentence, GoldSource, load_gold

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "attribution"
POLNEAR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
SPLITS = {"dev": "train", "unseen": "dev"}  # our part -> PolNeAR split; never "test"
QUOTES = re.compile("[\"“”«»]|''|``")
# An annotation's first line ("T12<tab>..."): a span's text may run over several lines.
ANN_ID = re.compile(r"[A-Z]\d+\t")


@dataclass(frozen=True)
class Article:
    name: str
    text: str  # the sentences joined by one space, for tools that read whole articles
    sentences: list[GoldSentence]


def french(part: str) -> list[Article]:
    return _articles(load_gold(GOLD / f"fr_wikinews_{part}.gold.json"))


def sequoia_gold(part: str, folder: Path = GOLD) -> Path:
    return folder / f"fr_sequoia_{part}.gold.json"


def french_sequoia(part: str, folder: Path = GOLD) -> list[Article]:
    """The regional news of ``part`` (``train`` or ``check``), articles in file order."""
    return _articles(load_gold(sequoia_gold(part, folder)))


def english_wikinews(part: str) -> list[Article]:
    return _articles(load_gold(GOLD / f"en_wikinews_{part}.gold.json"))


def _articles(sentences: list[GoldSentence]) -> list[Article]:
    names = list(dict.fromkeys(s.article for s in sentences))
    out = []
    for name in names:
        own = [s for s in sentences if s.article == name]
        out.append(Article(name, " ".join(s.text for s in own), own))
    return out


def english(part: str, git_dir: Path = POLNEAR, *, every: int = 10, start: int = 0
            ) -> list[Article]:
    """PolNeAR articles of ``part``; the train split is sampled (every ``every``-th
    article from the ``start``-th) to keep the run short."""
    split = SPLITS[part]
    names = sorted(_git(git_dir, "ls-tree", "--name-only", f"HEAD:data/{split}/text").split())
    if split == "train":
        names = names[start::every]
    anns = _git(git_dir, "ls-tree", "--name-only", f"HEAD:data/{split}/attributions").split()
    out = []
    for file in names:
        stem = file.removesuffix(".txt")
        ann = next((a for a in sorted(anns) if a.rsplit("_", 1)[0] == stem), None)
        if ann is None:
            continue
        try:  # the copy may lack its largest files
            xml = _git(git_dir, "show", f"HEAD:data/{split}/corenlp/{file}.xml")
        except subprocess.CalledProcessError:
            continue
        text = _git(git_dir, "show", f"HEAD:data/{split}/text/{file}")
        sources = _sources(_git(git_dir, "show", f"HEAD:data/{split}/attributions/{ann}"))
        out.append(_article(stem, text, _sentence_spans(xml), sources))
    return out


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True, text=True).stdout


def _sentence_spans(xml: str) -> list[tuple[int, int]]:
    spans = []
    for sentence in ET.fromstring(xml).iter("sentence"):
        tokens = sentence.find("tokens")
        if tokens is None or not len(tokens):
            continue
        spans.append((int(tokens[0].findtext("CharacterOffsetBegin")),
                      int(tokens[-1].findtext("CharacterOffsetEnd"))))
    return spans


def _sources(ann: str) -> list[tuple[int, int, bool]]:
    """(start, end, direct) of each attribution's source, from the brat standoff file."""
    spans: dict[str, tuple[str, int, int]] = {}
    for line in ann.splitlines():
        if ANN_ID.match(line) and line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            label, offsets = info.split(" ", 1)
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[tid] = (label, pieces[0][0], pieces[-1][1])
    found = []
    for line in ann.splitlines():
        if not (ANN_ID.match(line) and line.startswith("E")):
            continue
        args = dict(arg.split(":") for arg in line.split("\t")[1].split()[1:])
        if "Source" not in args or args["Source"] not in spans:
            continue
        _, start, end = spans[args["Source"]]
        content = spans.get(args.get("Content", ""))
        found.append((start, end, content is not None and _has_quote(content, ann)))
    return found


def _has_quote(content: tuple[str, int, int], ann: str) -> bool:
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1].startswith(f"Content {content[1]} "):
            return bool(QUOTES.search(parts[2]))
    return False


def _article(name: str, text: str, spans: list[tuple[int, int]],
             sources: list[tuple[int, int, bool]]) -> Article:
    sentences = []
    for start, end in spans:
        inside = sorted((s, e, d) for s, e, d in sources if start <= s and e <= end)
        details = [GoldSource([text[s:e]], None, "direct" if d else "indirect")
                   for s, e, d in inside]
        sentences.append(GoldSentence(text[start:end], "en", [d.alternatives for d in details],
                                      None, details, name))
    return Article(name, " ".join(s.text for s in sentences), sentences)
