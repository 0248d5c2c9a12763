"""The label schema: which dimensions and values a project uses, and their keys."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .resources import DEFAULT_SCHEMA

SINGLE_DIMENSIONS = ("stance", "verifiability")
SOURCE = "source"


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
        """Value entries with their ``value``, ``key``, ``label`` and optional ``color``."""
        return list(self._entries(dimension))

    def color(self, dimension: str, value: str) -> str | None:
        return next((v.get("color") for v in self._entries(dimension) if v["value"] == value),
                    None)

    @property
    def source_types(self) -> list[str]:
        return list(self.data["dimensions"].get("sources", {}).get("types", ["other"]))

    @property
    def quote_kinds(self) -> list[str]:
        return list(self.data["dimensions"].get("sources", {}).get("quote",
                                                                    ["direct", "indirect"]))

    def check(self, dimension: str, value: str) -> None:
        """Raise a user-facing error when ``value`` is not allowed for ``dimension``."""
        allowed = self.source_types if dimension == SOURCE else self.values(dimension)
        if value not in allowed:
            raise InputError(f"'{value}' is not a {dimension} value; expected one of: "
                             + ", ".join(allowed))

    def check_quote(self, quote: str) -> None:
        if quote not in self.quote_kinds:
            raise InputError(f"'{quote}' is not a quote kind; expected one of: "
                             + ", ".join(self.quote_kinds))

    def _entries(self, dimension: str) -> list[dict[str, Any]]:
        if dimension not in SINGLE_DIMENSIONS:
            raise InputError(f"unknown dimension '{dimension}'; expected one of: "
                             + ", ".join(SINGLE_DIMENSIONS))
        return self.data["dimensions"][dimension]["values"]
