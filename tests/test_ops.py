import pytest

from annotator.core import ops
from annotator.core.errors import InputError
from annotator.core.project import Project
from tests.conftest import content_sentences


@pytest.fixture
def sentence(article_project):
    return content_sentences(article_project)[0]


def reopen(project: Project) -> Project:
    project.close()
    return Project.open(project.path)


def test_label_is_committed_at_once(article_project, sentence):
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="neutral")
    project = reopen(article_project)
    assert project.tags(sentence.id, "ana").stance == "neutral"
    project.close()


def test_label_replaced_then_cleared(article_project, sentence):
    for value in ("verifiable", "opinion", None):
        ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                      dimension="verifiability", value=value)
    assert article_project.tags(sentence.id, "ana").verifiability is None


def test_labels_are_per_annotator(article_project, sentence):
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="favour")
    ops.set_label(article_project, segment_id=sentence.id, annotator="ben",
                  dimension="stance", value="against")
    assert article_project.tags(sentence.id, "ana").stance == "favour"
    assert article_project.tags(sentence.id, "ben").stance == "against"


def test_unknown_value_is_refused(article_project, sentence):
    with pytest.raises(InputError, match="not a stance value"):
        ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                      dimension="stance", value="pro")


def test_source_span_offsets_map_to_document(article_project, sentence):
    text = article_project.sentence_text(sentence)
    start = text.index("la direction du port")
    changes = ops.add_source(article_project, segment_id=sentence.id, annotator="ana",
                             start=start, end=start + len("la direction du port"),
                             type="company")
    tag = article_project.tag(changes.detail["tag_id"])
    document = article_project.document(sentence.doc_id)
    assert document.text[tag.start:tag.end] == "la direction du port"
    assert (tag.value, tag.quote) == ("company", "indirect")


def test_source_outside_sentence_is_refused(article_project, sentence):
    with pytest.raises(InputError, match="outside the sentence"):
        ops.add_source(article_project, segment_id=sentence.id, annotator="ana",
                       start=0, end=10_000)


def test_source_edit_and_remove(article_project, sentence):
    tag_id = ops.add_source(article_project, segment_id=sentence.id, annotator="ana",
                            start=0, end=3).detail["tag_id"]
    ops.edit_source(article_project, tag_id=tag_id, type="citizen", quote="direct", via="AFP")
    tag = article_project.tag(tag_id)
    assert (tag.value, tag.quote, tag.via) == ("citizen", "direct", "AFP")
    ops.remove_source(article_project, tag_id=tag_id)
    assert article_project.tags(sentence.id, "ana").sources == []


def test_note_and_flag(article_project, sentence):
    ops.set_note(article_project, segment_id=sentence.id, annotator="ana", note="check date")
    ops.set_note(article_project, segment_id=sentence.id, annotator="ana", flag=True)
    tags = article_project.tags(sentence.id, "ana")
    assert (tags.note, tags.flag) == ("check date", True)


def test_undo_and_redo_restore_exact_state(article_project, sentence):
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="favour")
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="against")
    assert ops.undo(article_project, annotator="ana").step == "Undo stance against"
    assert article_project.tags(sentence.id, "ana").stance == "favour"
    ops.undo(article_project, annotator="ana")
    assert article_project.tags(sentence.id, "ana").stance is None
    ops.redo(article_project, annotator="ana")
    ops.redo(article_project, annotator="ana")
    assert article_project.tags(sentence.id, "ana").stance == "against"
    assert ops.redo(article_project, annotator="ana") is None


def test_new_step_after_undo_drops_redo(article_project, sentence):
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="favour")
    ops.undo(article_project, annotator="ana")
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="verifiability", value="opinion")
    assert article_project.can_redo("ana") is None


def test_undo_of_source_removal_brings_it_back(article_project, sentence):
    tag_id = ops.add_source(article_project, segment_id=sentence.id, annotator="ana",
                            start=0, end=3).detail["tag_id"]
    ops.remove_source(article_project, tag_id=tag_id)
    ops.undo(article_project)
    assert article_project.tag(tag_id).start == sentence.start


def test_undo_is_per_annotator(article_project, sentence):
    ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                  dimension="stance", value="favour")
    ops.set_label(article_project, segment_id=sentence.id, annotator="ben",
                  dimension="stance", value="against")
    ops.undo(article_project, annotator="ana")
    assert article_project.tags(sentence.id, "ben").stance == "against"
    assert article_project.tags(sentence.id, "ana").stance is None


def test_boilerplate_toggle_and_undo(article_project, sentence):
    changes = ops.set_boilerplate(article_project, segment_id=sentence.id, boilerplate=True)
    assert sentence.id in changes.segments
    assert article_project.sentence(sentence.id).kind == "boilerplate"
    ops.set_boilerplate(article_project, segment_id=sentence.id, boilerplate=False)
    assert article_project.sentence(sentence.id).kind == "sentence"
    ops.undo(article_project)
    assert article_project.sentence(sentence.id).kind == "boilerplate"


def test_changes_name_the_touched_sentence(article_project, sentence):
    changes = ops.set_label(article_project, segment_id=sentence.id, annotator="ana",
                            dimension="stance", value="favour")
    assert changes.touches("tags")
    assert changes.segments == {sentence.id}
    assert changes.documents == {sentence.doc_id}
