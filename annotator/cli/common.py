"""What every command shares: one-line errors, opening projects, a terminal progress bar."""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..core.errors import user_message
from ..core.progress import Progress
from ..core.project import Project
from ..core.store import database_errors

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
DEBUG_VARIABLE = "ANNOTATOR_DEBUG"  # set to 1: unexpected errors print their traceback
PROJECT_SUFFIXES = (".sqlite", ".sqlite3", ".db")
FALLBACK = "annotator.open_by_default"  # ctx.meta: `annotator ...` ran without a command


def looks_like_project(word: str) -> bool:
    """An existing file, a project file name, or a path: what ``annotator WORD`` opens."""
    separators = {"/", os.sep, os.altsep} - {None}
    return (Path(word).is_file() or Path(word).suffix.lower() in PROJECT_SUFFIXES
            or any(sep in word for sep in separators))


class AnnotatorGroup(click.Group):
    """Routes ``annotator [PROJECT] [--options]`` to the ``open`` command (the desktop app),
    and turns user-facing errors into one line and exit code 1.

    Only a word that looks like a project (an existing file, a .sqlite or .db name, a path)
    opens the app: any other is an unknown command, with click's suggestions."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if "open" in self.commands and (
                first is None
                or (first.startswith("-") and first not in ("-h", "--help", "--version"))
                or (first not in self.commands and looks_like_project(first))):
            ctx.meta[FALLBACK] = True
            args = ["open", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing more was written") from None
        except Exception as exc:  # noqa: BLE001 - every failure ends as one line, exit 1
            message = user_message(exc)
            if message is None:
                if os.environ.get(DEBUG_VARIABLE):
                    traceback.print_exc()
                message = (f"unexpected error: {type(exc).__name__}: {exc} "
                           f"(set {DEBUG_VARIABLE}=1 to see the details)")
            raise click.ClickException(" ".join(message.split())) from None


def print_json(data: Any) -> None:
    """What every --json prints: one indented object, text kept as it is (not \\u-escaped)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))


@contextmanager
def opened(path: Path, *, readonly: bool = False) -> Iterator[Project]:
    project = Project.open(path, readonly=readonly)
    if project.notice:
        click.echo(project.notice, err=True)
    try:
        with database_errors(path=path):
            yield project
    finally:
        project.close()


@contextmanager
def terminal_progress(label: str) -> Iterator[Progress]:
    """A progress bar on a terminal's stderr that appears once there is more than one
    item."""
    state: dict = {"bar": None, "done": 0}

    def report(done: int, total: int, message: str) -> None:
        if total <= 1 or not sys.stderr.isatty():  # scripts read stderr: errors only
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
