"""The app's import shows the same one line as the command line, in a dialog, and changes
nothing: the rows of the bad-input table that import into the open project."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.safety import cli, project_state
from tests.test_bad_input import CASES, Bed

IMPORT_ROWS = [name for name, case in CASES.items() if case.app]


@pytest.mark.parametrize("name", IMPORT_ROWS)
def test_import_failure_dialog_says_what_the_cli_says(name, qtbot, window, gui_project,
                                                      tmp_path):
    with ExitStack() as stack:
        bed = Bed(tmp_path / "bed", gui_project.path, stack)
        bed.folder.mkdir()
        args = CASES[name].command(bed)
        before = project_state(gui_project.path)
        window.start_import([p for p in args[2:] if not str(p).startswith("--")])
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")),
                        timeout=60_000)
        [box] = window.findChildren(QMessageBox, "errorBox")
        line = cli(*args).stderr.strip()
        assert line == "Error: " + box.text()
        assert project_state(gui_project.path) == before
