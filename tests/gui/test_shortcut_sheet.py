"""F1: the sheet lists every key of every window, read from the keys the windows use."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from annotator.gui.dialogs.shortcuts_dialog import shown_key


def test_f1_sheet_lists_every_key_of_the_review_window(qtbot, window):
    window.show_review()
    review = window.review_window
    qtbot.addWidget(review)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    sheet = window.shortcuts.sheet.toPlainText()
    review_keys = {key.toString() for action in QWidget.actions(review)  # every keyed action
                   for key in action.shortcuts()}
    assert {"J", "K", "A", "B", "G", "1", "9", "Ctrl+Z", "Ctrl+1", "Ctrl+2"} <= review_keys
    for key in review_keys:
        assert shown_key(key) in sheet, key
    for action in window.actions.values():
        for key in action.shortcuts():
            assert shown_key(key.toString()) in sheet, key.toString()
