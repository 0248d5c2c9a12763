"""The codebook as a document analysts publish (Markdown, HTML) and as JSON to exchange.

The documents give every dimension, value, definition and example with how many tags (and
gold decisions) carry each value. The JSON is the schema file ``annotator new --schema``
reads, with the project's stance target. Writes go through the atomic export path.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..changes import Changes
from ..errors import InputError
from ..guards import project_files, refuse_project_files
from ..project import Project
from ..schema import SINGLE_DIMENSIONS, SOURCE, LabelSchema
from .check import Commands
from .edit import counts, replace_codebook

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".json": "json"}
KIND_NAMES = {"single": "one value per sentence", "spans": "spans of the sentence, any number"}


def format_of(path: Path) -> str:
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise InputError(f"cannot tell the codebook format from {Path(path).name}: "
                         "name it .md, .html or .json")
    return found


@dataclass(frozen=True)
class Row:
    """One value of a dimension as the documents show it."""

    value: str
    label: str
    key: str
    color: str | None
    definition: str
    examples: list[str]
    retired: bool
    was: list[str]
    tags: int
    gold: int


def dimension_rows(project: Project, schema: LabelSchema, dimension: str) -> list[Row]:
    found = counts(project)
    return [Row(e["value"], e.get("label") or e["value"], (e.get("key") or "").upper(),
                e.get("color"), e.get("definition") or "", list(e.get("examples", [])),
                bool(e.get("retired")), list(e.get("was", [])),
                found["tags"].get((dimension, e["value"]), 0),
                found["gold"].get((dimension, e["value"]), 0))
            for e in schema.any_entries(dimension)]


def codebook_json(project: Project) -> dict[str, Any]:
    return {**project.schema.data, "target": project.target}


def _title(project: Project, schema: LabelSchema) -> str:
    """The project's name (a schema's own ``title`` when it has one)."""
    return f"Codebook: {schema.data.get('title') or project.path.stem}"


def _kind(dimension: str) -> str:
    return KIND_NAMES["spans" if dimension == SOURCE else "single"]


def _md(text: str) -> str:
    """Text in a Markdown table cell or line: pipes and line breaks would break it."""
    return " ".join(text.replace("|", "\\|").split())


def markdown(project: Project) -> str:
    schema = project.schema
    lines = [f"# {_md(_title(project, schema))}", ""]
    if project.target:
        lines += [f"Stance is judged toward: **{_md(project.target)}**.", ""]
    lines += ["The unit is the sentence. Counts are tags by every annotator, and gold "
              "decisions, in the project file at the time of export.", ""]
    for dimension in (*SINGLE_DIMENSIONS, SOURCE):
        info = schema.dimension_info(dimension)
        lines += [f"## {_md(schema.dimension_label(dimension))}", "",
                  f"*{_kind(dimension)}*" + (f": {_md(info['definition'])}"
                                             if info.get("definition") else ""), ""]
        if dimension == SOURCE:
            lines += ["Quote kinds: " + ", ".join(schema.quote_kinds) + ".", ""]
        rows = dimension_rows(project, schema, dimension)
        lines += ["| key | value | label | tags | gold |", "|---|---|---|---:|---:|"]
        lines += [f"| {r.key} | `{r.value}` | {_md(r.label)}{' (retired)' if r.retired else ''}"
                  f" | {r.tags} | {r.gold} |" for r in rows]
        lines.append("")
        for row in rows:
            lines += [f"### {_md(row.label)} (`{row.value}`)", ""]
            facts = [f"key {row.key}" if row.key else "", "retired" if row.retired else "",
                     f"formerly {', '.join(row.was)}" if row.was else "",
                     f"{row.tags} tag(s), {row.gold} gold"]
            lines += ["*" + "; ".join(f for f in facts if f) + "*", ""]
            lines += [_md(row.definition) if row.definition else "*No definition yet.*", ""]
            if row.examples:
                lines += ["Examples:", ""] + [f"- {_md(e)}" for e in row.examples] + [""]
    if schema.flags:
        lines += ["## Flags", ""]
        lines += [f"- **{_md(f.get('label') or f['value'])}** (`{f['value']}`)"
                  + (f": {_md(f['definition'])}" if f.get("definition") else "")
                  for f in schema.flags]
        lines.append("")
    return "\n".join(lines)


_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;
color:#222}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ddd;padding:.25em .6em;
text-align:left}td.n{text-align:right}.kind,.facts{color:#666}.retired{color:#999}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em}
dt{font-weight:600;margin-top:1em}dd{margin-left:1.2em}code{background:#f3f3f3;padding:0 .2em}"""


