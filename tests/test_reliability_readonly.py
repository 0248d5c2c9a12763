"""Read-only project files and folders: reading commands work (and say how the file was
opened), writing commands fail in one line and change nothing.

Root may write anywhere, so when the tests run as root the commands run as the unprivileged
user "nobody" (setpriv): the file system then really refuses the writes."""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from reliability_helpers import CLI, ENV, build_project

from annotator.core import ops
from annotator.core.project import Project

NOBODY = 65534
AS_USER = ([] if os.geteuid() != 0 else
           ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"])
pytestmark = pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"),
                                reason="running as root without setpriv to drop privileges")


@pytest.fixture
def place():
    """A folder the unprivileged user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-ro-"))
    folder.chmod(0o755)
    yield folder
    for child in folder.rglob("*"):
        if child.is_dir():
            child.chmod(0o777)
    shutil.rmtree(folder)


def as_user(*args):
    return subprocess.run([*AS_USER, *CLI, *map(str, args)], capture_output=True, text=True,
                          env={**ENV, "HOME": "/tmp"}, timeout=60)


def fingerprint(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def tagged_project(folder: Path) -> Path:
    path = build_project(folder / "p.sqlite", sentences=4)
    with Project.open(path) as project:
        ops.set_label(project, segment_id=project.sentences(1)[1].id, annotator="ana",
                      dimension="stance", value="neutral")
    return path


def read_only_file(folder: Path) -> Path:
    folder.chmod(0o777)
    path = tagged_project(folder)
    path.chmod(0o444)
    return path


def read_only_folder(folder: Path) -> Path:
    inside = folder / "ro"
    inside.mkdir()
    path = tagged_project(inside)
    path.chmod(0o666)  # the file could be written; its folder cannot
    inside.chmod(0o555)
    return path


SETUPS = {"a read-only file": read_only_file, "a read-only folder": read_only_folder}


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS)
def test_reading_commands_work(place, setup):
    path = SETUPS[setup](place)
    out = place / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    before = fingerprint(path.parent)
    shown = as_user("show", path, 1)
    assert shown.returncode == 0, shown.stderr
    assert "ana: stance neutral" in shown.stdout
    for command in (["documents", path], ["stats", path],
                    ["agreement", path, "--annotators", "ana", "ben"],
                    ["export", path, "-o", out / "tags.jsonl"]):
        result = as_user(*command)
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert '"stance": "neutral"' in (out / "tags.jsonl").read_text(encoding="utf-8")
    if setup == "a read-only folder":
        assert shown.stderr.startswith("opened read-only: ")
    after = fingerprint(path.parent)  # SQLite may add its -shm beside a read-only file
    assert {name: after.get(name) for name in before} == before


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS)
def test_writing_commands_fail_in_one_line_and_change_nothing(place, setup):
    path = SETUPS[setup](place)
    before = fingerprint(path.parent)
    for command in (["tag", path, 1, 2, "--annotator", "ana", "--stance", "against"],
                    ["undo", path], ["boilerplate", path, 1, 0]):
        result = as_user(*command)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1, (command, result.stderr)
        assert len(lines) == 1 and "read-only" in lines[0], result.stderr
    assert fingerprint(path.parent) == before


@pytest.mark.slow
def test_a_read_only_folder_with_pending_changes_is_one_clear_line(place):
    """A -wal with changes not yet in the file (a writer was killed), in a folder that cannot
    be written: SQLite cannot read it safely without its -shm; the command says why."""
    inside = place / "ro"
    inside.mkdir()
    path = tagged_project(inside)
    script = ("import os, sys\nfrom annotator.core import ops\n"
              "from annotator.core.project import Project\n"
              "p = Project.open(sys.argv[1])\n"
              "ops.set_note(p, segment_id=p.sentences(1)[0].id, annotator='ana', note='x')\n"
              "os._exit(0)\n")
    assert subprocess.run([sys.executable, "-c", script, str(path)], env=ENV).returncode == 0
    os.remove(f"{path}-shm")
    inside.chmod(0o555)
    result = as_user("show", path, 1)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "its folder is read-only" in lines[0] and "-wal" in lines[0]
