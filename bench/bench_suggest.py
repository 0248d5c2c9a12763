"""Suggestion throughput against bare ``nlp.pipe`` of the same model on the same sentences.

Builds 300+ articles by recombining the sentences of the gold files (bundled samples and,
when present, ../shared/samples), then prints both times and baseline_time / our_time
(1.0 = the rules cost nothing; the target is >= 0.85). Suggesting parses only the sentences
a rule may read the parse of, with numpy's BLAS: it is also timed against the model as
``spacy.load`` gives it (thinc's default ops, every component on every sentence), as
suggesting ran before; CPU times beside wall times, as those hold on a busy machine.

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

import spacy

from annotator.core import nlp as shared_nlp
from annotator.core.resources import SAMPLES
from annotator.core.suggest.attribution import FACTORY
from annotator.core.suggest.evaluate import load_gold
from annotator.core.suggest.pipeline import (
    BATCH_SIZE,
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


def best_times(runs: list[Callable[[], None]], repeat: int) -> list[tuple[float, float]]:
    """The best (wall, CPU) time of each run. Runs alternate, in reversed order every other
    round, so a busy machine or a warming cache favours none of them."""
    best = [(float("inf"), float("inf"))] * len(runs)
    for round_ in range(repeat):
        order = list(enumerate(runs))
        for i, run in order[::-1] if round_ % 2 else order:
            start, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            best[i] = (min(best[i][0], wall), min(best[i][1], cpu))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
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

    name = shared_nlp.model_name(args.lang)
    as_loaded = spacy.load(name, exclude=["senter", "ner"]) if name else fresh

    def bare_as_loaded() -> None:
        for _ in as_loaded.pipe(sentences, batch_size=size):
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

    bare(), ours(), bare_fresh(), bare_as_loaded()  # warm-up
    base, mine, fresh_t, loaded, rules = best_times(
        [bare, ours, bare_fresh, bare_as_loaded, rules_only], args.repeat)
    print(f"{args.articles} articles, {len(sentences)} sentences ({args.lang}); "
          "wall s (CPU s)")
    print(f"bare nlp.pipe (same pipeline):        {base[0]:.2f} ({base[1]:.2f})")
    print(f"bare nlp.pipe (second load):          {fresh_t[0]:.2f} ({fresh_t[1]:.2f})")
    print(f"bare nlp.pipe (model as spaCy loads): {loaded[0]:.2f} ({loaded[1]:.2f})")
    print(f"suggest_sentences:                    {mine[0]:.2f} ({mine[1]:.2f})")
    print(f"ratio (baseline/ours): {base[0] / mine[0]:.3f}, CPU {base[1] / mine[1]:.3f} "
          f"(against the second load: {fresh_t[1] / mine[1]:.3f} CPU; against the model as "
          f"spaCy loads it: {loaded[1] / mine[1]:.3f} CPU)")
    print(f"rules alone on parsed docs: {rules[0]:.2f} s "
          f"(ratio if added to the bare run: {base[0] / (base[0] + rules[0]):.3f})")


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
