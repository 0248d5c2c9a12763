"""Learning from the analyst's tags: the learning curve, in reading order and in queue order.

Simulates an analyst on the development gold: they tag N sentences of the training
articles (N = 50, 100, 200, 400, as far as the articles go), the project learns from those
tags, and the suggestions are scored on the remaining articles, against the rules alone.

- reading order: the articles' sentences one after the other;
- queue order: the first 25 in reading order, then each time the 25 untagged sentences
  the current models are least sure of (``annotator.core.suggest.usefulness``), as
  ``Tag > Next most useful`` proposes them.

Printed first: the candidates' recall (the share of the scored gold sources some candidate
span matches, lenient and strict: the finder's ceiling). Printed per N: source F1
(lenient, as ``annotator evaluate`` scores: a suggestion holding half of a gold source's
content words), strict F1, type accuracy on the matched sources,
verifiability accuracy (French; the stance/verifiability classifier trained on the same N
sentences), the time to train, and what the project learned: the parts that replace the
rules (the finder's spans, replacing the rules' or added to them, dropping some of them or
cutting them otherwise, and its threshold; types; quotes; cues) and the learned cues (+
verbs whose subjects are suggested, - rules' cues switched off) with their held-back F1
beside what they come on top of, and the F1 of the same models under the previous gate
(replace or add, "add" from any threshold). Under each line, ``gates:`` what other gates
decide and their F1 on the scored articles: the previous modes ("old") or all four
("all"), with a minimum threshold for "add" ("a") or for "add" and "replace" ("ar") of 0.3
to 0.5 (1: never). French:
tests/data/attribution (Wikinews, CC BY 2.5), training articles = the ``dev`` and ``train``
files, scored on the ``unseen`` file.
English Wikinews (``en-wikinews``, same conventions and types as the French): trained on
the ``dev`` and ``train`` files, scored on ``unseen``. English (``en``): PolNeAR's train
split (read from a bare git copy at bench time; its test split is never read), its sampled
articles split in two halves; PolNeAR has no types nor verifiability.

    python bench/bench_learning.py [--lang fr|en-wikinews|en] [--sizes 50,100,200,400]
                                   [--no-queue | --queue-only] [--spancat]
                                   [--no-verifiability] [--develop 0|1|2]

``--develop WINDOW`` scores a development window instead of the scored articles, which are then
not read: every third Wikinews article of ``dev`` + ``train`` (from the WINDOW-th) is scored
and the others are tagged; in PolNeAR, the tagged half's articles of one publisher
(Breitbart, HuffPost or the NYT) are scored and the others tagged, so the windows see the
shift between publishers that separates the two halves. Printed per N besides: the
verifiability classifier alone and blended with the rules (ungated), its training time and
what the gate chose; the finder's held-back F1, gain and bootstrap share beside the rules',
and its F1 on the scored articles had it been used.

``--spancat`` also trains spaCy's ``spancat`` (its default model, from scratch) on the same
sentences in reading order and prints its CPU time and F1 (see spancat_baseline.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_sets import (  # noqa: E402
    GOLD,
    POLNEAR,
    Article,
    english,
    english_wikinews,
    french,
)

from annotator.core.schema import LabelSchema  # noqa: E402
from annotator.core.suggest.evaluate import (  # noqa: E402
    MIN_SHARE,
    GoldSentence,
    Predicted,
    overlap,
    score_sources,
)
from annotator.core.suggest.learned_spans import (  # noqa: E402
    SourceModel,
    TaggedSource,
    check_sources,
    cross_validate,
    decided,
    fit_sources,
)
from annotator.core.suggest.learned_tally import Tally  # noqa: E402
from annotator.core.suggest.span_features import ParsedSentence, parse_sentences  # noqa: E402
from annotator.core.suggest.usefulness import most_useful  # noqa: E402

SIZES = (50, 100, 200, 400)
SEED_BATCH = 25
BATCH = 25
VERIFIABILITY = GOLD.parent / "verifiability"


@dataclass
class Item:
    """A gold sentence, parsed once, with its tags as the analyst would give them."""

    gold: GoldSentence
    parsed: ParsedSentence
    tags: list[TaggedSource]
    verifiability: str | None


def items(articles: list[Article], lang: str, labels: dict[str, str], *, tagged: bool
          ) -> list[Item]:
    """``tagged``: the analyst's spans are candidates too (never for scoring)."""
    out = []
    for article in articles:
        texts = [s.text for s in article.sentences]
        tags = [_tags(s) for s in article.sentences]
        extra = [[(t.start, t.end) for t in ts] for ts in tags] if tagged else None
        parsed = parse_sentences(texts, lang, extra)
        out += [Item(s, p, t, labels.get(s.text))
                for s, p, t in zip(article.sentences, parsed, tags, strict=True)]
    return out


