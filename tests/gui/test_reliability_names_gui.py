"""The annotator dialog refuses the names the core refuses, and says why."""

import pytest

from annotator.gui.dialogs.annotator_dialog import AnnotatorDialog
from annotator.gui.dialogs.common import ok_button


@pytest.mark.parametrize(("name", "reason"), [("gold", "reserved"),
                                              ("ana\tben", "control characters")])
def test_a_refused_name_disables_ok_with_the_reason(qtbot, name, reason):
    dialog = AnnotatorDialog("ana", ["ana"])
    qtbot.addWidget(dialog)
    assert ok_button(dialog.buttons).isEnabled()
    dialog.name.setCurrentText(name)
    assert not ok_button(dialog.buttons).isEnabled()
    assert reason in dialog.problem.text()
    dialog.name.setCurrentText("ben")
    assert ok_button(dialog.buttons).isEnabled()
    assert dialog.problem.text() == ""
