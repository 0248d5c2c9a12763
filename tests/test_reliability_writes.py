"""Writes are one step or nothing, and concurrent writers wait for each other."""

import subprocess
import sys
import textwrap

import pytest
from reliability_helpers import CLI, ENV, build_project, cli, integrity, tags_on_disk

from annotator.core.project import Project


def journal_steps(path) -> int:
    with Project.open(path, readonly=True) as project:
        return next(project.db.query("SELECT count(*) AS n FROM journal"))["n"]


def one_line_failure(result, *words):
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def project_path(tmp_path):
    return build_project(tmp_path / "p.sqlite", sentences=60)


def test_a_tag_with_one_invalid_option_writes_nothing(project_path):
    steps = journal_steps(project_path)
    result = cli("tag", project_path, 1, 3, "--annotator", "ana", "--stance", "favour",
                 "--verifiability", "maybe", "--note", "à revoir")
    one_line_failure(result, "maybe")
    assert tags_on_disk(project_path) == set()
    assert journal_steps(project_path) == steps


def test_a_source_not_in_the_sentence_writes_nothing(project_path):
    result = cli("tag", project_path, 1, 3, "--annotator", "ana", "--stance", "favour",
                 "--source", "le Kremlin:government")
    one_line_failure(result, "is not in sentence 3")
    assert tags_on_disk(project_path) == set()


def test_a_tag_with_several_options_is_one_step_that_undo_takes_back(project_path):
    result = cli("tag", project_path, 1, 3, "--annotator", "ana", "--stance", "favour",
                 "--verifiability", "verifiable", "--source", "la direction:organisation",
                 "--note", "à revoir", "--flag")
    assert result.returncode == 0, result.stderr
    assert tags_on_disk(project_path) == {(3, "ana", "stance", "favour"),
                                         (3, "ana", "verifiability", "verifiable"),
                                         (3, "ana", "source", "organisation")}
    undone = cli("undo", project_path, "--annotator", "ana")
    assert undone.returncode == 0, undone.stderr
    assert tags_on_disk(project_path) == set()
    with Project.open(project_path) as project:
        sentence = project.sentence_at(1, 3)
        assert project.tags(sentence.id, "ana").empty
        assert project.can_undo("ana") is None


def test_an_adjudication_with_one_invalid_part_writes_nothing(project_path):
    assert cli("tag", project_path, 1, 2, "--annotator", "ana", "--stance", "neutral"
               ).returncode == 0
    steps = journal_steps(project_path)
    result = cli("adjudicate", project_path, 1, 2, "--by", "chris", "--adopt", "ana",
                 "--verifiability", "maybe")
    one_line_failure(result, "maybe")
    assert journal_steps(project_path) == steps
    with Project.open(project_path, readonly=True) as project:
        assert next(project.db.query("SELECT count(*) AS n FROM gold"))["n"] == 0


WRITER = textwrap.dedent("""
    import sys
    from annotator.core import ops
    from annotator.core.project import Project

    path, value = sys.argv[1], sys.argv[2]
    with Project.open(path) as project:
        ids = [s.id for s in project.sentences(1)]
        print("ready", flush=True)
        sys.stdin.readline()
        for segment_id in ids:
            ops.set_label(project, segment_id=segment_id, annotator="ana",
                          dimension="stance", value=value)
            ops.set_note(project, segment_id=segment_id, annotator="ana", note=value)
""")


@pytest.mark.slow
def test_two_processes_tagging_the_same_sentences_wait_for_each_other(project_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(project_path), value],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=ENV)
               for value in ("favour", "against")]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start at once
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    tags = tags_on_disk(project_path)
    assert {i for i, *_ in tags} == set(range(60))
    assert len(tags) == 60  # one stance per sentence, never two
    assert {v for *_, v in tags} <= {"favour", "against"}
    assert integrity(project_path) == "ok"


HOLDER = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.rollback()
""")


def test_a_write_that_cannot_get_the_lock_is_one_clear_line(project_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(project_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = subprocess.run([*CLI, "tag", str(project_path), "1", "2", "--annotator",
                                 "ana", "--stance", "neutral"], capture_output=True,
                                text=True, env={**ENV, "ANNOTATOR_BUSY_TIMEOUT": "0.2"})
    finally:
        holder.communicate("done\n", timeout=30)
    one_line_failure(result, "project file is busy: another program is writing")
    assert tags_on_disk(project_path) == set()


def stance_tagged_project(tmp_path):
    """40 sentences with a stance tag each, alternating favour / against; no verifiability."""
    from annotator.core import ops

    path = build_project(tmp_path / "t.sqlite", sentences=40)
    with Project.open(path) as project:
        for n, sentence in enumerate(project.sentences(1)):
            ops.set_label(project, segment_id=sentence.id, annotator="ana",
                          dimension="stance", value=("favour", "against")[n % 2])
    return path


def test_training_two_classifiers_is_all_or_nothing(tmp_path):
    from safety import assert_one_line_failure
    from safety import cli as run_cli

    path = stance_tagged_project(tmp_path)
    outcome = run_cli("train", path)  # stance could be trained, verifiability has no tags
    assert_one_line_failure(outcome, "verifiability", "nothing was trained")
    with Project.open(path, readonly=True) as project:
        assert next(project.db.query("SELECT count(*) AS n FROM models"))["n"] == 0


def test_train_prints_macro_f1_per_label_and_the_calibration_before_and_after(tmp_path):
    from safety import cli as run_cli

    path = stance_tagged_project(tmp_path)
    outcome = run_cli("train", path, "--dimension", "stance")
    assert outcome.exit_code == 0, outcome.stderr
    lines = outcome.stdout.splitlines()
    assert lines[0].startswith("stance: trained on 40 sentences, cross-validated accuracy")
    assert "macro-F1" in lines[1] and "favour" in lines[1] and "against" in lines[1]
    assert "expected calibration error" in lines[2]
    assert lines[3].split() == ["score", "tags", "mean", "score", "accuracy"]
    after = next(i for i, line in enumerate(lines) if "calibrated scores" in line)
    assert "->" in lines[after] and "chosen by the ECE on held-back folds" in lines[after]
    assert sum(int(line.split()[1]) for line in lines[4:after]) == 40  # before
    assert sum(int(line.split()[1]) for line in lines[after + 2:]) == 40  # after
