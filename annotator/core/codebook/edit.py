"""Editing the open project's codebook: each change is one journalled step (undo works).

The codebook lives in the project's ``schema`` setting. Every operation copies it, changes
the copy, checks the whole result (shape, names, key clashes) and writes it, together with
the tags that follow a rename or a merge, in one transaction. Dimensions are named as tags
name them: ``stance``, ``verifiability``, ``source`` (its values are the source types).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

from ..changes import Changes
from ..errors import InputError
from ..guards import require_writable
from ..project import Project
from ..schema import SINGLE_DIMENSIONS, SOURCE, SOURCES_KEY, as_entry
from ..store import codebook_rows
from .check import Commands, check_codebook

DIMENSIONS = (*SINGLE_DIMENSIONS, SOURCE)
FLAGS = "flag"  # entries of the flags list, edited like values
EDITABLE = ("label", "key", "color", "definition", "examples")


def _entries(data: dict, dimension: str) -> list[dict[str, Any]]:
    """The live list of ``dimension``'s entries inside ``data`` (plain names made entries)."""
    if dimension == FLAGS:
        data["flags"] = [as_entry(f) for f in data.get("flags", [])]
        return data["flags"]
    if dimension == SOURCE:
        sources = data["dimensions"].setdefault(SOURCES_KEY, {"kind": "spans"})
        sources["types"] = [as_entry(t) for t in sources.get("types", ["other"])]
        return sources["types"]
    if dimension not in SINGLE_DIMENSIONS:
        raise InputError(f"unknown dimension '{dimension}'; expected one of: "
                         + ", ".join((*DIMENSIONS, FLAGS)))
    return data["dimensions"][dimension]["values"]


def _find(data: dict, dimension: str, value: str) -> dict[str, Any]:
    found = next((e for e in _entries(data, dimension) if e["value"] == value), None)
    if found is None:
        raise InputError(f"'{value}' is not a {dimension} value of this codebook")
    return found


def _change(project: Project, name: str, annotator: str | None,
            edit: Callable[[dict], None], commands: Commands | None,
            relabel: tuple[str, list[str], str] | None = None,
            target: str | None = None) -> Changes:
    """Copy the codebook, ``edit`` the copy, check it, then write it (and the tags a rename
    moves, and the stance target) as one step."""
    require_writable(project)
    data = copy.deepcopy(project.schema.data)
    edit(data)
    _tidy(data)
    check_codebook(data, commands)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    with project.journal.step(f"codebook: {name}", annotator=annotator) as step:
        project.journal.update(step, "settings", "schema", {"value": text})
        if target is not None:
            project.journal.update(step, "settings", "target", {"value": target})
        if relabel is not None:
            step.detail["tags"] = codebook_rows.relabel(project.db, step, *relabel)
    project.reload_schema()
    return step.changes()


def _tidy(data: dict) -> None:
    """Source types and flags without details go back to plain names, as files write them;
    empty fields are left out."""
    for entries in [d.get("values", []) for d in data["dimensions"].values()] + [
            data["dimensions"].get(SOURCES_KEY, {}).get("types", []), data.get("flags", [])]:
        for entry in entries:
            if isinstance(entry, dict):
                for field in [k for k, v in entry.items() if v in ("", [], None, False)]:
                    del entry[field]
    for holder, key in ((data["dimensions"].get(SOURCES_KEY, {}), "types"), (data, "flags")):
        if key in holder:
            holder[key] = [e["value"] if isinstance(e, dict) and set(e) == {"value"} else e
                           for e in holder[key]]


def edit_value(project: Project, *, dimension: str, value: str, annotator: str | None = None,
               commands: Commands | None = None, **fields: Any) -> Changes:
    """Change a value's ``label``, ``key``, ``color``, ``definition`` or ``examples``
    (``None`` leaves a field as it is, ``""`` or ``[]`` clears it)."""
    unknown = sorted(set(fields) - set(EDITABLE))
    if unknown:
        raise InputError(f"a value has no field '{unknown[0]}'")
    given = {k: v for k, v in fields.items() if v is not None}

    def edit(data: dict) -> None:
        _find(data, dimension, value).update(given)

    return _change(project, f"{value} ({', '.join(given) or 'nothing'})", annotator, edit,
                   commands)


def add_value(project: Project, *, dimension: str, value: str, annotator: str | None = None,
              commands: Commands | None = None, **fields: Any) -> Changes:
    """A new value at the end of ``dimension`` (or a new source type, or flag)."""
    value = value.strip()

    def edit(data: dict) -> None:
        entries = _entries(data, dimension)
        if any(value == e["value"] or value in e.get("was", ()) for e in entries):
            raise InputError(f"'{value}' is already a {dimension} value")
        entries.append({"value": value, **{k: v for k, v in fields.items()
                                           if k in EDITABLE and v is not None}})

    return _change(project, f"add {dimension} {value}", annotator, edit, commands)


