"""Commands that change tags: tag, boilerplate, undo, redo."""

from __future__ import annotations

from pathlib import Path

import click

from ..core import ops
from ..core.errors import InputError
from ..core.project import Project
from .common import PROJECT, opened

VIAS = "annotator.tag.vias"  # ctx.meta: the --via of each --source, in order
VALUED = {"--annotator", "--stance", "--verifiability", "--source", "--via", "--note"}


class SourceChainCommand(click.Command):
    """Pairs each ``--via`` with the ``--source`` just before it: ``--source TASS --source
    Kremlin --via TASS`` gives the Kremlin (and only it) TASS as its relay."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        vias: list[str | None] = []
        position = 0
        while position < len(args):
            name, inline, value = args[position].partition("=")
            if not inline and name in VALUED:
                position += 1
                value = args[position] if position < len(args) else ""
            if name == "--source":
                vias.append(None)
            elif name == "--via":
                if not vias or vias[-1] is not None:
                    raise click.UsageError("each --via follows the --source it is the relay "
                                           "of (one --via per --source)", ctx)
                vias[-1] = value
            position += 1
        ctx.meta[VIAS] = vias
        return super().parse_args(ctx, args)


@click.command(cls=SourceChainCommand)
@PROJECT
@click.argument("doc", type=int)
@click.argument("index", type=int)
@click.option("--annotator", required=True, help="Who is tagging.")
@click.option("--stance", help="Stance value (see the schema), or 'none' to clear.")
@click.option("--verifiability", help="Verifiability value, or 'none' to clear.")
@click.option("--source", "sources", multiple=True, metavar="TEXT[:TYPE[:QUOTE]]",
              help="A source: text found in the sentence, its type, direct/indirect. Repeatable.")
@click.option("--via", multiple=True,
              help="The relay of the --source just before it, in a chain ('TASS, citing the "
                   "Kremlin': --source Kremlin --via TASS).")
@click.option("--note", help="A note on the sentence ('' clears it).")
@click.option("--flag/--no-flag", default=None, help="Flag the sentence for discussion.")
def tag(project: Path, doc: int, index: int, annotator: str, stance: str | None,
        verifiability: str | None, sources: tuple[str, ...], via: tuple[str, ...],
        note: str | None, flag: bool | None) -> None:
    """Tag one sentence (by document id and sentence index): every option is checked
    first, then all are written as one step (one `annotator undo` takes them back).

    Example: annotator tag projects/p.sqlite 1 4 --annotator ana --stance neutral
    --verifiability verifiable --source "les médias d'État:state_media"
    """
    with opened(project) as proj:
        sentence = proj.sentence_at(doc, index)
        text = proj.sentence_text(sentence)
        spans = []
        vias = click.get_current_context().meta[VIAS]  # each --source with its own --via
        for spec, relay in zip(sources, vias):
            span_text, source_type, quote = _parse_source(proj, spec)
            start = text.find(span_text)
            if start < 0:
                raise InputError(f"\"{span_text}\" is not in sentence {index}: {text}")
            spans.append(ops.SourceSpan(start, start + len(span_text), source_type, quote,
                                        relay))
        labels = {dimension: None if value == "none" else value
                  for dimension, value in (("stance", stance), ("verifiability", verifiability))
                  if value is not None}
        ops.tag_sentence(proj, segment_id=sentence.id, annotator=annotator, labels=labels,
                         sources=spans, note=note, flag=flag)
        current = proj.tags(sentence.id, annotator)
        shown = [f"stance={current.stance}", f"verifiability={current.verifiability}",
                 f"sources={len(current.sources)}"]
        click.echo(f"{doc}:{index} {annotator}: " + " ".join(shown))


def _parse_source(project: Project, spec: str) -> tuple[str, str, str]:
    """'TEXT', 'TEXT:TYPE' or 'TEXT:TYPE:QUOTE'; a colon inside TEXT is kept."""
    parts = spec.split(":")
    quote, source_type = "indirect", "other"
    if len(parts) >= 3 and parts[-1] in project.schema.quote_kinds:
        quote = parts.pop()
    if len(parts) >= 2 and parts[-1] in project.schema.source_types:
        source_type = parts.pop()
    elif len(parts) >= 2 and parts[-1] and " " not in parts[-1]:
        project.schema.check("source", parts[-1])
    return ":".join(parts), source_type, quote


@click.command()
@PROJECT
@click.argument("doc", type=int)
@click.argument("index", type=int)
@click.option("--off", is_flag=True, help="Give the segment back to the article.")
def boilerplate(project: Path, doc: int, index: int, off: bool) -> None:
    """Mark a segment as boilerplate (or, with --off, as article text).

    Example: annotator boilerplate projects/p.sqlite 1 0
    """
    with opened(project) as proj:
        sentence = proj.sentence_at(doc, index)
        ops.set_boilerplate(proj, segment_id=sentence.id, boilerplate=not off)
        click.echo(f"{doc}:{index} is now {proj.sentence(sentence.id).kind}")


def _history_command(name: str, action):
    @click.command(name=name)
    @PROJECT
    @click.option("--annotator", help="Only this annotator's steps.")
    def command(project: Path, annotator: str | None) -> None:
        with opened(project) as proj:
            changes = action(proj, annotator=annotator)
        click.echo(changes.step if changes else f"nothing to {name}")

    command.help = (f"{name.capitalize()} the last {'undone ' if name == 'redo' else ''}"
                    f"change to tags.\n\nExample: annotator {name} projects/p.sqlite "
                    "--annotator ana")
    return command


undo = _history_command("undo", ops.undo)
redo = _history_command("redo", ops.redo)

COMMANDS = [tag, boilerplate, undo, redo]
