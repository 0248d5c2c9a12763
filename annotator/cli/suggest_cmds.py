"""Commands around spaCy's pre-annotation: suggest, train, evaluate."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..core import learned_sources, suggestions
from .common import PROJECT, opened, terminal_progress


@click.command()
@PROJECT
@click.option("--doc", "docs", type=int, multiple=True, help="Only these document ids.")
def suggest(project: Path, docs: tuple[int, ...]) -> None:
    """Pre-annotate: suggest sources, verifiability (and stance, once a classifier is
    trained) for every content sentence. Rejected suggestions are not suggested again.

    Example: annotator suggest projects/p.sqlite --doc 1
    """
    with opened(project) as proj, terminal_progress("suggesting") as progress:
        ids = list(docs) if docs else None
        if ids:
            for doc_id in ids:
                proj.document(doc_id)
        changes = suggestions.suggest_documents(proj, ids, progress=progress)
        total = sum(len(suggestions.document_suggestions(proj, d)) for d in changes.documents)
    click.echo(f"{total} open suggestions on {len(changes.documents)} document(s)")


@click.command()
@PROJECT
@click.option("--dimension", type=click.Choice(["stance", "verifiability", "source"]),
              multiple=True,
              help="Which model(s); default: both classifiers, and the source finder once "
                   "30 sentences and 5 sources are tagged.")
def train(project: Path, dimension: tuple[str, ...]) -> None:
    """Train sentence classifiers on the tags so far (at least 30 per dimension), and print
    their cross-validated accuracy, macro-F1 and F1 per label, and how well their scores
    are calibrated on held-back tags (expected calibration error and a reliability
    table), before and after the calibration that suggestions then use (temperature,
    Platt or isotonic, whichever is best on held-back folds); the folds hold whole
    documents. For verifiability, the rules' accuracy, macro-F1 and F1 per label on the
    same held-back sentences are printed beside, and the classifier (blended with the
    rules' verdict) suggests only when clearly ahead of them. `--dimension source` learns
    the sources: a span finder and type and quote classifiers, each used instead of the
    rules only where it did better on held-back documents (the figures are printed beside
    the rules'). Run `annotator suggest` afterwards to use them.

    Example: annotator train projects/p.sqlite --dimension stance
    """
    with opened(project) as proj:
        names = list(dimension) or ["stance", "verifiability", *(
            ["source"] if learned_sources.ready(proj) else [])]
        models = suggestions.train_all(proj, dimensions=names)
    for name, model in zip(names, models):
        if name == "source":
            _source_figures(model)
            continue
        click.echo(f"{name}: trained on {model['examples']} sentences, "
                   f"cross-validated accuracy {model['cv_accuracy']:.1%}")
        _figures(model.get("cv") or {})
        _against_rules(model.get("cv") or {})


# How the finder's spans replace the rules', where they do ("replace": all of them).
SPAN_MODES = {
    "add": "the rules' spans stay, re-scored, and the learned spans add to them "
           "(threshold {threshold:.1f})",
    "filter": "the rules' spans stay, re-scored, and those the learned finder gives under "
              "{threshold:.0%} are dropped",
    "reshape": "the rules' spans stay, re-scored, each cut as the learned finder prefers "
               "(threshold {threshold:.1f})",
}


def _source_figures(model: dict) -> None:
    """The source finder's held-back figures beside the rules', and what replaces them."""
    from ..core.suggest.learned_tally import MIN_GAIN  # spaCy: only when training
    cv, uses = model["cv"], model["uses"]
    click.echo(f"source: trained on {model['examples']} sentences ({cv['sources']} sources), "
               "cross-validated on held-back documents")
    for label, part, ours, rules, extra in (
            ("source F1", "spans", cv["f1"], cv["rules_f1"],
             f" (threshold {model['threshold']:.1f})"),
            ("type accuracy", "types", cv["type"], cv["rules_type"], ""),
            ("quote accuracy", "quotes", cv["quote"], cv["rules_quote"], "")):
        verdict = f"the learned {part} replace the rules'{extra}" if uses[part] else \
            f"the rules' {part} are kept" + (": not clearly better on so few tags"
                                             if ours > rules else "")
        if part == "spans" and not uses[part] and cv.get("spans_ahead"):
            verdict = (f"the rules' spans are kept: ahead on held-back documents by "
                       f"{cv['gain']:.3f}, under the {MIN_GAIN:.2f} needed")
        if part == "spans" and uses[part] and cv.get("span_mode") in SPAN_MODES:
            verdict = SPAN_MODES[cv["span_mode"]].format(threshold=model["threshold"])
        click.echo(f"  {label} {ours:.2f} (rules {rules:.2f}): {verdict}")
    if "cue_f1" in cv:
        _cue_figures(cv, uses.get("cues", False))


def _cue_figures(cv: dict, used: bool) -> None:
    """The learned cues: their held-back F1 beside what they come on top of, and which."""
    verdict = "used" if used else "not used" + (": not clearly better on so few tags"
                                                if cv["cue_f1"] > cv["base_f1"] else "")
    click.echo(f"  learned cues: source F1 {cv['cue_f1']:.2f} (without {cv['base_f1']:.2f}): "
               f"{verdict}")
    for title, found, what in (("words whose subjects are tagged", cv["cues_learned"],
                                "tagged"),
                               ("rules' cues rejected", cv["cues_dropped"], "kept")):
        if found:
            words = ", ".join(f"{lemma} ({k} of {n} {what})"
                              for lemma, (k, n) in sorted(found.items(), key=lambda i: -i[1][1]))
            click.echo(f"    {title}: {words}")


def _figures(cv: dict) -> None:
    """Macro-F1, F1 per label and the reliability table of a classifier's held-out scores."""
    if not cv:
        return
    per_label = ", ".join(f"{label} {f1:.2f} (n={cv['support'][label]})"
                          for label, f1 in cv["f1"].items())
    click.echo(f"  macro-F1 {cv['macro_f1']:.2f}; F1 per label: {per_label}")
    click.echo(f"  calibration on held-back tags: expected calibration error {cv['ece']:.3f}")
    _reliability(cv["reliability"])
    fitted = cv.get("calibration")
    if fitted and "ece_calibrated" in cv:
        tried = ", ".join(f"{METHOD_NAMES[m]} {e:.3f}"
                          for m, e in fitted.get("ece_by_method", {}).items())
        click.echo(f"  calibrated scores ({METHOD_NAMES[fitted['method']]}, chosen by the "
                   f"ECE on held-back folds: {tried}): expected calibration error "
                   f"{cv['ece']:.3f} -> {cv['ece_calibrated']:.3f}")
        _reliability(cv["reliability_calibrated"])


def _against_rules(cv: dict) -> None:
    """The rules' figures on the same held-back sentences, and which verdicts are used."""
    if "rules_accuracy" not in cv:
        return
    per_label = ", ".join(f"{label} {f1:.2f}" for label, f1 in cv["rules_f1"].items())
    click.echo(f"  rules on the same held-back sentences: accuracy {cv['rules_accuracy']:.1%}, "
               f"macro-F1 {cv['rules_macro_f1']:.2f}; F1 per label: {per_label}")
    where = "held-back documents" if cv.get("documents") else "held-back sentences"
    ahead = f"ahead of the rules in {cv['ahead_share']:.0%} of resamplings of the {where}"
    if cv["mode"] == "rules":
        way = f"blended with the rules (weight {cv['strength']:g})" if cv["strength"] \
            else "alone"
        verdict = (f"the rules' verdicts are kept: the classifier {way} has accuracy "
                   f"{cv['blend_accuracy']:.1%}, macro-F1 {cv['blend_macro_f1']:.2f}, "
                   f"{ahead} (95 % needed, and a macro-F1 not lower)")
    elif cv["mode"] == "blend":
        verdict = (f"the classifier blended with the rules' verdict (weight "
                   f"{cv['strength']:g}) replaces the rules' verdicts ({ahead})")
    else:
        verdict = f"the classifier's verdicts replace the rules' ({ahead})"
    click.echo(f"  {verdict}")


METHOD_NAMES = {"none": "raw scores", "temperature": "temperature scaling",
                "platt": "Platt scaling", "isotonic": "isotonic regression"}


def _reliability(bins: list) -> None:
    click.echo("    score      tags  mean score  accuracy")
    for low, high, count, mean, accuracy in bins:
        click.echo(f"    {low:.1f}-{high:.1f}  {count:>6}  {mean:>10.2f}  {accuracy:>8.2f}")


@click.command()
@PROJECT
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(project: Path, gold: Path, as_json: bool) -> None:
    """Compare segmentation and source suggestions with a hand-annotated gold file.

    Example: annotator evaluate projects/p.sqlite fr_accord_cereales.gold.json
    """
    from ..core.evaluation import evaluate_gold

    with opened(project, readonly=True) as proj:
        figures = evaluate_gold(proj, gold)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    for section, values in figures.items():
        click.echo(f"{section}:")
        for key, value in values.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            click.echo(f"  {key}: {shown}")


COMMANDS = [suggest, train, evaluate]