def _tags(sentence: GoldSentence) -> list[TaggedSource]:
    """The first alternative of each gold source, where it is in the sentence."""
    out = []
    for detail in sentence.details:
        words = detail.alternatives[0]
        found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", sentence.text)
        if found:
            out.append(TaggedSource(found.start(), found.end(), detail.type, detail.quote))
    return out


# The gate of the previous round: the finder replacing the rules or adding to them, "add"
# from any threshold tried; printed as "before" beside the gate in use, same models.
BEFORE = {"min_add": 0.3, "modes": ("replace", "add")}
# Development windows: the minimum threshold of "add" (1: never adds) and the modes tried.
# "a": the minimum holds for "add" only; "ar": for "replace" too.
GATES = [(min_add, modes, floored) for modes in (("replace", "add"), None)
         for floored in (("add",), ("add", "replace")) for min_add in (0.3, 0.4, 0.5, 1.0)]


@dataclass
class Trained:
    model: SourceModel  # as ``annotator train`` decides
    seconds: float  # CPU time of the training, cross-validation included
    tally: Tally  # the held-back counts, for other gates
    final: SourceModel  # trained on every tag, before any decision

    def gated(self, min_add: float, modes: tuple[str, ...] | None = None,
              floored: tuple[str, ...] = ("add",)) -> SourceModel:
        figures = self.tally.figures(min_add, modes, floored) if modes else \
            self.tally.figures(min_add, floored=floored)
        return decided(self.final, figures)


def train(tagged: list[Item], lang: str, types: list[str], folds: int = 5) -> Trained:
    """The project's training on ``tagged`` (5-fold, as the app), and its CPU seconds."""
    began = time.process_time()
    sentences, gold = [i.parsed for i in tagged], [i.tags for i in tagged]
    check_sources(sentences, gold)
    tally = cross_validate(sentences, gold, lang=lang, types=types,
                           groups=[i.gold.article for i in tagged], folds=folds)
    final = fit_sources(sentences, gold, lang, types, ("direct", "indirect"))
    model = decided(final, tally.figures())
    return Trained(model, time.process_time() - began, tally, final)


def score(test: list[Item], model: SourceModel | None) -> dict[str, float]:
    def found(item: Item) -> list[Predicted]:
        sources = model.suggest(item.parsed) if model else item.parsed.rules
        return [Predicted(s.text, s.type, s.quote) for s in sources]

    scores = score_sources((i.gold, found(i)) for i in test)
    figures = scores.figures()
    return {"f1": figures["f1"], "strict": figures["strict_f1"],
            "type": figures["type_accuracy"] if scores.typed else None,
            "quote": figures["quote_accuracy"]}


@dataclass
class Verif:
    """The verifiability suggestions' figures on the scored sentences."""

    accuracy: float
    macro_f1: float
    alone: tuple[float, float] | None = None  # the classifier's own verdicts, ungated
    blended: tuple[float, float] | None = None  # blended at its held-back strength, ungated
    seconds: float | None = None
    mode: str = "rules"


