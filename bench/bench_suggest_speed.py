"""CPU time to suggest a 1,000-sentence article, against the model alone in the same run.

Two articles per language: the attribution bench's (its dev sentences repeated to 1,000, so
words and sentences come back often) and one of distinct sentences (the Wikinews dev and
train sentences of the attribution and verifiability sets, each once, up to 1,000; a real
article repeats its words less). Each is suggested (``suggest_sentences``: the model, with
the parser only where a rule reads it, then the rules) and run through the model's whole
pipeline without our rules (``nlp.pipe`` with our component off: every component on every
sentence), alternately, on one core; prints the best and median CPU seconds per 1,000
sentences and suggestion / model alone (the target: under 2 s of CPU on one core).

    python bench/bench_suggest_speed.py [--lang fr] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_sets import english_wikinews, french  # noqa: E402
from bench_attribution import TIMED_SENTENCES, datasets, model_alone  # noqa: E402

from annotator.core.suggest.evaluate import load_gold  # noqa: E402
from annotator.core.suggest.pipeline import suggest_sentences  # noqa: E402

VERIFIABILITY = Path(__file__).resolve().parents[1] / "tests" / "data" / "verifiability"


def articles(lang: str) -> dict[str, list[str]]:
    pool = [s.text for _, _, _, arts in datasets([lang], ["dev"]) for a in arts
            for s in a.sentences]
    repeated = (pool * (TIMED_SENTENCES // len(pool) + 1))[:TIMED_SENTENCES]
    wikinews = french if lang == "fr" else english_wikinews
    texts = [s.text for part in ("dev", "train") for a in wikinews(part) for s in a.sentences]
    texts += [s.text for part in ("dev", "train")
              for s in load_gold(VERIFIABILITY / f"{lang}_wikinews_{part}.gold.json")]
    distinct = list(dict.fromkeys(t for t in texts if t.strip()))[:TIMED_SENTENCES]
    return {"repeated": repeated, "distinct": distinct}


def cpu_times(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """CPU seconds of each run, alternating, in reversed order every other round."""
    out: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(repeat):
        order = list(runs.items())
        for name, run in order[::-1] if round_ % 2 else order:
            cpu = time.process_time()
            run()
            out[name].append(time.process_time() - cpu)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["fr", "en"], action="append")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    for lang in args.lang or ["fr", "en"]:
        for name, sentences in articles(lang).items():
            print(measure(lang, name, sentences, args.repeat))


def measure(lang: str, name: str, sentences: list[str], repeat: int) -> str:
    bare = model_alone(lang, sentences)
    times = cpu_times({"suggestion": lambda: list(suggest_sentences(sentences, lang)),
                       "model alone": bare}, repeat)
    per = TIMED_SENTENCES / len(sentences)
    best = {k: min(v) * per for k, v in times.items()}
    return (f"{lang} {name} ({len(sentences)} sentences), CPU s per {TIMED_SENTENCES}, best / "
            f"median of {repeat}: " + "; ".join(
                f"{k} {best[k]:.2f} / {statistics.median(v) * per:.2f}"
                for k, v in times.items())
            + f"; suggestion / model alone {best['suggestion'] / best['model alone']:.2f} "
            "(target: suggestion < 2 s)")

if __name__ == "__main__":
    main()
