"""Annotator names: "gold" is the adjudicated layer's, and names hold no control characters."""

import pytest
from reliability_helpers import build_project, cli, tags_on_disk

from annotator.core import ops
from annotator.core.errors import InputError
from annotator.core.project import Project
from annotator.core.review import gold

REFUSED = {"gold": "reserved", "Gold": "reserved", " gold ": "reserved",
           "ana\tben": "control characters", "ana\nben": "control characters",
           "ana\rben": "control characters", "ana\x07": "control characters",
           "ana\u2028ben": "control characters", "ana\u200bben": "control characters"}


@pytest.fixture
def project(tmp_path):
    with Project.open(build_project(tmp_path / "p.sqlite", sentences=3)) as opened:
        yield opened


@pytest.mark.parametrize("name", REFUSED)
def test_refused_names_are_refused_for_every_change(project, name):
    sentence = project.sentences(1)[0]
    with pytest.raises(InputError, match=REFUSED[name]):
        ops.set_label(project, segment_id=sentence.id, annotator=name, dimension="stance",
                      value="neutral")
    with pytest.raises(InputError, match=REFUSED[name]):
        ops.set_note(project, segment_id=sentence.id, annotator=name, note="x")
    with pytest.raises(InputError, match=REFUSED[name]):
        gold.set_gold_label(project, segment_id=sentence.id, dimension="stance",
                            value="neutral", decided_by=name)
    assert project.annotators() == []


def test_names_with_accents_and_spaces_are_fine(project):
    sentence = project.sentences(1)[0]
    ops.set_label(project, segment_id=sentence.id, annotator="Anaïs Dubois",
                  dimension="stance", value="neutral")
    ops.set_label(project, segment_id=sentence.id, annotator="goldberg",
                  dimension="stance", value="neutral")
    assert sorted(project.annotators()) == ["Anaïs Dubois", "goldberg"]


def test_the_cli_refuses_gold_as_an_annotator_in_one_line(tmp_path):
    path = build_project(tmp_path / "p.sqlite", sentences=3)
    result = cli("tag", path, 1, 0, "--annotator", "gold", "--stance", "neutral")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        'Error: "gold" is reserved for the adjudicated layer; choose another annotator name']
    assert tags_on_disk(path) == set()
