"""``annotator [PROJECT]``: the desktop app (the GUI is imported only when it starts)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import FALLBACK, looks_like_project


@click.command(name="open")
@click.argument("project", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--annotator", metavar="NAME",
              help="Tag as NAME in this session (not remembered; no question asked).")
@click.option("--screenshot", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path),
              help="Render the main window to a PNG file once the document is shown, "
                   "then exit.")
def open_(project: Path | None, annotator: str | None, screenshot: Path | None) -> None:
    """Open the desktop app on PROJECT, else on the last project or the demo project.

    A PROJECT that does not exist is created after confirmation.

    Example: annotator projects/ukraine.sqlite --annotator ana
    """
    ctx = click.get_current_context()
    if (project is not None and ctx.find_root().meta.get(FALLBACK)
            and not looks_like_project(str(project))):
        # `annotator --annotator ana stauts`: a mistyped command, not a new project
        commands = ctx.find_root().command.commands  # type: ignore[attr-defined]
        raise click.NoSuchCommand(str(project), possibilities=commands, ctx=ctx.find_root())
    from ..gui.app import run

    code = run(project, annotator=annotator, screenshot_to=screenshot)
    if screenshot is not None:
        click.echo(f"saved {screenshot}")
    if code:
        raise SystemExit(code)


COMMANDS = [open_]
