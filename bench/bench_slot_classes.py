"""Can learned cues generalise over classes of slots instead of single verbs? Shares of the
subjects no rule suggests that PolNeAR tags, per slot class, on development articles.

PolNeAR's sources the rules miss are spread over hundreds of verbs, so a cue learned per
verb never has enough tags to clear the break-even (a suggestion raises F1 when it is right
more often than half the F1, about 0.31). This study asks whether a class of slots (the
subject of any verb with a clause complement, of a verb of a broad stance, communication or
cognition list, a named subject, ...) would: for each class it prints, over the subjects
(and agents) no rule suggested (the slots of :mod:`learned_cues`), how many exist, the share
PolNeAR tags, the lower end of its Wilson interval, and the source F1 if every such subject
were suggested beside the rules' (a suggestion matches a source when it covers half of its
characters, as the held-back tallies count). Also: the ceiling of the route (every tagged
slot suggested and no other), and a linear model over the same class features trained on
the tags of the first N sentences of one group of articles, scored on the other.

Read only from PolNeAR's train split (a bare git copy, as bench_learning.py), and only from
articles outside bench_learning.py's sample (it takes every 12th from the first; these are
every 12th from ``--starts``): the bench's scored half is never used to choose anything,
and PolNeAR's test split is never read. Articles are grouped as the bench splits its
halves, by publisher (Breitbart, HuffPost, NYT, Politico / USA Today, the Washington Post,
the Western Journal).

    python bench/bench_slot_classes.py [--starts 1,2,...,11] [--sizes 400,1000,2500]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_sets import POLNEAR, english  # noqa: E402
from bench_learning import _tags  # noqa: E402

from annotator.core.suggest import linear  # noqa: E402
from annotator.core.suggest.learned_cues import slots, wilson  # noqa: E402
from annotator.core.suggest.learned_spans import TaggedSource  # noqa: E402
from annotator.core.suggest.learned_tally import matches  # noqa: E402
from annotator.core.suggest.lexicon import cues  # noqa: E402
from annotator.core.suggest.mentions import carry_types  # noqa: E402
from annotator.core.suggest.pipeline import suggestion_for, suggestion_pipeline  # noqa: E402
from annotator.core.suggest.spans import QUOTE_MARKS, quotations  # noqa: E402

TAGGED_PUBLISHERS = ("breitbart", "huff-post", "nyt", "politico")  # the bench's tagged half
# Verbs of stance, communication and cognition beyond the rules' cue lists.
BROAD_VERBS = frozenset((
    "want", "see", "think", "believe", "hope", "plan", "try", "seek", "argue", "push",
    "call", "urge", "vow", "promise", "refuse", "oppose", "support", "back", "endorse",
    "criticize", "criticise", "attack", "praise", "blame", "accuse", "defend", "ask",
    "demand", "insist", "suggest", "propose", "pledge", "threaten", "warn", "admit", "deny",
    "acknowledge", "agree", "disagree", "reject", "dismiss", "question", "challenge",
    "favor", "favour", "fear", "worry", "expect", "predict", "know", "understand", "feel",
    "view", "consider", "like", "love", "hate", "prefer", "intend", "decide", "choose",
    "vote", "press", "lobby", "fight", "campaign", "tout", "hail", "slam", "blast", "knock",
    "mock", "condemn", "applaud", "welcome", "embrace", "concede", "recall", "remember",
    "describe", "characterize", "label", "dub"))
STATEMENT_NOUNS = frozenset((
    "statement", "view", "position", "claim", "comment", "remark", "argument", "plan",
    "proposal", "promise", "pledge", "warning", "message", "opinion", "belief", "stance",
    "criticism", "question", "answer", "response", "speech", "interview", "assessment",
    "analysis", "report", "testimony", "call", "demand"))
PERSON_TYPES = frozenset({"politician", "expert", "media", "government"})
POSSESSIVE = frozenset({"nmod:poss", "poss"})


@dataclass(frozen=True)
class SlotRow:
    """A subject no rule suggested, with what its class features say."""

    start: int
    end: int
    tagged: bool
    features: dict[str, str | bool]


@dataclass(frozen=True)
class SentenceRow:
    article: str
    rules: list[tuple[int, int]]
    tags: list[TaggedSource]
    slots: list[SlotRow]


def sentence_rows(starts: list[int]) -> list[SentenceRow]:
    nlp = suggestion_pipeline("en")
    lists = cues("en")
    out = []
    for start in starts:
        for article in english("dev", every=12, start=start):
            docs = list(nlp.pipe([s.text for s in article.sentences]))
            found = carry_types((suggestion_for(doc), doc) for doc in docs)
            for sentence, doc, result in zip(article.sentences, docs, found, strict=True):
                tags = _tags(sentence)
                rules = [(r.start, r.end) for r in result.sources]
                quoted = {i for a, b in quotations(doc, doc.text) for i in range(a, b)}
                rows = []
                for slot in slots(doc, lists, quoted):
                    if any(a < slot.end and slot.start < b for a, b in rules):
                        continue
                    token = next(t for t in doc if t.idx <= slot.head < t.idx + len(t))
                    rows.append(SlotRow(slot.start, slot.end,
                                        any(t.start <= slot.head < t.end for t in tags),
                                        _features(token, slot.type, slot.lemma)))
                rows += _possessors(doc, rules, tags)
                out.append(SentenceRow(article.name, rules, tags, rows))
    return out


def _possessors(doc, rules: list[tuple[int, int]], tags: list[TaggedSource]
                ) -> list[SlotRow]:
    """Possessors of statement nouns no rule suggested ("his comments", "Cruz's view")."""
    out = []
    for token in doc:
        if token.dep_ not in POSSESSIVE or token.head.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        start, end = token.left_edge.idx, token.idx + len(token)
        if any(a < end and start < b for a, b in rules):
            continue
        features = _features(token, "other", token.head.lemma_.lower())
        out.append(SlotRow(start, end, any(t.start <= token.idx < t.end for t in tags),
                           {**features, "possessor": True}))
    return out


def _features(subject, kind: str, lemma: str) -> dict[str, str | bool]:
    verb = subject.head
    children = list(verb.children)
    clause = [c for c in children if c.dep_ == "ccomp"]
    return {
        "clause": bool(clause),
        "that": any(g.dep_ == "mark" and g.lower_ == "that" for c in clause for g in c.children),
        "to": any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                  for c in children),
        "statement_object": any(c.dep_ == "obj" and c.lemma_.lower() in STATEMENT_NOUNS
                                for c in children),
        "broad": lemma in BROAD_VERBS,
        "named": subject.pos_ == "PROPN",
        "pronoun": subject.pos_ == "PRON",
        "person": kind in PERSON_TYPES,
        "agent": subject.dep_ == "obl:agent",
        "quotes": any(t.text in QUOTE_MARKS for t in subject.doc),
        "main": verb.dep_ == "ROOT",
        "after": subject.i > verb.i,
        "type": kind, "lemma": lemma, "verb_pos": verb.pos_, "possessor": False,
    }


CLASSES: dict[str, Callable[[dict], bool]] = {
    "clause complement": lambda f: f["clause"],
    "'that' clause": lambda f: f["that"],
    "clause, named subject": lambda f: f["clause"] and f["named"],
    "clause, person or role": lambda f: f["clause"] and f["person"],
    "clause, agent of a passive": lambda f: f["clause"] and f["agent"],
    "'to' infinitive": lambda f: f["to"],
    "'to' infinitive, person": lambda f: f["to"] and f["person"],
    "statement noun object": lambda f: f["statement_object"],
    "broad verb list": lambda f: f["broad"],
    "broad verb, main clause": lambda f: f["broad"] and f["main"],
    "broad verb, person": lambda f: f["broad"] and f["person"],
    "named subject": lambda f: f["named"],
    "named, main clause": lambda f: f["named"] and f["main"],
    "named, main, quote marks": lambda f: f["named"] and f["main"] and f["quotes"],
    "media or expert type": lambda f: f["type"] in ("media", "expert"),
    "possessor of a statement noun": lambda f: f["possessor"],
}


def f1(rows: list[SentenceRow], added: Callable[[SlotRow], bool] = lambda s: False) -> float:
    """Source F1 of the rules plus the slots ``added`` picks."""
    gold = predicted = matched = 0
    for row in rows:
        spans = row.rules + [(s.start, s.end) for s in row.slots if added(s)]
        gold += len(row.tags)
        predicted += len(spans)
        matched += matches(spans, row.tags)
    return 2 * matched / max(predicted + gold, 1)


def class_table(rows: list[SentenceRow]) -> None:
    every = [s for r in rows for s in r.slots if not s.features["possessor"]]
    tagged = sum(s.tagged for s in every)
    print(f"    rules' F1 {f1(rows):.3f}; {len(every)} subjects no rule suggests, "
          f"{tagged} tagged ({tagged / max(len(every), 1):.1%}); F1 if exactly the tagged "
          f"ones were suggested (the route's ceiling): {f1(rows, lambda s: s.tagged):.3f}")
    print(f"    {'class':<28} {'subjects':>8} {'tagged':>7} {'share':>6} {'Wilson':>6}  F1 added")
    for name, test in CLASSES.items():
        picked = [s for r in rows for s in r.slots if test(s.features)]
        hits = sum(s.tagged for s in picked)
        print(f"    {name:<28} {len(picked):>8} {hits:>7} {hits / max(len(picked), 1):>6.2f} "
              f"{wilson(hits, len(picked)):>6.2f}  {f1(rows, lambda s, t=test: t(s.features)):.3f}")


def model_features(slot: SlotRow) -> list[str]:
    f = slot.features
    flags = [f"{k}={v}" for k, v in f.items()]
    return flags + [f"clause|type={f['clause']}|{f['type']}",
                    f"main|named={f['main']}|{f['named']}",
                    f"broad|main={f['broad']}|{f['main']}",
                    f"to|person={f['to']}|{f['person']}"]


def model_curve(learn: list[SentenceRow], scored: list[SentenceRow], sizes: list[int]) -> None:
    print(f"    rules' F1 on the scored group {f1(scored):.3f}")
    for size in sizes:
        train = [s for r in learn[:size] for s in r.slots]
        model = linear.fit([model_features(s) for s in train],
                           ["source" if s.tagged else "no" for s in train], ["no", "source"])
        probs = {id(s): p for r in scored for s, p in zip(
            r.slots, model.probabilities([model_features(s) for s in r.slots])[:, 1],
            strict=True)}
        figures = []
        for threshold in (0.3, 0.4, 0.5):
            picked = [s for r in scored for s in r.slots if probs[id(s)] >= threshold]
            hits = sum(s.tagged for s in picked)
            figures.append(f"at {threshold}: {len(picked)} added, precision "
                           f"{hits / max(len(picked), 1):.2f}, F1 "
                           f"{f1(scored, lambda s, t=threshold, p=probs: p[id(s)] >= t):.3f}")
        print(f"    {min(size, len(learn)):>5} sentences ({sum(s.tagged for s in train)} tagged "
              f"of {len(train)} subjects): " + "; ".join(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", default="1,2,3,4,5,6,7,8,9,10,11")
    parser.add_argument("--sizes", default="400,1000,2500")
    args = parser.parse_args()
    starts = [int(s) for s in args.starts.split(",")]
    if 0 in starts or not POLNEAR.exists():
        sys.exit("PolNeAR copy missing, or --starts holds 0 (bench_learning.py's sample)")
    began = time.process_time()
    rows = sentence_rows(starts)
    first = [r for r in rows if r.article.startswith(TAGGED_PUBLISHERS)]
    second = [r for r in rows if not r.article.startswith(TAGGED_PUBLISHERS)]
    print(f"PolNeAR train split, every 12th article from {args.starts}: {len(rows)} sentences, "
          f"{sum(len(r.tags) for r in rows)} sources; parsed in "
          f"{time.process_time() - began:.0f} s CPU")
    for name, group in (("Breitbart, HuffPost, NYT, Politico", first),
                        ("USA Today, Washington Post, Western Journal", second)):
        print(f"\n  {name} ({len(group)} sentences)")
        class_table(group)
    print("\n  a linear model over the class features, trained on the first N sentences of "
          "the first group, its subjects added where it is sure enough, on the second group")
    model_curve(first, second, [int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
