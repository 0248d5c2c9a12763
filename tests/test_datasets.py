"""Dataset exports read back by their consumers: spaCy DocBin, Prodigy JSONL, gold, card."""

from __future__ import annotations

import json

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import DocBin

from annotator.cli import main
from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, write_export
from annotator.core.errors import InputError
from annotator.core.review import gold
from annotator.core.text.importer import import_paths
from tests.conftest import content_sentences


@pytest.fixture
def tagged(article_project):
    first, second = content_sentences(article_project)[:2]
    text = article_project.sentence_text(first)
    start = text.index("la direction du port")
    for who, stance in (("ana", "neutral"), ("ben", "against")):
        ops.add_source(article_project, segment_id=first.id, annotator=who, start=start,
                       end=start + len("la direction du port"), type="company")
        ops.set_label(article_project, segment_id=first.id, annotator=who,
                      dimension="stance", value=stance)
    ops.set_label(article_project, segment_id=second.id, annotator="ana",
                  dimension="verifiability", value="unverifiable")
    gold.adopt(article_project, segment_id=first.id, from_annotator="ana", decided_by="chris",
               reason="said is neutral")
    return article_project


def docbin(project, path, **filters):
    write_export(project, path, format="spacy", filters=ExportFilter(**filters))
    return list(DocBin().from_disk(path).get_docs(spacy.blank("fr").vocab))


def test_docbin_has_one_doc_per_record_with_spans_and_cats(tagged, tmp_path):
    docs = docbin(tagged, tmp_path / "train.spacy")
    assert len(docs) == 3
    ana = docs[0]
    assert ana.user_data["annotator"] == "ana"
    assert [(s.text, s.label_) for s in ana.spans["sources"]] == [
        ("la direction du port", "company")]
    assert ana.cats["stance:neutral"] == 1.0 and ana.cats["stance:against"] == 0.0
    assert not any(key.startswith("verifiability:") for key in ana.cats)  # unset: missing


def test_docbin_of_the_gold_layer(tagged, tmp_path):
    [doc] = docbin(tagged, tmp_path / "gold.spacy", gold=True)
    assert doc.user_data["annotator"] == "gold" and doc.cats["stance:neutral"] == 1.0


def test_exports_are_deterministic(tagged, tmp_path):
    for name, format in (("a.spacy", "spacy"), ("a.jsonl", "prodigy")):
        write_export(tagged, tmp_path / name, format=format)
        first = (tmp_path / name).read_bytes()
        write_export(tagged, tmp_path / name, format=format)
        assert (tmp_path / name).read_bytes() == first


def test_prodigy_tasks(tagged, tmp_path):
    path = tmp_path / "tasks.jsonl"
    write_export(tagged, path, format="prodigy")
    tasks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ana, ben = tasks[0], tasks[1]
    span = ana["spans"][0]
    assert ana["text"][span["start"]:span["end"]] == "la direction du port"
    assert span["label"] == "company" and ana["answer"] == "accept"
    assert ana["accept"] == ["stance:neutral"] and ana["_annotator_id"] == "ana"
    assert {"id": "stance:neutral", "text": "stance: neutral"} in ana["options"]
    # Prodigy's default task keys (spans, label, options, arcs): the same question to two
    # coders with the same spans; their choices differ in "accept" (the answer)
    assert ana["_input_hash"] == ben["_input_hash"] and ana["_task_hash"] == ben["_task_hash"]
    assert ana["accept"] != ben["accept"]
    assert all(-2**31 <= t[k] < 2**31 for t in tasks for k in ("_input_hash", "_task_hash"))


def test_gold_jsonl_lines_carry_provenance(tagged, tmp_path):
    path = tmp_path / "gold.jsonl"
    write_export(tagged, path, filters=ExportFilter(gold=True), card=False)
    [line] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert line["annotator"] == "gold" and line["stance"] == "neutral"
    assert line["provenance"]["stance"]["proposed_by"] == "ana"
    assert line["provenance"]["sources"]["reason"] == "said is neutral"
    assert line["decided_by"] == "chris"