def verifiability(tagged: list[Item], test: list[Item], lang: str, found: list
                  ) -> Verif | None:
    """What is suggested on the test articles once the verifiability classifier is trained
    on ``tagged`` (as ``annotator train``: folds of whole articles; the rules' verdicts stay
    unless the classifier is clearly ahead of them on held-back articles), and the
    classifier's own verdicts (None without verifiability gold or with too few labels).
    ``found``: the rules' results on ``test``."""
    from annotator.core.suggest.rule_gate import blend, figures
    from annotator.core.suggest.textcat import (
        RULE_FEATURES,
        train_classifier,
        with_rule_features,
    )

    chosen = [i for i in tagged if i.verifiability]
    at = [n for n, i in enumerate(test) if i.verifiability]
    if len(chosen) < 30 or len({i.verifiability for i in chosen}) < 2 or not at:
        return None
    labels = sorted({i.verifiability for i in chosen} | {test[n].verifiability for n in at})
    began = time.process_time()
    model = train_classifier([(i.gold.text, i.verifiability) for i in chosen], labels,
                             lang=lang, groups=[i.gold.article for i in chosen],
                             dimension="verifiability")
    seconds = time.process_time() - began
    texts, rules = [test[n].gold.text for n in at], [found[n] for n in at]
    gold = [test[n].verifiability for n in at]
    rule_verdicts = [_rule_value(r) for r in rules]
    suggested = rule_verdicts if model.mode == "rules" else \
        [label for label, _ in model.predict(texts, found=rules)]
    featured = with_rule_features(texts, lang, rules) if model.features == RULE_FEATURES \
        else texts
    probs = model.probabilities(featured, featured=True)
    alone = [max(p, key=p.get) for p in probs]
    mixed = [max(b, key=b.get) for b in (blend(p, r, model.cv["strength"])
                                          for p, r in zip(probs, rule_verdicts, strict=True))]
    now, own, both = (figures(list(zip(gold, guesses, strict=True)), labels)
                      for guesses in (suggested, alone, mixed))
    return Verif(now["accuracy"], now["macro_f1"], (own["accuracy"], own["macro_f1"]),
                 (both["accuracy"], both["macro_f1"]), seconds,
                 model.mode + (f"@{model.cv['strength']:g}" if model.mode == "blend" else ""))


def rules_verifiability(test: list[Item], found: list) -> Verif | None:
    from annotator.core.suggest.rule_gate import figures

    at = [n for n, i in enumerate(test) if i.verifiability]
    if not at:
        return None
    pairs = [(test[n].verifiability, _rule_value(found[n])) for n in at]
    scores = figures(pairs, sorted({p for pair in pairs for p in pair}))
    return Verif(scores["accuracy"], scores["macro_f1"])


def _rule_value(result) -> str:
    return result.verifiability.value if result.verifiability else "not_a_claim"


def rules_found(test: list[Item], lang: str) -> list:
    """The rules' results on the test sentences, one article at a time (as the app)."""
    from annotator.core.suggest.textcat import rules_found as found

    return found([i.gold.text for i in test], lang, [i.gold.article for i in test])


def candidate_recall(test: list[Item]) -> tuple[float, float]:
    """The finder's ceiling: the share of gold sources that some candidate span matches,
    lenient (as ``annotator evaluate``) and strict (the same words)."""
    gold = lenient = strict = 0
    for item in test:
        texts = [item.parsed.text[c.start:c.end] for c in item.parsed.candidates]
        for alternatives in item.gold.sources:
            gold += 1
            lenient += any(overlap(t, alternatives, item.gold.lang) >= MIN_SHARE
                           for t in texts)
            strict += any(t.strip() == a.strip() for t in texts for a in alternatives)
    return lenient / max(gold, 1), strict / max(gold, 1)


def queue_order(pool: list[Item], size: int, lang: str, types: list[str]) -> list[Item]:
    """The sentences tagged first when the analyst follows the queue up to ``size``."""
    tagged = pool[:SEED_BATCH]
    left = pool[SEED_BATCH:]
    while len(tagged) < size and left:
        try:
            model = train(tagged, lang, types, folds=2).model  # only its ranking is used
        except Exception:  # too few sources yet: keep reading in order
            tagged, left = tagged + left[:BATCH], left[BATCH:]
            continue
        ranked = most_useful({n: model.uncertainty(i.parsed) for n, i in enumerate(left)})
        take = set(ranked[: min(BATCH, size - len(tagged))])
        tagged += [i for n, i in enumerate(left) if n in take]
        left = [i for n, i in enumerate(left) if n not in take]
    return tagged


DEVELOPMENT_PUBLISHERS = ("breitbart", "huff-post", "nyt")  # PolNeAR's tagged half