def html_document(project: Project) -> str:
    schema = project.schema
    e = html.escape
    title = e(_title(project, schema))
    out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{title}</title>",
           f"<style>{_CSS}</style></head><body>", f"<h1>{title}</h1>"]
    if project.target:
        out.append(f"<p>Stance is judged toward: <strong>{e(project.target)}</strong>.</p>")
    out.append("<p>The unit is the sentence. Counts are tags by every annotator, and gold "
               "decisions, in the project file at the time of export.</p>")
    for dimension in (*SINGLE_DIMENSIONS, SOURCE):
        info = schema.dimension_info(dimension)
        out.append(f"<h2>{e(schema.dimension_label(dimension))}</h2>")
        out.append(f'<p><span class="kind">{_kind(dimension)}</span>'
                   + (f": {e(info['definition'])}" if info.get("definition") else "") + "</p>")
        if dimension == SOURCE:
            out.append(f"<p>Quote kinds: {e(', '.join(schema.quote_kinds))}.</p>")
        rows = dimension_rows(project, schema, dimension)
        out.append("<table><tr><th>key</th><th>value</th><th>label</th><th>tags</th>"
                   "<th>gold</th></tr>")
        for row in rows:
            swatch = (f'<span class="swatch" style="background:{e(row.color)}"></span>'
                      if row.color else "")
            label = e(row.label) + (' <span class="retired">(retired)</span>'
                                    if row.retired else "")
            out.append(f"<tr><td>{e(row.key)}</td><td><code>{e(row.value)}</code></td>"
                       f"<td>{swatch}{label}</td><td class=n>{row.tags}</td>"
                       f"<td class=n>{row.gold}</td></tr>")
        out.append("</table><dl>")
        for row in rows:
            facts = [f"key {row.key}" if row.key else "", "retired" if row.retired else "",
                     f"formerly {', '.join(row.was)}" if row.was else "",
                     f"{row.tags} tag(s), {row.gold} gold"]
            out.append(f"<dt>{e(row.label)} (<code>{e(row.value)}</code>)</dt>")
            out.append(f'<dd><div class="facts">{e("; ".join(f for f in facts if f))}</div>')
            out.append(f"<p>{e(row.definition)}</p>" if row.definition
                       else "<p><em>No definition yet.</em></p>")
            if row.examples:
                out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in row.examples)
                           + "</ul>")
            out.append("</dd>")
        out.append("</dl>")
    if schema.flags:
        out.append("<h2>Flags</h2><dl>")
        for flag in schema.flags:
            out.append(f"<dt>{e(flag.get('label') or flag['value'])} "
                       f"(<code>{e(flag['value'])}</code>)</dt>"
                       f"<dd>{e(flag.get('definition') or '')}</dd>")
        out.append("</dl>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(project: Project, fmt: str) -> str:
    if fmt == "markdown":
        return markdown(project)
    if fmt == "html":
        return html_document(project)
    return json.dumps(codebook_json(project), ensure_ascii=False, indent=1) + "\n"


def export_codebook(project: Project, path: Path, fmt: str | None = None) -> str:
    """Write the codebook to ``path`` (format from its extension unless given), atomically."""
    path = Path(path)
    fmt = fmt or format_of(path)
    text = render(project, fmt)
    with atomic_write(path, protect=project_files(project)) as handle:
        handle.write(text)
    return fmt


def import_codebook(project: Project, path: Path, *, annotator: str | None = None,
                    commands: Commands | None = None) -> Changes:
    """Replace the codebook with a JSON file's, all or nothing (see ``replace_codebook``)."""
    path = Path(path)
    if format_of(path) != "json":
        raise InputError(f"{path.name}: a codebook is imported from JSON (.json); Markdown and "
                         "HTML are for reading")
    refuse_project_files(project, [path])
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name}: not valid JSON ({exc.msg}, line {exc.lineno})"
                         ) from None
    except OSError as exc:
        raise InputError(f"{path.name}: {exc.strerror}") from None
    return replace_codebook(project, data=data, annotator=annotator, commands=commands,
                            origin=path.name)
