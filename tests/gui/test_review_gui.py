"""Review & adjudicate: annotators side by side, disagreements first, one key to gold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from review_helpers import code_two_annotators, open_review, wait_idle

from annotator.core import ops
from annotator.core.project import Project
from annotator.core.review.rows import gold_layer
from annotator.gui.review.review_model import ReviewModel


@pytest.fixture
def ids(gui_project):
    return code_two_annotators(gui_project)


@pytest.fixture
def review(qtbot, gui_project, ids):
    return open_review(qtbot, gui_project)


def fresh_gold(project: Project, segment_id: int):
    """The gold layer as it is on disk, through a connection of its own."""
    with Project.open(project.path) as fresh:
        return gold_layer(fresh, segment_id)


def test_review_model_passes_the_model_tester(qtmodeltester, review):
    assert review.model.rowCount() == 4
    qtmodeltester.check(review.model)


def test_an_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(ReviewModel())


def test_disagreements_come_first(review, ids):
    statuses = [review.model.row_at(n).status for n in range(review.model.rowCount())]
    assert statuses == ["disagree", "disagree", "agree", "single"]
    assert review.model.row_at(0).segment_id == ids[1]  # reading order among equals


def test_each_annotator_has_a_column_and_disagreements_stand_out(review):
    model = review.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers == ["Sentence", "A \u00b7 ana", "B \u00b7 ben", "Gold", "Status"]
    assert model.index(0, 1).data().startswith("favour")
    assert model.index(0, 2).data().startswith("against")
    from annotator.gui.review.cell_delegate import PARTS_ROLE

    assert model.index(0, 1).data(PARTS_ROLE)[0] == ("favour", True)  # stance differs
    assert model.index(0, 1).data(PARTS_ROLE)[1] == ("opinion", False)


def test_default_annotators_are_the_two_with_most_tags(qtbot, gui_project, ids):
    ops.set_label(gui_project, segment_id=ids[0], annotator="zoe", dimension="stance",
                  value="neutral")
    window = open_review(qtbot, gui_project)
    assert window.annotators == ["ana", "ben"]
    assert window.filters.annotator_menu.actions()[-1].text() == "zoe"


def test_a_adopts_the_first_annotators_tags_into_gold(qtbot, review, gui_project, ids):
    review.select_row(0)
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    layer = fresh_gold(gui_project, ids[1])
    assert (layer.stance, layer.verifiability) == ("favour", "opinion")
    assert layer.decisions["stance"].proposed_by == "ana"
    assert layer.decisions["stance"].decided_by == "chris"
    assert review.current_row().segment_id == ids[2]  # on to the next sentence
    assert review.model.row_at(0).gold is not None  # the list shows it at once


def test_b_adopts_the_second_with_the_reason_typed(qtbot, review, gui_project, ids):
    review.select_row(0)
    review.panel.reason.setText("stance of the quoted union")
    qtbot.keyClick(review.table, Qt.Key.Key_B)
    decision = fresh_gold(gui_project, ids[1]).decisions["stance"]
    assert (decision.proposed_by, decision.reason) == ("ben", "stance of the quoted union")


def test_gold_combo_sets_the_reviewers_own_value(review, gui_project, ids):
    review.select_row(0)
    combo = review.panel.combos["stance"]
    combo.setCurrentIndex(combo.findData("neutral"))
    combo.activated.emit(combo.currentIndex())
    decision = fresh_gold(gui_project, ids[1])
    assert decision.stance == "neutral" and decision.decisions["stance"].proposed_by == "chris"


def test_clicking_a_cell_adopts_that_dimension_only(qtbot, review, gui_project, ids):
    review.select_row(1)  # the verifiability disagreement
    qtbot.mouseClick(review.panel.cells[("ben", "verifiability")], Qt.MouseButton.LeftButton)
    layer = fresh_gold(gui_project, ids[2])
    assert layer.verifiability == "unverifiable" and set(layer.decisions) == {"verifiability"}


def test_undo_takes_an_adoption_back(qtbot, review, gui_project, ids):
    review.select_row(0)
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fresh_gold(gui_project, ids[1]) is None
    assert review.current_row().segment_id == ids[1]  # back where the undone step was
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert fresh_gold(gui_project, ids[1]).stance == "favour"


def test_g_accepts_every_agreed_sentence_after_confirming(qtbot, review, gui_project, ids):
    asked = []
    review.confirm = lambda text: asked.append(text) or True
    qtbot.keyClick(review.table, Qt.Key.Key_G)
    wait_idle(qtbot, review)
    assert "3 sentence(s)" in asked[0]  # agreed on something and not decided yet
    assert fresh_gold(gui_project, ids[0]).stance == "neutral"
    assert fresh_gold(gui_project, ids[1]).verifiability == "opinion"  # agreed dimension
    assert not fresh_gold(gui_project, ids[1]).decided("stance")
    assert fresh_gold(gui_project, ids[3]) is None  # ana alone: nothing agreed
    qtbot.waitUntil(lambda: review.model.row_at(2).gold is not None)


def test_g_declined_changes_nothing(qtbot, review, gui_project, ids):
    review.confirm = lambda _text: False
    qtbot.keyClick(review.table, Qt.Key.Key_G)
    assert fresh_gold(gui_project, ids[0]) is None


def test_j_and_k_move_through_the_list(qtbot, review):
    review.select_row(0)
    qtbot.keyClick(review.table, Qt.Key.Key_J)
    qtbot.keyClick(review.table, Qt.Key.Key_J)
    qtbot.keyClick(review.table, Qt.Key.Key_K)
    assert review.table.currentIndex().row() == 1
    assert review.panel.row.segment_id == review.model.row_at(1).segment_id
    assert review.panel.where.text().endswith("sentence 3")  # as the tagging window counts


def test_status_and_document_filters(review):
    review.filters.status.setCurrentIndex(2)  # agreements
    assert [review.model.row_at(n).status for n in range(review.model.rowCount())] == [
        "agree"]
    review.filters.status.setCurrentIndex(0)
    review.filters.open_only.setChecked(True)
    assert review.model.rowCount() == 4


def test_tags_made_in_the_tagging_window_show_at_once(review, ids):
    review.session.run(ops.set_label, segment_id=ids[3], annotator="ben",
                       dimension="stance", value="against")
    row = review.model.row_at(review.model.view_row_of(ids[3]))
    assert row.layers["ben"].stance == "against"


def test_click_through_lists_the_sentences_that_disagree(review, ids):
    review.show_agreement()
    review.agreement.showDisagreements.emit("stance", None)
    assert review.tabs.currentIndex() == 0
    rows = [review.model.row_at(n) for n in range(review.model.rowCount())]
    assert [r.segment_id for r in rows] == [ids[1]]
    assert review.filters.chip.isVisibleTo(review)
    review.filters.chip.click()
    assert review.model.rowCount() == 2  # every disagreement again


def test_source_combo_takes_every_annotators_sources(qtbot, gui_project, ids):
    for who, (start, end) in (("ana", (0, 8)), ("ben", (10, 20))):
        ops.add_source(gui_project, segment_id=ids[1], annotator=who, start=start, end=end,
                       type="media")
    review = open_review(qtbot, gui_project)
    review.select_row(0)  # the stance disagreement, ids[1]
    combo = review.panel.combos["source"]
    combo.setCurrentIndex(combo.findData("union"))
    combo.activated.emit(combo.currentIndex())
    layer = fresh_gold(gui_project, ids[1])
    assert len(layer.sources) == 2 and layer.decisions["source"].proposed_by == "ana+ben"
