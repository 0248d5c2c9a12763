"""Project > Codebook: editing in the dialog, clashes refused, and the panel and keys that
follow a rename, a retirement and their undo."""

from __future__ import annotations

import pytest
from gui_helpers import reopened_tags
from PySide6.QtCore import Qt

from annotator.gui.codebook import open_codebook


@pytest.fixture
def dialog(qtbot, window):
    opened = open_codebook(window, window.session)
    qtbot.addWidget(opened)
    return opened


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key on the article, with the main window active (the dialog stays open)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.article, key, modifier)


def select(dialog, dimension, value=None):
    for row in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(row)
        for item in [top] + [top.child(n) for n in range(top.childCount())]:
            if item.data(0, Qt.ItemDataRole.UserRole) == (dimension, value):
                dialog.tree.setCurrentItem(item)
                return item
    raise AssertionError(f"no {dimension} {value} in the tree")


def test_project_menu_opens_the_codebook(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    [action] = menu.actions()
    action.trigger()
    assert window.findChild(type(open_codebook(window, window.session)), "codebookDialog")


def test_edit_a_definition_and_hover_shows_it(qtbot, dialog, window, gui_project):
    select(dialog, "verifiability", "opinion")
    form = dialog.value_form
    form.definition.setPlainText("Judges, praises or blames.")
    assert form.save.isEnabled()
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert gui_project.schema.entry("verifiability", "opinion")["definition"] == (
        "Judges, praises or blames.")
    assert "Judges, praises or blames." in window.panel.verifiability.buttons[
        "opinion"].toolTip()
    assert dialog.status.text().startswith("Saved: codebook: opinion (definition)")


def test_a_key_clash_is_refused_in_the_dialog(dialog, gui_project):
    select(dialog, "stance", "neutral")
    dialog.value_form.key.setText("j")
    dialog.value_form.key.textEdited.emit("j")
    assert not dialog.save_value()
    assert "already taken by the command \u201cNext sentence\u201d" in dialog.status.text()
    assert gui_project.schema.entry("stance", "neutral")["key"] == "3"
    select(dialog, "stance", "favour")  # the edit under way keeps the selection to fix it
    assert dialog.current() == ("stance", "neutral")


def test_rename_is_followed_by_the_panel_and_the_keys(qtbot, dialog, window, gui_project):
    press(qtbot, window, Qt.Key.Key_O)
    segment = window.session.current.id
    select(dialog, "verifiability", "opinion")
    dialog.rename_selected("judgement")
    assert reopened_tags(gui_project, segment).verifiability == "judgement"
    assert dialog.current() == ("verifiability", "judgement")
    assert window.panel.verifiability.buttons["judgement"].isChecked()
    assert "opinion" not in window.panel.verifiability.buttons
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_O)  # the key now sets the renamed value
    assert reopened_tags(gui_project, window.session.current.id).verifiability == "judgement"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopened_tags(gui_project, segment).verifiability == "opinion"
    assert "opinion" in window.panel.verifiability.buttons
    assert select(dialog, "verifiability", "opinion")


def test_retire_hides_the_button_and_the_key(qtbot, dialog, window, gui_project):
    press(qtbot, window, Qt.Key.Key_P)
    select(dialog, "verifiability", "prediction")
    dialog.toggle_retired()
    assert "prediction" not in window.panel.verifiability.buttons
    retired = window.panel.verifiability.retired  # the sentence's old tag is still said
    assert not retired.isHidden() and "Prediction" in retired.text()
    assert "value:verifiability:prediction" not in window.actions
    assert dialog.buttons["retire"].text() == "Bring back"
    assert reopened_tags(gui_project, window.session.current.id).verifiability == "prediction"


def test_merge_and_add_from_the_dialog(dialog, window, gui_project):
    select(dialog, "source", "citizen")
    dialog.add_value("witness")
    assert gui_project.schema.entry("source", "witness") is not None
    select(dialog, "source", "witness")
    dialog.merge_selected("citizen")
    assert gui_project.schema.entry("source", "witness") is None
    assert gui_project.schema.entry("source", "citizen")["was"] == ["witness"]
    assert [window.panel.new_type.itemText(n) for n in range(
        window.panel.new_type.count())] == gui_project.schema.source_types


def test_export_and_import_from_the_dialog(dialog, gui_project, tmp_path):
    assert dialog.export_to(tmp_path / "cb.md")
    assert "# Codebook" in (tmp_path / "cb.md").read_text(encoding="utf-8")
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    assert dialog.import_from(tmp_path / "bad.json") is None
    assert "bad.json: a codebook needs a 'dimensions' object" in dialog.status.text()


def test_a_dimension_label_titles_the_panel_and_the_tree(dialog, window):
    from PySide6.QtWidgets import QGroupBox

    select(dialog, "verifiability")
    dialog.dimension_form.label.setText("Claim type")
    dialog.dimension_form.label.textEdited.emit("Claim type")
    assert dialog.save_dimension()
    assert "Claim type" in [box.title() for box in window.panel.findChildren(QGroupBox)]
    assert dialog.tree.topLevelItem(1).text(0) == "Claim type"


def test_a_new_colour_tints_the_article_at_once(qtbot, dialog, window):
    from PySide6.QtGui import QTextCursor

    press(qtbot, window, Qt.Key.Key_V)
    segment = window.session.current
    start, _end = window.article.layout_map.spans[segment.id]

    def tint():
        cursor = QTextCursor(window.article.document())
        cursor.setPosition(start + 1)
        return cursor.charFormat().background().color().name()

    before = tint()
    select(dialog, "verifiability", "verifiable")
    dialog.value_form.color.setText("#1565c0")
    dialog.value_form.color.textEdited.emit("#1565c0")
    assert dialog.save_value()
    assert tint() != before


def test_the_stance_target_is_edited_with_the_stance_dimension(dialog, window, gui_project):
    select(dialog, "stance")
    form = dialog.dimension_form
    assert form.target.text() == "the dockers' strike"
    form.target.setText("the port reform")
    form.target.textEdited.emit("the port reform")
    assert dialog.save_dimension()
    assert gui_project.target == "the port reform"
    hints = [label.text() for label in window.panel.findChildren(type(form.name))]
    assert any("the port reform" in text for text in hints)
    window.session.undo()
    assert gui_project.target == "the dockers' strike"
    assert form.target.text() == "the dockers' strike"


def test_an_edit_under_way_survives_tagging_in_the_window(qtbot, dialog, window):
    select(dialog, "verifiability", "opinion")
    dialog.value_form.definition.setPlainText("Half typed")
    press(qtbot, window, Qt.Key.Key_O)  # the tree's counts change meanwhile
    assert dialog.value_form.definition.toPlainText() == "Half typed"
    assert dialog.tree.currentItem().text(2) == "1"
