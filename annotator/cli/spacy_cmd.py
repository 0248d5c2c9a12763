"""``annotator data-to-spacy``: a folder that ``python -m spacy train`` runs on as is."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.datasets.data_to_spacy import data_to_spacy as build
from .common import PROJECT, opened, terminal_progress


@click.command(name="data-to-spacy")
@PROJECT
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--gold", is_flag=True, help="Train on the adjudicated (gold) layer.")
@click.option("--annotator", help="Train on this annotator's tags (needed when several).")
@click.option("--dev", type=float, default=0.2, show_default=True,
              help="Share of documents held out for evaluation (dev.spacy).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the train/dev split and of training.")
@click.option("--lang", help="spaCy language of the tokenizer and config; default: the "
                             "project's most common document language.")
def data_to_spacy(project: Path, outdir: Path, gold: bool, annotator: str | None, dev: float,
                  seed: int, lang: str | None) -> None:
    """Write OUTDIR/train.spacy, OUTDIR/dev.spacy (split by document) and OUTDIR/config.cfg:
    a classifier per dimension (textcat_stance, textcat_verifiability) and a span
    categorizer for the sources (spans_key "sources").

    Example: annotator data-to-spacy projects/p.sqlite corpus/ --gold --lang fr

    Then: python -m spacy train corpus/config.cfg --paths.train corpus/train.spacy
    --paths.dev corpus/dev.spacy
    """
    with opened(project, readonly=True) as proj, terminal_progress("exporting") as progress:
        result = build(proj, outdir, gold=gold, annotator=annotator, dev=dev, seed=seed,
                       lang=lang, progress=progress)
    click.echo(result.summary())


COMMANDS = [data_to_spacy]
