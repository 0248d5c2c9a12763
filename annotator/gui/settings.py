"""What the app remembers between runs (QSettings, INI format on every platform).

Tests point ``QSettings.setPath(IniFormat, UserScope, tmp)`` at a temporary folder, so they
never read or write the user's settings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .theme import DEFAULT_FONT_SIZE

ORGANISATION = "Annotator"
APPLICATION = "Annotator"
MAX_RECENT = 8
NOTE_SAVING = ("pause", "leave")


class AppSettings:
    """``remember=False`` reads but never writes (a screenshot run must leave no trace)."""

    def __init__(self, *, remember: bool = True) -> None:
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                   ORGANISATION, APPLICATION)
        self._remember = remember

    # -- projects --------------------------------------------------------------------
    @property
    def last_project(self) -> Path | None:
        value = self._settings.value("projects/last", "")
        return Path(value) if value else None

    @property
    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in self._list("projects/recent")]

    def remember_project(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [str(path), *(p for p in self._list("projects/recent") if p != str(path))]
        self._set("projects/last", str(path))
        self._set("projects/recent", recent[:MAX_RECENT])

    def forget_project(self, path: Path) -> None:
        path_text = str(Path(path).resolve())
        self._set("projects/recent",
                                [p for p in self._list("projects/recent") if p != path_text])
        if self._settings.value("projects/last", "") == path_text:
            self._remove("projects/last")

    def last_document(self, project: Path) -> int | None:
        value = self._settings.value(f"documents/{_project_key(project)}", None)
        return int(value) if value not in (None, "") else None

    def remember_document(self, project: Path, doc_id: int) -> None:
        self._set(f"documents/{_project_key(project)}", doc_id)

    def last_sentence(self, project: Path, doc_id: int, annotator: str) -> int | None:
        """The sentence ``annotator`` was last on in that document."""
        value = self._settings.value(_position_key(project, doc_id, annotator), None)
        return int(value) if value not in (None, "") else None

    def remember_sentence(self, project: Path, doc_id: int, annotator: str,
                          segment_id: int) -> None:
        self._set(_position_key(project, doc_id, annotator), segment_id)

    def scroll_position(self, project: Path, doc_id: int) -> int | None:
        """Where the article was scrolled to when the document was last left."""
        value = self._settings.value(f"scroll/{_project_key(project)}/{doc_id}", None)
        return int(value) if value not in (None, "") else None

    def remember_scroll(self, project: Path, doc_id: int, position: int) -> None:
        self._set(f"scroll/{_project_key(project)}/{doc_id}", position)

    # -- reading and writing -------------------------------------------------------------
    @property
    def article_font_size(self) -> float:
        """The article's text size in points (zoom)."""
        return _number(self._settings.value("article/font_size"), DEFAULT_FONT_SIZE)

    @article_font_size.setter
    def article_font_size(self, size: float) -> None:
        self._set("article/font_size", float(size))

    @property
    def note_saving(self) -> str:
        """When a note is saved: "pause" (after a pause in typing) or "leave" (when the
        note field is left)."""
        value = str(self._settings.value("notes/saving", "pause") or "pause")
        return value if value in NOTE_SAVING else "pause"

    @note_saving.setter
    def note_saving(self, value: str) -> None:
        self._set("notes/saving", value if value in NOTE_SAVING else "pause")

    # -- annotator ---------------------------------------------------------------------
    @property
    def annotator(self) -> str:
        return str(self._settings.value("annotator/name", "") or "")

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._set("annotator/name", name)

    # -- interface ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The interface language: "system" (the locale's), or a code such as "fr"."""
        return str(self._settings.value("interface/language", "system") or "system")

    @language.setter
    def language(self, code: str) -> None:
        self._set("interface/language", code)

    # -- suggestions -------------------------------------------------------------------
    @property
    def suggestion_threshold(self) -> float:
        """Suggestions scored under this (0..1) are hidden in the panel; 0 shows them all."""
        return clamp_threshold(self._settings.value("suggestions/threshold", 0.0))

    @suggestion_threshold.setter
    def suggestion_threshold(self, value: float) -> None:
        self._set("suggestions/threshold", clamp_threshold(value))

    # -- window ------------------------------------------------------------------------
    def state(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._set(f"window/{name}", value)

    def sync(self) -> None:
        self._settings.sync()

    def _set(self, key: str, value) -> None:
        if self._remember:
            self._settings.setValue(key, value)

    def _remove(self, key: str) -> None:
        if self._remember:
            self._settings.remove(key)

    def _list(self, key: str) -> list[str]:
        value = self._settings.value(key, [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a string
            return [value] if value else []
        return [str(v) for v in value or []]


def clamp_threshold(value) -> float:
    """A threshold between 0 and 1; anything unreadable (a hand-edited INI file) is 0."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return min(1.0, max(0.0, number)) if number == number else 0.0  # NaN is unreadable


def _position_key(project: Path, doc_id: int, annotator: str) -> str:
    who = hashlib.sha1(annotator.encode()).hexdigest()[:8]  # any name is a safe key
    return f"positions/{_project_key(project)}/{doc_id}-{who}"


def _project_key(project: Path) -> str:
    return hashlib.sha1(str(Path(project).resolve()).encode()).hexdigest()[:16]


def _number(value, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number == number else default
