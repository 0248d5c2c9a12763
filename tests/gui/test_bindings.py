"""The Qt bindings must not leak references to None: on Python < 3.12 that aborts the
app after a few thousand calls (PySide6 6.12.0 did)."""

import sys

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_returning_nothing_keep_none_alive(qapp):
    label = QLabel()
    cursor = QTextCursor(QTextDocument("hello world"))
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        cursor.setPosition(3)
    assert sys.getrefcount(None) - before > -100
