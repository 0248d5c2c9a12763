"""Merging a colleague's project file."""

from __future__ import annotations

import pytest

from annotator.core import ops
from annotator.core.errors import Cancelled
from annotator.core.progress import Progress
from annotator.core.project import Project
from annotator.core.review.merge import merge_project
from annotator.core.text.importer import import_paths
from tests.conftest import content_sentences


@pytest.fixture
def other(tmp_path, article_file):
    project = Project.create(tmp_path / "other.sqlite")
    import_paths(project, [article_file], lang="fr")
    first, second = content_sentences(project)[:2]
    ops.set_label(project, segment_id=first.id, annotator="ben", dimension="stance",
                  value="neutral")
    ops.add_source(project, segment_id=first.id, annotator="ben", start=0, end=10,
                   type="citizen")
    ops.set_note(project, segment_id=second.id, annotator="ben", note="check", flag=True)
    yield project
    project.close()


def other_path(other):
    path = other.path
    other.close()
    return path


def test_adds_their_tags_notes_and_flags_under_their_name(article_project, other):
    report = merge_project(article_project, other_path(other))
    assert report.added["tags"] == 2 and report.added["notes"] == 1
    first, second = content_sentences(article_project)[:2]
    assert article_project.tags(first.id, "ben").stance == "neutral"
    assert article_project.tags(first.id, "ben").sources[0].value == "citizen"
    assert article_project.tags(second.id, "ben").note == "check"
    assert article_project.tags(second.id, "ben").flag is True


def test_merging_twice_adds_nothing(article_project, other):
    path = other_path(other)
    merge_project(article_project, path)
    again = merge_project(article_project, path)
    assert sum(again.added.values()) == 0 and again.conflicts == []
    assert again.changes.empty


def test_other_file_is_not_changed(article_project, other):
    path = other_path(other)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    merge_project(article_project, path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_conflict_keeps_ours_and_is_reported(article_project, other):
    first = content_sentences(article_project)[0]
    ops.set_label(article_project, segment_id=first.id, annotator="ben", dimension="stance",
                  value="against")
    report = merge_project(article_project, other_path(other))
    assert [(c.annotator, c.dimension, c.ours, c.theirs) for c in report.conflicts] == [
        ("ben", "stance", "against", "neutral")]
    assert article_project.tags(first.id, "ben").stance == "against"


def test_document_only_in_other_is_added_with_its_tags(fresh_project, other):
    report = merge_project(fresh_project, other_path(other))
    assert report.added["documents"] == 1 and report.added["segments"] > 0
    first = content_sentences(fresh_project)[0]
    assert fresh_project.tags(first.id, "ben").stance == "neutral"


def test_different_segmentation_is_reported_and_matching_sentences_merged(
        article_project, other):
    first, second = content_sentences(other)[:2]
    other.db["segments"].update(second.id, {"end": second.end - 1})
    report = merge_project(article_project, other_path(other))
    [mismatch] = report.mismatches
    assert (mismatch.doc_id, mismatch.unmatched, mismatch.skipped_tags) == (1, 1, 0)
    assert report.added["tags"] == 2 and report.added["notes"] == 0


def test_values_unknown_to_our_schema_are_skipped(article_project, other):
    first = content_sentences(other)[0]
    tag_id = other.tags(first.id, "ben").sources[0].id
    other.db["tags"].update(tag_id, {"value": "alien"})
    report = merge_project(article_project, other_path(other))
    assert report.unknown_values == 1 and report.added["tags"] == 1


def test_undo_takes_the_whole_merge_back(fresh_project, other):
    merge_project(fresh_project, other_path(other))
    ops.undo(fresh_project)
    assert fresh_project.stats()["tags"] == 0 and fresh_project.documents() == []


def test_cancel_writes_nothing(article_project, other):
    stop = Progress(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        merge_project(article_project, other_path(other), progress=stop)
    assert article_project.stats()["tags"] == 0
