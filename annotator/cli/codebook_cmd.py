"""The codebook command: print, publish, export or import a project's codebook."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.codebook import export_codebook, import_codebook, render
from ..gui.keymap import window_keys  # the app's key table (Qt-free): value keys avoid it
from .common import PROJECT, opened


@click.command()
@PROJECT
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the codebook to FILE: .md or .html (every dimension, value, "
                   "definition and example, with counts of tags) or .json (to import).")
@click.option("--import", "import_from", type=click.Path(dir_okay=False, path_type=Path),
              help="Replace the codebook with a JSON file's (checked first, all or nothing; "
                   "one undoable step).")
@click.option("--annotator", help="Who made the change (for `annotator undo --annotator`).")
def codebook(project: Path, export_to: Path | None, import_from: Path | None,
             annotator: str | None) -> None:
    """Print the project's codebook, or import / export it.

    The format follows the file's extension. An import runs before an export.

    Example: annotator codebook projects/p.sqlite --export codebook.html
    """
    if import_from is not None:
        with opened(project) as proj:
            changes = import_codebook(proj, import_from, annotator=annotator,
                                      commands=window_keys())
            click.echo(f"codebook imported from {import_from.name}"
                       + ("" if changes.tables else " (no change)"), err=True)
    if export_to is not None:
        with opened(project, readonly=True) as proj:
            fmt = export_codebook(proj, export_to)
        click.echo(f"codebook written to {export_to} ({fmt})", err=True)
    if import_from is None and export_to is None:
        with opened(project, readonly=True) as proj:
            click.echo(render(proj, "markdown"), nl=False)


COMMANDS = [codebook]
