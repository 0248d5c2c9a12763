"""How long-running core work reports progress and hears a cancel request, without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class Progress:
    """Passed into long core functions; the GUI and the CLI plug in their own display."""

    report: ProgressCallback | None = None
    is_cancelled: Callable[[], bool] | None = None

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if self.is_cancelled and self.is_cancelled():
            raise Cancelled()
        if self.report:
            self.report(done, total, message)


SILENT = Progress()
