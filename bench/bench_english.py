"""The English pipeline shipped with Annotator: load time and words per second.

Measured in one process against the bare ``spacy.blank("en")`` tokenizer on the same texts
(the English gold sentences of resources/samples and ../shared/samples, or the sentences of a
CoNLL-U file such as UD English EWT's test split), one CPU thread:

    python bench/bench_english.py [--conllu en_ewt-ud-test.conllu] [--repeat 3]

Load time is ``spacy.load`` of the shipped folder once spaCy is imported (the first
English document waits this long, once per process).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from annotator.core import nlp
from annotator.core.resources import SAMPLES
from annotator.core.suggest.evaluate import load_gold

REPO = Path(__file__).resolve().parents[1]
GOLD_DIRS = [SAMPLES, REPO.parent / "shared" / "samples"]


def sentences(conllu: Path | None) -> list[str]:
    if conllu is not None:
        lines = conllu.read_text(encoding="utf-8").splitlines()
        return [line[len("# text = "):] for line in lines if line.startswith("# text = ")]
    pool = [s.text for d in GOLD_DIRS for f in sorted(d.glob("*.gold.json"))
            for s in load_gold(f) if s.lang == "en"]
    if not pool:
        raise SystemExit(f"no English gold sentences found in {GOLD_DIRS}")
    return pool * max(1, 2000 // len(pool))


def words_per_second(pipeline: spacy.language.Language, texts: list[str],
                     repeat: int) -> tuple[float, int]:
    best, words = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        words = sum(len(doc) for doc in pipeline.pipe(texts, batch_size=256))
        best = min(best, time.perf_counter() - start)
    return words / best, words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conllu", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = nlp.SHIPPED["en"]
    start = time.perf_counter()
    blank = spacy.blank("en")
    blank_load = time.perf_counter() - start
    start = time.perf_counter()
    model = spacy.load(path, exclude=["senter"])
    load = time.perf_counter() - start
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    texts = sentences(args.conllu)
    base_wps, words = words_per_second(blank, texts, args.repeat)
    model_wps, _ = words_per_second(model, texts, args.repeat)
    print(f"pipeline: {path.name} ({', '.join(model.pipe_names)}), {size / 2**20:.1f} MB")
    print(f"load: {load:.2f} s (spacy.blank('en'): {blank_load:.3f} s)")
    print(f"texts: {len(texts)} sentences, {words} words, best of {args.repeat}")
    print(f"words/s: pipeline {model_wps:,.0f}, blank tokenizer {base_wps:,.0f} "
          f"(pipeline / tokenizer = {model_wps / base_wps:.3f})")


if __name__ == "__main__":
    main()
