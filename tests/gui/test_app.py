"""Starting the app: which project opens, the annotator's name, `annotator --screenshot`."""

from click.testing import CliRunner
from PySide6.QtWidgets import QMessageBox

from annotator.cli import main
from annotator.core.project import Project
from annotator.gui import app
from annotator.gui.settings import AppSettings


def launched(qtbot, path=None, **options):
    window = app.launch(path, model_loader=None, ask_name=False, **options)
    qtbot.addWidget(window)
    return window


def test_opens_the_given_project_and_remembers_it(qtbot, gui_project):
    window = launched(qtbot, gui_project.path, annotator="ana")
    assert window.session.project.path == gui_project.path
    assert window.session.current is not None
    assert AppSettings().last_project == gui_project.path.resolve()


def test_without_argument_opens_the_last_project(qtbot, gui_project):
    AppSettings().remember_project(gui_project.path)
    window = launched(qtbot, annotator="ana")
    assert window.session.project.path.resolve() == gui_project.path.resolve()


def test_missing_project_is_created_after_confirmation(qtbot, tmp_path):
    path = tmp_path / "new.sqlite"
    window = launched(qtbot, path, annotator="ana", confirm=lambda _p: True)
    assert path.exists() and window.session.project.path == path


def test_declined_creation_opens_nothing(qtbot, tmp_path):
    assert app.launch(tmp_path / "no.sqlite", model_loader=None, ask_name=False,
                      confirm=lambda _p: False) is None
    assert not (tmp_path / "no.sqlite").exists()


def test_annotator_option_is_not_remembered(qtbot, gui_project):
    window = launched(qtbot, gui_project.path, annotator="guest")
    assert window.annotator_button.text() == "Annotator: guest"
    assert AppSettings().annotator == ""


def test_switching_annotator_is_remembered(qtbot, window):
    window.set_annotator("bob", remember=True)
    assert window.session.annotator == "bob" and AppSettings().annotator == "bob"


def test_error_from_the_core_shows_a_dialog(qtbot, window):
    window.open_project_file(window.session.project.path.with_name("missing.sqlite"))
    assert window.findChild(QMessageBox, "errorBox").text().endswith("does not exist")


def test_shortcut_sheet_lists_the_keys(qtbot, window):
    window.show_shortcuts()
    sheet = window.shortcuts.sheet.toPlainText()
    assert "Next untagged sentence" in sheet and "Verifiable" in sheet


def test_screenshot_command_writes_a_png(qtbot, gui_project, tmp_path):
    target = tmp_path / "shot.png"
    gui_project.close()
    result = CliRunner().invoke(main, ["--screenshot", str(target), str(gui_project.path)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert AppSettings().last_project is None  # a screenshot leaves no trace


def test_screenshot_of_a_missing_project_fails_cleanly(qtbot, tmp_path):
    result = CliRunner().invoke(main, ["--screenshot", str(tmp_path / "x.png"),
                                       str(tmp_path / "missing.sqlite")])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_open_command_has_help():
    result = CliRunner().invoke(main, ["open", "--help"])
    assert result.exit_code == 0 and "--screenshot" in result.output


def test_new_project_starts_empty(qtbot, window, tmp_path):
    assert window.create_project(tmp_path / "fresh.sqlite", "the strike")
    assert window.session.project.target == "the strike"
    assert window.documents.model.rowCount() == 0
    assert Project.open(tmp_path / "fresh.sqlite").documents() == []


def test_without_last_project_opens_the_demo(qtbot, monkeypatch, tmp_path):
    demo = tmp_path / "demo.sqlite"
    Project.create(demo).close()
    monkeypatch.setattr(app, "demo_path", lambda: demo)
    window = launched(qtbot, annotator="ana")
    assert window.session.project.path == demo


def test_demo_holds_the_bundled_articles_but_not_their_gold_files():
    from annotator.core.resources import sample_articles

    names = [p.name for p in sample_articles()]
    assert names and all(n.endswith(".txt") for n in names)


def test_unexpected_exception_ends_in_a_dialog(qapp, window, monkeypatch):
    import sys

    from annotator.gui.dialogs.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    install_excepthook()
    window.activateWindow()
    sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    boxes = [w for w in qapp.topLevelWidgets() + window.findChildren(QMessageBox)
             if isinstance(w, QMessageBox) and "boom" in w.text()]
    assert boxes and boxes[0].detailedText()


def test_screenshot_picks_the_offscreen_platform_without_a_display():
    environ = {"HOME": "/home/ana"}
    app.use_offscreen_without_display(environ)
    assert environ["QT_QPA_PLATFORM"] == "offscreen"
    for given in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                  {"QT_QPA_PLATFORM": "xcb"}):
        environ = dict(given)
        app.use_offscreen_without_display(environ)
        assert environ == given


def test_screenshot_without_a_display_in_a_real_process(gui_project, tmp_path):
    import os
    import subprocess
    import sys

    gui_project.close()
    target = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run([sys.executable, "-c", "from annotator.cli import main; main()",
                           "--screenshot", str(target), str(gui_project.path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_existing_file_opens_whatever_its_name(qtbot, gui_project, tmp_path,
                                                  monkeypatch):
    gui_project.close()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gui.sqlite").rename(tmp_path / "coree")
    result = CliRunner().invoke(main, ["coree", "--screenshot", "shot.png"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "shot.png").read_bytes()[:4] == b"\x89PNG"
