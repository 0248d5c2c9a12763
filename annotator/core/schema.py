"""The label schema (the project's codebook): which dimensions and values a project uses,
their keys, colours, labels and definitions.

A value entry is ``{"value", "key", "label", "color", "definition", "examples",
"retired", "was"}``; only ``value`` is required. A retired value stays valid on the tags
that have it but is no longer offered for new ones; ``was`` lists the names a value had
before a rename or a merge, so that suggestions made under an old name land on it. Source
types are written as plain names or as entries of the same shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .resources import DEFAULT_SCHEMA

SINGLE_DIMENSIONS = ("stance", "verifiability")
SOURCE = "source"
SOURCES_KEY = "sources"  # the spans dimension's name in the schema (its tags say "source")


def as_entry(item: Any) -> dict[str, Any]:
    """A source type or flag written as a plain name, as an entry."""
    return {"value": item} if isinstance(item, str) else item


@dataclass(frozen=True)
class LabelSchema:
    data: dict[str, Any]

    @classmethod
    def load(cls, path: Path | None = None) -> LabelSchema:
        path = Path(path) if path else DEFAULT_SCHEMA
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"schema file {path} does not exist") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"schema file {path} is not valid JSON: {exc}") from None
        return cls.from_dict(data, origin=str(path))

    @classmethod
    def from_dict(cls, data: Any, origin: str = "schema") -> LabelSchema:
        dims = data.get("dimensions") if isinstance(data, dict) else None
        if not isinstance(dims, dict):
            raise InputError(f"{origin}: a schema needs a 'dimensions' object")
        for name in SINGLE_DIMENSIONS:
            values = dims.get(name, {}).get("values")
            if not values or not all(isinstance(v, dict) and v.get("value") for v in values):
                raise InputError(f"{origin}: dimension '{name}' needs a list of values")
        return cls(data)

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1)

    @property
    def dimensions(self) -> tuple[str, ...]:
        return SINGLE_DIMENSIONS

    def values(self, dimension: str) -> list[str]:
        return [v["value"] for v in self._entries(dimension)]

    def entries(self, dimension: str) -> list[dict[str, Any]]:
        """Value entries with their ``value``, ``key``, ``label`` and optional ``color``,
        retired ones included (old tags carry them)."""
        return list(self._entries(dimension))

    def active_entries(self, dimension: str) -> list[dict[str, Any]]:
        """The entries offered for new tags (the panel's buttons, the value keys)."""
        return [e for e in self._entries(dimension) if not e.get("retired")]

    def type_entries(self) -> list[dict[str, Any]]:
        """Source types as entries (``value``, optional label, definition, retired)."""
        return [as_entry(t) for t in self.data["dimensions"].get(SOURCES_KEY, {}).get(
            "types", ["other"])]

    def any_entries(self, dimension: str) -> list[dict[str, Any]]:
        """Entries of a single dimension, or the source types for ``source``."""
        return self.type_entries() if dimension == SOURCE else self.entries(dimension)

    def entry(self, dimension: str, value: str) -> dict[str, Any] | None:
        return next((e for e in self.any_entries(dimension) if e["value"] == value), None)

    def canonical(self, dimension: str, value: str) -> str:
        """The value that ``value`` is now called, when it was renamed or merged."""
        return self.former_names().get((dimension, value), value)

    def former_names(self) -> dict[tuple[str, str], str]:
        """(dimension, former name) -> the value that has that name now."""
        found = {}
        for dimension in (*SINGLE_DIMENSIONS, SOURCE):
            entries = self.any_entries(dimension)
            current = {e["value"] for e in entries}
            for entry in entries:
                found.update({(dimension, old): entry["value"] for old in entry.get("was", ())
                              if old not in current})
        return found

    def dimension_info(self, dimension: str) -> dict[str, Any]:
        """A dimension's own entry (kind, label, definition)."""
        key = SOURCES_KEY if dimension == SOURCE else dimension
        return self.data["dimensions"].get(key, {})

    def dimension_label(self, dimension: str) -> str:
        default = "Sources" if dimension == SOURCE else dimension.capitalize()
        return self.dimension_info(dimension).get("label") or default

    @property
    def flags(self) -> list[dict[str, Any]]:
        return [as_entry(f) for f in self.data.get("flags", [])]

    def color(self, dimension: str, value: str) -> str | None:
        return next((v.get("color") for v in self._entries(dimension) if v["value"] == value),
                    None)

    @property
    def source_types(self) -> list[str]:
        """Every source type, retired ones included."""
        return [t["value"] for t in self.type_entries()]

    @property
    def active_source_types(self) -> list[str]:
        return [t["value"] for t in self.type_entries() if not t.get("retired")]

    @property
    def quote_kinds(self) -> list[str]:
        return list(self.data["dimensions"].get("sources", {}).get("quote",
                                                                    ["direct", "indirect"]))

    def check(self, dimension: str, value: str) -> None:
        """Raise a user-facing error when ``value`` is not allowed for ``dimension``."""
        entries = self.any_entries(dimension)
        allowed = [e["value"] for e in entries if not e.get("retired")]
        if value in allowed:
            return
        if any(e["value"] == value for e in entries):
            problem = f"'{value}' is retired in this project's codebook"
        else:
            problem = f"'{value}' is not a {dimension} value"
        raise InputError(f"{problem}; expected one of: " + ", ".join(allowed))

    def check_quote(self, quote: str) -> None:
        if quote not in self.quote_kinds:
            raise InputError(f"'{quote}' is not a quote kind; expected one of: "
                             + ", ".join(self.quote_kinds))

    def _entries(self, dimension: str) -> list[dict[str, Any]]:
        if dimension not in SINGLE_DIMENSIONS:
            raise InputError(f"unknown dimension '{dimension}'; expected one of: "
                             + ", ".join(SINGLE_DIMENSIONS))
        return self.data["dimensions"][dimension]["values"]
