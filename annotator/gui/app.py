"""Starting the app: the QApplication, the project to open, the annotator, the window.

``annotator`` opens the last project used, else the demo project (created from the bundled
samples on first use); ``annotator PROJECT`` opens that file, creating it after asking.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ..core.errors import AnnotatorError, InputError
from ..core.guards import require_name
from ..core.project import Project
from . import i18n, plain, theme
from .controller import Session
from .demo import create_demo, demo_path
from .dialogs.errors import install_excepthook, show_error
from .i18n import translate
from .main_window import MainWindow, ModelLoader
from .settings import APPLICATION, ORGANISATION, AppSettings

SCREENSHOT_SIZE = (1440, 860)
Confirm = Callable[[Path], bool]


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        theme.apply(app)
        i18n.install(app, AppSettings(remember=False).language)
    return app


def use_offscreen_without_display(environ: MutableMapping[str, str] = os.environ) -> None:
    """A screenshot needs no screen: without a display (a server, CI, ssh) and no platform
    chosen, render with Qt's offscreen platform instead of failing to connect to one."""
    if sys.platform not in ("win32", "darwin") and not any(
            environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def warm_pipelines(lang: str) -> Any:
    """Load the pipelines the app uses (import segmentation, suggestions) into their
    process-wide caches, so the first import or suggestion does not wait for spaCy."""
    from ..core import nlp  # imports spaCy: in the background thread, not at start
    from ..core.suggest import suggestion_pipeline

    nlp.load(lang, "segment")
    return suggestion_pipeline(lang)


def ask_to_create(path: Path) -> bool:
    return plain.ask(None, translate("App", "Create a project?"),
                     translate("App", "{path} does not exist.\n\nCreate a new project there?"
                               ).format(path=path))


def choose_project(path: Path | None, settings: AppSettings, confirm: Confirm) -> Project | None:
    """The project to open; None when the user declined to create ``path``."""
    if path is not None:
        if path.exists():
            return Project.open_checked(path)
        return Project.create(path) if confirm(path) else None
    last = settings.last_project
    if last is not None and last.exists():
        try:
            return Project.open_checked(last)
        except AnnotatorError:
            settings.forget_project(last)  # moved, damaged or newer: fall back to the demo
    demo = demo_path()
    return Project.open(demo) if demo.exists() else _create_demo_visibly(demo)


def _create_demo_visibly(demo: Path) -> Project:
    """First start: say what the few seconds of segmenting the samples are for."""
    notice = QProgressDialog(translate("App", "Preparing the demo project from the bundled "
                                         "articles\u2026"),
                             None, 0, 0)
    notice.setWindowTitle("Annotator")
    notice.setMinimumDuration(0)
    notice.show()
    application().processEvents()
    try:
        return create_demo(demo)
    finally:
        notice.close()


def launch(path: str | Path | None = None, *, annotator: str | None = None,
           model_loader: ModelLoader | None = warm_pipelines, ask_name: bool = True,
           confirm: Confirm = ask_to_create, remember: bool = True, fallback: bool = True
           ) -> MainWindow | None:
    """Build and show the main window (without running the event loop). A ``path`` that
    cannot be opened is said in a dialog over the last (or demo) project, unless not
    ``fallback``."""
    application()
    if annotator is not None:
        require_name(annotator)
    settings = AppSettings(remember=remember)
    refused = None
    try:
        project = choose_project(Path(path) if path else None, settings, confirm)
    except AnnotatorError as exc:  # damaged, not a project, newer: say so, open another
        if not fallback:
            raise
        refused = str(exc)
        project = choose_project(None, settings, confirm)
    if project is None:
        return None
    session = Session(annotator or settings.annotator)
    window = MainWindow(session, settings, model_loader=model_loader)
    window.show_project(project)
    window.show()
    window.article.setFocus()
    if refused:
        instead = translate("App", "{name} is open instead.").format(name=project.path.name)
        show_error(window, f"{refused}\n\n{instead}",
                   title=translate("App", "Cannot open the project"))
    elif ask_name and not session.annotator:
        QTimer.singleShot(0, window.ask_annotator)
    if model_loader is not None:
        lang = project.document(session.doc_id).lang if session.doc_id else "fr"
        QTimer.singleShot(0, lambda: window.start_model_load(lang))
    return window


def screenshot(window: MainWindow, path: Path) -> None:
    window.resize(*SCREENSHOT_SIZE)
    app = application()
    for _ in range(3):  # layout, then the article's follow-scroll, then paint
        app.processEvents()
    window.show_current_sentence()
    app.processEvents()
    if not window.grab().save(str(path)):
        raise InputError(f"cannot write the screenshot to {path}")


def run(path: Path | None = None, *, annotator: str | None = None,
        screenshot_to: Path | None = None) -> int:
    """What ``annotator [PROJECT]`` runs; returns the exit code."""
    if screenshot_to is not None:
        use_offscreen_without_display()
    app = application()
    if screenshot_to is not None:
        name = annotator or AppSettings().annotator or "analyst"
        window = launch(path, annotator=name, model_loader=None, ask_name=False,
                        confirm=lambda _path: False, remember=False, fallback=False)
        if window is None:
            raise InputError(f"{path} does not exist")
        screenshot(window, screenshot_to)
        window.close()
        window.session.close()
        return 0
    install_excepthook()
    window = launch(path, annotator=annotator)
    if window is None:
        return 0
    code = app.exec()
    window.session.close()
    return code
