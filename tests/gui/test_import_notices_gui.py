"""Importing another tool's file in the app: what could not be kept is shown, not lost."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.mark.slow
def test_unmapped_labels_are_shown_in_a_dialog(qtbot, window, gui_project, tmp_path):
    text = "Selon la mairie, le marché rouvrira samedi."
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps({"text": text, "label": [[6, 15, "government"],
                                                        [0, 5, "CUE"]]}) + "\n",
                    encoding="utf-8")
    window.start_import([path])
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")), timeout=60_000)
    [box] = window.findChildren(QMessageBox, "errorBox")
    assert "could not be kept" in box.text() and "'CUE' (1x)" in box.detailedText()
    doc_id = max(d.id for d in gui_project.documents())
    assert [t.value for t in gui_project.document_tags(doc_id)] == ["government"]
