"""Exports never destroy anything: refused targets, the user's umask, fsync, stale temporary
files of killed exports, a full disk."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core import atomic, ops
from annotator.core.project import Project
from tests.conftest import REPO, content_sentences
from tests.safety import assert_one_line_failure, cli, fill_up, full_disk, project_state


@pytest.fixture
def project(article_project: Project) -> Path:
    sentence = content_sentences(article_project)[0]
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="neutral")
    return article_project.path


def _fingerprint(path: Path):
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):  # /dev/null's times move with every writer
        return info.st_ino, info.st_mode, info.st_rdev
    return info.st_ino, info.st_mode, info.st_size, info.st_mtime_ns


def _sqlite_file(folder: Path) -> Path:
    path = folder / "data.jsonl"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.jsonl")
    return folder / "pipe.jsonl"


def _symlink(folder: Path, to: Path) -> Path:
    (folder / "link.jsonl").symlink_to(to)
    return folder / "link.jsonl"


def _other_spelling(folder: Path, project: Path) -> Path:
    (folder / "sub").mkdir()
    return folder / "sub" / ".." / project.name


REFUSED = {
    "the project": (lambda folder, project: project, "open project"),
    "the project spelled otherwise": (_other_spelling, "open project"),
    "a hard link to the project": (
        lambda folder, project: (os.link(project, folder / "hard.jsonl"),
                                 folder / "hard.jsonl")[1], "open project"),
    "a symbolic link to the project": (
        lambda folder, project: _symlink(folder, project), "symbolic link"),
    "a dangling symbolic link": (
        lambda folder, project: _symlink(folder, folder / "nowhere.jsonl"), "symbolic link"),
    "the project's WAL": (
        lambda folder, project: project.with_name(project.name + "-wal"), "database"),
    "another project": (
        lambda folder, project: Project.create(folder / "other.sqlite").path, "SQLite"),
    "an SQLite file with another name": (lambda folder, project: _sqlite_file(folder), "SQLite"),
    "a folder": (lambda folder, project: (folder / "out").mkdir() or folder / "out", "folder"),
    "a FIFO": (lambda folder, project: _fifo(folder), "FIFO"),
    "a device": (lambda folder, project: _device(folder), "device"),
}


def _device(folder: Path) -> Path:
    """A character device of the test's own: a regression must never replace /dev/null."""
    if os.geteuid() != 0:
        return Path("/dev/null")  # an unprivileged export cannot rename into /dev
    node = folder / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("case", REFUSED)
def test_export_refuses_a_target_it_would_destroy(project, tmp_path, case):
    make, words = REFUSED[case]
    target = make(tmp_path, project)
    before, target_before = project_state(project), _fingerprint(target)
    outcome = cli("export", project, "-o", target)
    assert_one_line_failure(outcome, words)
    assert project_state(project) == before
    assert _fingerprint(target) == target_before
    assert not list(tmp_path.glob(f"*{atomic.TEMP_MARK}*"))


def test_a_refused_card_stops_the_export_before_anything_is_written(project, tmp_path):
    out = tmp_path / "train.spacy"
    (tmp_path / "train.spacy.card.md").symlink_to(project)
    assert_one_line_failure(cli("export", project, "--format", "spacy", "-o", out),
                            "symbolic link")
    assert not out.exists()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_files_are_created_with_the_users_umask(project, tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        outcome = cli("export", project, "--format", "prodigy", "-o", tmp_path / "t.jsonl")
    finally:
        os.umask(previous)
    assert outcome.exit_code == 0, outcome.stderr
    for name in ("t.jsonl", "t.jsonl.card.md"):
        assert (tmp_path / name).stat().st_mode & 0o777 == mode


def test_a_replaced_file_keeps_its_mode(project, tmp_path):
    out = tmp_path / "t.csv"
    out.write_text("old")
    out.chmod(0o640)
    assert cli("export", project, "--format", "csv", "-o", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text() != "old"


def test_data_and_folder_are_fsynced_before_and_after_the_rename(project, tmp_path,
                                                                 monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    out = tmp_path / "t.jsonl"
    assert cli("export", project, "-o", out).exit_code == 0
    assert synced == [out.stat().st_ino, tmp_path.stat().st_ino]


WRITER = """
import sys, time
from pathlib import Path
from annotator.core.atomic import atomic_write
with atomic_write(Path(sys.argv[1])) as handle:
    handle.write("half an export")
    handle.flush()
    print("writing", flush=True)
    time.sleep(120)
"""


def _writer(target: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(target)],
                               stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    assert process.stdout.readline().strip() == "writing"
    return process


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(project, tmp_path):
    alive = _writer(tmp_path / "b.jsonl")
    try:
        killed = _writer(tmp_path / "a.jsonl")
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        [stale] = tmp_path.glob(f".a.jsonl{atomic.TEMP_MARK}*")
        [busy] = tmp_path.glob(f".b.jsonl{atomic.TEMP_MARK}*")
        old = time.time() - 3600  # both look old; only the lock tells them apart
        os.utime(stale, (old, old))
        os.utime(busy, (old, old))
        # The next export is a new process, as it would be for the user.
        done = subprocess.run([sys.executable, "-c", "from annotator.cli import main; main()",
                               "export", str(project),
                               "-o", str(tmp_path / "c.jsonl")], capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert done.returncode == 0, done.stderr
        assert not stale.exists()
        assert busy.exists()  # a writer still at work keeps its file
    finally:
        alive.kill()
        alive.wait()


def test_disk_full_during_export_leaves_the_target_and_no_temporary_file(project, tmp_path):
    with full_disk(tmp_path / "small") as mounted:
        if not mounted:
            pytest.skip("needs root to mount a small tmpfs; see the ENOSPC test below")
        out = tmp_path / "small" / "out.jsonl"
        out.write_text("previous export\n")
        fill_up(tmp_path / "small")
        outcome = cli("export", project, "-o", out)
        assert_one_line_failure(outcome, "disk is full", str(out))
        assert out.read_text() == "previous export\n"
        assert sorted(p.name for p in (tmp_path / "small").iterdir()) == ["filler", "out.jsonl"]


def test_enospc_from_fsync_is_one_line_and_leaves_the_target(project, tmp_path, monkeypatch):
    """The same failure where no file system can be mounted: fsync reports the full disk."""
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "out.jsonl"
    out.write_text("previous export\n")
    assert_one_line_failure(cli("export", project, "-o", out), "disk is full")
    assert out.read_text() == "previous export\n"
    assert not list(tmp_path.glob(f"*{atomic.TEMP_MARK}*"))
