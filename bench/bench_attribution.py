"""Source attribution on real news: our rules beside a regex baseline and the peer.

Per language and part (``dev``: the texts the rules were tuned on; ``unseen``: kept aside;
``train``: more development articles, for the rules and for learning; English: Wikinews only;
``check``: Wikinews articles annotated before any rule was revised on them, which only measure:
scored when named, never for their errors; PolNeAR has none; French regional news of UD
Sequoia, a row of its own, has only ``train`` and ``check``),
prints P / R / F1 lenient (a suggestion holds at least half of a gold source's content
words, as ``annotator evaluate`` scores) and strict (the exact span), type accuracy and
direct/indirect accuracy on the lenient matches, for our rules, the 50-cue regex baseline
and, for French, the Gender Gap Tracker / Radar de Parité quote extractor. Then the time to
suggest a 1,000-sentence article once the model is loaded (target: under 2 s on one core).
See attribution_sets.py for the data (English: Wikinews in tests/data, and PolNeAR, which
needs a bare git copy of its repository).

    python bench/bench_attribution.py [--lang fr] [--part dev|unseen|train|check]
                                      [--errors 20] [--no-peer]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_peers import GGT, GenderGapPeer, regex_baseline  # noqa: E402
from attribution_sets import (  # noqa: E402
    GOLD,
    POLNEAR,
    SPLITS,
    Article,
    english,
    english_wikinews,
    french,
    french_sequoia,
    sequoia_gold,
)

from annotator.core.suggest.attribution import FACTORY  # noqa: E402
from annotator.core.suggest.evaluate import (  # noqa: E402
    Predicted,
    SourceScores,
    predictions,
    score_sources,
)
from annotator.core.suggest.pipeline import (  # noqa: E402
    BATCH_SIZE,
    suggest_sentences,
    suggestion_pipeline,
)

System = Callable[[Article, str], list[list[Predicted]]]
TIMED_SENTENCES = 1000
DEVELOPMENT = ("dev", "train")  # parts whose errors may be read


def ours(article: Article, lang: str) -> list[list[Predicted]]:
    return [predictions(found) for found in
            suggest_sentences([s.text for s in article.sentences], lang)]


def run(system: System, articles: list[Article], lang: str) -> SourceScores:
    return score_sources((sentence, found) for article in articles
                         for sentence, found in zip(article.sentences, system(article, lang),
                                                    strict=True))


def row(name: str, scores: SourceScores) -> str:
    f = scores.figures()
    typed = f"{f['type_accuracy']:.2f} ({scores.type_right}/{scores.typed})" \
        if scores.typed and name != "regex" and name != "peer" else "  -"
    return (f"  {name:<7} {f['precision']:.2f} / {f['recall']:.2f} / {f['f1']:.2f}   "
            f"{f['strict_precision']:.2f} / {f['strict_recall']:.2f} / {f['strict_f1']:.2f}   "
            f"{typed:<15} {f['quote_accuracy']:.2f} ({scores.quote_right}/{scores.quoted})"
            f"   pred {scores.predicted} gold {scores.gold}")


def datasets(langs: list[str], parts: list[str]) -> list[tuple[str, str, str, list[Article]]]:
    """(set name, language, part, articles): French Wikinews and regional news (a row only
    where its file exists); English Wikinews and PolNeAR."""
    out = []
    for lang in langs:
        for part in parts:
            if not (GOLD / f"{lang}_wikinews_{part}.gold.json").exists():
                print(f"{lang} {part}: no Wikinews gold for this part, skipped")
            elif lang == "fr":
                out.append(("fr", lang, part, french(part)))
            else:
                out.append(("en wikinews", lang, part, english_wikinews(part)))
            if lang == "fr" and sequoia_gold(part).exists():
                out.append(("fr regional", lang, part, french_sequoia(part)))
            if lang == "fr" or part not in SPLITS:
                continue  # PolNeAR has no train or check part of ours
            if POLNEAR.exists():
                out.append(("en polnear", lang, part, english(part)))
            else:
                print(f"en {part}: no PolNeAR copy at {POLNEAR}, skipped")
    return out


def model_alone(lang: str, sentences: list[str]) -> Callable[[], None]:
    """Load and warm up the suggestion pipeline; return a run of its model alone (every
    component but ours) on ``sentences``: the bare baseline of the speed figures."""
    nlp = suggestion_pipeline(lang)
    list(suggest_sentences(sentences[:20], lang))  # load and warm up

    def bare() -> None:
        with nlp.select_pipes(disable=[FACTORY]):
            for _ in nlp.pipe(sentences, batch_size=BATCH_SIZE):
                pass

    return bare


def time_article(lang: str, articles: list[Article]) -> dict[str, float]:
    """Best seconds (wall and CPU) to suggest one 1,000-sentence article, the pipeline
    already loaded, and to run the model's whole pipeline without our component (the parse
    alone, on every sentence). CPU time holds on a busy machine; wall time does not."""
    pool = [s.text for a in articles for s in a.sentences]
    sentences = (pool * (TIMED_SENTENCES // len(pool) + 1))[:TIMED_SENTENCES]
    bare = model_alone(lang, sentences)
    best = dict.fromkeys(["ours", "ours_cpu", "bare", "bare_cpu"], float("inf"))
    for _ in range(3):
        for name, work in (("ours", lambda: list(suggest_sentences(sentences, lang))),
                           ("bare", bare)):
            start, cpu = time.perf_counter(), time.process_time()
            work()
            best[name] = min(best[name], time.perf_counter() - start)
            best[f"{name}_cpu"] = min(best[f"{name}_cpu"], time.process_time() - cpu)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["fr", "en"], action="append")
    parser.add_argument("--part", choices=["dev", "unseen", "train", "check"], action="append")
    parser.add_argument("--errors", type=int, default=0,
                        help="print this many missed and spurious sources (development parts only)")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    peer = GenderGapPeer() if not args.no_peer and GGT.exists() else None

    print("set          system  lenient P / R / F1   strict P / R / F1    type            "
          "direct/indirect")
    for name, lang, part, articles in datasets(args.lang or ["fr", "en"],
                                               args.part or ["dev", "unseen"]):
        n = sum(len(a.sentences) for a in articles)
        print(f"{name} {part} ({len(articles)} articles, {n} sentences)")
        mine = run(ours, articles, lang)
        print(row("ours", mine))
        print(row("regex", run(regex_baseline, articles, lang)))
        if peer is not None and lang == "fr":
            print(row("peer", run(peer, articles, lang)))
        if args.errors and part in DEVELOPMENT:
            for text, alts in mine.missed[: args.errors]:
                print(f"    missed   {alts[0]!r:40} in {text[:110]!r}")
            for text, found in mine.spurious[: args.errors]:
                print(f"    spurious {found!r:40} in {text[:110]!r}")
            for found, got, want in mine.wrong_type[: args.errors]:
                print(f"    type     {found!r:40} {got} (gold {want})")
    for lang in args.lang or ["fr", "en"]:
        sets = [a for _, _, _, arts in datasets([lang], ["dev"]) for a in arts]
        if sets:
            t = time_article(lang, sets)
            print(f"{lang}: a {TIMED_SENTENCES}-sentence article suggested in {t['ours']:.2f} s "
                  f"({t['ours_cpu']:.2f} s CPU; one core, model loaded; target < 2 s); the "
                  f"model's whole pipeline on every sentence, without our rules: "
                  f"{t['bare']:.2f} s ({t['bare_cpu']:.2f} s CPU)")


if __name__ == "__main__":
    main()
