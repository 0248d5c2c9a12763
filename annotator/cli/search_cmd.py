"""``annotator search``: sentences by their words and by their tags."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..core.search import DEFAULT_LIMIT, SentenceFilter, search
from .common import PROJECT, opened, print_json


@click.command(name="search")
@PROJECT
@click.argument("query", required=False, default="")
@click.option("--annotator", help="Only sentences this annotator tagged (with --flagged, "
                                  "--has-note, --untagged: this annotator's flag, note, tags).")
@click.option("--dimension", help="Only sentences tagged on this dimension "
                                  "(stance, verifiability, source).")
@click.option("--value", help="Only sentences with this label (e.g. opinion, against).")
@click.option("--source-type", help="Only sentences with a source of this type.")
@click.option("--flagged", is_flag=True, help="Only sentences flagged \"to discuss\".")
@click.option("--has-note", is_flag=True, help="Only sentences with a note.")
@click.option("--untagged", is_flag=True, help="Only sentences without a tag (on --dimension "
                                               "when given).")
@click.option("--disagreement", is_flag=True, help="Only sentences the annotators who coded "
                                                   "them disagree on (on --dimension).")
@click.option("--doc", "doc_id", type=int, help="Only this document.")
@click.option("--include-boilerplate", is_flag=True, help="Also boilerplate segments.")
@click.option("--limit", type=click.IntRange(min=0), default=DEFAULT_LIMIT, show_default=True,
              help="At most this many hits (0: all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object with every hit.")
def search_command(project: Path, query: str, limit: int, as_json: bool, **where) -> None:
    """Find sentences: words, "phrases", prefix*, AND / OR / NOT (case and accents are
    ignored), and filters by tag. Without QUERY, the filters alone choose.

    Hits are printed as DOC:INDEX, the document's title and the sentence with the words
    found [between brackets]; the count goes to stderr.

    Example: annotator search projects/p.sqlite "négo* OR accord" --annotator ana --flagged
    """
    writable = os.access(project, os.W_OK) and os.access(project.parent, os.W_OK)
    with opened(project, readonly=not writable) as proj:  # writable: an old file gets its index
        result = search(proj, query, SentenceFilter(**where), limit=limit or None)
    if as_json:
        print_json({"query": query, "total": result.total,
                    "hits": [hit.to_dict() for hit in result.hits]})
        return
    for hit in result.hits:
        click.echo(f"{hit.doc_id}:{hit.index}\t{hit.doc_title}\t{hit.highlighted()}")
    shown = f" (the first {len(result.hits)} shown; --limit 0 for all)" if result.truncated \
        else ""
    click.echo(f"{result.total} sentence{'s' * (result.total != 1)}{shown}", err=True)


COMMANDS = [search_command]