def remove_value(project: Project, *, dimension: str, value: str,
                 annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """Take out a value no tag uses (a used one is retired or merged instead)."""
    if dimension != FLAGS and _tag_count(project, dimension, value):
        raise InputError(f"'{value}' is used by {_tag_count(project, dimension, value)} "
                         "tag(s): retire it or merge it into another value instead")

    def edit(data: dict) -> None:
        entries = _entries(data, dimension)
        entries.remove(_find(data, dimension, value))

    return _change(project, f"remove {dimension} {value}", annotator, edit, commands)


def retire_value(project: Project, *, dimension: str, value: str, retired: bool = True,
                 annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """A retired value stays on the tags that have it, and is no longer offered."""
    def edit(data: dict) -> None:
        _find(data, dimension, value)["retired"] = retired

    verb = "retire" if retired else "bring back"
    return _change(project, f"{verb} {value}", annotator, edit, commands)


def move_value(project: Project, *, dimension: str, value: str, offset: int,
               annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """Move a value up (``-1``) or down (``+1``): the panel's order."""
    def edit(data: dict) -> None:
        entries = _entries(data, dimension)
        here = entries.index(_find(data, dimension, value))
        there = min(max(here + offset, 0), len(entries) - 1)
        entries.insert(there, entries.pop(here))

    return _change(project, f"move {value}", annotator, edit, commands)


def rename_value(project: Project, *, dimension: str, value: str, new: str,
                 annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """Rename a value; every tag, gold decision and suggestion with it follows. The old
    name is remembered (``was``), so rules that still say it land on the new one."""
    new = new.strip()
    if dimension == FLAGS:
        raise InputError("a flag is renamed by removing it and adding the new one")

    def edit(data: dict) -> None:
        entry = _find(data, dimension, value)
        if any(new == e["value"] for e in _entries(data, dimension)):
            raise InputError(f"'{new}' is already a {dimension} value: merge into it instead")
        entry["value"] = new
        entry["was"] = [w for w in [*entry.get("was", []), value] if w != new]

    return _change(project, f"rename {value} to {new}", annotator, edit, commands,
                   relabel=(dimension, [value], new))


def merge_values(project: Project, *, dimension: str, values: list[str], into: str,
                 annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """Merge ``values`` into ``into``: their tags take ``into``, and they leave the codebook
    (their names are remembered by ``into``). One step."""
    merged = [v for v in dict.fromkeys(values) if v != into]
    if not merged:
        raise InputError("name at least one value to merge, other than the one kept")
    if dimension == FLAGS:
        raise InputError("flags cannot be merged")

    def edit(data: dict) -> None:
        kept = _find(data, dimension, into)
        gone = [_find(data, dimension, v) for v in merged]
        entries = _entries(data, dimension)
        for entry in gone:
            entries.remove(entry)
            kept["was"] = [*kept.get("was", []), entry["value"], *entry.get("was", [])]
        kept["retired"] = False

    return _change(project, f"merge {', '.join(merged)} into {into}", annotator, edit,
                   commands, relabel=(dimension, merged, into))


def edit_dimension(project: Project, *, dimension: str, label: str | None = None,
                   definition: str | None = None, target: str | None = None,
                   annotator: str | None = None, commands: Commands | None = None) -> Changes:
    """A dimension's label and definition (what the coder decides, in one paragraph); for
    stance also the project's target, what stance is judged toward."""
    if dimension not in DIMENSIONS:
        raise InputError(f"unknown dimension '{dimension}'; expected one of: "
                         + ", ".join(DIMENSIONS))
    if target is not None and dimension != "stance":
        raise InputError("only stance has a target")
    given = {k: v for k, v in (("label", label), ("definition", definition)) if v is not None}

    def edit(data: dict) -> None:
        key = SOURCES_KEY if dimension == SOURCE else dimension
        holder = data["dimensions"].setdefault(key, {})
        holder.update(given)
        for field in [f for f in given if not given[f]]:
            del holder[field]

    names = [*given, *(["target"] if target is not None else [])]
    return _change(project, f"{dimension} ({', '.join(names) or 'nothing'})", annotator, edit,
                   commands, target=None if target is None else " ".join(target.split()))


def replace_codebook(project: Project, *, data: Any, annotator: str | None = None,
                     commands: Commands | None = None, origin: str = "codebook") -> Changes:
    """Put a whole codebook in place (an import): checked first, then one step. Refused
    when a value that tags use would disappear (retire it in the file instead). A
    ``target`` in the file becomes the project's stance target."""
    try:
        incoming = check_codebook(data, commands)
    except InputError as exc:
        raise InputError(f"{origin}: {exc}") from None
    for (dimension, value), count in sorted(codebook_rows.value_counts(project.db).items()):
        known = {e["value"] for e in incoming.any_entries(dimension)} if (
            dimension in DIMENSIONS) else {value}
        if value not in known:
            raise InputError(f"{origin}: '{value}' ({dimension}) is used by {count} tag(s) "
                             "but missing from the codebook; keep it there, retired, or "
                             "rename it first")
    target = data.get("target") or None

    def edit(current: dict) -> None:
        current.clear()
        current.update(copy.deepcopy(data))

    return _change(project, "import", annotator, edit, commands,
                   target=target if target and target != project.target else None)


def _tag_count(project: Project, dimension: str, value: str) -> int:
    counts = codebook_rows.value_counts(project.db)
    return counts.get((dimension, value), 0) + codebook_rows.value_counts(
        project.db, "gold").get((dimension, value), 0)


def counts(project: Project) -> Mapping[str, dict[tuple[str, str], int]]:
    """Tags and gold decisions per (dimension, value)."""
    return {"tags": codebook_rows.value_counts(project.db),
            "gold": codebook_rows.value_counts(project.db, "gold")}
