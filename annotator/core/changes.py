"""What an operation changed: the one message the GUI broadcasts after each operation."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    step: str
    tables: frozenset[str] = frozenset()
    documents: frozenset[int] = frozenset()
    segments: frozenset[int] = frozenset()
    journal_id: int | None = None
    detail: dict = field(default_factory=dict, compare=False)

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)

    @property
    def empty(self) -> bool:
        return not self.tables


NO_CHANGES = Changes(step="nothing")