def datasets(names: list[str], develop: int | None = None
             ) -> list[tuple[str, str, list[Article], list[Article], dict]]:
    """(name, language, articles to tag, articles scored, verifiability by sentence).
    ``develop``: a development window instead: in Wikinews, the articles to tag are split
    (every third article, from the ``develop``-th, is scored) and ``unseen`` is not read;
    in PolNeAR the tagged half is split by publisher (the ``develop``-th of
    DEVELOPMENT_PUBLISHERS is scored), so the scored half is not read."""
    out = []

    def split(articles: list[Article]) -> tuple[list[Article], list[Article]]:
        return ([a for n, a in enumerate(articles) if n % 3 != develop],
                [a for n, a in enumerate(articles) if n % 3 == develop])

    if "fr" in names:
        pool = french("dev") + french("train")
        tag, scored = split(pool) if develop is not None else (pool, french("unseen"))
        out.append(("fr", "fr", tag, scored, _verifiability("fr", develop)))
    if "en-wikinews" in names:
        pool = english_wikinews("dev") + english_wikinews("train")
        tag, scored = split(pool) if develop is not None else (
            pool, english_wikinews("unseen"))
        out.append(("en-wikinews", "en", tag, scored, _verifiability("en", develop)))
    if "en" in names:
        if not POLNEAR.exists():
            print(f"en: no PolNeAR copy at {POLNEAR}, skipped")
        else:
            articles = english("dev", every=12)  # PolNeAR's train split only
            half = len(articles) // 2
            tag, scored = articles[:half], articles[half:]
            if develop is not None:
                publisher = DEVELOPMENT_PUBLISHERS[develop % len(DEVELOPMENT_PUBLISHERS)]
                scored = [a for a in tag if a.name.startswith(publisher + "_")]
                tag = [a for a in tag if not a.name.startswith(publisher + "_")]
            out.append(("en", "en", tag, scored, {}))
    return out


def _verifiability(lang: str, develop: int | None = None) -> dict[str, str]:
    """Labels by sentence of the parts the run reads (never a part it does not score)."""
    labels = {}
    # never the check part: it only measures the rules
    for part in ("dev", "train") if develop is not None else ("dev", "train", "unseen"):
        path = VERIFIABILITY / f"{lang}_wikinews_{part}.gold.json"
        for article in json.loads(path.read_text(encoding="utf-8")).values():
            labels.update({s["text"]: s["verifiability"] for s in article["sentences"]})
    return labels


def line(name: str, n: int | str, figures: dict, verif: Verif | None, seconds: float | None,
         model: SourceModel | None = None, finder: dict | None = None,
         before: dict | None = None) -> str:
    v = f"{verif.accuracy:.2f} {verif.macro_f1:.2f}" if verif is not None else "  -    - "
    if verif is not None and verif.seconds is not None:
        own = f"{verif.alone[0]:.2f} {verif.alone[1]:.2f}  " \
              f"{verif.blended[0]:.2f} {verif.blended[1]:.2f}"
        v += f"  {own}  {verif.seconds:4.1f} s {verif.mode:<9}"
    else:
        v += "     -    -     -    -      -  -        "
    t = f"{seconds:5.2f} s" if seconds is not None else "     -"
    used = ""
    if model is not None:
        spans = f"spans ({model.span_mode} at {model.threshold:.1f})"
        parts = [p for p, on in ((spans, model.use_spans), ("types", model.use_types),
                                 ("quotes", model.use_quotes), ("cues", model.use_cues)) if on]
        used = "  learned: " + ("/".join(parts) if parts else "none (the rules stay)")
        learned, dropped = model.cv.get("cues_learned", {}), model.cv.get("cues_dropped", {})
        cv = model.cv
        used += f" [finder held-back {cv['f1']:.3f} vs rules {cv['rules_f1']:.3f}" \
                f" (gain {cv['f1'] - cv['rules_f1']:+.3f}, ahead in {cv.get('ahead', 0):.0%})"
        used += f", {cv['documents']} documents"
        if finder is not None:
            used += f", scored if used {finder['f1']:.3f}"
        if before is not None:
            used += f", previous gate {before['f1']:.3f}/{before['strict']:.3f}"
        used += f"; cues +{len(learned)} -{len(dropped)}, held-back " \
                f"{cv.get('cue_f1', 0):.3f} vs {cv.get('base_f1', 0):.3f}]"
    kind = f"{figures['type']:.3f}" if figures["type"] is not None else "  -  "
    return (f"  {name:<8} {n!s:>5}  {figures['f1']:.3f}  {figures['strict']:.3f}  "
            f"{kind}  {figures['quote']:.3f}  {v} {t}{used}")


