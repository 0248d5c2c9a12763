"""The command line as scripts use it: mistyped commands, standard input and output."""

import json

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import DocBin

from annotator.cli import main
from annotator.cli.common import looks_like_project

LINES = [{"text": "Le ministre a annoncé lundi un accord, selon l'AFP.", "title": "Accord"},
         {"text": "Les dockers ont cessé le travail, a indiqué le syndicat.", "title": "Grève"}]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def project(runner, tmp_path):
    path = tmp_path / "p.sqlite"
    assert runner.invoke(main, ["new", str(path)]).exit_code == 0
    return path


def jsonl(lines) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


@pytest.mark.parametrize("args", [["stauts"], ["--annotator", "ana", "stauts"]])
def test_a_mistyped_command_is_an_error_with_a_suggestion(runner, tmp_path, monkeypatch,
                                                          args):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert "No such command 'stauts'" in result.output
    assert "Did you mean 'stats'?" in result.output
    assert list(tmp_path.iterdir()) == []  # no project named stauts


@pytest.mark.parametrize(("word", "expected"), [
    ("stauts", False), ("coree.sqlite", True), ("coree.DB", True), ("projects/coree", True),
    ("notes", False)])
def test_what_looks_like_a_project(tmp_path, monkeypatch, word, expected):
    monkeypatch.chdir(tmp_path)
    assert looks_like_project(word) is expected


def test_an_existing_file_looks_like_a_project_whatever_its_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coree").write_bytes(b"")
    assert looks_like_project("coree")


def test_import_reads_jsonl_from_standard_input(runner, project):
    result = runner.invoke(main, ["import", str(project), "-", "--lang", "fr"],
                           input=jsonl(LINES))
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["documents", str(project)]).output.splitlines()[1:]
    assert [line.split("\t")[1] for line in listed] == ["Accord", "Grève"]


def test_a_bad_line_on_standard_input_imports_nothing(runner, project):
    text = jsonl(LINES[:1]) + "{not json\n"
    result = runner.invoke(main, ["import", str(project), "-", "--lang", "fr"], input=text)
    assert result.exit_code == 1
    assert "stdin.jsonl, line 2: not valid JSON" in result.output
    assert "Traceback" not in result.output
    listed = runner.invoke(main, ["documents", str(project)]).output.splitlines()
    assert listed == ["id\ttitle\tlang\tsentences\ttagged"]


def test_standard_input_is_read_alone(runner, project, article_file):
    result = runner.invoke(main, ["import", str(project), "-", str(article_file)], input="")
    assert result.exit_code == 2 and "read alone" in result.output


def test_export_to_standard_output(runner, project):
    runner.invoke(main, ["import", str(project), "-", "--lang", "fr"], input=jsonl(LINES))
    result = runner.invoke(main, ["export", str(project), "-o", "-", "--all-sentences"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_title"] for r in records] == ["Accord", "Grève"]
    assert "2 records written to standard output" in result.stderr
    assert not list(project.parent.glob("*.card.md"))


def test_a_binary_export_to_standard_output(runner, project):
    runner.invoke(main, ["import", str(project), "-", "--lang", "fr"], input=jsonl(LINES))
    for doc in (1, 2):
        runner.invoke(main, ["tag", str(project), str(doc), "0", "--annotator", "ana",
                             "--stance", "neutral"])
    result = runner.invoke(main, ["export", str(project), "--format", "spacy", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    docs = list(DocBin().from_bytes(result.stdout_bytes).get_docs(spacy.blank("fr").vocab))
    assert [d.text for d in docs] == [line["text"] for line in LINES]


def test_no_dataset_card_for_standard_output(runner, project):
    result = runner.invoke(main, ["export", str(project), "-o", "-", "--card"])
    assert result.exit_code == 2 and "-o FILE" in result.output


def test_an_export_piped_into_an_import_keeps_the_tags(runner, project, tmp_path):
    runner.invoke(main, ["import", str(project), "-", "--lang", "fr"], input=jsonl(LINES))
    runner.invoke(main, ["tag", str(project), "2", "0", "--annotator", "ana",
                         "--stance", "neutral"])
    exported = runner.invoke(main, ["export", str(project), "--with-text", "-o", "-"]).stdout
    copy = tmp_path / "copy.sqlite"
    runner.invoke(main, ["new", str(copy)])
    result = runner.invoke(main, ["import", str(copy), "-", "--with-tags"], input=exported)
    assert result.exit_code == 0, result.output
    assert "ana: stance neutral" in runner.invoke(main, ["show", str(copy), "1"]).output
