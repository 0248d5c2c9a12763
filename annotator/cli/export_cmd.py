"""The export command: labelled datasets, written atomically."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.datasets.export import FORMATS, ExportFilter, write_export
from .common import PROJECT, opened, terminal_progress


@click.command()
@PROJECT
@click.option("--format", "format_", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="Output format.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write (replaced atomically; never the project, an SQLite "
                   "file or a symbolic link).")
@click.option("--annotator", help="Only this annotator's tags.")
@click.option("--doc", "docs", type=int, multiple=True, help="Only these document ids.")
@click.option("--all-sentences", is_flag=True, help="Also sentences nobody tagged.")
@click.option("--include-boilerplate", is_flag=True, help="Also boilerplate segments.")
@click.option("--suggestions", is_flag=True, help="Add spaCy's suggestions to each line.")
@click.option("--gold", is_flag=True, help="The adjudicated (gold) layer, with provenance.")
@click.option("--with-text", is_flag=True,
              help="jsonl: document text and segments on each document's first line "
                   "(needed by `annotator import --with-tags`).")
@click.option("--excel", is_flag=True,
              help="csv: for Excel (UTF-8 with BOM, ';' separator, CRLF, dates Excel reads).")
@click.option("--wide", is_flag=True,
              help="csv: one row per sentence, one column per annotator x dimension and a "
                   "0/1 column per source type (for R, SPSS, Stata).")
@click.option("--card/--no-card", default=None,
              help="Write FILE.card.md beside the file (default: for spacy, prodigy, --gold).")
def export(project: Path, format_: str, output: Path, annotator: str | None,
           docs: tuple[int, ...], all_sentences: bool, include_boilerplate: bool,
           suggestions: bool, gold: bool, with_text: bool, excel: bool, wide: bool,
           card: bool | None) -> None:
    """Export tags as a labelled dataset (one line per sentence and annotator): jsonl, csv,
    a spaCy DocBin (spacy) or Prodigy tasks (prodigy); or for QDA software (QualCoder,
    MAXQDA, NVivo, ATLAS.ti) a REFI-QDA project (qdpx) or its codebook alone (qdc).

    Example: annotator export projects/p.sqlite --format jsonl -o tags.jsonl

    Example: annotator export projects/p.sqlite --gold --format spacy -o gold.spacy

    Example: annotator export projects/p.sqlite --format csv --wide --excel -o codes.csv

    Example: annotator export projects/p.sqlite --format qdpx -o p.qdpx
    """
    filters = ExportFilter(annotator=annotator, all_sentences=all_sentences,
                           include_boilerplate=include_boilerplate, suggestions=suggestions,
                           documents=docs or None, gold=gold, with_text=with_text)
    with opened(project, readonly=True) as proj, terminal_progress("exporting") as progress:
        count = write_export(proj, output, format=format_, filters=filters, progress=progress,
                             card=card, excel=excel, wide=wide)
    click.echo(f"{count} {'codes' if format_ == 'qdc' else 'records'} written to {output}")


COMMANDS = [export]
