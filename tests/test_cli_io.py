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


CHAIN = {"text": "TASS a affirmé, citant le Kremlin, que l'accord était signé.", "title": "Chaîne"}


@pytest.fixture
def chained(runner, project):
    runner.invoke(main, ["import", str(project), "-", "--lang", "fr"], input=jsonl([CHAIN]))
    return project


def tag(runner, project, *options):
    return runner.invoke(main, ["tag", str(project), "1", "0", "--annotator", "ana", *options])


def test_via_belongs_to_the_source_it_follows(runner, chained):
    result = tag(runner, chained, "--source", "le Kremlin:government", "--via", "TASS",
                 "--source", "TASS:state_media")
    assert result.exit_code == 0, result.output
    shown = json.loads(runner.invoke(main, ["show", str(chained), "1", "--json"]).output)
    vias = {t["text"]: t["via"] for t in shown["sentences"][0]["tags"]}
    assert vias == {"le Kremlin": "TASS", "TASS": None}


@pytest.mark.parametrize("options", [["--via", "TASS", "--source", "TASS"],
                                     ["--source", "le Kremlin", "--via", "A", "--via=B"]])
def test_a_via_without_its_own_source_is_refused(runner, chained, options):
    result = tag(runner, chained, *options)
    assert result.exit_code == 2 and "--via follows the --source" in result.output
    assert runner.invoke(main, ["stats", str(chained), "--json"]).output.count('"tags": 0')


def test_show_json(runner, chained):
    tag(runner, chained, "--stance", "neutral", "--note", "à vérifier", "--flag")
    shown = json.loads(runner.invoke(main, ["show", str(chained), "1", "--json"]).output)
    [sentence] = shown["sentences"]
    assert (shown["title"], sentence["index"], sentence["text"]) == ("Chaîne", 0, CHAIN["text"])
    assert sentence["tags"] == [{"annotator": "ana", "dimension": "stance", "value": "neutral"}]
    assert sentence["notes"] == [{"annotator": "ana", "note": "à vérifier", "flag": True}]


def test_stats_json(runner, chained):
    tag(runner, chained, "--stance", "neutral", "--verifiability", "verifiable")
    counts = json.loads(runner.invoke(main, ["stats", str(chained), "--json"]).output)
    assert (counts["documents"], counts["tags"]) == (1, 2)
    assert {(r["dimension"], r["value"], r["n"]) for r in counts["by_value"]} == {
        ("stance", "neutral", 1), ("verifiability", "verifiable", 1)}


@pytest.mark.parametrize("names", [["ana,ben"], ["ana", "ben"], ["ana, ben"]])
def test_review_json_and_comma_separated_annotators(runner, chained, names):
    tag(runner, chained, "--stance", "neutral", "--source", "TASS:state_media")
    runner.invoke(main, ["tag", str(chained), "1", "0", "--annotator", "ben",
                         "--stance", "against"])
    result = runner.invoke(main, ["review", str(chained), "--annotators", *names, "--json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert (row["status"], row["disagreements"][0]) == ("disagree", "stance")
    assert set(row["layers"]) == {"ana", "ben"}
    assert row["layers"]["ana"]["sources"][0]["text"] == "TASS"
    assert row["layers"]["ben"]["stance"] == "against"


def test_agreement_takes_comma_separated_annotators(runner, chained):
    result = runner.invoke(main, ["agreement", str(chained), "--annotators", "ana,ben"])
    assert result.exit_code == 0 and result.output.startswith("annotators: ana, ben;")
