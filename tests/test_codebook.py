"""The codebook in the core: rename, merge, retire, keys, import and export, each change one
undoable step on a real project file."""

from __future__ import annotations

import json

import pytest

from annotator.core import codebook, ops
from annotator.core.errors import InputError
from annotator.core.project import Project
from annotator.core.review.gold import set_gold_label
from annotator.gui.keymap import window_keys
from tests.conftest import content_sentences


@pytest.fixture
def tagged(article_project: Project) -> Project:
    first, second, third = content_sentences(article_project)[:3]
    for segment, who, value in ((first, "ana", "opinion"), (second, "ana", "verifiable"),
                                (first, "ben", "opinion"), (third, "ben", "prediction")):
        ops.set_label(article_project, segment_id=segment.id, annotator=who,
                      dimension="verifiability", value=value)
    set_gold_label(article_project, segment_id=first.id, dimension="verifiability",
                   value="opinion", decided_by="chris")
    return article_project


def values_on_disk(project: Project, dimension: str = "verifiability") -> list[str]:
    with Project.open(project.path) as fresh:
        return sorted(t.value for d in fresh.documents()
                      for t in fresh.document_tags(d.id) if t.dimension == dimension)


def test_rename_follows_tags_and_gold_and_one_undo_takes_it_back(tagged):
    changes = codebook.rename_value(tagged, dimension="verifiability", value="opinion",
                                    new="judgement", annotator="ana")
    assert changes.detail["tags"] == 2
    assert values_on_disk(tagged) == ["judgement", "judgement", "prediction", "verifiable"]
    with Project.open(tagged.path) as fresh:
        assert "judgement" in fresh.schema.values("verifiability")
        assert "opinion" not in fresh.schema.values("verifiability")
        assert fresh.schema.canonical("verifiability", "opinion") == "judgement"
        assert codebook.counts(fresh)["gold"][("verifiability", "judgement")] == 1
    assert ops.undo(tagged, annotator="ana").step == "Undo codebook: rename opinion to judgement"
    assert values_on_disk(tagged) == ["opinion", "opinion", "prediction", "verifiable"]
    assert "opinion" in tagged.schema.values("verifiability")
    ops.redo(tagged, annotator="ana")
    assert tagged.schema.entry("verifiability", "judgement")["was"] == ["opinion"]


def test_rename_onto_an_existing_value_is_refused(tagged):
    with pytest.raises(InputError, match="already a verifiability value: merge"):
        codebook.rename_value(tagged, dimension="verifiability", value="opinion",
                              new="verifiable")
    assert values_on_disk(tagged).count("opinion") == 2


def test_merge_moves_tags_and_removes_the_values_in_one_step(tagged):
    codebook.merge_values(tagged, dimension="verifiability", values=["opinion", "prediction"],
                          into="unverifiable", annotator="ana")
    assert values_on_disk(tagged) == ["unverifiable"] * 3 + ["verifiable"]
    assert tagged.schema.values("verifiability") == ["verifiable", "unverifiable",
                                                     "not_a_claim"]
    ops.undo(tagged, annotator="ana")
    assert values_on_disk(tagged) == ["opinion", "opinion", "prediction", "verifiable"]
    assert len(tagged.schema.values("verifiability")) == 5


def test_retired_value_stays_on_old_tags_and_is_refused_for_new_ones(tagged):
    codebook.retire_value(tagged, dimension="verifiability", value="prediction")
    assert values_on_disk(tagged).count("prediction") == 1
    assert "prediction" not in [e["value"] for e in tagged.schema.active_entries(
        "verifiability")]
    segment = content_sentences(tagged)[0]
    with pytest.raises(InputError, match="'prediction' is retired"):
        ops.set_label(tagged, segment_id=segment.id, annotator="ana",
                      dimension="verifiability", value="prediction")
    with pytest.raises(InputError, match="used by 1 tag"):
        codebook.remove_value(tagged, dimension="verifiability", value="prediction")


def test_source_types_rename_like_values(tagged):
    segment = content_sentences(tagged)[0]
    ops.add_source(tagged, segment_id=segment.id, annotator="ana", start=0, end=3,
                   type="government")
    codebook.rename_value(tagged, dimension="source", value="government", new="official")
    assert values_on_disk(tagged, "source") == ["official"]
    assert "official" in tagged.schema.source_types


@pytest.mark.parametrize("fields,message", [
    ({"key": "J"}, "key J of verifiability .* taken by the command .Next sentence"),
    ({"key": "u"}, "key U of verifiability .Opinion. is already taken by verifiability .Unverifiable."),
    ({"key": "ab"}, "must be one letter"),
    ({"color": "red"}, "not #rrggbb"),
])
def test_bad_edits_are_refused_and_write_nothing(tagged, fields, message):
    before = tagged.can_undo()
    with pytest.raises(InputError, match=message):
        codebook.edit_value(tagged, dimension="verifiability", value="opinion",
                            commands=window_keys(), **fields)
    assert tagged.can_undo() == before
    assert tagged.schema.entry("verifiability", "opinion")["key"] == "O"


