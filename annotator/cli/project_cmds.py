"""Commands that create projects, bring articles in and show what a project holds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..core.metadata import listing
from ..core.project import Project
from ..core.text.importer import import_jsonl_bytes, import_paths
from .common import PROJECT, opened, print_json, terminal_progress


@click.command()
@PROJECT
@click.option("--schema", type=click.Path(dir_okay=False, path_type=Path),
              help="Label schema file (JSON); default: the bundled schema.")
@click.option("--target", help="What stance is judged toward, e.g. \"the ceasefire talks\".")
@click.option("--durable", is_flag=True,
              help="Sync every change to disk, so it also survives a power cut (slower).")
def new(project: Path, schema: Path | None, target: str | None, durable: bool) -> None:
    """Create an empty project file (built aside, then moved in place: never half a file).

    Example: annotator new projects/ukraine.sqlite --target "the ceasefire talks"
    """
    Project.create(project, schema=schema, target=target, durable=durable).close()
    click.echo(f"created {project}")


@click.command(name="import")
@PROJECT
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option("--lang", help="Language of every article (fr, en...); default: detected.")
@click.option("--with-tags", is_flag=True,
              help="The .jsonl files are exports (--with-text): import their tags too.")
def import_(project: Path, paths: tuple[Path, ...], lang: str | None, with_tags: bool) -> None:
    """Import .txt, .html and .jsonl articles, or folders of them (recursively); `-` reads
    JSONL from standard input.

    News-database exports (Nexis .TXT/.DOCX, Factiva .html/.rtf, Europresse .html) are
    recognised by their content: each article becomes a document with its metadata.
    Other annotation tools' files come in with their tags: REFI-QDA projects (.qdpx),
    doccano JSONL and Label Studio JSON exports; labels the schema lacks are reported.

    Example: annotator import projects/ukraine.sqlite articles/ --lang fr

    Example: cat articles.jsonl | annotator import projects/ukraine.sqlite -
    """
    from_stdin = Path("-") in paths
    if from_stdin and len(paths) > 1:
        raise click.UsageError("`-` (standard input) is read alone: import files apart")
    raw = sys.stdin.buffer.read() if from_stdin else None
    with opened(project) as proj, terminal_progress("importing") as progress:
        if raw is not None:
            report = import_jsonl_bytes(proj, raw, lang=lang, progress=progress,
                                        with_tags=with_tags)
        else:
            report = import_paths(proj, list(paths), lang=lang, progress=progress,
                                  with_tags=with_tags)
    for doc_id, title in report.added:
        click.echo(f"{doc_id}\t{title}")
    for origin, existing in report.duplicates:
        click.echo(f"already imported (document {existing}): {origin}", err=True)
    for line in report.notices:
        click.echo(line, err=True)
    click.echo(report.summary(), err=True)


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per document, with its metadata (outlet, date, author...).")
def documents(project: Path, as_json: bool) -> None:
    """List documents: id, title, language, sentences, tagged.

    Example: annotator documents projects/ukraine.sqlite --json
    """
    with opened(project, readonly=True) as proj:
        infos = proj.documents()
    if as_json:
        for doc in infos:
            click.echo(json.dumps(listing(doc), ensure_ascii=False))
        return
    click.echo("id\ttitle\tlang\tsentences\ttagged")
    for doc in infos:
        click.echo(f"{doc.id}\t{doc.title}\t{doc.lang}\t{doc.sentences}\t{doc.tagged}")


@click.command()
@PROJECT
@click.argument("doc", type=int)
@click.option("--json", "as_json", is_flag=True,
              help="Print the document and its sentences, tags and notes as JSON.")
def show(project: Path, doc: int, as_json: bool) -> None:
    """Show a document's sentences with index, kind and tags.

    Example: annotator show projects/ukraine.sqlite 1
    """
    with opened(project, readonly=True) as proj:
        document = proj.document(doc)
        tags = proj.document_tags(doc)
        notes = proj.document_notes(doc)
        if as_json:
            print_json(_document_dict(proj, document, tags, notes))
            return
        click.echo(f"# {document.title} ({document.lang})")
        for sentence in proj.sentences(doc):
            text = document.text[sentence.start:sentence.end]
            click.echo(f"{sentence.idx}\t{sentence.kind}\t{text}")
            for tag in (t for t in tags if t.segment_id == sentence.id):
                click.echo("\t\t" + _describe(tag, document.text))
            for note in (n for n in notes if n["segment_id"] == sentence.id):
                flag = " [flag]" if note["flag"] else ""
                click.echo(f"\t\t{note['annotator']}: note {note['note'] or ''}{flag}")


def _document_dict(project: Project, document, tags, notes) -> dict:
    """``show --json``: offsets are into the document text, as in the JSONL export."""
    sentences = []
    for sentence in project.sentences(document.id):
        sentences.append({
            "index": sentence.idx, "kind": sentence.kind, "start": sentence.start,
            "end": sentence.end, "text": document.text[sentence.start:sentence.end],
            "tags": [{"annotator": t.annotator, "dimension": t.dimension, "value": t.value,
                      **({"text": document.text[t.start:t.end], "start": t.start,
                          "end": t.end, "quote": t.quote, "via": t.via}
                         if t.dimension == "source" else {})}
                     for t in tags if t.segment_id == sentence.id],
            "notes": [{"annotator": n["annotator"], "note": n["note"], "flag": bool(n["flag"])}
                      for n in notes if n["segment_id"] == sentence.id]})
    return {"doc_id": document.id, "title": document.title, "lang": document.lang,
            "sentences": sentences}


def _describe(tag, text: str) -> str:
    if tag.dimension == "source":
        via = f" via {tag.via}" if tag.via else ""
        return (f"{tag.annotator}: source \"{text[tag.start:tag.end]}\" "
                f"[{tag.value}, {tag.quote}]{via}")
    return f"{tag.annotator}: {tag.dimension} {tag.value}"


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(project: Path, as_json: bool) -> None:
    """Counts: documents, sentences, tags per annotator and per label.

    Example: annotator stats projects/ukraine.sqlite
    """
    with opened(project, readonly=True) as proj:
        counts = proj.stats()
        if as_json:
            print_json(counts)
            return
        for key in ("documents", "sentences", "boilerplate", "tagged_sentences", "tags",
                    "suggestions_open"):
            click.echo(f"{key.replace('_', ' ')}: {counts[key]}")
        for row in counts["by_annotator"]:
            click.echo(f"annotator {row['annotator']}: {row['tags']} tags on "
                       f"{row['sentences']} sentences")
        for row in counts["by_value"]:
            click.echo(f"{row['dimension']} {row['value']}: {row['n']}")


COMMANDS = [new, import_, documents, show, stats]
