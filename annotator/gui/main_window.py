"""The main window: documents on the left, the article in the centre, the tag panel right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QSplitter,
    QToolButton,
)

from ..core.changes import Changes
from ..core.errors import AnnotatorError
from ..core.models import Sentence
from ..core.project import Project
from . import keymap, menus, plain
from .article_view import ArticleView
from .background_status import BackgroundStatus
from .codebook import fill_project_menu
from .controller import Session
from .controller.suggestion_jobs import SuggestionJobs
from .controller.useful_queue import go_to_next_useful
from .demo import projects_folder
from .dialogs.errors import show_error, show_failure
from .document_list import DocumentList
from .i18n import translate
from .preferences_dialog import open_preferences, settings_at_start
from .reading_memory import remember_reading
from .search import install_search
from .settings import AppSettings
from .tag_panel import TagPanel
from .threshold import add_threshold_action
from .workers import Job, JobProgressDialog, JobRunner
from .zoom import ArticleZoom

if TYPE_CHECKING:  # the export module is imported when exporting, not at start
    from ..core.datasets.export import ExportFilter

ModelLoader = Callable[[str], Any]
PROJECT_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                   "Annotator projects (*.sqlite *.db);;All files (*)")
STATUS_MS = 4000


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: AppSettings, *,
                 model_loader: ModelLoader | None = None,
                 background_suggestions: bool | None = None):
        super().__init__()
        self.session = session
        session.setParent(self)  # one lifetime: no signal reaches a deleted window
        self.settings = settings
        session.suggestion_threshold = settings.suggestion_threshold
        self.model_loader = model_loader
        self.jobs = JobRunner(self)
        # Suggesting on document open loads spaCy: by default only where spaCy is wanted.
        self.suggestion_jobs = SuggestionJobs(session, self.jobs, automatic=(
            model_loader is not None if background_suggestions is None
            else background_suggestions), parent=self)
        self.actions: dict[str, QAction] = {}
        self.review_window: QMainWindow | None = None  # opened on demand, then kept
        self.setWindowTitle("Annotator")
        self.setAcceptDrops(True)
        self.documents = DocumentList(session)
        self.article = ArticleView(session)
        self.panel = TagPanel(session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.documents, self.article, self.panel):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 740, 420])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.search = install_search(self)  # Ctrl+F find bar, Ctrl+Shift+F results panel
        self._build_status_bar()
        self.article.sentenceClicked.connect(session.go_to)
        remember_reading(self.article, session, settings)
        self.zoom = ArticleZoom(self.article, settings, self)
        settings_at_start(self, settings)
        self.panel.addSourceRequested.connect(self.add_source_from_selection)
        self.panel.handedBack.connect(self.focus_article)
        session.failed.connect(self._show_failure)
        session.message.connect(self._show_message)
        session.changed.connect(self._after_change)
        session.projectOpened.connect(self._project_opened)
        session.schemaChanged.connect(self._build_menus)  # the codebook's keys and values
        session.annotatorChanged.connect(self._show_annotator)
        session.documentOpened.connect(self._remember_document)
        session.sentenceChanged.connect(self._remember_sentence)
        session.resume_at = self._last_sentence
        self._project_opened()
        self._restore_layout()
        self.article.setFocus()  # else the first field (the document filter) takes J/K

    def sizeHint(self) -> QSize:
        return QSize(1440, 880)

    # -- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        for action in self.actions.values():
            self.removeAction(action)
        self.menuBar().clear()
        project = self.session.project
        bindings = keymap.bindings(project.schema) if project else []
        self.actions = menus.keyed_actions(self, bindings, self._handlers(),
                                           self.session.toggle_value)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("&New project\u2026"), self.choose_new_project)
        file_menu.addAction(self.actions.get("open")
                            or self._plain(self.tr("Open"), self.choose_project))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        menus.fill_recent_menu(self.recent_menu, self.settings.recent_projects,
                               self.open_project_file)
        file_menu.addSeparator()
        if "import" in self.actions:
            self.actions["import"].setText(self.tr("&Import files\u2026"))
            file_menu.addAction(self.actions["import"])
            file_menu.addAction(self.tr("Import a &folder\u2026"), self.choose_import_folder)
            self.actions["export"].setText(self.tr("&Export\u2026"))
            file_menu.addAction(self.actions["export"])
            file_menu.addAction(self.tr("&Merge a colleague's project\u2026"), self.choose_merge)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for title, commands in menus.KEYED_MENUS:
            menu = self.menuBar().addMenu(self.tr(title))
            for command in commands:
                if command is None:
                    menu.addSeparator()
                elif command in self.actions:
                    menu.addAction(self.actions[command])
            if title == "&Edit":
                menu.addSeparator()
                menu.addAction(self.tr("Switch &annotator\u2026"), self.ask_annotator)
                menu.addAction(self.tr("Document &metadata\u2026"),
                               lambda: self.documents.edit_metadata())
                if "preferences" in self.actions:
                    menu.addAction(self.actions["preferences"])
                self.search.fill_menu(menu)
            if title == "&View":
                menu.addSeparator()
                toggle = menu.addAction(self.tr("Document list"))
                toggle.setCheckable(True)
                toggle.setChecked(True)
                toggle.toggled.connect(self.documents.setVisible)
                if project:
                    menus.add_charts_entry(menu, self)
            if title == "&Tag" and project:
                for dimension in project.schema.dimensions:
                    menus.fill_value_menu(menu.addMenu(dimension.capitalize()), self.actions,
                                          dimension)
                menu.addSeparator()
                jobs = self.suggestion_jobs
                menu.addAction(self.tr("Suggest for this &document"), jobs.suggest_document)
                menu.addAction(self.tr("Suggest for a&ll documents"), jobs.suggest_all)
                menu.addAction(self.tr("T&rain classifiers now"), jobs.train_now)
                add_threshold_action(menu, self, self.session, self.settings)
        if project:
            fill_project_menu(self.menuBar().addMenu(self.tr("&Project")), self, self.session)
            menus.fill_review_menu(self.menuBar().addMenu(self.tr("&Review")), self.show_review,
                                   lambda: self.show_review(agreement=True))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        sheet = help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        sheet.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.tr("&About Annotator"), self._about)
        self._update_history_actions()

    def _handlers(self) -> dict[str, Callable[[], None]]:
        session = self.session
        return {
            "next": session.next, "previous": session.previous,
            "next_untagged": session.next_untagged, "to_article": self.focus_article,
            "next_useful": lambda: go_to_next_useful(session),
            "next_useful_here": lambda: go_to_next_useful(session, whole_project=False),
            "add_source": self.add_source_from_selection,
            "select_next_word": lambda: self.article.select_words(1),
            "select_previous_word": lambda: self.article.select_words(-1),
            "accept_suggestions": session.accept_suggestions,
            "reject_suggestions": session.reject_suggestions,
            "toggle_boilerplate": session.toggle_boilerplate,
            "toggle_flag": session.toggle_flag,
            "undo": session.undo, "redo": session.redo,
            "open": self.choose_project, "import": self.choose_import,
            "export": self.choose_export, "preferences": lambda: open_preferences(self),
            "zoom_in": self.zoom.zoom_in, "zoom_out": self.zoom.zoom_out,
            "zoom_reset": self.zoom.reset,
        }

    def _plain(self, title: str, handler: Callable[[], None]) -> QAction:
        action = QAction(title, self)
        action.triggered.connect(handler)
        return action

    def _show_failure(self, message: str) -> None:
        show_error(self, message)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- status bar ------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.model_status = plain.label()
        self.model_status.setObjectName("modelStatus")
        self.annotator_button = QToolButton()
        self.annotator_button.setAutoRaise(True)
        self.annotator_button.setToolTip(self.tr("Switch annotator"))
        self.annotator_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.annotator_button.clicked.connect(self.ask_annotator)
        self.background = BackgroundStatus(self.suggestion_jobs)
        self.suggestion_jobs.message.connect(self._show_message)
        bar.addPermanentWidget(self.background)
        bar.addPermanentWidget(self.model_status)
        bar.addPermanentWidget(self.annotator_button)
        self._show_annotator(self.session.annotator)

    def _show_annotator(self, name: str) -> None:
        self.annotator_button.setText(plain.button_text(
            self.tr("Annotator: {name}").format(name=name or self.tr("(none)"))))
        self._update_history_actions()

    # -- reacting to the session -------------------------------------------------------
    def _project_opened(self) -> None:
        self._build_menus()
        project = self.session.project
        self.setWindowTitle(f"{project.path.name} \u2014 Annotator" if project else "Annotator")

    def _remember_document(self, doc_id: int) -> None:
        self.settings.remember_document(self.session.project.path, doc_id)

    def _remember_sentence(self, sentence: Sentence | None) -> None:
        if sentence is not None and self.session.project is not None:
            self.settings.remember_sentence(self.session.project.path, sentence.doc_id,
                                            self.session.annotator, sentence.id)

    def _last_sentence(self, doc_id: int) -> int | None:
        return self.settings.last_sentence(self.session.project.path, doc_id,
                                           self.session.annotator)

    def _after_change(self, changes: Changes) -> None:
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        project, name = self.session.project, self.session.annotator
        for command, peek, verb in (("undo", "can_undo", self.tr("Undo")),
                                    ("redo", "can_redo", self.tr("Redo"))):
            action = self.actions.get(command)
            if action is None:
                continue
            step = getattr(project, peek)(name) if project and name else None
            action.setText(f"{verb} {step}" if step else verb)
            action.setEnabled(True)  # the key still answers, saying there is nothing to do

    # -- projects --------------------------------------------------------------------
    def show_project(self, project: Project) -> None:
        """Make ``project`` current and open the document the analyst had open last."""
        self.session.set_project(project)
        self.settings.remember_project(project.path)
        menus.fill_recent_menu(self.recent_menu, self.settings.recent_projects,
                               self.open_project_file)
        ids = self.documents.model.ids  # read when the session announced the project
        last = self.settings.last_document(project.path)
        if ids:
            self.session.open_document(last if last in ids else ids[0])

    def open_project_file(self, path: Path) -> bool:
        try:
            project = Project.open_checked(path)
        except AnnotatorError as exc:
            self.settings.forget_project(path)
            menus.fill_recent_menu(self.recent_menu, self.settings.recent_projects,
                                   self.open_project_file)
            show_error(self, str(exc))
            return False
        self.show_project(project)
        return True

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), self._folder(),
                                              self.tr(PROJECT_FILTER))
        if path:
            self.open_project_file(Path(path))

    def choose_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self._folder(),
                                              self.tr(PROJECT_FILTER))
        if not path:
            return
        target, ok = QInputDialog.getText(
            self, self.tr("New project"),
            self.tr("Stance is judged toward (e.g. \u201cthe ceasefire talks\u201d):"))
        if ok:
            self.create_project(Path(path).with_suffix(".sqlite"), target.strip())

    def create_project(self, path: Path, target: str = "") -> bool:
        try:
            project = Project.create(path, target=target or None)
        except AnnotatorError as exc:
            show_error(self, str(exc))
            return False
        self.show_project(project)
        return True

    def _folder(self) -> str:
        project = self.session.project
        if project is not None:
            return str(project.path.parent)
        folder = projects_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)

    # -- annotator ---------------------------------------------------------------------
    def ask_annotator(self) -> bool:
        from .dialogs.annotator_dialog import AnnotatorDialog

        known = self.session.project.annotators() if self.session.project else []
        dialog = AnnotatorDialog(self.session.annotator, known, self)
        if dialog.exec() != AnnotatorDialog.DialogCode.Accepted:
            return False
        self.set_annotator(dialog.chosen(), remember=True)
        return True

    def set_annotator(self, name: str, *, remember: bool) -> None:
        self.panel.note.flush()  # a note being typed belongs to the previous name
        self.session.set_annotator(name)
        if remember:
            self.settings.annotator = name

    def focus_article(self) -> None:
        """The keys act on the article's sentences again (J/K, values, S)."""
        self.article.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_current_sentence(self) -> None:
        """Bring the current sentence into view again (after a resize)."""
        self.article.show_current(self.session.current)

    # -- tagging that needs the article's selection -------------------------------------
    def add_source_from_selection(self) -> None:
        span = self.article.selected_span()
        if span is None:
            self.statusBar().showMessage(
                self.tr("Select the source's words in the article first, then press S"),
                STATUS_MS)
            return
        segment_id, start, end = span
        source_type, quote = self.panel.new_source_kind()
        self.session.add_source(segment_id, start, end, type=source_type, quote=quote)

    # -- background work -------------------------------------------------------------------
    def start_model_load(self, lang: str = "fr") -> Job | None:
        """Load spaCy off the GUI thread; the window is usable meanwhile."""
        if self.model_loader is None:
            return None
        loader = self.model_loader
        job = Job(lambda _progress: (lang, loader(lang)),
                  self.tr("Loading the {lang} model").format(lang=lang))
        self.model_status.setText(self.tr("spaCy: loading the {lang} model\u2026").format(
            lang=lang))
        job.signals.finished.connect(self._model_loaded)
        job.signals.failed.connect(self._model_failed)
        return self.jobs.start(job)

    def _model_loaded(self, loaded: tuple[str, Any]) -> None:
        lang, pipeline = loaded
        name = getattr(pipeline, "meta", {}).get("name", "pipeline")
        shown = (self.tr("{lang}: rules only").format(lang=lang) if name == "pipeline"  # blank
                 else f"{lang}_{name}")
        self.model_status.setText(self.tr("spaCy ready ({model})").format(model=shown))

    def _model_failed(self, error: BaseException) -> None:
        self.model_status.setText(self.tr("spaCy unavailable: {error}").format(error=error))

    def choose_import(self) -> None:
        self.import_with_dialog([])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), self._folder())
        if folder:
            self.import_with_dialog([Path(folder)])

    def import_with_dialog(self, paths: list[Path]) -> None:
        from .dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self, paths)
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.start_import(dialog.paths(), dialog.lang())

    def start_import(self, paths: list[Path], lang: str | None = None) -> Job | None:
        if self.session.project is None:
            show_error(self, self.tr("Open or create a project before importing articles."))
            return None
        project_path = self.session.project.path

        def work(progress):
            from ..core.text.importer import import_paths  # loads spaCy: only when importing

            with Project.open(project_path) as project:
                return import_paths(project, paths, lang=lang, progress=progress)

        job = Job(work, self.tr("Importing"))
        job.signals.finished.connect(self._imported)
        return self._start_with_progress(job, self.tr("Reading articles\u2026"))

    def _imported(self, report) -> None:
        if report.changes is not None:
            self.session.apply(report.changes)
        if report.added:  # the analyst imported it to read it: show the first new one
            self.session.open_document(report.added[0][0])
        self.statusBar().showMessage(report.summary(), 8000)
        if report.notices:  # another tool's labels that the schema lacks: say which
            show_error(self, self.tr("{n} kind(s) of annotation in the imported file(s) could "
                                     "not be kept; the rest was imported.").format(
                                         n=len(report.notices)),
                       details="\n".join(report.notices))

    def choose_export(self) -> None:
        from .dialogs.export_dialog import ExportDialog

        if self.session.project is None:
            return
        project = self.session.project
        dialog = ExportDialog(self.session.annotator, project.path.with_suffix(".jsonl"),
                              self.session.doc_id, self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            self.start_export(dialog.output(), dialog.chosen_format(), dialog.filters())

    def start_export(self, path: Path, fmt: str = "jsonl",
                     filters: ExportFilter | None = None) -> Job | None:
        if self.session.project is None:
            return None
        project_path = self.session.project.path

        def work(progress):
            from ..core.datasets.export import ExportFilter, write_export

            with Project.open(project_path, readonly=True) as project:
                count = write_export(project, path, format=fmt,
                                     filters=filters or ExportFilter(), progress=progress)
            return translate("MainWindow", "Exported {count} records to {path}").format(
                count=count, path=path)

        job = Job(work, self.tr("Exporting"))
        job.signals.finished.connect(self._show_outcome)
        return self._start_with_progress(job, self.tr("Exporting\u2026"))

    def _show_outcome(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _start_with_progress(self, job: Job, label: str) -> Job:
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        self.progress = JobProgressDialog(job, label, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        return self.jobs.start(job)

    def _job_cancelled(self) -> None:
        self._show_outcome(self.tr("Cancelled; nothing was changed"))

    def _job_failed(self, error: BaseException) -> None:
        show_failure(self, error)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            if all(p.suffix in (".sqlite", ".db") for p in paths):
                self.choose_merge(paths[0])  # a colleague's project file: offer to merge it
            else:
                self.start_import(paths)

    # -- review ----------------------------------------------------------------------------
    def choose_merge(self, path: Path | None = None) -> None:
        from .review.merge_dialog import MergeDialog

        if self.session.project is not None:
            self.merge_dialog = MergeDialog(self.session, self, path)
            self.merge_dialog.open()

    def show_review(self, agreement: bool = False) -> None:
        from .review.review_window import ReviewWindow

        if self.session.project is None:
            return
        if self.review_window is None:
            self.review_window = ReviewWindow(self.session, self)
        review = self.review_window
        review.show_agreement() if agreement else review.show_sentences()
        review.show()
        review.raise_()
        review.activateWindow()

    # -- help ----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        if self.session.project is not None:
            self.shortcuts = ShortcutsDialog(keymap.bindings(self.session.project.schema)
                                             + self.search.bindings()
                                             + keymap.review_bindings(), self)
            self.shortcuts.show()

    def _about(self) -> None:
        from .dialogs.about_dialog import show_about

        show_about(self)

    # -- window state --------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.sizeHint())
        splitter = self.settings.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("splitter", self.splitter.saveState())
        project, doc_id = self.session.project, self.session.doc_id
        if project is not None and doc_id is not None:
            self.settings.remember_document(project.path, doc_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.note.flush()
        self.article.leave_document()
        self.save_layout()
        self.jobs.cancel_all()
        super().closeEvent(event)


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).exists()]
