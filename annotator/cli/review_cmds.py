"""Review commands: merge a colleague's file, measure agreement, list disagreements,
adjudicate into the gold layer."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from ..core.errors import InputError
from ..core.review import gold
from ..core.review.agreement import agreement as measure
from ..core.review.agreement import interpret
from ..core.review.merge import merge_project
from ..core.review.rows import (
    DIMENSIONS,
    STATUSES,
    Layer,
    ReviewRow,
    gold_layer,
    review_rows,
)
from .common import PROJECT, opened, print_json, terminal_progress

SHOWN_CONFLICTS = 20


class ListOptionCommand(click.Command):
    """Lets ``--annotators A B C`` take several values (read as repeated options)."""

    list_options = ("--annotators",)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        spread: list[str] = []
        args = list(args)
        while args:
            arg = args.pop(0)
            spread.append(arg)
            if arg in self.list_options:
                if args:
                    spread.append(args.pop(0))
                while args and not args[0].startswith("-"):
                    spread += [arg, args.pop(0)]
        return super().parse_args(ctx, spread)


def _names(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
           ) -> tuple[str, ...]:
    """``--annotators a,b`` is ``--annotators a b``."""
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


ANNOTATORS = click.option("--annotators", multiple=True, metavar="NAME...", callback=_names,
                          help="Annotators to compare: space- or comma-separated "
                               "(--annotators ana ben, or ana,ben).")


@click.command()
@PROJECT
@click.argument("other", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def merge(project: Path, other: Path, as_json: bool) -> None:
    """Merge another project file's tags, notes and flags (the other file is only read).

    Documents are matched by content, sentences by offsets; on a conflict (same annotator,
    sentence and dimension, different values) ours is kept and the conflict is reported.

    Example: annotator merge projects/p.sqlite colleague/p.sqlite
    """
    with opened(project) as proj, terminal_progress("merging") as progress:
        report = merge_project(proj, other, progress=progress)
    if as_json:
        print_json(report.to_dict())
        return
    click.echo(report.summary())
    for mismatch in report.mismatches:
        click.echo(f"document {mismatch.doc_id} ({mismatch.title}) is segmented differently: "
                   f"{mismatch.unmatched} of their sentences have no match here; "
                   f"{mismatch.skipped_tags} tag(s) skipped")
    for conflict in report.conflicts[:SHOWN_CONFLICTS]:
        click.echo(f"conflict: sentence {conflict.segment_id} {conflict.annotator} "
                   f"{conflict.dimension}: kept {conflict.ours}, theirs {conflict.theirs}")
    if len(report.conflicts) > SHOWN_CONFLICTS:
        click.echo(f"... {len(report.conflicts) - SHOWN_CONFLICTS} more (see --json)")


@click.command(cls=ListOptionCommand)
@PROJECT
@ANNOTATORS
@click.option("--doc", "docs", type=int, multiple=True, help="Only these document ids.")
@click.option("--per-document", is_flag=True, help="Also one line per document.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON.")
def agreement(project: Path, annotators: tuple[str, ...], docs: tuple[int, ...],
              per_document: bool, as_json: bool) -> None:
    """Intercoder agreement: Krippendorff's alpha, observed agreement and Cohen's kappa per
    dimension, span F1 for sources (lenient 0.3 / strict 0.8 overlap).

    Example: annotator agreement projects/p.sqlite --annotators ana ben
    """
    with opened(project, readonly=True) as proj:
        report = measure(proj, annotators=annotators or None, documents=docs or None,
                         per_document=per_document or as_json)
    if as_json:
        print_json(report.to_dict())
        return
    click.echo(f"annotators: {', '.join(report.annotators)}; {report.units} sentences "
               "tagged by at least two")
    click.echo("dimension\tunits\talpha\tobserved\tkappa\treading")
    for name, fig in report.dimensions.items():
        click.echo(f"{name}\t{fig.units}\t{_num(fig.alpha)}\t{_num(fig.observed)}\t"
                   f"{_num(fig.kappa)}\t{interpret(fig.alpha)}")
    total = report.sources.total()
    click.echo(f"sources\t{total.units}\tF1 lenient {_num(total.f1())}, strict "
               f"{_num(total.f1(strict=True))}; type agreement {_num(total.type_agreement)}")
    click.echo("thresholds: alpha >= .800 reliable; >= .667 tentative conclusions only")
    for doc in report.documents if per_document else []:
        alphas = " ".join(f"{k}={_num(v.alpha)}" for k, v in doc.dimensions.items())
        click.echo(f"document {doc.doc_id}\t{doc.units}\t{alphas}\t"
                   f"sources F1={_num(doc.sources.total().f1())}")


@click.command(cls=ListOptionCommand)
@PROJECT
@ANNOTATORS
@click.option("--status", "statuses", type=click.Choice(STATUSES), multiple=True,
              help="Only these rows (default: disagree).")
@click.option("--doc", "docs", type=int, multiple=True, help="Only these document ids.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the rows as JSON (each annotator's layer, the gold layer).")
def review(project: Path, annotators: tuple[str, ...], statuses: tuple[str, ...],
           docs: tuple[int, ...], as_json: bool) -> None:
    """List sentences with each annotator's tags and the gold layer, disagreements first.

    Example: annotator review projects/p.sqlite --annotators ana ben --status disagree
    """
    with opened(project, readonly=True) as proj:
        names = list(annotators) or proj.annotators()
        rows = review_rows(proj, annotators=names, documents=docs or None,
                           statuses=statuses or ("disagree",))
        if as_json:
            print_json([_row_dict(row) for row in rows])
            return
        for row in rows:
            on = ",".join(row.disagreements) or "-"
            click.echo(f"{row.doc_id}:{row.index}\t{row.status}\t{on}\t{row.text}")
            for name, layer in row.layers.items():
                click.echo(f"\t{name}: {_layer(layer, row.start)}")
            if row.gold is not None:
                click.echo(f"\tgold: {_layer(row.gold, row.start)}")
    click.echo(f"{len(rows)} sentence(s)", err=True)


@click.command()
@PROJECT
@click.argument("doc", type=int)
@click.argument("index", type=int)
@click.option("--by", "decided_by", required=True, help="Who decides (the reviewer).")
@click.option("--adopt", "from_annotator", help="Copy this annotator's tags into gold.")
@click.option("--stance", help="Set the gold stance ('none': decided, no value).")
@click.option("--verifiability", help="Set the gold verifiability ('none': no value).")
@click.option("--dimension", "dimensions", type=click.Choice(DIMENSIONS), multiple=True,
              help="With --adopt or --clear: only these dimensions.")
@click.option("--clear", is_flag=True, help="Remove the sentence's gold decisions.")
@click.option("--reason", help="Why (kept with the decision).")
def adjudicate(project: Path, doc: int, index: int, decided_by: str,
               from_annotator: str | None, stance: str | None, verifiability: str | None,
               dimensions: tuple[str, ...], clear: bool, reason: str | None) -> None:
    """Decide the gold tags of one sentence: adopt an annotator's, set labels, or clear.

    Example: annotator adjudicate projects/p.sqlite 1 4 --adopt ana --by chris
    --reason "ben missed the source"
    """
    with opened(project) as proj:
        segment_id = proj.sentence_at(doc, index).id
        labels = {dimension: None if value == "none" else value
                  for dimension, value in (("stance", stance), ("verifiability", verifiability))
                  if value is not None}
        if not (from_annotator or labels or clear):
            raise InputError("say what to decide: --adopt NAME, --stance, --verifiability "
                             "or --clear")
        gold.decide(proj, segment_id=segment_id, decided_by=decided_by, clear=clear,
                    from_annotator=from_annotator, labels=labels, dimensions=dimensions or None,
                    reason=reason)
        decided = gold_layer(proj, segment_id)
        start = proj.sentence(segment_id).start
    shown = _layer(decided, start) if decided else "not adjudicated"
    click.echo(f"{doc}:{index} gold: {shown}")


@click.command(name="accept-agreed", cls=ListOptionCommand)
@PROJECT
@ANNOTATORS
@click.option("--by", "decided_by", required=True, help="Who decides (the reviewer).")
@click.option("--dimension", "dimensions", type=click.Choice(DIMENSIONS), multiple=True,
              help="Only these dimensions (default: all).")
@click.option("--doc", "docs", type=int, multiple=True, help="Only these document ids.")
def accept_agreed(project: Path, annotators: tuple[str, ...], decided_by: str,
                  dimensions: tuple[str, ...], docs: tuple[int, ...]) -> None:
    """Put into gold every sentence and dimension on which the annotators all agree
    (dimensions already adjudicated are left alone).

    Example: annotator accept-agreed projects/p.sqlite --annotators ana ben --by chris
    """
    with opened(project) as proj:
        names = list(annotators) or proj.annotators()
        changes = gold.accept_agreed(proj, annotators=names, decided_by=decided_by,
                                     dimensions=dimensions or None, documents=docs or None)
    click.echo(f"{changes.detail.get('sentences', 0)} sentence(s) accepted into gold")


def _row_dict(row: ReviewRow) -> dict:
    """``review --json``: source offsets are into the document text, each with its words."""
    def layer(found: Layer) -> dict:
        shown = asdict(found)
        for source in shown["sources"]:
            source["text"] = row.text[source["start"] - row.start:source["end"] - row.start]
        return shown

    return {"doc_id": row.doc_id, "index": row.index, "text": row.text, "start": row.start,
            "end": row.end, "kind": row.kind, "status": row.status,
            "disagreements": list(row.disagreements),
            "layers": {name: layer(found) for name, found in row.layers.items()},
            "gold": layer(row.gold) if row.gold is not None else None}


def _layer(layer: Layer, offset: int) -> str:
    sources = ", ".join(f"{s.type}@{s.start - offset}-{s.end - offset}" for s in layer.sources)
    return (f"stance={layer.stance or '-'} verifiability={layer.verifiability or '-'} "
            f"sources=[{sources}]")


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


COMMANDS = [merge, agreement, review, adjudicate, accept_agreed]
