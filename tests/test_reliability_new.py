"""`annotator new` is atomic: killed at any moment, it leaves either no file at the target or
a complete project, never something that is neither a project nor re-creatable."""

import subprocess
import sys
import textwrap
import time

import pytest
from reliability_helpers import CLI, ENV, cli, run_script

from annotator.core.errors import ProjectError
from annotator.core.project import Project
from annotator.core.store.creation import TEMP_SUFFIX

# Runs `new` with a kill (SIGKILL, no cleanup) just before or just after the file is moved in.
KILLED_NEW = textwrap.dedent("""
    import os, signal, sys
    from annotator.core.project import Project
    from annotator.core.store import creation

    publish = creation._publish
    def killed(temp, path):
        if sys.argv[2] == "after":
            publish(temp, path)
        os.kill(os.getpid(), signal.SIGKILL)
    creation._publish = killed
    Project.create(sys.argv[1], target="the strike")
""")


def temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def assert_project_or_absent(path):
    if path.exists():
        with Project.open(path) as project:
            assert project.target in ("the strike", "")
            assert project.schema.values("stance")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_before_the_move_leaves_no_project_and_the_next_new_cleans_up(tmp_path):
    target = tmp_path / "p.sqlite"
    assert run_script(KILLED_NEW, target, "before").returncode == -9
    assert not target.exists()
    assert len(temps(tmp_path)) == 1  # the half-built file, under a hidden name
    result = cli("new", target)
    assert result.returncode == 0, result.stderr
    assert temps(tmp_path) == []
    assert_project_or_absent(target)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_after_the_move_leaves_a_complete_project(tmp_path):
    target = tmp_path / "p.sqlite"
    assert run_script(KILLED_NEW, target, "after").returncode == -9
    with Project.open(target) as project:
        assert project.target == "the strike"
    result = cli("new", target)
    assert result.returncode == 1 and "already exists" in result.stderr
    assert temps(tmp_path) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_new_killed_at_random_moments_never_leaves_a_broken_file(tmp_path):
    for attempt in range(4):
        target = tmp_path / f"p{attempt}.sqlite"
        process = subprocess.Popen([*CLI, "new", str(target)], env=ENV,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.12 * attempt)  # from before start-up to after the file is done
        process.kill()
        process.wait(timeout=30)
        assert_project_or_absent(target)
        again = cli("new", target)
        assert again.returncode == 0 or "already exists" in again.stderr, again.stderr
        assert_project_or_absent(target)
    assert temps(tmp_path) == []


def test_new_never_replaces_an_existing_file(tmp_path):
    target = tmp_path / "notes.sqlite"
    target.write_bytes(b"my own notes")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(target)
    assert target.read_bytes() == b"my own notes"
