"""Helpers for the reliability tests: projects built without spaCy, the CLI and scripts run
as real processes, and reading back what is really in the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from annotator.core.project import Project
from annotator.core.text.segment import Segment

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
CLI = [sys.executable, "-c", "from annotator.cli import main; main()"]


# lang -> (numbered sentence, document key, title)
DOCUMENT = {"fr": ("Phrase numéro {n} du communiqué, selon la direction.", "doc", "Communiqué"),
            "en": ("The port handled {n} containers on Monday, the authority said.", "en",
                   "Port")}


def build_project(path: Path, sentences: int = 120, *, lang: str = "fr") -> Path:
    """A project with one document of ``sentences`` numbered sentences in ``lang``, stored
    directly (no spaCy: an English one is suggested with spaCy's blank English pipeline)."""
    template, key, title = DOCUMENT[lang]
    text, segments = "", []
    for n in range(sentences):
        sentence = template.format(n=n)
        if text:
            text += " "
        segments.append(Segment(len(text), len(text) + len(sentence), "sentence", 0))
        text += sentence
    with (Project.create(path, target="the strike") as project,
          project.journal.step("import", undoable=False) as step):
        project.store_document(key=key, title=title, lang=lang,
                               text=text, segments=segments)
        step.extra_tables.update({"documents", "segments"})
    return path


def cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], env={**ENV, **(env or {})},
                          capture_output=True, text=True, timeout=timeout)


def run_script(script: str, *args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], env=ENV,
                          capture_output=True, text=True, timeout=timeout)


def tags_on_disk(path: Path) -> set[tuple[int, str, str, str]]:
    """(sentence index, annotator, dimension, value) of every tag, through plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT s.idx, t.annotator, t.dimension, t.value FROM tags t "
                            "JOIN segments s ON s.id = t.segment_id").fetchall()
    finally:
        conn.close()
    return set(rows)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
