"""The Qt-free pieces of the app: keyboard contract, navigation, article layout, settings."""

from annotator.core.schema import LabelSchema
from annotator.gui import keymap
from annotator.gui.article_layout import ArticleLayout
from annotator.gui.controller import navigation
from annotator.gui.settings import AppSettings


def test_default_keys_are_the_contract():
    keys = {b.command: b.keys for b in keymap.bindings(LabelSchema.load())}
    assert keys["next"] == ("J", "Down") and keys["previous"] == ("K", "Up")
    assert keys["next_untagged"] == ("N",) and keys["add_source"] == ("S",)
    assert keys["value:stance:favour"] == ("1",) and keys["value:stance:unclear"] == ("4",)
    assert [keys[f"value:verifiability:{v}"][0] for v in
            ("verifiable", "unverifiable", "opinion", "prediction", "not_a_claim")] == list("VUOPX")
    assert keys["undo"] == ("Ctrl+Z",) and keys["redo"] == ("Ctrl+Shift+Z",)
    assert keymap.conflicts(keymap.bindings(LabelSchema.load())) == {}


def test_schema_rebinds_values_and_commands():
    data = LabelSchema.load().data
    data["dimensions"]["stance"]["values"][0]["key"] = "a"
    data["keys"] = {"next": ["L", "Down"]}
    keys = {b.command: b.keys for b in keymap.bindings(LabelSchema.from_dict(data))}
    assert keys["value:stance:favour"] == ("A",) and keys["next"] == ("L", "Down")


def test_conflicting_rebinding_is_reported():
    data = LabelSchema.load().data
    data["dimensions"]["stance"]["values"][0]["key"] = "J"
    assert "j" in keymap.conflicts(keymap.bindings(LabelSchema.from_dict(data)))


def test_where_left_off_without_tags_is_first_content(gui_project):
    sentences = gui_project.sentences(1)
    assert navigation.where_left_off(sentences, set()) == sentences[1]


def test_where_left_off_when_all_tagged_is_last_tagged(gui_project):
    sentences = gui_project.sentences(1)
    tagged = {s.id for s in sentences if not s.boilerplate}
    assert navigation.where_left_off(sentences, tagged) == sentences[5]


def test_layout_maps_sentences_to_one_block_per_paragraph(gui_project):
    layout = ArticleLayout(gui_project.document(1).text, gui_project.sentences(1))
    assert len(layout.paragraphs) == 5
    second = gui_project.sentences(1)[3]
    start, end = layout.spans[second.id]
    assert layout.sentence_at(start) == second.id
    assert layout.text_offset(second.id, start) == second.start


def test_layout_counts_utf16_for_emoji():
    from annotator.core.models import Sentence

    text = "Bravo 👏 à tous. Suite ici."
    sentences = [Sentence(1, 1, 0, 0, 16, "sentence", 0), Sentence(2, 1, 1, 17, 26, "sentence", 0)]
    layout = ArticleLayout(text, sentences)
    assert layout.spans[2] == (18, 27)  # the emoji takes two UTF-16 units
    assert layout.text_offset(2, 18) == 17


def test_settings_remember_recent_projects(tmp_path):
    settings = AppSettings()
    for name in ("a", "b", "a"):
        settings.remember_project(tmp_path / f"{name}.sqlite")
    assert [p.name for p in AppSettings().recent_projects] == ["a.sqlite", "b.sqlite"]
    assert AppSettings().last_project.name == "a.sqlite"


def test_settings_that_do_not_remember_write_nothing(tmp_path):
    AppSettings(remember=False).remember_project(tmp_path / "x.sqlite")
    assert AppSettings().last_project is None


def test_rebuilding_the_panel_leaves_no_stray_widgets(qtbot, window):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    def labels() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.panel.findChildren(QLabel))

    before = labels()
    window.panel.rebuild()
    window.panel.rebuild()
    assert labels() == before
