"""The interface language: French and English, from the setting or the system locale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def french(qapp):
    yield i18n.install(qapp, "fr")
    i18n.install(qapp, "en")


def test_the_setting_or_the_system_locale_picks_the_language():
    assert "fr" in i18n.available()
    assert i18n.resolve("fr") == "fr"
    assert i18n.resolve("en", QLocale("fr_FR")) == "en"  # a chosen language wins
    assert i18n.resolve("system", QLocale("fr_CA")) == "fr"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"  # no German: the source language
    assert i18n.resolve("xx") == "en"


def test_french_translates_qt_own_buttons_too(french):
    assert french == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_dialogs_speak_french(french, qtbot, tmp_path):
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.import_dialog import ImportDialog

    export = ExportDialog("ana", tmp_path / "out.jsonl")
    qtbot.addWidget(export)
    assert export.windowTitle() == "Exporter"
    assert export.boilerplate.text() == "Inclure le hors-article"
    assert export.who.itemText(1) == "Seulement mes étiquettes (ana)"  # placeholders filled
    imported = ImportDialog()
    qtbot.addWidget(imported)
    assert imported.language.itemText(0) == "Détecter pour chaque article"


def test_english_stays_the_source_text(qapp, qtbot, tmp_path):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    i18n.install(qapp, "en")
    export = ExportDialog("ana", tmp_path / "out.jsonl")
    qtbot.addWidget(export)
    assert export.windowTitle() == "Export"
    assert export.who.itemText(1) == "Only my tags (ana)"


def test_the_key_tables_are_translated_where_they_are_shown(french):
    from annotator.core.schema import LabelSchema
    from annotator.gui import keymap

    titles = {b.command: b.title for b in keymap.bindings(LabelSchema.load())}
    assert titles["next"] == "Phrase suivante"
    assert {b.group for b in keymap.review_bindings()} == {"Fenêtre de révision"}
    # the commands the windows bind by stay the same in every language
    assert set(titles) >= {command for command, *_ in keymap.COMMANDS}


def test_the_main_window_speaks_french(french, qtbot, gui_project):
    from annotator.gui.controller import Session
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    window = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(gui_project)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "É&dition"]
    assert window.panel.boilerplate.text().endswith("Hors-article")
    assert window.annotator_button.text() == "Annotateur : ana"


# Qt calls that put their text argument on screen.
TEXT_CALLS = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
              "addAction", "addMenu", "setTitle", "showMessage", "setLabelText", "addItem",
              "setHeaderLabels", "setHorizontalHeaderLabels", "setWhatsThis", "addTab",
              "setTabText", "insertItem", "QLabel", "QPushButton", "QAction", "QGroupBox",
              "QCheckBox", "QRadioButton", "QToolButton", "QMenu", "setInformativeText"}
TEXT_SECOND = {"addTab", "insertItem", "setTabText"}
NOT_WORDS = {"Annotator", "#rrggbb", "custom"}  # the product's name, a format, a data key


def _words(node) -> str:
    """The literal text of a string or f-string argument."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def test_no_interface_text_escapes_translation():
    """A literal handed straight to a widget would stay English in the French interface."""
    import ast
    import re

    found = []
    for path in sorted((ROOT / "annotator" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in TEXT_CALLS:
                continue
            # the text is the first argument, the second for calls that take a place first
            for argument in node.args[1:2] if name in TEXT_SECOND else node.args[:1]:
                text = _words(argument)
                if re.search(r"[A-Za-z]{2}", text) and text not in NOT_WORDS:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == []


def test_every_tr_string_is_in_the_translation():
    """Extraction finds no string that the committed .ts lacks, every string is translated,
    and the shipped .qm is compiled from that .ts."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