def test_gold_takes_no_annotator_filter(tagged, tmp_path):
    with pytest.raises(InputError):
        write_export(tagged, tmp_path / "x.jsonl", filters=ExportFilter(gold=True,
                                                                        annotator="ana"))


def test_card_beside_a_dataset(tagged, tmp_path):
    write_export(tagged, tmp_path / "train.spacy", format="spacy")
    card = (tmp_path / "train.spacy.card.md").read_text(encoding="utf-8")
    assert "| ana | 2 |" in card and "| stance | neutral | 1 |" in card
    assert "| sources | company | 2 |" in card and "alpha" in card
    assert "the dockers' strike" in card


def test_no_card_for_a_plain_jsonl_export(tagged, tmp_path):
    write_export(tagged, tmp_path / "tags.jsonl")
    assert not (tmp_path / "tags.jsonl.card.md").exists()


def test_cli_export_prodigy(tagged, tmp_path):
    out = tmp_path / "p.jsonl"
    result = CliRunner().invoke(main, ["export", str(tagged.path), "--format", "prodigy",
                                       "-o", str(out), "--annotator", "ben"])
    assert result.exit_code == 0 and result.output.startswith("1 records")
    assert (tmp_path / "p.jsonl.card.md").exists()


def murmur3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 x86 32-bit, written from Appleby's reference, as a signed int."""
    c1, c2, mask = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h = seed
    rounded = len(data) - len(data) % 4
    for i in range(0, rounded, 4):
        k = int.from_bytes(data[i:i + 4], "little")
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        h ^= (k * c2) & mask
        h = ((h << 13) | (h >> 19)) & mask
        h = (h * 5 + 0xE6546B64) & mask
    k = int.from_bytes(data[rounded:], "little")
    if k or len(data) % 4:
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        h ^= (k * c2) & mask
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h - 2**32 if h >= 2**31 else h


def test_murmur3_reference_vectors():
    # published test vectors of MurmurHash3_x86_32
    assert murmur3_32(b"") == 0 and murmur3_32(b"", 1) == 0x514E28B7
    assert murmur3_32(b"hello") & 0xFFFFFFFF == 0x248BFA47
    assert murmur3_32(b"The quick brown fox jumps over the lazy dog") & 0xFFFFFFFF == 0x2E4FF723


def test_prodigy_hashes_match_an_independent_murmurhash(fresh_project, tmp_path):
    text = ("Selon le porte-parole du Kremlin, « ça suffit » : Пхеньян et 北京 répondront "
            "d'ici l'été 😀.")
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    import_paths(fresh_project, [path], lang="fr")
    sentence = fresh_project.sentences(1)[0]
    start = fresh_project.sentence_text(sentence).index("le porte-parole du Kremlin")
    ops.add_source(fresh_project, segment_id=sentence.id, annotator="ana", start=start,
                   end=start + len("le porte-parole du Kremlin"), type="government")
    out = tmp_path / "tasks.jsonl"
    write_export(fresh_project, out, format="prodigy", card=False)
    [task] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert task["text"] == fresh_project.sentence_text(sentence)
    input_json = json.dumps({"text": task["text"]}, sort_keys=True, ensure_ascii=False)
    assert task["_input_hash"] == murmur3_32(input_json.encode("utf-8"))
    keys = {k: task[k] for k in ("spans", "label", "options", "arcs") if k in task}
    task_string = str(task["_input_hash"]) + json.dumps(keys, sort_keys=True,
                                                        ensure_ascii=False)
    assert task["_task_hash"] == murmur3_32(task_string.encode("utf-8"))


def test_prodigy_leaves_untagged_and_note_only_sentences_out(article_project, tmp_path):
    first, second = content_sentences(article_project)[:2]
    ops.set_label(article_project, segment_id=first.id, annotator="ana",
                  dimension="stance", value="neutral")
    ops.set_note(article_project, segment_id=second.id, annotator="ana", note="à revoir",
                 flag=True)
    out = tmp_path / "tasks.jsonl"
    count = write_export(article_project, out, format="prodigy",
                         filters=ExportFilter(all_sentences=True), card=False)
    tasks = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert count == len(tasks) == 1 and tasks[0]["accept"] == ["stance:neutral"]