def held_back(tally: Tally) -> str:
    """Each mode's best held-back F1 (and its threshold) beside the rules'."""
    from annotator.core.suggest.learned_tally import MODE_THRESHOLDS

    out = [f"rules {tally.f1('rules'):.3f}"]
    for mode, tried in MODE_THRESHOLDS.items():
        t = max(tried, key=lambda t, m=mode: (tally.f1(f"{m}@{t}"), t))
        out.append(f"{mode}@{t:g} {tally.f1(f'{mode}@{t}'):.3f}")
    return "    held back: " + ", ".join(out)


def gates(trained: Trained, test: list[Item]) -> str:
    """What each gate of GATES decides, and its F1 on the scored articles."""
    out = []
    for min_add, modes, floored in GATES:
        model = trained.gated(min_add, modes, floored)
        way = f"{model.span_mode}@{model.threshold:g}" if model.use_spans else "rules"
        name = f"{'old' if modes else 'all'}/{'ar' if 'replace' in floored else 'a'}" \
               f">={min_add:g}"
        out.append(f"{name} {way} {score(test, model)['f1']:.3f}")
    return "    gates: " + "; ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=["fr", "en-wikinews", "en"])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--no-queue", action="store_true")
    parser.add_argument("--queue-only", action="store_true")
    parser.add_argument("--no-verifiability", action="store_true")
    parser.add_argument("--develop", type=int, choices=[0, 1, 2], metavar="WINDOW",
                        help="score a development window of the articles to tag instead "
                             "(0, 1 or 2); the scored articles are not read")
    parser.add_argument("--spancat", action="store_true", help="compare with spaCy spancat")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    types = LabelSchema.load().source_types
    for name, lang, train_articles, test_articles, labels in datasets(
            args.lang or ["fr", "en-wikinews", "en"], args.develop):
        began = time.process_time()
        pool = items(train_articles, lang, labels, tagged=True)
        test = items(test_articles, lang, labels, tagged=False)
        found = rules_found(test, lang) if labels and not args.no_verifiability else []
        window = f" (development window {args.develop})" if args.develop is not None else ""
        print(f"\n{name}{window}: {len(pool)} sentences to tag "
              f"({sum(len(i.tags) for i in pool)} sources), {len(test)} scored "
              f"({sum(len(i.tags) for i in test)} sources); "
              f"parsed in {time.process_time() - began:.1f} s CPU")
        lenient, strict = candidate_recall(test)
        print(f"  candidates hold {lenient:.1%} of the scored sources (lenient), "
              f"{strict:.1%} word for word (strict)")
        print("  order        N  src F1  strict  type   quote  verif acc/F1  "
              "(alone; blended)  verif. training  src train")
        print(line("rules", "-", score(test, None),
                   rules_verifiability(test, found) if found else None, None))
        if args.spancat:
            from spancat_baseline import train_and_score

            for size in sizes:
                seconds, f1, strict = train_and_score(pool[:size], test, lang)
                print(f"  spancat  {min(size, len(pool)):>5}  {f1:.3f}  {strict:.3f}  "
                      f"  -      -      -    {seconds:6.1f} s (10 epochs)")
        for order in ("reading", "queue"):
            if order == "queue" and args.no_queue or order == "reading" and args.queue_only:
                continue
            for size in sizes:
                if size > len(pool) and size != sizes[0]:
                    size = len(pool)
                tagged = pool[:size] if order == "reading" else queue_order(pool, size, lang,
                                                                            types)
                trained = train(tagged, lang, types)
                model = trained.model
                verif = verifiability(tagged, test, lang, found) if found else None
                finder = score(test, replace(model, use_spans=True))
                before = score(test, trained.gated(**BEFORE))
                print(line(order, len(tagged), score(test, model), verif, trained.seconds,
                           model, finder, before))
                print(held_back(trained.tally))
                print(gates(trained, test))
                if size == len(pool):
                    break


if __name__ == "__main__":
    main()
