"""Helpers for the failure tests: a real full file system, the CLI with stderr apart, and a
fingerprint of a project file to prove a failure changed nothing."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def cli(*args) -> Outcome:
    """Run the CLI in-process, exceptions handled as a user would see them."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    return Outcome(result.exit_code, result.stdout, result.stderr)


def assert_one_line_failure(outcome: Outcome, *words: str) -> None:
    lines = outcome.stderr.strip().splitlines()
    assert outcome.exit_code == 1, (outcome.exit_code, outcome.stderr)
    assert len(lines) == 1, outcome.stderr
    assert "Traceback" not in outcome.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])


def project_state(path: Path) -> tuple:
    """Counts of what a user would lose, and SQLite's own integrity verdict. Read through
    SQLite only (a plain open/close of the file would drop the locks of open connections)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("documents", "segments", "tags", "notes", "journal"))
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return counts + (integrity,)


@contextmanager
def full_disk(folder: Path, size: str = "64k") -> Iterator[bool]:
    """A real tmpfs of ``size`` mounted at ``folder``; yields False when this machine cannot
    mount one (not root, no mount namespace), so the caller can fall back."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True).returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_up(folder: Path) -> Path:
    """Write a filler file until the file system says it is full."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler
