"""Verifiability rules on real news, beside always answering "verifiable".

Per language and part (``dev``: the articles the rules were tuned on; ``unseen``: kept
aside; ``train``: more development articles; ``check``: annotated before any rule was
revised on it, scored only when named and never for its errors), prints accuracy, macro-F1 and
the F1 of each label for the rules and for the constant baseline, the calibration of the
rules' scores, then the commonest confusions.
Gold: tests/data/verifiability/ (French and English Wikinews, CC BY 2.5; French regional news
of UD Sequoia, LGPL-LR, in rows of their own, "fr regional train" and "fr regional check";
see its README).

    python bench/bench_verifiability.py [--lang fr] [--part dev|unseen|train|check]
                                        [--errors 20] [--matrix]
                                        [--classifier]

``--matrix`` also prints each part's confusion matrix (gold label x the rules' label, counts
only; for ``check`` too, which is still never shown by sentence).

``--classifier`` also trains the project's verifiability classifier on the Wikinews dev and train
parts (as if the analyst had tagged them, as ``annotator train`` does: folds of whole
articles, and the gate of ``rule_gate`` that keeps the rules' verdicts unless the
classifier, blended with them, is clearly ahead on held-back articles), words only and
words + the rules' verdicts and cues, and prints its cross-validated accuracy, macro-F1,
F1 per label and expected calibration error there, what the gate chose, and on the unseen
part the accuracy, macro-F1 and F1 per label of what is suggested (the analyst's view),
beside the rules and the classifier ungated (alone, and blended at its held-back strength).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from annotator.core.suggest import calibrate
from annotator.core.suggest.label_scores import LabelScores, calibration
from annotator.core.suggest.pipeline import suggest_sentences
from annotator.core.suggest.rule_scores import RuleScores

VERIFIABILITY = ("verifiable", "unverifiable", "opinion", "prediction", "not_a_claim")
PARTS = ("dev", "unseen", "train", "check")
ONLY_BY_NAME = "check"  # it only measures: scored when named, its errors never printed
GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "verifiability"
WIKINEWS = "wikinews"
ROW = {WIKINEWS: "", "sequoia": "regional "}  # a corpus's word in its rows: "fr regional train"


def gold_sets(folder: Path = GOLD) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """``{(lang, part, corpus): [(sentence, label)]}`` from every
    ``<lang>_<corpus>_<part>.gold.json``: each corpus (wikinews, sequoia) is a set of its own."""
    sets: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for path in sorted(folder.glob("*.gold.json")):
        _, corpus, part = path.name.removesuffix(".gold.json").rsplit("_", 2)
        for article in json.loads(path.read_text(encoding="utf-8")).values():
            sets.setdefault((article["lang"], part, corpus), []).extend(
                (s["text"], s["verifiability"]) for s in article["sentences"])
    return sets


def wikinews_articles(folder: Path = GOLD, parts: tuple[str, ...] = ("dev", "train", "unseen")
                      ) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """``{(lang, part): [(sentence, label, article)]}`` of the Wikinews ``parts`` (never
    the check part: it only measures the rules), for training as the project does, by
    article."""
    sets: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for path in sorted(folder.glob(f"*_{WIKINEWS}_*.gold.json")):
        part = path.name.removesuffix(".gold.json").rsplit("_", 1)[1]
        if part not in parts:
            continue
        for key, article in json.loads(path.read_text(encoding="utf-8")).items():
            sets.setdefault((article["lang"], part), []).extend(
                (s["text"], s["verifiability"], f"{part}/{key}") for s in article["sentences"])
    return sets


def set_name(lang: str, part: str, corpus: str) -> str:
    """"fr train" for Wikinews; "fr regional train" for the regional news."""
    return f"{lang} {ROW.get(corpus, corpus + ' ')}{part}"


def wanted(lang: str, part: str, only_lang: str | None, only_part: str | None) -> bool:
    """Every part but ``check`` by default; ``check`` only when named."""
    if only_lang and lang != only_lang:
        return False
    return part == only_part if only_part or part == ONLY_BY_NAME else True


def line(name: str, scores: LabelScores) -> str:
    per = scores.per_label()
    labels = "  ".join(f"{label[:11]:>11} {per[label]['f1']:.2f}" for label in VERIFIABILITY)
    return f"  {name:<9} acc {scores.accuracy:.2f}  macro-F1 {scores.macro_f1:.2f}   {labels}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang")
    parser.add_argument("--part", choices=PARTS)
    parser.add_argument("--errors", type=int, default=0, help="print N wrong verdicts")
    parser.add_argument("--matrix", action="store_true",
                        help="print the confusion matrix (gold x rules, counts only)")
    parser.add_argument("--classifier", action="store_true",
                        help="train on dev (+ train), score unseen")
    args = parser.parse_args()
    sets = gold_sets()
    if args.classifier:
        classifiers(wikinews_articles(), args.lang)
    for (lang, part, corpus), gold in sorted(sets.items(),
                                             key=lambda kv: (*kv[0][:2], kv[0][2] != WIKINEWS)):
        if not wanted(lang, part, args.lang, args.part):
            continue
        found = list(suggest_sentences([text for text, _ in gold], lang))
        verdicts = [f.verifiability for f in found]
        ours = LabelScores.of(((label, v.value if v else "not_a_claim")
                               for (_, label), v in zip(gold, verdicts, strict=True)),
                              VERIFIABILITY)
        constant = LabelScores.of(((label, "verifiable") for _, label in gold), VERIFIABILITY)
        print(f"{set_name(lang, part, corpus)}: {len(gold)} sentences")
        print(line("rules", ours))
        print(line("constant", constant))
        rule_scores = RuleScores.load()
        hand = calibration((v.score, v.value == label) for (_, label), v
                           in zip(gold, verdicts, strict=True) if v)
        measured = calibration((rule_scores.score("verifiability", lang, v.reason),
                                v.value == label) for (_, label), v
                               in zip(gold, verdicts, strict=True) if v)
        print(f"  rule scores: ECE {hand.ece:.3f} as written in the rules, "
              f"{measured.ece:.3f} as measured per rule kind on dev + train")
        if args.matrix:
            print(matrix(ours))
        if part == ONLY_BY_NAME:
            continue  # figures only: no confusions, no errors
        print("  confusions (gold->rules):",
              ", ".join(f"{k} {n}" for k, n in ours.confusion().most_common(8)))
        wrong = [(text, label, v) for (text, label), v in zip(gold, verdicts, strict=True)
                 if (v.value if v else "not_a_claim") != label]
        for text, label, v in wrong[: args.errors]:
            print(f"    gold {label:<12} got {v.value if v else '-':<12} "
                  f"({v.reason if v else ''}) {text[:110]}")


def matrix(scores: LabelScores) -> str:
    """Gold label (rows) x the rules' label (columns), counts only."""
    counts = Counter(scores.pairs)
    heads = [label[:11] for label in VERIFIABILITY]
    rows = ["  gold \\ rules " + " ".join(f"{h:>11}" for h in heads)]
    for gold in VERIFIABILITY:
        rows.append(f"  {gold[:13]:<13} " + " ".join(
            f"{counts[gold, found]:>11}" for found in VERIFIABILITY))
    return "\n".join(rows)