def test_edit_a_definition_is_one_step(tagged):
    codebook.edit_value(tagged, dimension="stance", value="neutral", annotator="ana",
                        definition="Reports without taking a side.",
                        examples=["Le ministre a déclaré."], key="0")
    with Project.open(tagged.path) as fresh:
        entry = fresh.schema.entry("stance", "neutral")
    assert (entry["definition"], entry["examples"], entry["key"]) == (
        "Reports without taking a side.", ["Le ministre a déclaré."], "0")
    ops.undo(tagged, annotator="ana")
    assert tagged.schema.entry("stance", "neutral")["key"] == "3"


def test_exports_give_every_value_with_definitions_and_counts(tagged, tmp_path):
    codebook.export_codebook(tagged, tmp_path / "cb.md")
    codebook.export_codebook(tagged, tmp_path / "cb.html")
    markdown = (tmp_path / "cb.md").read_text(encoding="utf-8")
    page = (tmp_path / "cb.html").read_text(encoding="utf-8")
    assert "| O | `opinion` | Opinion | 2 | 1 |" in markdown
    assert "A value judgement or an evaluation." in markdown
    assert "C'est une excellente nouvelle" in markdown
    assert "Stance is judged toward: **the dockers' strike**" in markdown
    assert "<td class=n>2</td><td class=n>1</td>" in page
    assert "C&#x27;est une excellente nouvelle" in page
    for value in tagged.schema.values("verifiability") + tagged.schema.source_types:
        assert f"`{value}`" in markdown and f"<code>{value}</code>" in page


def test_export_never_replaces_the_project(tagged):
    with pytest.raises(InputError, match="refusing|SQLite"):
        codebook.export_codebook(tagged, tagged.path.with_suffix(".html").with_name(
            tagged.path.name), "html")


def test_json_round_trip_and_all_or_nothing_import(tagged, tmp_path):
    out = tmp_path / "cb.json"
    codebook.export_codebook(tagged, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["target"] == "the dockers' strike"
    data["dimensions"]["verifiability"]["values"] = [
        v for v in data["dimensions"]["verifiability"]["values"] if v["value"] != "opinion"]
    out.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="'opinion' .* used by 2 tag"):
        codebook.import_codebook(tagged, out)
    assert "opinion" in tagged.schema.values("verifiability")
    data["dimensions"]["verifiability"]["values"].append({"value": "opinion", "retired": True})
    data["target"] = "the port reform"
    out.write_text(json.dumps(data), encoding="utf-8")
    codebook.import_codebook(tagged, out)
    assert tagged.target == "the port reform"
    assert tagged.schema.entry("verifiability", "opinion") == {"value": "opinion",
                                                                "retired": True}
    ops.undo(tagged)
    assert tagged.target == "the dockers' strike"


def test_new_project_from_an_exported_codebook(tagged, tmp_path):
    codebook.rename_value(tagged, dimension="stance", value="against", new="critical")
    codebook.export_codebook(tagged, tmp_path / "cb.json")
    with Project.create(tmp_path / "next.sqlite", schema=tmp_path / "cb.json") as fresh:
        assert fresh.schema.values("stance") == ["favour", "critical", "neutral", "unclear"]


@pytest.mark.slow
def test_suggestions_take_the_new_name(article_project):
    from annotator.core.suggestions import document_suggestions, suggest_documents

    codebook.rename_value(article_project, dimension="verifiability", value="verifiable",
                          new="checkable")
    codebook.retire_value(article_project, dimension="verifiability", value="not_a_claim")
    suggest_documents(article_project)
    found = {s.value for s in document_suggestions(article_project, 1)
             if s.dimension == "verifiability"}
    assert "checkable" in found and not found & {"verifiable", "not_a_claim"}


def test_a_colleagues_file_under_the_old_names_merges_into_the_new_ones(article_project,
                                                                        tmp_path,
                                                                        article_file):
    from annotator.core.review.merge import merge_project
    from annotator.core.text.importer import import_paths

    with Project.create(tmp_path / "ben.sqlite") as theirs:
        import_paths(theirs, [article_file], lang="fr")
        first = content_sentences(theirs)[0]
        ops.set_label(theirs, segment_id=first.id, annotator="ben", dimension="stance",
                      value="against")
        ops.add_source(theirs, segment_id=first.id, annotator="ben", start=0, end=3,
                       type="citizen")
    codebook.rename_value(article_project, dimension="stance", value="against",
                          new="critical")
    codebook.merge_values(article_project, dimension="source", values=["citizen"],
                          into="other")
    report = merge_project(article_project, tmp_path / "ben.sqlite")
    assert report.unknown_values == 0
    tags = article_project.tags(content_sentences(article_project)[0].id, "ben")
    assert tags.stance == "critical" and [s.value for s in tags.sources] == ["other"]


def test_dimension_label_definition_and_target_in_one_step(tagged):
    codebook.edit_dimension(tagged, dimension="stance", label="Framing",
                            definition="How the writer frames the target.",
                            target="  the port   reform ", annotator="ana")
    with Project.open(tagged.path) as fresh:
        assert fresh.schema.dimension_label("stance") == "Framing"
        assert fresh.target == "the port reform"
    ops.undo(tagged, annotator="ana")
    assert (tagged.schema.dimension_label("stance"), tagged.target) == (
        "Stance", "the dockers' strike")
    with pytest.raises(InputError, match="only stance has a target"):
        codebook.edit_dimension(tagged, dimension="source", target="x")
