"""The export command: labelled datasets, written atomically."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..core.datasets.export import FORMATS, ExportFilter, write_export
from .common import PROJECT, opened, terminal_progress


@click.command()
@PROJECT
@click.option("--format", "format_", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="Output format.")
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True, path_type=Path),
              help="File to write (replaced atomically; never the project, an SQLite "
                   "file or a symbolic link); `-` writes to standard output.")
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
    to_stdout = output == Path("-")
    if to_stdout and card:
        raise click.UsageError("a dataset card is written beside a file: use -o FILE")
    with opened(project, readonly=True) as proj, terminal_progress("exporting") as progress, \
            staged(output if to_stdout else None) as target:
        count = write_export(proj, target or output, format=format_, filters=filters,
                             progress=progress, card=False if to_stdout else card,
                             excel=excel, wide=wide)
    written = "standard output" if to_stdout else output
    click.echo(f"{count} {'codes' if format_ == 'qdc' else 'records'} written to {written}",
               err=to_stdout)


@contextmanager
def staged(output: Path | None) -> Iterator[Path | None]:
    """For standard output, a file to export to, copied out once complete (so a failed
    export prints nothing); None for a file, which the export writes atomically itself."""
    if output is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="annotator-export-") as folder:
        target = Path(folder) / "export"
        yield target
        with target.open("rb") as handle:
            shutil.copyfileobj(handle, sys.stdout.buffer)
        sys.stdout.buffer.flush()


COMMANDS = [export]
