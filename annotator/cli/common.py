"""What every command shares: one-line errors, opening projects, a terminal progress bar."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..core.errors import AnnotatorError
from ..core.progress import Progress
from ..core.project import Project
from ..core.store.transaction import explain

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))


class AnnotatorGroup(click.Group):
    """Routes ``annotator [PROJECT] [--options]`` to the ``open`` command (the desktop app),
    and turns user-facing errors into one line and exit code 1."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if "open" in self.commands and (
                first is None or (first not in self.commands
                                  and first not in ("-h", "--help", "--version"))):
            args = ["open", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:  # e.g. a file damaged after it was opened
            raise click.ClickException(str(explain(exc, None))) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing more was written") from None


@contextmanager
def opened(path: Path, *, readonly: bool = False) -> Iterator[Project]:
    project = Project.open(path, readonly=readonly)
    if project.notice:
        click.echo(project.notice, err=True)
    try:
        yield project
    finally:
        project.close()


@contextmanager
def terminal_progress(label: str) -> Iterator[Progress]:
    """A progress bar on stderr that appears once there is more than one item."""
    state: dict = {"bar": None, "done": 0}

    def report(done: int, total: int, message: str) -> None:
        if total <= 1:
            return
        if state["bar"] is None:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done - state["done"])
        state["done"] = done

    try:
        yield Progress(report=report)
    finally:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)
