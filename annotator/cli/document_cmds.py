"""Commands on one document's title and metadata."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..core.metadata import META_FIELDS, listing, set_document_meta
from .common import PROJECT, opened


@click.command(name="document-meta")
@PROJECT
@click.argument("doc", type=int)
@click.option("--title", help="The document's title (cannot be empty).")
@click.option("--outlet", help="The newspaper, agency or site ('' clears it).")
@click.option("--date", help="Publication date: 2024-03-12, or e.g. \"12 mars 2024\".")
@click.option("--author", help="Who wrote it ('' clears it).")
@click.option("--section", help="The outlet's section or rubric ('' clears it).")
@click.option("--url", help="Web address (http:// or https://; '' clears it).")
@click.option("--annotator", help="Who made the change (for `annotator undo --annotator`).")
def document_meta(project: Path, doc: int, annotator: str | None, **values: str | None
                  ) -> None:
    """Show or edit a document's title and metadata (one undoable step).

    Without options, prints the document's metadata as JSON.

    Example: annotator document-meta projects/p.sqlite 3 --outlet "Le Monde" --date 2024-03-12
    """
    edits = {name: value for name, value in values.items() if value is not None}
    if edits:
        with opened(project) as proj:
            set_document_meta(proj, doc_id=doc, annotator=annotator, **edits)
    with opened(project, readonly=True) as proj:
        [info] = proj.documents(ids=[proj.document(doc).id])
    shown = listing(info)
    click.echo(json.dumps({k: shown[k] for k in ("id", "title", *META_FIELDS, "word_count",
                                                  "meta")}, ensure_ascii=False))


COMMANDS = [document_meta]
