"""`annotator codebook`: print, export (Markdown, HTML, JSON) and import, bad input one line."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import one_line_error


@pytest.fixture
def project(run, tmp_path):
    path = tmp_path / "p.sqlite"
    assert run("new", path, "--target", "the strike").exit_code == 0
    return path


def test_prints_the_codebook(run, project):
    result = run("codebook", project)
    assert result.exit_code == 0
    assert result.output.startswith("# Codebook: ")
    assert "| V | `verifiable` | Verifiable | 0 | 0 |" in result.output


@pytest.mark.parametrize("name,start", [("cb.md", "# Codebook"), ("cb.html", "<!DOCTYPE html>"),
                                        ("cb.json", "{")])
def test_export_by_extension(run, project, tmp_path, name, start):
    result = run("codebook", project, "--export", tmp_path / name)
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_import_then_undo(run, project, tmp_path):
    run("codebook", project, "--export", tmp_path / "cb.json")
    data = json.loads((tmp_path / "cb.json").read_text(encoding="utf-8"))
    data["dimensions"]["stance"]["values"][0]["label"] = "Pour"
    (tmp_path / "cb.json").write_text(json.dumps(data), encoding="utf-8")
    assert run("codebook", project, "--import", tmp_path / "cb.json").exit_code == 0
    assert "| 1 | `favour` | Pour |" in run("codebook", project).output
    assert run("undo", project).output.startswith("Undo codebook: import")
    assert "| 1 | `favour` | Favour |" in run("codebook", project).output


@pytest.mark.parametrize("content,pattern", [
    ("{", r"bad\.json: not valid JSON"),
    ('{"dimensions": []}', "needs a 'dimensions' object"),
    ('{"dimensions": {"stance": {"values": [{"value": "a b"}]}}}', "'a b' is not a usable"),
])
def test_bad_imports_are_one_line_and_change_nothing(run, project, tmp_path, content, pattern):
    before = run("codebook", project).output
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    one_line_error(run("codebook", project, "--import", tmp_path / "bad.json"), pattern)
    assert run("codebook", project).output == before


def test_key_clash_with_a_window_key(run, project, tmp_path):
    run("codebook", project, "--export", tmp_path / "cb.json")
    data = json.loads((tmp_path / "cb.json").read_text(encoding="utf-8"))
    data["dimensions"]["verifiability"]["values"][0]["key"] = "n"
    (tmp_path / "cb.json").write_text(json.dumps(data), encoding="utf-8")
    one_line_error(run("codebook", project, "--import", tmp_path / "cb.json"),
                   "key N of verifiability .Verifiable. is already taken by the command "
                   ".Next untagged sentence.")


def test_bad_targets(run, project, tmp_path):
    one_line_error(run("codebook", project, "--export", tmp_path / "cb.txt"),
                   "cannot tell the codebook format from cb.txt")
    one_line_error(run("codebook", project, "--import", tmp_path / "cb.md"),
                   "imported from JSON")
    one_line_error(run("codebook", project, "--import", tmp_path / "none.json"),
                   "no such file")
    one_line_error(run("codebook", project, "--export", tmp_path / "nowhere" / "cb.md"),
                   "does not exist")
