"""``annotator data-to-spacy``: the folder spaCy trains on, read back and trained on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import DocBin

from annotator.cli import main
from annotator.core import ops
from annotator.core.datasets.data_to_spacy import data_to_spacy
from annotator.core.datasets.spacy_scorer import NAME, make_dimension_scorer
from annotator.core.errors import InputError
from annotator.core.review import gold
from tests.coded_samples import code_articles
from tests.conftest import REPO, content_sentences


@pytest.fixture
def articles(fresh_project, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    return code_articles(fresh_project, folder)


def read(path: Path):
    return list(DocBin().from_disk(path).get_docs(spacy.blank("fr").vocab))


def scorer_entry_points(tmp_path: Path) -> str:
    """A folder for PYTHONPATH that declares the pyproject's spaCy entry points, as
    `pip install` does; empty when the installed package already declares them."""
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[project\.entry-points\.spacy_scorers\]\n((?:.+\n)+)", pyproject,
                        re.M).group(1)
    declared = {"spacy_scorers": dict(re.findall(r'^"?([^"=\s]+)"?\s*=\s*"([^"]+)"', section,
                                                  re.M))}
    if any(ep.name == NAME for ep in metadata.entry_points(group="spacy_scorers")):
        return ""
    info = tmp_path / "site" / "annotator_entry_points-0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: annotator-entry-points\n"
                                   "Version: 0\n")
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in eps.items())
        for group, eps in declared.items()))
    return str(info.parent)


@pytest.mark.slow
def test_spacy_trains_and_debugs_the_folder_as_is(articles, tmp_path):
    out = tmp_path / "corpus"
    result = CliRunner().invoke(main, ["data-to-spacy", str(articles.path), str(out),
                                       "--lang", "fr", "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert "textcat_stance, textcat_verifiability, spancat" in result.output
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(REPO), scorer_entry_points(tmp_path)) if p)}
    paths = ["--paths.train", str(out / "train.spacy"), "--paths.dev", str(out / "dev.spacy")]
    train = subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(out / "config.cfg"), *paths,
         "--output", str(tmp_path / "model"), "--training.max_steps", "4",
         "--training.eval_frequency", "2"], env=env, capture_output=True, text=True)
    assert train.returncode == 0, train.stdout + train.stderr
    meta = json.loads((tmp_path / "model" / "model-last" / "meta.json").read_text())
    scores = meta["performance"]
    assert {"cats_stance_score", "cats_verifiability_score", "spans_sources_f"} <= set(scores)
    assert all(isinstance(scores[k], float) for k in ("cats_stance_score",
                                                      "cats_verifiability_score"))
    debug = subprocess.run([sys.executable, "-m", "spacy", "debug", "data",
                            str(out / "config.cfg"), *paths], env=env, capture_output=True,
                           text=True)
    assert debug.returncode == 0, debug.stdout
    assert "No overlap between training and evaluation data" in debug.stdout
    assert "also in evaluation data" not in debug.stdout


def test_split_by_document_with_per_dimension_labels(articles, tmp_path):
    result = data_to_spacy(articles, tmp_path / "out", dev=0.2, seed=1)
    train, dev = read(tmp_path / "out" / "train.spacy"), read(tmp_path / "out" / "dev.spacy")
    assert (len(train), len(dev)) == (result.train, result.dev) == (110, 30)
    assert not {d.user_data["doc_id"] for d in train} & {d.user_data["doc_id"] for d in dev}
    assert not {d.text for d in train} & {d.text for d in dev}
    opinion = next(d for d in train if "excellente nouvelle" in d.text)
    assert opinion.cats["stance:favour"] == 1.0 and opinion.cats["verifiability:opinion"] == 1.0
    assert list(opinion.spans["sources"]) == []  # decided: the author's own voice
    prediction = next(d for d in train if "serait terminé" in d.text)
    assert not any(k.startswith("stance:") for k in prediction.cats)  # undecided: left out
    assert len(prediction.spans["sources"]) == 1
    config = spacy.util.load_config(tmp_path / "out" / "config.cfg")
    labels = config["initialize"]["components"]["textcat_stance"]["labels"]
    assert labels == [f"stance:{v}" for v in articles.schema.values("stance")]
    assert config["components"]["spancat"]["spans_key"] == "sources"
    assert config["components"]["spancat"]["suggester"]["max_size"] == result.longest_source
    assert config["training"]["score_weights"]["spans_sources_f"] > 0
    assert config["training"]["score_weights"]["spans_sc_f"] is None


def test_same_seed_same_split_other_seed_other_split(articles, tmp_path):
    def dev_documents(seed, name):
        data_to_spacy(articles, tmp_path / name, seed=seed)
        return {d.user_data["doc_id"] for d in read(tmp_path / name / "dev.spacy")}

    assert dev_documents(1, "a") == dev_documents(1, "b")
    assert any(dev_documents(s, f"s{s}") != dev_documents(1, "a") for s in (2, 3, 4))


def test_gold_none_is_all_zero_and_untagged_sentences_stay_out(article_project, tmp_path):
    first, second, third = content_sentences(article_project)[:3]
    ops.set_label(article_project, segment_id=first.id, annotator="ana",
                  dimension="stance", value="neutral")
    ops.set_label(article_project, segment_id=third.id, annotator="ana",
                  dimension="verifiability", value="verifiable")
    gold.adopt(article_project, segment_id=first.id, from_annotator="ana", decided_by="c")
    gold.set_gold_label(article_project, segment_id=second.id, dimension="stance", value=None,
                        decided_by="c")
    second_doc = article_project.document(1).text.replace("Marseille", "Toulon")
    path = tmp_path / "autre.txt"
    path.write_text(second_doc, encoding="utf-8")
    from annotator.core.text.importer import import_paths

    import_paths(article_project, [path], lang="fr")
    other = content_sentences(article_project, 2)[0]
    gold.set_gold_label(article_project, segment_id=other.id, dimension="stance",
                        value="against", decided_by="c")
    data_to_spacy(article_project, tmp_path / "g", gold=True, dev=0.5)
    docs = read(tmp_path / "g" / "train.spacy") + read(tmp_path / "g" / "dev.spacy")
    assert len(docs) == 3  # the untagged sentences are not there
    none = next(d for d in docs if d.user_data["index"] == second.idx and
                d.user_data["doc_id"] == 1)
    assert set(none.cats.values()) == {0.0} and len(none.cats) == 4
    assert "sources" not in none.spans  # sources not adjudicated: not scored as "none"


def test_several_annotators_need_a_choice(article_project, tmp_path):
    first = content_sentences(article_project)[0]
    for who in ("ana", "ben"):
        ops.set_label(article_project, segment_id=first.id, annotator=who,
                      dimension="stance", value="neutral")
    with pytest.raises(InputError, match="--annotator NAME, or --gold"):
        data_to_spacy(article_project, tmp_path / "x")
    result = CliRunner().invoke(main, ["data-to-spacy", str(article_project.path),
                                       str(tmp_path / "x"), "--annotator", "ana"])
    assert result.exit_code == 1 and "two documents" in result.output


def test_scorer_reports_per_dimension_and_skips_undecided():
    from spacy.training import Example

    nlp = spacy.blank("fr")
    labels = ["stance:favour", "stance:against"]

    def example(gold_cats, predicted):
        reference = nlp.make_doc("Une phrase.")
        reference.cats = gold_cats
        doc = nlp.make_doc("Une phrase.")
        doc.cats = predicted
        return Example(doc, reference)

    decided = example({"stance:favour": 1.0, "stance:against": 0.0},
                      {"stance:favour": 0.9, "stance:against": 0.1, "verifiability:opinion": 1})
    undecided = example({"verifiability:opinion": 1.0},
                        {"stance:favour": 0.9, "stance:against": 0.1})
    scores = make_dimension_scorer("stance")([decided, undecided], labels=labels,
                                             threshold=0.5)
    assert scores["cats_stance_micro_f"] == 1.0  # the undecided doc is no false positive
    assert set(scores["cats_stance_f_per_type"]) == set(labels)
    assert not any(key.startswith("cats_score") for key in scores)
