"""Suggestion throughput against bare ``nlp.pipe`` of the same model on the same sentences.

Builds 300+ articles by recombining the sentences of the gold files (bundled samples and,
when present, ../shared/samples), then prints both times and baseline_time / our_time
(1.0 = the rules cost nothing; the target is >= 0.85).

    python bench/bench_suggest.py [--articles 320] [--lang fr] [--repeat 3] [--classifier]

``--classifier``: with a verifiability classifier trained (on the French Wikinews dev
gold), suggesting runs the rules and the classifier, whose features are the rules' results:
prints the time when the classifier parses the sentences again (as before) and when it
reads the rules' results (as now), and their ratio.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from annotator.core.resources import SAMPLES
from annotator.core.suggest.attribution import FACTORY
from annotator.core.suggest.evaluate import load_gold
from annotator.core.suggest.pipeline import (
    base_pipeline,
    suggest_sentences,
    suggestion_for,
    suggestion_pipeline,
)

REPO = Path(__file__).resolve().parents[1]
GOLD_DIRS = [SAMPLES, REPO.parent / "shared" / "samples"]


def corpus(lang: str, articles: int, per_article: int = 12, seed: int = 0) -> list[str]:
    pool = [s.text for d in GOLD_DIRS for f in sorted(d.glob("*.gold.json"))
            for s in load_gold(f) if s.lang == lang]
    if not pool:
        raise SystemExit(f"no {lang} gold sentences found in {GOLD_DIRS}")
    rng = random.Random(seed)
    return [rng.choice(pool) for _ in range(articles * per_article)]


def best_times(runs: list[Callable[[], None]], repeat: int) -> list[float]:
    """The best wall time of each run. Runs alternate, in reversed order every other round,
    so a busy machine or a warming cache favours none of them."""
    best = [float("inf")] * len(runs)
    for round_ in range(repeat):
        order = list(enumerate(runs))
        for i, run in order[::-1] if round_ % 2 else order:
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--classifier", action="store_true")
    args = parser.parse_args()

    sentences = corpus(args.lang, args.articles)
    if args.classifier:
        with_classifier(sentences, args.lang, args.repeat, args.batch_size)
        return
    nlp = suggestion_pipeline(args.lang)
    fresh = base_pipeline(args.lang)  # a second load of the model, for reference
    size = args.batch_size

    def bare() -> None:  # the same pipeline object, our component switched off
        with nlp.select_pipes(disable=[FACTORY]):
            for _ in nlp.pipe(sentences, batch_size=size):
                pass

    def bare_fresh() -> None:
        for _ in fresh.pipe(sentences, batch_size=size):
            pass

    def ours() -> None:
        for _ in suggest_sentences(sentences, args.lang, batch_size=size):
            pass

    # The rules alone on docs parsed beforehand: steadier than the difference of two long
    # runs on a busy machine.
    with nlp.select_pipes(disable=[FACTORY]):
        parsed = list(nlp.pipe(sentences, batch_size=size))
    finder = nlp.get_pipe(FACTORY)

    def rules_only() -> None:
        for doc in parsed:
            suggestion_for(finder(doc))

    bare(), ours(), bare_fresh()  # warm-up
    base_t, ours_t, fresh_t, rules_t = best_times([bare, ours, bare_fresh, rules_only],
                                                  args.repeat)
    print(f"{args.articles} articles, {len(sentences)} sentences ({args.lang})")
    print(f"bare nlp.pipe (same pipeline):  {base_t:.2f} s")
    print(f"bare nlp.pipe (second load):    {fresh_t:.2f} s")
    print(f"suggest_sentences:              {ours_t:.2f} s")
    print(f"ratio (baseline/ours): {base_t / ours_t:.3f} "
          f"(against the second load: {fresh_t / ours_t:.3f})")
    print(f"rules alone on parsed docs: {rules_t:.2f} s "
          f"(ratio if added to the bare run: {base_t / (base_t + rules_t):.3f})")


def with_classifier(sentences: list[str], lang: str, repeat: int, size: int) -> None:
    import json

    from annotator.core.suggest.textcat import train_classifier

    gold = json.loads((REPO / "tests" / "data" / "verifiability" / "fr_wikinews_dev.gold.json")
                      .read_text(encoding="utf-8"))
    examples = [(s["text"], s["verifiability"]) for a in gold.values() for s in a["sentences"]]
    labels = sorted({label for _, label in examples})
    model = train_classifier(examples, labels, lang=lang, folds=2, epochs=4)

    def twice() -> None:  # rules, then the classifier parses again for its features
        list(suggest_sentences(sentences, lang, batch_size=size))
        model.predict(sentences)

    def once() -> None:  # rules, then the classifier reads their results
        found = list(suggest_sentences(sentences, lang, batch_size=size))
        model.predict(sentences, found=found)

    once()  # warm-up
    twice_t, once_t = best_times([twice, once], repeat)
    print(f"{len(sentences)} sentences ({lang}), rules + verifiability classifier")
    print(f"classifier parses again:       {twice_t:.2f} s")
    print(f"classifier reads the rules':   {once_t:.2f} s")
    print(f"ratio (before/after): {twice_t / once_t:.2f}")


if __name__ == "__main__":
    main()
