"""Nothing shown as saved is lost when the same process opens the project file a second time
while another program writes to it (the POSIX-lock trap of SQLite's "how to corrupt")."""

import sys
import textwrap

import pytest
from reliability_helpers import build_project, integrity, run_script, tags_on_disk

# The main connection tags, a second connection in the same process opens and closes the
# file, another process writes and exits (closing the last connection it sees: it would
# checkpoint and delete the -wal if it could take the exclusive lock), then the main
# connection tags 100 more sentences and the process dies without closing anything.
SCRIPT = textwrap.dedent("""
    import os, subprocess, sys
    from annotator.core import ops
    from pathlib import Path
    from annotator.core.project import Project
    from annotator.core.store.probe import is_sqlite

    path, first, later = sys.argv[1], 10, 100
    main = Project.open(path)
    ids = [s.id for s in main.sentences(1)]
    for i in range(first):
        ops.set_label(main, segment_id=ids[i], annotator="ana", dimension="stance",
                      value="neutral")
    Project.open(path).close()
    Project.open(path, readonly=True).close()
    assert is_sqlite(Path(path))  # what export asks of its target
    other = subprocess.run([sys.executable, "-c",
                            "from annotator.cli import main; main()", "tag", path, "1",
                            str(first + later), "--annotator", "ben", "--stance", "against"],
                           capture_output=True, text=True)
    assert other.returncode == 0, other.stderr
    for i in range(first, first + later):
        ops.set_label(main, segment_id=ids[i], annotator="ana", dimension="verifiability",
                      value="verifiable")
    print("saved", first + later, flush=True)
    os._exit(0)
""")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_tags_survive_a_second_open_while_another_program_writes(tmp_path):
    path = build_project(tmp_path / "p.sqlite", sentences=120)
    result = run_script(SCRIPT, path)
    assert result.returncode == 0, result.stderr
    assert "saved 110" in result.stdout
    tags = tags_on_disk(path)
    ana = {(i, d, v) for i, who, d, v in tags if who == "ana"}
    assert ana == ({(i, "stance", "neutral") for i in range(10)}
                   | {(i, "verifiability", "verifiable") for i in range(10, 110)})
    assert (110, "ben", "stance", "against") in tags
    assert integrity(path) == "ok"


def test_importing_the_project_file_itself_is_refused_before_it_is_read(tmp_path):
    from annotator.core.errors import InputError
    from annotator.core.project import Project
    from annotator.core.text.importer import import_paths

    path = build_project(tmp_path / "notes.txt", sentences=3)
    with Project.open(path) as project:
        with pytest.raises(InputError, match="this project's own file"):
            import_paths(project, [path])
        assert [d.title for d in project.documents()] == ["Communiqué"]
