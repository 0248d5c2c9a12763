"""Measure each rule kind's precision on the development gold, the prior of rule scores.

    python scripts/rule_precision.py          # writes annotator/core/suggest/calibration/
                                              # rule_precision.json and prints the table

Gold: every ``*_dev.gold.json`` and ``*_train.gold.json`` of tests/data/verifiability (a
suggested value is right when it is the gold label) and tests/data/attribution (a suggested
source is right when it matches a gold source, lenient overlap as in span F1). Only the
development parts: the unseen and check parts stay for measuring.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.suggest import RULES_VERSION, suggest_sentences
from annotator.core.suggest.evaluate import load_gold, match_pairs
from annotator.core.suggest.rule_scores import PRIORS, rule_kind

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def count(table: dict, dimension: str, lang: str, reason: str, right: bool) -> None:
    entry = table.setdefault(dimension, {}).setdefault(lang, {}).setdefault(
        rule_kind(reason), [0, 0])
    entry[0] += int(right)
    entry[1] += 1


def suggested(folder: Path):
    """(gold sentence, the rules' findings) for every development gold sentence in ``folder``."""
    for path in sorted([*folder.glob("*_dev.gold.json"), *folder.glob("*_train.gold.json")]):
        gold = load_gold(path)
        for lang in sorted({g.lang for g in gold}):
            mine = [g for g in gold if g.lang == lang]
            yield from zip(mine, suggest_sentences([g.text for g in mine], lang), strict=True)


def measure() -> dict:
    table: dict = {}
    for g, found in suggested(DATA / "verifiability"):
        if found.verifiability is not None:
            count(table, "verifiability", g.lang, found.verifiability.reason,
                  found.verifiability.value == g.verifiability)
    for g, found in suggested(DATA / "attribution"):
        matched = {i for i, _j in match_pairs([s.text for s in found.sources], g.sources,
                                              g.lang)}
        for i, source in enumerate(found.sources):
            count(table, "source", g.lang, source.reason, i in matched)
    return table


def main() -> None:
    table = measure()
    PRIORS.parent.mkdir(exist_ok=True)
    PRIORS.write_text(json.dumps({
        "about": "right / total suggestions per rule kind on the dev and train gold "
                 "(scripts/rule_precision.py)",
        "rules": RULES_VERSION, "precision": table}, ensure_ascii=False, indent=1,
        sort_keys=True) + "\n", encoding="utf-8")
    for dimension, by_lang in table.items():
        for lang, kinds in by_lang.items():
            for kind, (right, total) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
                print(f"{dimension:<13} {lang}  {right:>4}/{total:<4} {right / total:5.2f}  "
                      f"{kind}")


if __name__ == "__main__":
    main()