def classifiers(sets: dict[tuple[str, str], list[tuple[str, str, str]]],
                only: str | None = None) -> None:
    from annotator.core.suggest import rule_gate
    from annotator.core.suggest.textcat import (
        rules_found,
        train_classifier,
        with_rule_features,
    )

    for lang in sorted({lang for lang, _ in sets if only in (None, lang)}):
        dev = sets.get((lang, "dev"), []) + sets.get((lang, "train"), [])
        unseen = sets.get((lang, "unseen"), [])
        texts, gold = [t for t, _, _ in unseen], [g for _, g, _ in unseen]
        found = rules_found(texts, lang, [a for _, _, a in unseen])  # as the app: by article
        rules = [r.verifiability.value if r.verifiability else "not_a_claim" for r in found]
        print(f"{lang} rules on unseen: " + scored(gold, rules))
        for features in (False, True):
            model = train_classifier([(t, g) for t, g, _ in dev], list(VERIFIABILITY),
                                     lang=lang, rule_features=features,
                                     groups=[a for _, _, a in dev], dimension="verifiability")
            cv = model.cv
            suggested = rules if model.mode == rule_gate.RULES else \
                [label for label, _ in model.predict(texts, found=found)]
            featured = with_rule_features(texts, lang, found) if model.features else texts
            probs = model.probabilities(featured, featured=True)
            alone = [max(p, key=p.__getitem__) for p in probs]
            blended = [max(b, key=b.__getitem__) for b in (
                rule_gate.blend(p, r, cv["strength"]) for p, r in zip(probs, rules,
                                                                       strict=True))]
            raw = [calibrate.top(p) for p in probs]
            calibrated = [calibrate.apply(cv.get("calibration"), p) for p in probs]
            name = "words + rules" if features else "words only"
            print(f"{lang} classifier, {name}, {len(dev)} sentences: cross-validated acc "
                  f"{model.cv_accuracy:.2f} macro-F1 {cv['macro_f1']:.2f} "
                  f"ECE {cv['ece']:.3f} -> {cv['ece_calibrated']:.3f} "
                  f"({cv['calibration']['method']}); ECE on unseen, classifier alone: raw "
                  f"{ece(gold, raw):.3f} calibrated {ece(gold, calibrated):.3f}")
            print(f"  gate: {model.mode}" + (f" at strength {cv['strength']:g}"
                                             if model.mode == rule_gate.BLEND else "")
                  + f" (held back: rules acc {cv['rules_accuracy']:.2f} macro-F1 "
                    f"{cv['rules_macro_f1']:.2f}, blend at {cv['strength']:g} acc "
                    f"{cv['blend_accuracy']:.2f} macro-F1 {cv['blend_macro_f1']:.2f}, "
                    f"ahead in {cv['ahead_share']:.0%} of resamplings)")
            print("  unseen, suggested: " + scored(gold, suggested))
            print("  unseen, classifier alone (ungated): " + scored(gold, alone))
            print(f"  unseen, blended at {cv['strength']:g} (ungated): " + scored(gold, blended))


def scored(gold: list[str], guesses: list[str]) -> str:
    scores = LabelScores.of(zip(gold, guesses, strict=True), VERIFIABILITY)
    per = scores.per_label()
    return (f"acc {scores.accuracy:.2f} macro-F1 {scores.macro_f1:.2f} ("
            + ", ".join(f"{label} {per[label]['f1']:.2f}" for label in VERIFIABILITY) + ")")


def ece(gold: list[str], found: list[tuple[str, float]]) -> float:
    return calibration((score, label == g) for g, (label, score)
                       in zip(gold, found, strict=True)).ece


if __name__ == "__main__":
    main()
