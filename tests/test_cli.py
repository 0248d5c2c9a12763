import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests.conftest import REPO


@pytest.fixture
def project(run, tmp_path, article_file):
    path = tmp_path / "p.sqlite"
    assert run("new", path, "--target", "the strike").exit_code == 0
    assert run("import", path, article_file).exit_code == 0
    return path


def sentence_index(run, project, starting):
    for line in run("show", project, 1).output.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].startswith(starting):
            return int(parts[0])
    raise AssertionError(starting)


def test_new_import_documents(run, project):
    result = run("documents", project)
    assert result.output.splitlines()[1].startswith(
        "1\tLe port de Marseille paralysé par une grève\tfr\t")


def test_tag_then_show_and_export(run, project, tmp_path):
    index = sentence_index(run, project, "Les dockers")
    result = run("tag", project, 1, index, "--annotator", "ana", "--stance", "neutral",
                 "--verifiability", "verifiable", "--source", "la direction du port:company",
                 "--note", "date?")
    assert result.exit_code == 0, result.output
    shown = run("show", project, 1).output
    assert 'ana: source "la direction du port" [company, indirect]' in shown
    assert "ana: stance neutral" in shown
    out = tmp_path / "out.jsonl"
    assert run("export", project, "--format", "jsonl", "-o", out).exit_code == 0
    [record] = [json.loads(x) for x in out.read_text().splitlines()]
    assert (record["stance"], record["note"], record["sources"][0]["type"]) == (
        "neutral", "date?", "company")


def test_undo_redo_commands(run, project):
    index = sentence_index(run, project, "Les dockers")
    run("tag", project, 1, index, "--annotator", "ana", "--stance", "favour")
    assert run("undo", project, "--annotator", "ana").output.strip() == "Undo stance favour"
    assert "stance" not in run("show", project, 1).output.split("Les dockers")[1].split("\n")[1]
    assert run("redo", project).output.strip() == "Redo stance favour"


def test_boilerplate_command(run, project):
    result = run("boilerplate", project, 1, 0, "--off")
    assert result.exit_code == 0 and "is now" in result.output


def test_stats(run, project):
    index = sentence_index(run, project, "Les dockers")
    run("tag", project, 1, index, "--annotator", "ana", "--stance", "favour")
    output = run("stats", project).output
    assert "documents: 1" in output and "stance favour: 1" in output


def one_line_error(result, pattern):
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and re.search(pattern, lines[0]), result.output


@pytest.mark.parametrize("content,pattern", [
    (b"just some text", "not an Annotator project"),
    (None, "does not exist"),
])
def test_bad_project_files(run, tmp_path, content, pattern):
    path = tmp_path / "x.sqlite"
    if content is not None:
        path.write_bytes(content)
    one_line_error(run("documents", path), pattern)


def test_other_sqlite_file(run, tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    one_line_error(run("stats", path), "not an Annotator project")


def test_newer_project_version(run, project):
    db = sqlite3.connect(project)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('annotator', 'm999_future', 'x')")
    db.commit()
    db.close()
    one_line_error(run("documents", project), "newer version")


def test_binary_and_empty_imports(run, project, tmp_path):
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "e.txt"
    empty.write_text("")
    one_line_error(run("import", project, binary), "binary")
    one_line_error(run("import", project, empty), "empty")


def test_malformed_jsonl_import(run, project, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Un texte."}\n\n{oops}\n')
    one_line_error(run("import", project, path), "line 3")


def test_unknown_document_and_index(run, project):
    one_line_error(run("show", project, 99), "no document 99")
    one_line_error(run("tag", project, 1, 999, "--annotator", "a", "--stance", "favour"),
                   "no sentence 999")


def test_bad_label_value(run, project):
    index = sentence_index(run, project, "Les dockers")
    one_line_error(run("tag", project, 1, index, "--annotator", "a", "--stance", "pro"),
                   "not a stance value")
    one_line_error(run("tag", project, 1, index, "--annotator", "a",
                       "--source", "la direction:alien"), "not a source value")


def test_unwritable_export(run, project, tmp_path):
    one_line_error(run("export", project, "-o", tmp_path / "no" / "x.jsonl"), "cannot write")


def test_every_command_has_help_and_is_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in main.commands.items():
        if command.hidden:
            continue
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and command.help, name
        assert f"annotator {name}" in readme, f"README does not document `annotator {name}`"
