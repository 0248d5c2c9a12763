"""Checking a codebook before it is stored: its shape, names, colours and keys.

Every problem is one line naming the dimension and value, so that the CLI prints it and the
codebook dialog shows it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputError
from ..schema import SINGLE_DIMENSIONS, SOURCES_KEY, LabelSchema, as_entry

# The app's own commands and their keys, {command: (title, default keys)}: value keys must
# not take one. The desktop app's key table provides it (annotator.gui.keymap.window_keys).
Commands = Mapping[str, tuple[str, tuple[str, ...]]]

NAME = re.compile(r"^\w[\w-]{0,39}$")  # a value as tags, exports and the CLI write it
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
ENTRY_FIELDS = {"value", "key", "label", "color", "definition", "examples", "retired", "was"}
TEXT_FIELDS = ("label", "definition")


def check_codebook(data: Any, commands: Commands | None = None) -> LabelSchema:
    """The schema ``data`` describes, or an InputError saying what is wrong with it."""
    if not isinstance(data, dict) or not isinstance(data.get("dimensions"), dict):
        raise InputError("a codebook needs a 'dimensions' object")
    dims = data["dimensions"]
    unknown = sorted(set(dims) - {*SINGLE_DIMENSIONS, SOURCES_KEY})
    if unknown:
        raise InputError(f"unknown dimension '{unknown[0]}'; a codebook has "
                         + ", ".join((*SINGLE_DIMENSIONS, SOURCES_KEY)))
    for name in SINGLE_DIMENSIONS:
        dim = dims.get(name)
        if not isinstance(dim, dict) or not isinstance(dim.get("values"), list):
            raise InputError(f"dimension '{name}' needs a list of values")
        _check_dimension(name, dim)
        _check_entries(name, dim["values"], need_active=True)
    sources = dims.get(SOURCES_KEY, {})
    if not isinstance(sources, dict):
        raise InputError(f"dimension '{SOURCES_KEY}' must be an object")
    _check_dimension(SOURCES_KEY, sources)
    types = sources.get("types", ["other"])
    if not isinstance(types, list):
        raise InputError("sources: 'types' must be a list")
    _check_entries("source type", [as_entry(t) for t in types], need_active=True)
    quotes = sources.get("quote", ["direct", "indirect"])
    if not isinstance(quotes, list) or not quotes or not all(
            isinstance(q, str) and NAME.match(q) for q in quotes):
        raise InputError("sources: 'quote' must be a list of names (direct, indirect)")
    flags = data.get("flags", [])
    if not isinstance(flags, list):
        raise InputError("'flags' must be a list")
    _check_entries("flag", [as_entry(f) for f in flags], need_active=False)
    if "keys" in data and not isinstance(data["keys"], dict):
        raise InputError("'keys' must be an object of command keys")
    for field in ("name", "title", "target"):
        if field in data and not isinstance(data[field], str):
            raise InputError(f"'{field}' must be text")
    schema = LabelSchema(data)
    clash = key_clash(schema, commands or {})
    if clash:
        raise InputError(clash)
    return schema


def _check_dimension(name: str, dim: dict) -> None:
    for field in TEXT_FIELDS:
        if field in dim and not isinstance(dim[field], str):
            raise InputError(f"{name}: '{field}' must be text")


def _check_entries(where: str, entries: Iterable[Any], *, need_active: bool) -> None:
    seen: dict[str, str] = {}  # every name and former name -> the value that has it
    active = 0
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
            raise InputError(f"{where}: every value needs a 'value' name")
        value = entry["value"]
        if not NAME.match(value):
            raise InputError(f"{where}: '{value}' is not a usable name (letters, digits, _ "
                             "and -, at most 40, no spaces)")
        extra = sorted(set(entry) - ENTRY_FIELDS)
        if extra:
            raise InputError(f"{where} '{value}': unknown field '{extra[0]}'")
        for field in TEXT_FIELDS:
            if entry.get(field) is not None and not isinstance(entry[field], str):
                raise InputError(f"{where} '{value}': '{field}' must be text")
        color = entry.get("color")
        if color is not None and not (isinstance(color, str) and COLOR.match(color)):
            raise InputError(f"{where} '{value}': colour {color!r} is not #rrggbb")
        for field in ("examples", "was"):
            items = entry.get(field, [])
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise InputError(f"{where} '{value}': '{field}' must be a list of texts")
        if not isinstance(entry.get("retired", False), bool):
            raise InputError(f"{where} '{value}': 'retired' must be true or false")
        key = entry.get("key")
        if key is not None and not (isinstance(key, str) and valid_key(key)):
            raise InputError(f"{where} '{value}': key {key!r} must be one letter, digit or "
                             "sign")
        for name in (value, *entry.get("was", [])):
            if name in seen:
                raise InputError(f"{where}: '{name}' is named twice "
                                 f"(by '{seen[name]}' and '{value}')")
            seen[name] = value
        active += not entry.get("retired")
    if need_active and not active:
        raise InputError(f"{where}: at least one value must be in use (not retired)")


def valid_key(key: str) -> bool:
    return len(key) == 1 and key.isprintable() and not key.isspace()


def key_clash(schema: LabelSchema, commands: Commands) -> str | None:
    """Why two things share a key (two values, or a value and a window command), or None.
    Retired values have no key in the app, so they clash with nothing."""
    overrides = schema.data.get("keys") or {}
    taken: dict[str, str] = {}
    for command, (title, default) in commands.items():
        keys = overrides.get(command, default)
        for key in ([keys] if isinstance(keys, str) else keys):
            taken.setdefault(key.casefold(), f"the command \u201c{title}\u201d")
    for dimension in SINGLE_DIMENSIONS:
        for entry in schema.active_entries(dimension):
            key = (entry.get("key") or "").casefold()
            if not key:
                continue
            mine = f"{dimension} \u201c{entry.get('label') or entry['value']}\u201d"
            if key in taken:
                return (f"key {entry['key'].upper()} of {mine} is already taken by "
                        f"{taken[key]}")
            taken[key] = mine
    return None
